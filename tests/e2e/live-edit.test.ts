/**
 * Live editing: `npm run dev` on a copy of the fixture content, a document page open in Chromium.
 * Saving a content file changes the open page by itself, without a restart: a title (a field the
 * collections' store holds), a paragraph of the body (which only the loader's memo holds), a new
 * document (a new page, listed under its kind), a deleted one (its page gone). A save that breaks
 * an entry shows the content check's Vietnamese message in the browser and the terminal while the
 * server keeps running; the fixed file brings the page back with the fix. How long each change
 * took to show is printed (`[live]`), not asserted.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch } from '../support/browser';
import { startDevServer, type DevServer } from '../support/dev-server';

const FILE = 'content/documents/nghi-quyet/58-nq-tw-2020.md';
const NEW_FILE = 'content/documents/nghi-quyet/99-nq-tw-2020.md';
const PAGE = '/van-ban/58-nq-tw-2020/';

let dev: DevServer;
let browser: Browser;
let page: Page;
let original = '';

beforeAll(async () => {
  dev = await startDevServer('live');
  original = readFileSync(join(dev.contentRoot, FILE), 'utf8');
  browser = await launch();
  page = await browser.newPage();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  dev?.stop();
});

/** The entry with its title line replaced. */
const retitled = (text: string, title: string): string => text.replace(/^title: .*$/m, `title: ${title}`);

/** Save `text` to `file` and wait until the open page shows `expected` in `selector` by itself; the seconds it took. */
async function saveAndSee(file: string, text: string, selector: string, expected: string): Promise<number> {
  const started = performance.now();
  writeFileSync(join(dev.contentRoot, file), text);
  await page.waitForFunction(([sel, want]) => [...document.querySelectorAll(sel!)].some((e) => e.textContent?.includes(want!)), [selector, expected], { timeout: 30_000 });
  return (performance.now() - started) / 1000;
}

/** Open `path` until it answers `status` (the server's answer follows the next reading of the content); the seconds it took. */
async function openUntil(path: string, status: number): Promise<number> {
  const started = performance.now();
  for (;;) {
    // A reload the dev server sends to the open page may cut a navigation short, and on a machine
    // running every test at once one navigation may hang: both are a retry, within a minute.
    const response = await page.goto(`${dev.origin}${path}`, { timeout: 15_000 }).catch(() => undefined);
    if (response?.status() === status) return (performance.now() - started) / 1000;
    if (performance.now() - started > 60_000) throw new Error(`${path}: ${response?.status()}`);
    await new Promise((ok) => setTimeout(ok, 200));
  }
}

describe('npm run dev: a saved content file shows on the open page, without a restart', () => {
  it('a new title (a field of the store) replaces the old one on the page', async () => {
    await page.goto(`${dev.origin}${PAGE}`);
    expect(await page.locator('.doc-head .lead').innerText()).toBe(original.match(/^title: (.*)$/m)![1]);
    const seconds = await saveAndSee(FILE, retitled(original, 'Tiêu đề sửa khi máy chủ đang chạy'), '.doc-head .lead', 'Tiêu đề sửa khi máy chủ đang chạy');
    console.log(`[live] tiêu đề mới hiện trên trang sau ${seconds.toFixed(2)} s`);
    expect(await page.title()).toContain('Tiêu đề sửa khi máy chủ đang chạy');
  });

  it('a new paragraph of the body (held by the loader, not the store) shows', async () => {
    const text = `${retitled(original, 'Tiêu đề sửa khi máy chủ đang chạy').trimEnd()}\n\nĐoạn viết thêm khi máy chủ đang chạy.\n`;
    const seconds = await saveAndSee(FILE, text, '#noi-dung-van-ban p', 'Đoạn viết thêm khi máy chủ đang chạy.');
    console.log(`[live] đoạn mới của nội dung hiện sau ${seconds.toFixed(2)} s`);
  });

  it('a new document file gets its page, listed under its kind; deleted, its page is gone', async () => {
    const added = original.replace(/^code: .*$/m, 'code: 99-NQ/TW').replace(/^title: .*$/m, 'title: Văn bản thêm khi máy chủ đang chạy');
    writeFileSync(join(dev.contentRoot, NEW_FILE), added);
    const seconds = await openUntil('/van-ban/99-nq-tw-2020/', 200);
    console.log(`[live] trang của văn bản mới có sau ${seconds.toFixed(2)} s`);
    expect(await page.locator('h1').innerText()).toBe('Nghị quyết số 99-NQ/TW');
    await openUntil('/loai/nghi-quyet/', 200);
    expect(await page.locator('.doc-list .code').allInnerTexts()).toContain('99-NQ/TW');
    rmSync(join(dev.contentRoot, NEW_FILE));
    const gone = await openUntil('/van-ban/99-nq-tw-2020/', 404);
    console.log(`[live] trang của văn bản đã xóa hết sau ${gone.toFixed(2)} s`);
  }, 200_000);

  it('a broken entry shows the check\'s message (file, line, field, reason, fix) in the browser and the terminal; fixed, the page comes back with the fix', async () => {
    await page.goto(`${dev.origin}${PAGE}`);
    const broken = original.replace(/^issued: .*$/m, 'issued: 31/02/2020');
    const seconds = await saveAndSee(FILE, broken, '#dev-errors', 'ngày không hợp lệ "31/02/2020"');
    console.log(`[live] thông báo lỗi hiện sau ${seconds.toFixed(2)} s`);
    // The line of the date in the file, as the check counts lines (from 1).
    const line = original.split('\n').findIndex((l) => l.startsWith('issued:')) + 1;
    const message = await page.locator('#dev-errors').innerText();
    for (const part of [`58-nq-tw-2020.md, dòng ${line}`, 'issued', 'ngày không hợp lệ "31/02/2020"', 'Cách sửa']) expect(message).toContain(part);
    expect(dev.terminal()).toContain(`${FILE}:${line}  trường "issued": ngày không hợp lệ "31/02/2020"`);
    const back = await saveAndSee(FILE, retitled(original, 'Tiêu đề sau khi sửa lỗi'), '.doc-head .lead', 'Tiêu đề sau khi sửa lỗi');
    console.log(`[live] trang trở lại sau ${back.toFixed(2)} s`);
    // One server all along: it started once and printed no stack trace.
    expect(dev.terminal().split('ready in').length).toBe(2);
    expect(dev.terminal()).not.toMatch(/\n\s+at /);
  });
});
