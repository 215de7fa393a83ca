/**
 * Search on the built site, in real Chromium: Vietnamese without diacritics, đ, old tone
 * placement, NFD input, document codes in every spelling, shared codes, facets, URL state,
 * an empty result, and the same under a sub-path.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launch } from '../support/browser';
import { serve, type Served } from '../support/serve';
import { planQuery } from '../../src/lib/search';

let browser: Browser;
let root: Served;
let sub: Served;
let page: Page;

beforeAll(async () => {
  const sites = inject('sites');
  root = await serve(sites.root.dir, sites.root.base);
  sub = await serve(sites.sub.dir, sites.sub.base);
  browser = await launch();
  page = await browser.newPage({ viewport: { width: 390, height: 900 } });
});
afterAll(async () => {
  await browser?.close();
  await root?.close();
  await sub?.close();
});

/** Open the search page with a query string and wait until it has answered. */
async function open(server: Served, query: string): Promise<void> {
  await page.goto(`${server.url}tim-kiem/?${query}`);
  await page.waitForFunction(() => /Tìm thấy|Không tìm thấy|Không có văn bản/.test(document.getElementById('search-status')?.textContent ?? ''));
}

/** The document ids of the results, in order. */
async function resultIds(): Promise<string[]> {
  const hrefs = await page.locator('#search-results li > a').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
  return hrefs.map((h) => h.replace(/^.*\/van-ban\//, '').replace(/\/$/, ''));
}

const q = (text: string) => new URLSearchParams({ q: text }).toString();

describe('the first result of a query', () => {
  it.each([
    // Codes, in the spellings the code model accepts.
    ['58-NQ/TW', '58-nq-tw-2020'],
    ['nq58', '58-nq-tw-2020'],
    ['NQ 58', '58-nq-tw-2020'],
    ['Nghị quyết số 58', '58-nq-tw-2020'],
    ['nghi quyet 58', '58-nq-tw-2020'],
    ['58/NQ-TW', '58-nq-tw-2020'],
    ['58 nq tw', '58-nq-tw-2020'],
    ['ctr 55', '55-ctr-tu-2023'],
    ['55-CTr/TU', '55-ctr-tu-2023'],
    ['137-QD/TW', '137-qd-tw-2023'],
    ['137-QĐ/TW', '137-qd-tw-2023'],
    ['quy định 137', '137-qd-tw-2023'],
    ['05-CT/TƯ', '05-ct-tw-2016'],
    ['kl 21', '21-kl-tw-2021'],
    ['09-KL/BCD', '09-kl-bcd-2024'],
    ['28-NQ/TW', '28-nq-tw-2022'],
    // A shared code: a year or a term in the query picks one.
    ['18-NQ/TW 2017', '18-nq-tw-2017'],
    ['18-NQ/TW 2022', '18-nq-tw-2022'],
    ['nghị quyết 18 khóa XIII', '18-nq-tw-2022'],
    // Words without diacritics, đ, old tone placement, NFD.
    ['chuyen doi so', '10-nq-tu-2022-binh-thuan'],
    ['chuyển đổi số', '10-nq-tu-2022-binh-thuan'],
    ['chuyển đổi số'.normalize('NFD'), '10-nq-tu-2022-binh-thuan'],
    ['quan ly va su dung dat', '18-nq-tw-2022'],
    ['dai hoi dai bieu toan quoc', 'nghi-quyet-dai-hoi-toan-quoc-xiii-2021'],
    ['phát triển tỉnh Thanh Hoá', '58-nq-tw-2020'],
    ['phat trien tinh thanh hoa', '58-nq-tw-2020'],
    ['dao duc phong cach Ho Chi Minh', '05-ct-tw-2016'],
    ['tham muu giup viec tinh uy', '137-qd-tw-2023'],
    ['tham mưu giúp việc tỉnh uỷ', '137-qd-tw-2023'],
  ])('%s → %s', async (text, id) => {
    await open(root, q(text));
    expect((await resultIds())[0]).toBe(id);
  });
});

describe('search behaviour', () => {
  it('a code that names one document offers a direct jump to it', async () => {
    await open(root, q('ctr 55'));
    const jump = page.locator('.search-jump a');
    expect(await jump.getAttribute('href')).toBe('/van-ban/55-ctr-tu-2023/');
    expect(await jump.innerText()).toContain('55-CTr/TU');
  });

  it('a shared code shows every document with its date, and no jump', async () => {
    await open(root, q('18-NQ/TW'));
    expect(await page.locator('.search-jump').count()).toBe(0);
    const shared = await page.locator('.search-shared').innerText();
    expect(shared).toContain('25/10/2017');
    expect(shared).toContain('16/06/2022');
    expect((await resultIds()).slice(0, 2).sort()).toEqual(['18-nq-tw-2017', '18-nq-tw-2022']);
  });

  it('the owner of a code ranks above documents that mention it', async () => {
    await open(root, q('137-QĐ/TW'));
    const ids = await resultIds();
    expect(ids[0]).toBe('137-qd-tw-2023');
    expect(ids).toContain('947-tb-tu-2024');
  });

  it('"dang" finds Đảng and the result shows the accented words marked', async () => {
    await open(root, q('xay dung dang'));
    const marks = await page.locator('#search-results mark').allInnerTexts();
    expect(marks).toContain('Đảng');
    expect(marks.some((m) => /xây/i.test(m))).toBe(true);
  });

  it('a phrase found only in a body (indexed as a bag of terms) finds its document', async () => {
    await open(root, q('lam theo Bac'));
    expect(await resultIds()).toContain('05-ct-tw-2016');
  });

  it('a result carries its title and summary, not its long body', async () => {
    await open(root, q('05-CT/TW'));
    // A string, so the test runner does not rewrite the browser's import().
    const content = await page.evaluate<string>(`(async () => {
      const pf = await import('/pagefind/pagefind.js');
      const r = await pf.search(${JSON.stringify(planQuery('05-CT/TW').terms)});
      return (await r.results[0].data()).content;
    })()`);
    expect(content).toContain('phong cách Hồ Chí Minh');
    expect(content).not.toContain('Các bài nguồn không thuật lại nội dung chi tiết');
  });

  it('typing words loads Pagefind and its page list before the query is sent; typing a code does not', async () => {
    await page.goto(`${root.url}tim-kiem/`);
    const fetched: string[] = [];
    page.on('request', (r) => fetched.push(r.url()));
    await page.locator('#search-q').pressSequentially('nq 58');
    await page.waitForTimeout(300);
    expect(fetched.filter((u) => u.includes('/pagefind/'))).toEqual([]);
    await page.locator('#search-q').fill('');
    const meta = page.waitForResponse((r) => r.url().endsWith('.pf_meta'));
    await page.locator('#search-q').pressSequentially('chuyen doi');
    expect((await meta).ok()).toBe(true);
    expect(await page.locator('#search-results li').count()).toBe(0);
  });

  it('a query that matches nothing says so', async () => {
    await open(root, q('qwxzvk'));
    expect(await page.locator('#search-status').innerText()).toContain('Không tìm thấy');
    expect(await resultIds()).toEqual([]);
  });

  it('filters come from the URL, show counts, and narrow the results', async () => {
    await open(root, 'loai=Ch%E1%BB%89+th%E1%BB%8B');
    expect(await resultIds()).toEqual(['05-ct-tw-2016']);
    await open(root, q('xay dung dang'));
    const all = Number((await page.locator('#search-status').innerText()).replace(/\D/g, ''));
    // The counts load when the facets are opened (tests/e2e/search-phone.test.ts: not before).
    await page.locator('#search-filters summary').click();
    const facet = page.locator('fieldset[data-facet="cap"] label', { hasText: 'Trung ương' });
    const count = Number((await facet.locator('.count').innerText()).replace(/\D/g, ''));
    expect(count).toBeGreaterThan(0);
    await facet.locator('input').check();
    await page.waitForURL(/cap=/);
    await page.waitForFunction((n) => document.getElementById('search-status')?.textContent === `Tìm thấy ${n} văn bản`, count);
    expect(count).toBeLessThanOrEqual(all);
    expect(new URL(page.url()).searchParams.get('cap')).toBe('Trung ương');
  });

  it('sorting by date keeps every document and puts the newest first', async () => {
    await open(root, 'loai=Ngh%E1%BB%8B+quy%E1%BA%BFt');
    const byRelevance = (await resultIds()).sort();
    await open(root, 'loai=Ngh%E1%BB%8B+quy%E1%BA%BFt&sap-xep=ngay');
    const byDate = await resultIds();
    expect([...byDate].sort()).toEqual(byRelevance);
    const dates = await page.locator('#search-results li > div').allInnerTexts();
    const iso = dates.map((d) => /(\d\d)\/(\d\d)\/(\d{4})/.exec(d)).map((m) => (m ? `${m[3]}-${m[2]}-${m[1]}` : ''));
    expect(iso).toEqual([...iso].sort().reverse());
    expect(byDate[0]).toBe('72-nq-tw-2025');
  });

  it('the header box is on every page, "/" focuses it, and it leads to the search page', async () => {
    await page.goto(`${root.url}loai/`);
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('site-search-q');
    await page.keyboard.type('nq 58');
    await page.keyboard.press('Enter');
    await page.waitForURL(/tim-kiem/);
    await page.waitForFunction(() => /Tìm thấy/.test(document.getElementById('search-status')?.textContent ?? ''));
    expect((await resultIds())[0]).toBe('58-nq-tw-2020');
  });

  it('works under a sub-path: results link inside /sotay/', async () => {
    await open(sub, q('137-QD/TW'));
    const href = await page.locator('#search-results li > a').first().getAttribute('href');
    expect(href).toBe('/sotay/van-ban/137-qd-tw-2023/');
    await open(sub, q('chuyen doi so'));
    expect((await resultIds())[0]).toBe('10-nq-tu-2022-binh-thuan');
  });
});
