/**
 * Intranet delivery, end to end: the site built under /sotay/ crawled from that sub-path with
 * nothing broken; the file:// copy opened in Chromium, searched for "nq 58"; a failed build that
 * leaves the previous site untouched; the release zip with its deployment guide.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { unzipSync } from 'fflate';
import { HtmlValidate } from 'html-validate';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { checkLinks } from '../../tools/quality/links';
import { crawl } from '../../tools/quality/crawl';
import { HTML_RULES } from '../../tools/quality/html-rules';
import { readSite } from '../../tools/build/site-files';
import { startTags } from '../../tools/quality/html';
import { launch } from '../support/browser';
import { serve } from '../support/serve';
import { FIXTURE_SITE } from '../support/global-setup';

const root = resolve(import.meta.dirname, '../..');
// One folder per run: several people may run the tests in the same tree at once.
const work = join(root, '.build-tmp', 'e2e', `delivery-${process.pid}`);
const tsx = join(root, 'node_modules/tsx/dist/cli.mjs');

/** Run one of the project's scripts the way npm would, and give its exit code and output. */
function runScript(script: string, env: Record<string, string>, cwd = root) {
  // The fixture content unless the script runs in a copy of the project that has its own.
  const content = cwd === root ? { CONTENT_ROOT: FIXTURE_SITE } : {};
  const r = spawnSync(process.execPath, [tsx, script], { cwd, env: { ...process.env, ...content, ...env }, encoding: 'utf8' });
  return { status: r.status, out: `${r.stdout}\n${r.stderr}` };
}

let browser: Browser;
beforeAll(async () => {
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
  rmSync(work, { recursive: true, force: true });
});

describe.each(['sub', 'root'] as const)('the site built for %s, crawled through a web server', (name) => {
  it('crawls every page from its sub-path, with no broken link, asset or anchor', async () => {
    const site = inject('sites')[name];
    const server = await serve(site.dir, site.base);
    try {
      // Every page the build wrote is crawled (404.html is reached by mistakes only), and every
      // one of them can be reached from the home page by following links.
      // Redirect pages (old ids) are reached by their old addresses, not by links.
      const built = readSite(site.dir).pages.filter((p) => !p.html.includes('http-equiv="refresh"')).map((p) => p.file).filter((f) => f !== '404.html');
      const seeds = built.map((f) => site.base + f.replace(/(^|\/)index\.html$/, '$1'));
      const get = async (url: string) => {
        const res = await fetch(url);
        const type = res.headers.get('content-type') ?? '';
        return { status: res.status, type, text: type.includes('text/html') ? await res.text() : undefined };
      };
      const fromHome = await crawl(server.url, get);
      const report = await crawl(server.url, get, seeds);
      const orphans = seeds.filter((s) => !fromHome.pages.includes(s));
      console.log(`[delivery] ${site.base}: ${report.pages.length} trang, ${report.links} liên kết, ${report.fetched.size} địa chỉ đã tải, ${report.problems.length} lỗi; ${fromHome.pages.length} trang tới được từ trang chủ${orphans.length > 0 ? ` (chưa có liên kết tới: ${orphans.join(', ')})` : ''}`);
      expect(report.problems).toEqual([]);
      expect(orphans).toEqual([]);
      expect(report.pages.length).toBe(built.length);
      expect(report.pages.length).toBeGreaterThan(50);
      // Under a sub-path, nothing asked the server for anything outside it.
      expect(server.requests.filter((r) => !r.startsWith(site.base))).toEqual([]);
    } finally {
      await server.close();
    }
  });
});

describe('after a first visit, reading with no network (service worker)', () => {
  it('pages already read, and the home page, open while the server is gone', async () => {
    const site = inject('sites').sub;
    const server = await serve(site.dir, site.base);
    const context = await browser.newContext();
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    try {
      await page.goto(`${server.url}van-ban/58-nq-tw-2020/`);
      // The worker's scope is the base path: it controls this copy only.
      expect(await page.evaluate(async () => (await navigator.serviceWorker.ready).scope)).toBe(server.url);
      // Read once more now that the worker controls the page, so the page goes into its cache.
      await page.reload();
      expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
      await server.close();

      await page.reload();
      expect(await page.locator('h1').innerText()).toContain('58-NQ/TW');
      await page.goto(server.url);
      expect(await page.locator('h1').innerText()).toBe('Sổ tay Nghị quyết');
      expect(await page.evaluate(() => document.styleSheets.length)).toBeGreaterThan(0);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
      await server.close().catch(() => undefined);
    }
  });
});

describe('the copy that works without a server (npm run build:offline)', () => {
  const out = join(work, 'offline');
  beforeAll(() => {
    const r = runScript('tools/build-offline.ts', { OUT_DIR: out });
    expect(r.status, r.out).toBe(0);
  });

  it('links every page to an exact file, relative, so the folder works from any place', () => {
    const { files, pages } = readSite(out);
    const report = checkLinks(pages, files, { base: '/', directoryIndex: false });
    console.log(`[delivery] file://: ${report.pages} trang, ${report.links} liên kết, ${report.problems.length} lỗi`);
    expect(report.problems).toEqual([]);
    // Every attribute of every element, whatever its name (data-kit, action …): none holds a path from the disk's root.
    const absolute = pages.flatMap((p) => startTags(p.html).flatMap((t) => Object.entries(t.attrs).filter(([, v]) => v.startsWith('/') && !v.startsWith('//')).map(([k, v]) => `${p.file}: <${t.name} ${k}="${v}">`)));
    expect(absolute).toEqual([]);
  });

  it('Esc in the presentation opened from file:// goes back to the study kit', async () => {
    const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    try {
      await page.goto(pathToFileURL(join(out, 'van-ban', '58-nq-tw-2020', 'trinh-chieu', 'index.html')).href);
      await page.locator('.slide').first().waitFor();
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('Escape');
      await page.waitForURL(/\/van-ban\/58-nq-tw-2020\/hoc-tap\/index\.html$/);
      expect(await page.locator('h1').innerText()).toContain('58-NQ/TW');
      expect(errors).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('is still valid HTML after the rewriting', async () => {
    const validator = new HtmlValidate(HTML_RULES);
    const errors: string[] = [];
    for (const page of readSite(out).pages) {
      const report = await validator.validateString(page.html, page.file);
      for (const result of report.results) for (const m of result.messages) errors.push(`${page.file}:${m.line} ${m.ruleId}: ${m.message}`);
    }
    expect(errors).toEqual([]);
  });

  it('opens from file:// with its styles, and "nq 58" on the search page reaches 58-NQ/TW', async () => {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') errors.push(m.text());
    });
    page.on('pageerror', (e) => errors.push(e.message));
    try {
      // Copied elsewhere first: the folder must not depend on where it was built.
      const moved = join(work, 'usb', 'So tay');
      cpSync(out, moved, { recursive: true });
      await page.goto(pathToFileURL(join(moved, 'index.html')).href);
      expect(await page.locator('h1').innerText()).toBe('Sổ tay Nghị quyết');
      // The stylesheet loaded: the layout's header is styled, not the browser's default.
      expect(await page.evaluate(() => document.styleSheets.length)).toBeGreaterThan(0);
      expect(await page.evaluate(() => getComputedStyle(document.body).margin)).toBe('0px');

      // A link of the navigation opens its page.
      await page.locator('.site-nav a').first().click();
      expect(page.url()).toMatch(/\/loai\/index\.html$/);

      // The search box in the header leads to the search page, which answers from the compact index.
      await page.goto(pathToFileURL(join(moved, 'index.html')).href);
      await page.locator('header form[role="search"] input[name="q"]').fill('nq 58');
      await page.locator('header form[role="search"] input[name="q"]').press('Enter');
      await page.waitForURL(/tim-kiem\/index\.html\?q=nq\+58$/);
      expect(await page.locator('#offline-q').inputValue()).toBe('nq 58');
      expect(await page.locator('.offline-results a').first().innerText()).toBe('58-NQ/TW');

      // Typed on the search page itself.
      const requested: string[] = [];
      page.on('request', (r) => requested.push(r.url()));
      await page.goto(pathToFileURL(join(moved, 'tim-kiem', 'index.html')).href);
      // A number the base lacks: said so, with the nearest of its kind, from the code map as well.
      await page.locator('#offline-q').fill('kết luận 123');
      await page.waitForFunction(() => /chưa có/.test(document.querySelector('[data-offline-search] [aria-live]')?.textContent ?? ''));
      expect(await page.locator('[data-offline-search] [aria-live]').innerText()).toBe('Sổ tay chưa có Kết luận số 123. Văn bản cùng loại có số gần nhất:');
      expect(await page.locator('.offline-results a').allInnerTexts()).toEqual(['22-KL/BCĐ', '21-KL/TW']);
      await page.locator('#offline-q').fill('nq 58');
      await page.waitForFunction(() => document.querySelector('.offline-results a')?.textContent === '58-NQ/TW');
      // The code was looked up in the code map's scripts, the same the served site loads.
      expect(requested.some((u) => /\/tim-kiem\/so-hieu\/\d+\.js$/.test(u))).toBe(true);
      const first = page.locator('.offline-results a').first();
      const results = await page.locator('.offline-results li').allInnerTexts();
      console.log(`[delivery] file:// "nq 58": ${results.length} kết quả; đầu tiên: ${results[0]}`);
      expect(await first.innerText()).toBe('58-NQ/TW');
      await first.click();
      await page.waitForURL(/58-nq-tw-2020\/index\.html$/);
      expect(await page.locator('h1').innerText()).toContain('58-NQ/TW');
      expect(errors).toEqual([]);
    } finally {
      await page.close();
    }
  });
});

describe('one reader of the content', () => {
  it('a whole build (pages, search index, links, offline copy) reads and checks the content once', () => {
    const out = join(work, 'once');
    const r = runScript('tools/build-offline.ts', { OUT_DIR: out, SO_TAY_TRACE_LOAD: '1' });
    expect(r.status, r.out).toBe(0);
    expect(r.out.split('\n').filter((l) => l.startsWith('[loader]'))).toEqual([`[loader] đọc nội dung: ${FIXTURE_SITE}`]);
  });
});

describe('a failed build', () => {
  // A copy of the project (its node_modules linked), so the real content is never touched.
  const copy = join(work, 'project');
  const previous = join(copy, 'dist');
  beforeAll(() => {
    mkdirSync(copy, { recursive: true });
    // What a build reads; nothing else (outputs, benchmarks) is copied.
    for (const entry of ['src', 'tools', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json']) {
      if (existsSync(join(root, entry))) cpSync(join(root, entry), join(copy, entry), { recursive: true });
    }
    cpSync(join(FIXTURE_SITE, 'content'), join(copy, 'content'), { recursive: true });
    symlinkSync(join(root, 'node_modules'), join(copy, 'node_modules'), 'dir');
  });
  const doc = 'content/documents/nghi-quyet/58-nq-tw-2020.md';
  const good = () => readFileSync(join(FIXTURE_SITE, doc), 'utf8');

  it.each([
    ['a bad date in an entry', (text: string) => text.replace(/^issued:.*$/m, 'issued: 31/02/2020'), ['58-nq-tw-2020.md', 'issued']],
    ['a link to a page that does not exist', (text: string) => `${text}\n\n[Xem thêm](/van-ban/khong-ton-tai/)\n`, ['kiểm tra liên kết', '/van-ban/khong-ton-tai/']],
  ])('%s: non-zero exit, the reason, and the previous site untouched', (_name, breakIt, reasons) => {
    writeFileSync(join(copy, doc), breakIt(good()));
    rmSync(previous, { recursive: true, force: true });
    mkdirSync(previous, { recursive: true });
    writeFileSync(join(previous, 'index.html'), '<!doctype html><title>bản trước</title>');
    const before = statSync(join(previous, 'index.html')).mtimeMs;

    const r = runScript('tools/build.ts', { OUT_DIR: 'dist', BASE_PATH: '/' }, copy);

    expect(r.status).not.toBe(0);
    expect(r.out).toContain('Bản dựng thất bại');
    for (const reason of reasons) expect(r.out).toContain(reason);
    expect(r.out).toContain('được giữ nguyên');
    // Only the editor's list: no stack trace, no unrelated hint from Astro.
    expect(r.out).not.toMatch(/\n\s+at .+:\d+:\d+\)?\n/);
    expect(r.out).not.toContain('Browser APIs');
    expect(readdirSync(previous)).toEqual(['index.html']);
    expect(readFileSync(join(previous, 'index.html'), 'utf8')).toBe('<!doctype html><title>bản trước</title>');
    expect(statSync(join(previous, 'index.html')).mtimeMs).toBe(before);
    expect(existsSync(join(copy, '.build-tmp')) ? readdirSync(join(copy, '.build-tmp')) : []).toEqual([]);
  });
});

describe('npm run package', () => {
  it('writes a versioned zip with the site for a server, the file:// copy and the deployment guide', () => {
    const sub = inject('sites').sub;
    const offline = join(work, 'offline');
    const release = join(work, 'release');
    const r = runScript('tools/package.ts', { SITE_DIR: sub.dir, OFFLINE_DIR: offline, BASE_PATH: sub.base, RELEASE_DIR: release });
    expect(r.status, r.out).toBe(0);
    const version = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }).version;
    const zip = join(release, `so-tay-nghi-quyet-${version}-sotay.zip`);
    const size = statSync(zip).size;
    console.log(`[delivery] gói ${zip.split('/').pop()}: ${(size / 1024).toFixed(0)} KB`);
    const entries = unzipSync(readFileSync(zip));
    const top = `so-tay-nghi-quyet-${version}-sotay`;
    const text = (path: string) => new TextDecoder().decode(entries[`${top}/${path}`]);
    expect(Object.keys(entries)).toEqual(expect.arrayContaining([`${top}/site/index.html`, `${top}/offline/index.html`, `${top}/offline/tim-kiem/index.html`, `${top}/HUONG-DAN-TRIEN-KHAI.md`]));
    expect(text('site/index.html')).toContain('href="/sotay/');
    const guide = text('HUONG-DAN-TRIEN-KHAI.md');
    for (const topic of ['nginx', 'Apache', 'IIS', '.pagefind', '.pf_fragment', 'application/wasm', 'BASE_PATH', 'file://']) expect(guide).toContain(topic);
    const webConfig = text('site/web.config');
    expect(webConfig).toContain('path="/sotay/404.html"');
    for (const ext of ['.pagefind', '.pf_meta', '.pf_fragment', '.pf_index', '.pf_filter', '.wasm']) expect(webConfig).toContain(`fileExtension="${ext}"`);
  });
});
