/**
 * What trainers copy, print and project is exact (issues 17 and 18), on the fixture site under
 * /sotay/: the citation by rule on the page, kit and slides; a range printed "10–12 %/năm" and a
 * rank "thuộc nhóm N …" on page, kit and slides; a fact resting only on a commercial site marked;
 * an identity entry with its «Toàn văn» link and no empty section; `replaces` both ways; the
 * provinces carrying out a central document; and no English "unknown" on any page.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse, type DefaultTreeAdapterMap } from 'parse5';
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useServedSite } from '../support/served-site';

const site = useServedSite('sub');

/** Open `path` at `width` px. */
async function open(path: string, width = 1280): Promise<Page> {
  const context = await site.browser.newContext({ viewport: { width, height: 800 } });
  const page = await context.newPage();
  await page.goto(`${site.server.url}${path}`);
  return page;
}

const RANGE = 'đạt 10–12 %/năm';
const RANK = 'phấn đấu thuộc nhóm 10 tỉnh dẫn đầu cả nước';

describe('targets as the source words them', () => {
  it.each([
    ['the page', 'van-ban/28-nq-tw-2022/', '#chi-tieu'],
    ['the kit', 'van-ban/28-nq-tw-2022/hoc-tap/', 'section[aria-labelledby="kit-targets"]'],
    ['the slides', 'van-ban/28-nq-tw-2022/trinh-chieu/', '.slide:has(h2:text-is("Chỉ tiêu và mốc thời gian"))'],
  ])('%s prints a range "10–12 %/năm" and a rank with its group, the commercial one marked', async (_name, path, part) => {
    const page = await open(path);
    const text = await page.locator(part).innerText();
    expect(text).toContain(RANGE);
    expect(text).toContain(RANK);
    expect(text).not.toMatch(/nhóm N|khoảng 10 %/);
    // The rank rests only on a commercial site; the range on a Party paper.
    const rankRow = page.locator(`${part} :is(tr, li)`, { hasText: RANK });
    expect(await rankRow.locator('.commercial-mark').innerText()).toBe('nguồn thương mại');
    expect(await page.locator(`${part} :is(tr, li)`, { hasText: RANGE }).locator('.commercial-mark').count()).toBe(0);
    await page.context().close();
  });

  it('the overview prints them the same way', async () => {
    const page = await open('chi-tieu/');
    const rows = await page.locator('.targets-overview tbody tr').allInnerTexts();
    expect(rows.some((r) => r.includes(RANGE))).toBe(true);
    expect(rows.some((r) => r.includes(RANK) && r.includes('nguồn thương mại'))).toBe(true);
    await page.context().close();
  });

  it('the source list shows each source\'s kind of outlet and the day it was read', async () => {
    const page = await open('van-ban/28-nq-tw-2022/');
    const sources = await page.locator('#nguon').innerText();
    expect(sources).toContain('Báo Đảng (dữ liệu thử) (nguồn của Đảng)');
    expect(sources).toContain('(nguồn thương mại)');
    expect(sources).toContain('đọc ngày 20/05/2026');
    await page.context().close();
  });
});

describe('the citation, one rule everywhere', () => {
  const CITATION_28 = 'Nghị quyết số 28-NQ/TW, ngày 17/11/2022 của Ban Chấp hành Trung ương Đảng khóa XIII về tiếp tục đổi mới phương thức lãnh đạo, cầm quyền của Đảng đối với hệ thống chính trị trong giai đoạn mới';
  it.each([
    ['the page', 'van-ban/28-nq-tw-2022/', '#trich-dan'],
    ['the kit', 'van-ban/28-nq-tw-2022/hoc-tap/', '#trich-dan'],
    ['the slides', 'van-ban/28-nq-tw-2022/trinh-chieu/', '.slide-cite'],
  ])('%s cites 28-NQ/TW with "khóa XIII"', async (_name, path, where) => {
    const page = await open(path);
    expect(await page.locator(where).innerText()).toBe(CITATION_28);
    await page.context().close();
  });

  it.each([
    ['van-ban/18-nq-tw-2017/', 'Nghị quyết số 18-NQ/TW, ngày 25/10/2017 của Ban Chấp hành Trung ương Đảng khóa XII “Một số vấn đề về tiếp tục đổi mới, sắp xếp tổ chức bộ máy của hệ thống chính trị tinh gọn, hoạt động hiệu lực, hiệu quả”'],
    ['van-ban/55-ctr-tu-2023/', 'Chương trình số 55-CTr/TU, ngày 25/4/2023 của Tỉnh ủy thực hiện Nghị quyết số 28-NQ/TW, ngày 17/11/2022 của Ban Chấp hành Trung ương Đảng khóa XIII về tiếp tục đổi mới phương thức lãnh đạo, cầm quyền của Đảng đối với hệ thống chính trị trong giai đoạn mới'],
    ['van-ban/nghi-quyet-dai-hoi-toan-quoc-xiii-2021/', 'Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII của Đảng'],
  ])('%s', async (path, line) => {
    const page = await open(path);
    expect(await page.locator('#trich-dan').innerText()).toBe(line);
    await page.context().close();
  });
});

describe('two depths of entry', () => {
  it('an identity entry shows its card, trích yếu, signer, status with basis and «Toàn văn», says it is not summarised, and has no empty section', async () => {
    const page = await open('van-ban/04-qdi-tw-2018/', 360);
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await page.reload();
    expect(await page.locator('.lead').innerText()).toContain('Về chức năng, nhiệm vụ, tổ chức bộ máy');
    expect(await page.locator('.identity-only').innerText()).toContain('chưa tóm tắt nội dung văn bản');
    const link = page.locator('.identity-only a.full-text-link');
    expect(await link.innerText()).toBe('Toàn văn');
    expect(await link.getAttribute('href')).toBe('https://van-kien.example.org/quy-dinh/04-qdi-tw-2018');
    await page.locator('details.doc-card > summary').click();
    const card = await page.locator('.identity').innerText();
    expect(card).toMatch(/Người ký\s+Chưa rõ/);
    expect(card).toMatch(/Toàn văn\s+Toàn văn/);
    expect(await page.locator('.status-line').innerText()).toMatch(/Đã được thay thế[\s\S]*137-QĐ\/TW/);
    const empty = await page.locator('main section').evaluateAll((ss) => ss.filter((s) => (s.textContent ?? '').trim() === (s.querySelector('h2')?.textContent ?? '').trim()).map((s) => s.id));
    expect(empty).toEqual([]);
    // The full text is a link, never fetched.
    expect(requests.filter((u) => !u.startsWith(site.server.url))).toEqual([]);
    await page.context().close();
  });

  it('its kit says the same, with the address for print, and no empty heading', async () => {
    const page = await open('van-ban/04-qdi-tw-2018/hoc-tap/');
    expect(await page.locator('main h2').allInnerTexts()).toEqual(['Thông tin và trích dẫn', 'Tóm tắt', 'Nguồn']);
    expect(await page.locator('.identity-only').innerText()).toContain('https://van-kien.example.org/quy-dinh/04-qdi-tw-2018');
    await page.context().close();
  });

  it('a study entry has no such notice', async () => {
    const page = await open('van-ban/58-nq-tw-2020/');
    expect(await page.locator('.identity-only').count()).toBe(0);
    await page.context().close();
  });
});

describe('replaces, shown both ways', () => {
  it.each([
    ['van-ban/04-qdi-tw-2018/', 'Được thay thế bởi', '137-QĐ/TW'],
    ['van-ban/137-qd-tw-2023/', 'Thay thế', '04-QĐi/TW'],
  ])('%s: «%s %s»', async (path, words, other) => {
    const page = await open(path);
    const box = page.locator('.rel-group[data-type="replaces"]');
    expect(await box.locator('.lg-type').innerText()).toBe(words);
    expect(await box.locator('a.rel-link').innerText()).toBe(other);
    if (words === 'Thay thế') expect(await page.locator('.replaces-line').innerText()).toMatch(/^Thay thế 04-QĐi\/TW, 25\/07\/2018\.$/);
    await page.context().close();
  });
});

describe('the provinces carrying out a central document', () => {
  it.each([
    ['van-ban/58-nq-tw-2020/', ['Thanh Hóa']],
    ['van-ban/28-nq-tw-2022/', ['Tỉnh, thành chưa xác định']],
  ])('%s lists %j', async (path, provinces) => {
    const page = await open(path);
    const items = await page.locator('#tinh-thuc-hien li > :first-child').allInnerTexts();
    expect(items).toEqual(provinces);
    expect(await page.locator('.on-this-page a[href="#tinh-thuc-hien"]').count()).toBe(1);
    await page.context().close();
  });

  it('a local document has no such list', async () => {
    const page = await open('van-ban/55-ctr-tu-2023/');
    expect(await page.locator('#tinh-thuc-hien').count()).toBe(0);
    await page.context().close();
  });
});

type Node = DefaultTreeAdapterMap['node'];

/** The text and attribute values of a page (scripts and styles left out), read with parse5. */
function words(html: string): string[] {
  const out: string[] = [];
  const walk = (node: Node): void => {
    // Attributes a reader sees (titles, labels, alt text), not the names of files the page loads
    // (Pagefind names its language-neutral module "wasm.unknown.pagefind").
    if ('attrs' in node) for (const a of node.attrs) if (!['href', 'src', 'data-preload'].includes(a.name)) out.push(a.value);
    if (node.nodeName === '#text') out.push((node as DefaultTreeAdapterMap['textNode']).value);
    // Code is what an editor types (the editors' guide teaches the literal `unknown`), not wording.
    if (node.nodeName === 'script' || node.nodeName === 'style' || node.nodeName === 'code') return;
    const children = 'content' in node ? (node as DefaultTreeAdapterMap['template']).content.childNodes : 'childNodes' in node ? node.childNodes : [];
    for (const child of children) walk(child);
  };
  walk(parse(html));
  return out;
}

/** Every file under `dir` whose name ends with `ext`. */
function files(dir: string, ext: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path, ext) : name.endsWith(ext) ? [path] : [];
  });
}

describe('no English "unknown" on any page', () => {
  it('every page\'s text and attributes, and every kit the packet loads', () => {
    const dir = inject('sites').sub.dir;
    const pages = files(dir, '.html');
    expect(pages.length).toBeGreaterThan(100);
    const found = pages.flatMap((f) => words(readFileSync(f, 'utf8')).filter((w) => /\bunknown\b/i.test(w)).map((w) => `${relative(dir, f)}: ${w.trim().slice(0, 120)}`));
    const kits = files(join(dir, 'bo-tai-lieu/kit'), '.js').filter((f) => /\bunknown\b/i.test(readFileSync(f, 'utf8'))).map((f) => relative(dir, f));
    expect([...found, ...kits]).toEqual([]);
  });
});
