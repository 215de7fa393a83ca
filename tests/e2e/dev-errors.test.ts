/**
 * A broken entry is never served silently. `astro dev` runs on a copy of the fixture content that
 * starts broken: Chromium sees the check's problem (file, line, field, reason, fix) instead of a
 * page, and the terminal prints the same line; fixing the file brings the page back by itself
 * (Vite's reload), breaking it again shows the problem again, fixing it again brings the page back.
 * `npm start` over broken content shows the same problem at the site's address (never the old site
 * left in its output folder) and in the terminal; fixed, the site is built and served there.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch } from '../support/browser';
import { freePort, personEnv } from '../support/dev-server';
import { FIXTURE_SITE } from '../support/global-setup';

const root = resolve(import.meta.dirname, '../..');
const work = join(root, '.build-tmp', 'e2e', `dev-${process.pid}`);
const FILE = 'content/documents/nghi-quyet/58-nq-tw-2020.md';
const good = readFileSync(join(FIXTURE_SITE, FILE), 'utf8');
/** The same entry with an impossible date: the check names line 5, field "issued". */
const broken = good.replace(/^issued: .*$/m, 'issued: 31/02/2020');
const PROBLEM = `${FILE}:5  trường "issued": ngày không hợp lệ "31/02/2020": ngày 31/02/2020 không tồn tại; hãy viết dd/mm/yyyy, ví dụ 05/08/2020. → Sửa giá trị của trường theo hướng dẫn`;

let dev: ChildProcess | undefined;
let terminal = '';
let origin = '';
let browser: Browser | undefined;
let page: Page | undefined;

beforeAll(async () => {
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  cpSync(join(FIXTURE_SITE, 'content'), join(work, 'content'), { recursive: true });
  writeFileSync(join(work, FILE), broken);
  const port = await freePort();
  origin = `http://127.0.0.1:${port}`;
  // --ignore-lock: a developer's own `npm run dev` of this project may be running; this one runs beside it.
  dev = spawn(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'dev', '--port', String(port), '--host', '127.0.0.1', '--ignore-lock'], { cwd: root, env: personEnv({ CONTENT_ROOT: work }) });
  dev.stdout?.on('data', (d: Buffer) => (terminal += d.toString()));
  dev.stderr?.on('data', (d: Buffer) => (terminal += d.toString()));
  const started = Date.now();
  for (;;) {
    if (Date.now() - started > 90_000 || dev.exitCode !== null) throw new Error(`astro dev không khởi động:\n${terminal.slice(-3000)}`);
    const answered = await fetch(`${origin}/`).then(() => true, () => false);
    if (answered) break;
    await new Promise((ok) => setTimeout(ok, 300));
  }
  browser = await launch();
  page = await browser.newPage();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  dev?.kill('SIGTERM');
  rmSync(work, { recursive: true, force: true });
});

/**
 * Wait until the open page shows `what` (it reloads by itself), then say what it shows. The wait and the
 * reading are one step in the page: a reload between them (Vite's, when the watcher fires twice) would
 * otherwise read a page that is being replaced.
 */
async function until(what: 'lỗi' | 'trang'): Promise<string> {
  const shown = await page!.waitForFunction((w) => {
    const errors = document.getElementById('dev-errors');
    if (w === 'lỗi') return errors ? `lỗi: ${errors.innerText.replace(/\s+/g, ' ').trim()}` : false;
    const ready = document.querySelector('.doc-header, #noi-dung-van-ban, main h1') !== null && errors === null;
    const heading = document.querySelector('h1');
    return ready && heading ? `trang: ${heading.innerText.trim()}` : false;
  }, what, { timeout: 30_000 });
  return (await shown.jsonValue()) as string;
}

describe('npm run dev never serves a broken entry silently', () => {
  it('a server started on broken content shows the problem on every page, and in the terminal', async () => {
    await page!.goto(`${origin}/van-ban/58-nq-tw-2020/`);
    expect(await until('lỗi')).toBe('lỗi: Tệp content/documents/nghi-quyet/58-nq-tw-2020.md, dòng 5 Trường issued ngày không hợp lệ "31/02/2020": ngày 31/02/2020 không tồn tại; hãy viết dd/mm/yyyy, ví dụ 05/08/2020. Cách sửa: Sửa giá trị của trường theo hướng dẫn (README, mục "Adding a document", và docs/content-fields.md).');
    const other = await fetch(`${origin}/loai/`, { headers: { accept: 'text/html' } });
    expect(other.status).toBe(500);
    expect(await other.text()).toContain('content/documents/nghi-quyet/58-nq-tw-2020.md, dòng 5');
    // A feed or a data file is not served from stale data either: the same list, as text.
    const feed = await fetch(`${origin}/moi-cap-nhat/atom.xml`);
    expect([feed.status, feed.headers.get('content-type')]).toEqual([500, 'text/plain; charset=utf-8']);
    expect(await feed.text()).toContain(PROBLEM);
    expect(terminal).toContain(PROBLEM);
    expect(terminal).not.toMatch(/\n\s+at /);
  });

  it('fixing the file brings the page back by itself', async () => {
    writeFileSync(join(work, FILE), good);
    expect(await until('trang')).toBe('trang: Nghị quyết số 58-NQ/TW');
    expect(terminal).toContain('Nội dung đã qua kiểm tra: các trang hiển thị trở lại.');
  });

  it('breaking it again shows the problem again, and fixing it again the page', async () => {
    const printed = terminal.split(PROBLEM).length;
    writeFileSync(join(work, FILE), broken);
    expect(await until('lỗi')).toContain('dòng 5 Trường issued ngày không hợp lệ "31/02/2020"');
    expect(terminal.split(PROBLEM).length).toBe(printed + 1);
    writeFileSync(join(work, FILE), good);
    expect(await until('trang')).toBe('trang: Nghị quyết số 58-NQ/TW');
    expect(terminal).not.toMatch(/\n\s+at /);
  });
});

describe('npm start never serves an old site over broken content', () => {
  it('shows the problems at the site\'s address, then builds and serves the site once they are fixed', async () => {
    const out = join(work, 'dist-old');
    mkdirSync(out, { recursive: true });
    writeFileSync(join(out, 'index.html'), '<!doctype html><title>bản cũ</title>');
    writeFileSync(join(work, FILE), broken);
    const port = await freePort();
    const site = `http://127.0.0.1:${port}`;
    let printed = '';
    // Its own process group, so the preview it starts is stopped with it.
    const start = spawn('npm', ['start', '--', '--port', String(port), '--host', '127.0.0.1'], { cwd: root, env: personEnv({ CONTENT_ROOT: work, OUT_DIR: out }), detached: true });
    start.stdout?.on('data', (d: Buffer) => (printed += d.toString()));
    start.stderr?.on('data', (d: Buffer) => (printed += d.toString()));
    const answer = async (): Promise<{ status: number; text: string } | undefined> => {
      try {
        const r = await fetch(`${site}/`, { headers: { accept: 'text/html' } });
        return { status: r.status, text: await r.text() };
      } catch {
        return undefined;
      }
    };
    const waitFor = async (ok: (a: { status: number; text: string }) => boolean): Promise<{ status: number; text: string }> => {
      const started = Date.now();
      for (;;) {
        const a = await answer();
        if (a !== undefined && ok(a)) return a;
        if (Date.now() - started > 120_000 || start.exitCode !== null) throw new Error(`npm start không trả lời như chờ đợi:\n${printed.slice(-3000)}`);
        await new Promise((r) => setTimeout(r, 300));
      }
    };
    try {
      const shownBroken = await waitFor((a) => a.status === 500);
      expect(shownBroken.text).toContain('content/documents/nghi-quyet/58-nq-tw-2020.md, dòng 5');
      expect(shownBroken.text).not.toContain('bản cũ');
      expect(printed).toContain(PROBLEM);
      writeFileSync(join(work, FILE), good);
      const served = await waitFor((a) => a.status === 200);
      expect(served.text).toContain('Sổ tay Nghị quyết');
      expect(served.text).not.toContain('bản cũ');
      expect(printed).toContain('Nội dung đã qua kiểm tra: đang dựng lại trang web');
    } finally {
      if (start.pid !== undefined) process.kill(-start.pid, 'SIGTERM');
    }
  }, 180_000);
});
