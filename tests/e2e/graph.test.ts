/**
 * The document graph on the built site (root and /sotay/): every relation link on every page
 * reaches a page that exists, the pages the issue names show the right relations, and the
 * diagram needs no script and fits a phone.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launch } from '../support/browser';
import { serve, type Served } from '../support/serve';
import { readSite } from '../../tools/build/site-files';
import { startTags } from '../../tools/quality/html';

/** Hrefs of the graph's links: relations, diagram, chain, status, references in bodies, shared codes. */
function graphLinks(html: string): string[] {
  return startTags(html)
    .filter((t) => t.name === 'a' && (/\b(rel-link|doc-ref)\b/.test(t.attrs.class ?? '') || t.attrs['data-rel-target'] !== undefined))
    .map((t) => t.attrs.href ?? '');
}

/** Text of a section of a page, tags removed. */
function section(html: string, cls: string): string {
  const start = html.indexOf(`class="${cls}"`);
  if (start < 0) return '';
  return html.slice(start, start + 6000).replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
}

describe.each(['root', 'sub'] as const)('the %s build', (name) => {
  const site = inject('sites')[name];
  const page = (path: string): string => readFileSync(join(site.dir, path, 'index.html'), 'utf8');

  it('every relation link on every page reaches an existing page', () => {
    const links = readSite(site.dir).pages.flatMap((p) => graphLinks(p.html));
    expect(links.length).toBeGreaterThan(50);
    const broken = [...new Set(links)].filter((href) => {
      if (!href.startsWith(site.base)) return true;
      return !existsSync(join(site.dir, href.slice(site.base.length), 'index.html'));
    });
    expect(broken).toEqual([]);
  });

  it.each<[string, string, string[]]>([
    ['van-ban/28-nq-tw-2022', 'relations', ['Văn bản triển khai', '55-CTr/TU']],
    ['van-ban/58-nq-tw-2020', 'relations', ['Văn bản triển khai', 'Chương trình hành động của Ban Chấp hành Đảng bộ Khối Cơ quan và Doanh nghiệp tỉnh Thanh Hóa']],
    ['van-ban/18-nq-tw-2017', 'relations', ['Được sơ kết / tổng kết bởi', '09-KL/BCĐ', '22-KL/BCĐ', '04-KH/BCĐ']],
    ['van-ban/18-nq-tw-2017', 'status-line', ['Đã được sơ kết / tổng kết bởi 09-KL/BCĐ', 'Sổ tay ghi nhận đến 05/12/2024']],
    ['van-ban/21-kl-tw-2021', 'relations', ['Văn bản triển khai', '43-KH/TU']],
    // The implementation chain lives in the one relations block: the tree below with each level's scope, the route up.
    ['van-ban/28-nq-tw-2022', 'relations', ['Văn bản triển khai', 'Tỉnh, thành', '55-CTr/TU', 'thực hiện 28-NQ/TW']],
    ['van-ban/chuong-trinh-thuc-hien-nq-58-2021-thanh-hoa', 'relations', ['Thực hiện', 'Trung ương', '58-NQ/TW', 'Khối']],
    ['so-hieu/18-nq-tw', 'code-table', ['25/10/2017', '16/06/2022', 'Khóa XII', 'Khóa XIII', 'Ban Chấp hành Trung ương Đảng']],
    ['so-hieu/9-kl-tw', 'code-table', ['09-KL/BCĐ', '09-KL/TW', 'in nhầm hậu tố']],
  ])('%s shows in .%s: %j', (path, cls, texts) => {
    const text = section(page(path), cls);
    for (const t of texts) expect(text).toContain(t);
  });

  it('references in a body link to the entry the date chooses', () => {
    const html = page('van-ban/18-nq-tw-2022');
    expect(html).toMatch(new RegExp(`<a href="${site.base}van-ban/18-nq-tw-2017/"[^>]*class="doc-ref"[^>]*>Nghị quyết số 18-NQ/TW, ngày 25/10/2017</a>`));
  });

  it('each document page carries JSON-LD of type Legislation', () => {
    const html = page('van-ban/55-ctr-tu-2023');
    const json = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(html)?.[1];
    const ld = JSON.parse(json ?? '{}') as Record<string, unknown>;
    expect(ld['@type']).toBe('Legislation');
    expect(ld['legislationIdentifier']).toBe('55-CTr/TU');
    expect(ld['legislationApplies']).toEqual([{ '@type': 'Legislation', '@id': `${site.base}van-ban/28-nq-tw-2022/`, url: `${site.base}van-ban/28-nq-tw-2022/` }]);
  });

  it('the editors\' page lists every reference that matches no entry, with file and line', () => {
    const text = section(page('bien-tap/tham-chieu'), 'code-table missing-references') || section(page('bien-tap/tham-chieu'), 'missing-none');
    expect(text.length).toBeGreaterThan(0);
  });
});

describe('the diagram in Chromium', () => {
  let browser: Browser;
  let server: Served;
  let tab: Page;
  beforeAll(async () => {
    const site = inject('sites').sub;
    server = await serve(site.dir, site.base);
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it.each([360, 1280])('at %i px it shows without script and without sideways scrolling', async (width) => {
    const context = await browser.newContext({ viewport: { width, height: 900 }, javaScriptEnabled: false });
    tab = await context.newPage();
    await tab.goto(`${server.url}van-ban/18-nq-tw-2017/`);
    const diagram = tab.locator('figure.lg');
    expect(await diagram.isVisible()).toBe(true);
    expect(await diagram.innerText()).toContain('09-KL/BCĐ');
    expect(await tab.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    await context.close();
  });
});
