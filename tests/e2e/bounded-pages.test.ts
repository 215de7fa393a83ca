/**
 * Every page stays small at any size of the base (issue 20): a base of a few thousand generated
 * documents (the benchmark's corpus, tools/bench/content.ts) built by the real build command,
 * under /sotay/ and as the file:// copy. No HTML page is over 200 kB or 2,000 elements; long lists
 * are numbered static pages ("trang 2/N", previous and next, newest first across pages) that work
 * without script and from file://; the targets overview filters from its data files, the choice
 * and the page in the address.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import AxeBuilder from '@axe-core/playwright';
import { HtmlValidate } from 'html-validate';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeContentCorpus } from '../../tools/bench/content';
import { overBound, pageSizes, PAGE_BOUND } from '../../tools/quality/page-size';
import { readPage } from '../../tools/quality/html';
import { HTML_RULES } from '../../tools/quality/html-rules';
import { PAGE_SIZE } from '../../src/lib/site/paging';
import { launch } from '../support/browser';
import { serve, type Served } from '../support/serve';

const root = resolve(import.meta.dirname, '../..');
// E2E_REUSE=1 keeps the built base between runs (as the fixture sites are kept), in a folder of its own.
const reuse = process.env.E2E_REUSE === '1';
const work = join(root, '.build-tmp', 'e2e', reuse ? 'bounded-reuse' : `bounded-${process.pid}`);
const served = join(work, 'site');
const offline = join(work, 'offline');
const DOCUMENTS = 2_500;

/** The environment of a build as a person runs it: without what the test runner adds (BASE_URL, NODE_ENV …), which Vite would read. */
function buildEnv(): NodeJS.ProcessEnv {
  const { BASE_URL: _base, NODE_ENV: _mode, MODE: _m, DEV: _d, PROD: _p, SSR: _s, ...env } = process.env;
  return env;
}

/** Build the generated base with the real build command (`OFFLINE=1` is `npm run build:offline`). */
function build(out: string, env: Record<string, string>): void {
  const r = spawnSync(process.execPath, [join(root, 'node_modules/tsx/dist/cli.mjs'), 'tools/build.ts'], {
    cwd: root,
    env: { ...buildEnv(), CONTENT_ROOT: work, OUT_DIR: out, ...env },
    encoding: 'utf8',
  });
  if (r.status !== 0) throw new Error(`bản dựng ${DOCUMENTS} văn bản thất bại (${r.status}):\n${`${r.stdout}\n${r.stderr}`.slice(-3000)}`);
}

/** The text of a built page, by its folder ("loai/nghi-quyet/trang-2"). */
const html = (dir: string, page: string): string => readFileSync(join(dir, page, 'index.html'), 'utf8');
/** The start tags of a built page. */
const tags = (dir: string, page: string) => readPage(html(dir, page)).tags;
/** How many documents of a kind the build lists (its page 1 says "N văn bản"). */
const countOf = (page: string): number => Number(/(\d+) văn bản\./.exec(html(served, page))?.[1]);

let browser: Browser;
let server: Served;
beforeAll(async () => {
  if (!(reuse && existsSync(join(offline, 'index.html')))) {
    rmSync(work, { recursive: true, force: true });
    writeContentCorpus(work, DOCUMENTS);
    build(served, { BASE_PATH: '/sotay/' });
    build(offline, { OFFLINE: '1' });
  }
  server = await serve(served, '/sotay/');
  browser = await launch();
}, 1_200_000);
afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (!reuse) rmSync(work, { recursive: true, force: true });
});

describe(`a base of ${DOCUMENTS} documents`, () => {
  it.each([
    ['served under /sotay/', () => served],
    ['the file:// copy', () => offline],
  ])(`%s: no HTML page is over ${PAGE_BOUND.bytes / 1000} kB or ${PAGE_BOUND.elements} elements`, (_name, dir) => {
    const sizes = pageSizes(dir());
    console.log(`[bounded] ${sizes.length} trang; lớn nhất ${sizes[0]!.file} ${sizes[0]!.bytes} B, ${Math.max(...sizes.map((s) => s.elements))} phần tử nhiều nhất`);
    expect(sizes.length).toBeGreaterThan(DOCUMENTS);
    expect(overBound(sizes)).toEqual([]);
  });

  it.each([
    ['every document', 'van-ban'],
    ['a kind', 'loai/nghi-quyet'],
    ['a term', 'khoa/xiii'],
    ['documents whose term is unknown', 'khoa/chua-ro'],
    ['a level', 'cap/province'],
    ['an organ', 'co-quan/bo-chinh-tri'],
    ['the editors\' mentions of one kind', 'bien-tap/tham-chieu/quy-dinh'],
    ['the targets overview', 'chi-tieu'],
  ])('%s is paged: %s/trang-2/ exists, says "trang 2/N", links back and on', (_name, list) => {
    const first = tags(served, list);
    const second = tags(served, `${list}/trang-2`);
    const nextOf = (t: typeof first) => t.find((x) => x.name === 'a' && x.attrs.rel === 'next')?.attrs.href;
    const prevOf = (t: typeof first) => t.find((x) => x.name === 'a' && x.attrs.rel === 'prev')?.attrs.href;
    expect(nextOf(first)).toBe(`/sotay/${list}/trang-2/`);
    expect(prevOf(second)).toBe(`/sotay/${list}/`);
    const count = Number(/trang 2\/(\d+)/.exec(html(served, `${list}/trang-2`))?.[1]);
    expect(count).toBeGreaterThanOrEqual(2);
    if (count > 2) expect(nextOf(second)).toBe(`/sotay/${list}/trang-3/`);
    // The last page is the last: no page after it, and it links its previous one.
    expect(existsSync(join(served, list, `trang-${count}`, 'index.html'))).toBe(true);
    expect(existsSync(join(served, list, `trang-${count + 1}`, 'index.html'))).toBe(false);
    expect(nextOf(tags(served, count === 1 ? list : `${list}/trang-${count}`))).toBeUndefined();
  });

  it.each([['van-ban'], ['loai/nghi-quyet'], ['khoa/chua-ro']])('%s: pages of %i rows hold every document once, newest first across pages', (list) => {
    const total = countOf(list);
    const pages = Math.ceil(total / PAGE_SIZE);
    const rows: { id: string; date: string }[] = [];
    for (let n = 1; n <= pages; n++) {
      const text = html(served, n === 1 ? list : `${list}/trang-${n}`);
      const all = readPage(text).tags;
      const ul = all.find((t) => t.name === 'ul' && /\bdoc-list\b/.test(t.attrs.class ?? ''))!;
      const items = all.filter((t) => t.name === 'a' && t.start > ul.start && t.end < ul.element.end && t.attrs.href?.startsWith('/sotay/van-ban/'));
      // Each row's meta line holds its date (dd/mm/yyyy), after its link.
      for (const a of items) {
        const date = /(\d{2})\/(\d{2})\/(\d{4})/.exec(text.slice(a.end, a.end + 600))!;
        rows.push({ id: a.attrs.href!, date: `${date[3]}-${date[2]}-${date[1]}` });
      }
      if (n < pages) expect(items.length).toBe(PAGE_SIZE);
    }
    expect(rows.length).toBe(total);
    expect(new Set(rows.map((r) => r.id)).size).toBe(total);
    const dates = rows.map((r) => r.date);
    expect(dates).toEqual([...dates].sort().reverse());
  });
});

describe('the pages that exist only for a large base', () => {
  const kinds = [
    'loai/nghi-quyet/trang-2',
    'chi-tieu/trang-2',
    'bien-tap/tham-chieu/quy-dinh/trang-2',
    'co-quan/bo-chinh-tri/trang-2',
    'so-hieu/trang-2',
  ];
  it.each(kinds)('%s is valid HTML', async (page) => {
    const report = await new HtmlValidate(HTML_RULES).validateString(html(served, page), `${page}/index.html`);
    expect(report.results.flatMap((r) => r.messages.map((m) => `${m.ruleId}: ${m.message}`))).toEqual([]);
  });

  it('a document cited by more than a page can show lists the first and links the whole list, in pages', () => {
    const lists = readFileSync(join(served, 'sitemap.xml'), 'utf8').match(/van-ban\/[^/<]+\/lien-quan\/[a-z]+\//g) ?? [];
    expect(lists.length).toBeGreaterThan(0);
    const [id, type] = lists[0]!.split('/').filter((p) => p !== 'van-ban' && p !== 'lien-quan');
    const own = html(served, `van-ban/${id}`);
    expect(own).toContain(`href="/sotay/van-ban/${id}/lien-quan/${type}/"`);
    expect(own).toMatch(/Đang hiện 30\/\d+ văn bản/);
    expect(html(served, `van-ban/${id}/lien-quan/${type}`)).toContain('class="doc-list"');
  });
});

describe('in Chromium', () => {
  let page: Page;
  beforeAll(async () => {
    page = await browser.newPage({ viewport: { width: 360, height: 800 } });
  });
  afterAll(async () => {
    await page?.close();
  });

  it.each([
    ['a list\'s page 2', 'loai/nghi-quyet/trang-2/'],
    ['the targets filtered by year, page 2', 'chi-tieu/?nam=2030&trang=2'],
  ])('%s has no serious or critical accessibility violation', async (_name, path) => {
    const context = await browser.newContext();
    const tab = await context.newPage();
    await tab.goto(`${server.url}${path}`);
    await tab.waitForFunction(() => !/Đang tải/.test(document.getElementById('target-count')?.textContent ?? ''));
    const r = await new AxeBuilder({ page: tab }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
    expect(r.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.length}`)).toEqual([]);
    await context.close();
  });

  it('the lists page without script, served and from file://', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const bare = await context.newPage();
    await bare.goto(`${server.url}loai/ke-hoach/`);
    await bare.locator('.pager a[rel="next"]').click();
    expect(new URL(bare.url()).pathname).toBe('/sotay/loai/ke-hoach/trang-2/');
    expect(await bare.locator('.pager-position').innerText()).toMatch(/^trang 2\/\d+$/);
    await bare.goto(pathToFileURL(join(offline, 'loai/ke-hoach/trang-2/index.html')).href);
    await bare.locator('.pager a[rel="next"]').click();
    expect(bare.url()).toMatch(/\/loai\/ke-hoach\/trang-3\/index\.html$/);
    await bare.locator('.pager a[rel="prev"]').click();
    await bare.locator('.pager a[rel="prev"]').click();
    expect(bare.url()).toMatch(/\/loai\/ke-hoach\/index\.html$/);
    await context.close();
  });

  /** The filters' count line, once the data it waits for has come. */
  const counted = async (p: Page): Promise<string> => {
    await p.waitForFunction(() => !/Đang tải/.test(document.getElementById('target-count')?.textContent ?? 'Đang tải'));
    return p.locator('#target-count').innerText();
  };

  it.each([
    ['served', () => `${server.url}chi-tieu/`],
    ['from file://', () => pathToFileURL(join(offline, 'chi-tieu/index.html')).href],
  ])('%s, the targets overview filters from its data files, a page at a time, its state in the address', async (_name, address) => {
    await page.goto(address());
    const total = Number(/\/(\d+) chỉ tiêu/.exec(await counted(page))?.[1]);
    expect(total).toBeGreaterThan(PAGE_SIZE * 2);
    expect(await page.locator('.targets-overview tbody tr').count()).toBe(PAGE_SIZE);
    // One year holds more than a page of targets: the filtered rows are paged too.
    await page.locator('select[name="nam"]').selectOption('2030');
    const shown = Number(/(\d+)\//.exec(await counted(page))?.[1]);
    expect(shown).toBeGreaterThan(PAGE_SIZE);
    expect(shown).toBeLessThan(total);
    expect(page.url()).toContain('nam=2030');
    const pages = Math.ceil(shown / PAGE_SIZE);
    expect(await page.locator('#target-filtered-pages .pager-position').innerText()).toBe(`trang 1/${pages}`);
    expect(await page.locator('.targets-overview tbody tr').count()).toBe(PAGE_SIZE);
    expect(await page.locator('.targets-overview tbody tr', { hasText: 'mốc năm 2025' }).count()).toBe(0);
    await page.locator('#target-filtered-pages a[rel="next"]').click();
    expect(await page.locator('#target-filtered-pages .pager-position').innerText()).toBe(`trang 2/${pages}`);
    expect(page.url()).toContain('trang=2');
    // A province narrows the year's rows; every row is of that province and that year.
    await page.locator('select[name="tinh"]').selectOption('Thanh Hóa');
    const both = Number(/(\d+)\//.exec(await counted(page))?.[1]);
    expect(both).toBeGreaterThan(0);
    expect(both).toBeLessThan(shown);
    const rows = await page.locator('.targets-overview tbody tr').allInnerTexts();
    expect(rows.length).toBe(Math.min(both, PAGE_SIZE));
    for (const r of rows) expect(r).toMatch(/Thanh Hóa[\s\S]*mốc năm 2030/);
    // Each row links its document, from file:// to the exact file.
    const href = await page.locator('.targets-overview tbody tr a').first().getAttribute('href');
    expect(href).toMatch(address().startsWith('file:') ? /^\.\.\/van-ban\/[^/]+\/index\.html$/ : /^\/sotay\/van-ban\/[^/]+\/$/);
    // The address holds the view: reopened, it shows the same rows.
    const again = await browser.newPage();
    await again.goto(page.url());
    expect(await counted(again)).toBe(await page.locator('#target-count').innerText());
    expect(await again.locator('select[name="tinh"]').inputValue()).toBe('Thanh Hóa');
    await again.close();
    // Back returns to the year alone, on its page 2.
    await page.goBack();
    expect(Number(/(\d+)\//.exec(await counted(page))?.[1])).toBe(shown);
  });
});
