/**
 * Search the way members ask, in real Chromium on the built fixture, at the root and under
 * /sotay/: kind names in words, namesakes ordered by the query's subject, a document above what
 * carries it out, a number the base lacks, one-letter slips, results first on a phone, code
 * lookups from the code map without Pagefind, and the page without JavaScript.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useServedSite, type ServedSite } from '../support/served-site';

const root = useServedSite('root');
const sub = useServedSite('sub');
const sites: [string, ServedSite][] = [
  ['/', root],
  ['/sotay/', sub],
];

/** A fresh phone-sized page that records every request it makes. */
async function phone(site: ServedSite, javaScriptEnabled = true): Promise<{ page: Page; requests: string[]; close: () => Promise<void> }> {
  const context = await site.browser.newContext({ viewport: { width: 360, height: 640 }, javaScriptEnabled });
  const page = await context.newPage();
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  return { page, requests, close: () => context.close() };
}

/** Run `body` on a fresh phone-sized page, closing its context whatever happens. */
async function onPhone(
  site: ServedSite,
  body: (p: { page: Page; requests: string[] }) => Promise<void>,
  javaScriptEnabled = true,
): Promise<void> {
  const { page, requests, close } = await phone(site, javaScriptEnabled);
  try {
    await body({ page, requests });
  } finally {
    await close();
  }
}

/** Open the search page for a query and wait for its answer. */
async function ask(site: ServedSite, page: Page, query: string): Promise<void> {
  await page.goto(`${site.server.url}tim-kiem/?${new URLSearchParams({ q: query })}`);
  await page.waitForFunction(() => /Tìm thấy|Không tìm thấy|chưa có/.test(document.getElementById('search-status')?.textContent ?? ''));
}

/** Document ids of the results, in order. */
const resultIds = (page: Page) =>
  page
    .locator('#search-results li > a')
    .evaluateAll((as) => as.map((a) => (a.getAttribute('href') ?? '').replace(/^.*\/van-ban\//, '').replace(/\/$/, '')));

describe.each(sites)('search under %s', (_, site) => {
  it.each([
    // Kind names in words, with and without diacritics and "số", and their longer names.
    ['chương trình hành động số 55', '55-ctr-tu-2023'],
    ['chuong trinh hanh dong so 55', '55-ctr-tu-2023'],
    ['Chương trình số 55', '55-ctr-tu-2023'],
    ['thông báo kết luận số 947', '947-tb-tu-2024'],
    ['thong bao so 947', '947-tb-tu-2024'],
    ['kế hoạch số 43', '43-kh-tu-2022'],
    ['ke hoach hanh dong 43', '43-kh-tu-2022'],
    ['kết luận số 21', '21-kl-tw-2021'],
    ['chỉ thị số 05', '05-ct-tw-2016'],
    ['quy dinh so 137', '137-qd-tw-2023'],
    ['NQ số 58', '58-nq-tw-2020'],
    ['nghi quyet so 58', '58-nq-tw-2020'],
    // The subject picks between documents sharing a code.
    ['nghị quyết 18 tinh gọn bộ máy', '18-nq-tw-2017'],
    ['nghi quyet 18 to chuc bo may', '18-nq-tw-2017'],
    ['nghị quyết 18 đất đai', '18-nq-tw-2022'],
    ['18-NQ/TW quản lý và sử dụng đất', '18-nq-tw-2022'],
    // A document above the program or plan that carries it out, when both titles hold the words.
    ['phương thức lãnh đạo cầm quyền', '28-nq-tw-2022'],
    ['doi moi phuong thuc lanh dao', '28-nq-tw-2022'],
    // Plenums, the way resolutions are spoken of.
    ['Nghị quyết Trung ương 5 khóa XIII', '18-nq-tw-2022'],
    ['nghi quyet trung uong 5 khoa 13', '18-nq-tw-2022'],
    ['NQ TW4 khóa XI', '12-nq-tw-2012'],
    ['nqtw 4 khoa XII', '04-nq-tw-2016'],
    ['Hội nghị Trung ương 6 khóa XIII', '28-nq-tw-2022'],
    ['Nghị quyết Hội nghị lần thứ sáu Ban Chấp hành Trung ương khóa XII đơn vị sự nghiệp công lập', '19-nq-tw-2017'],
    // One-letter slips.
    ['nghj quyết 58', '58-nq-tw-2020'],
    ['kết luâng 21', '21-kl-tw-2021'],
    ['phuong thuc lanh daoo', '28-nq-tw-2022'],
  ])('%s → %s first', async (query, id) => {
    await onPhone(site, async ({ page }) => {
      await ask(site, page, query);
      expect((await resultIds(page))[0]).toBe(id);
    });
  });

  it('a resolution ranks above the program carrying it out (Pagefind alone puts the program first)', async () => {
    await onPhone(site, async ({ page }) => {
      await ask(site, page, 'phương thức lãnh đạo cầm quyền');
      expect(await resultIds(page)).toEqual(['28-nq-tw-2022', '55-ctr-tu-2023']);
    });
  });

  it('the chooser of a shared code lists the namesakes in the order the subject gives', async () => {
    await onPhone(site, async ({ page }) => {
      await ask(site, page, 'nghị quyết 18 đất đai');
      expect(await page.locator('.search-shared a').allInnerTexts()).toEqual(['18-NQ/TW (16/06/2022)', '18-NQ/TW (25/10/2017)']);
      await ask(site, page, 'nghị quyết 18 tinh gọn bộ máy');
      expect(await page.locator('.search-shared a').allInnerTexts()).toEqual(['18-NQ/TW (25/10/2017)', '18-NQ/TW (16/06/2022)']);
      // With a facet ticked the code goes through Pagefind, and the order is the same.
      await page.goto(`${site.server.url}tim-kiem/?${new URLSearchParams({ q: 'nghị quyết 18 tinh gọn bộ máy', loai: 'Nghị quyết' })}`);
      await page.waitForFunction(() => /Tìm thấy/.test(document.getElementById('search-status')?.textContent ?? ''));
      expect(await page.locator('.search-shared a').allInnerTexts()).toEqual(['18-NQ/TW (25/10/2017)', '18-NQ/TW (16/06/2022)']);
      expect((await resultIds(page))[0]).toBe('18-nq-tw-2017');
    });
  });

  it.each([
    ['nghị quyết 57', 'Sổ tay chưa có Nghị quyết số 57.', ['58-NQ/TW (05/08/2020)', '72-NQ/TW (09/09/2025)']],
    ['kết luận 123', 'Sổ tay chưa có Kết luận số 123.', ['22-KL/BCĐ (05/12/2024)', '21-KL/TW (25/10/2021)']],
    ['57-NQ/TW', 'Sổ tay chưa có Nghị quyết số 57-NQ/TW.', ['58-NQ/TW (05/08/2020)', '72-NQ/TW (09/09/2025)']],
  ])('a number the base lacks (%s) says so, offers the nearest of its kind, and lists nothing unrelated', async (query, said, nearest) => {
    await onPhone(site, async ({ page, requests }) => {
      await ask(site, page, query);
      expect(await page.locator('#search-status').innerText()).toBe(said);
      expect(await page.locator('.search-nearest a').allInnerTexts()).toEqual(nearest);
      expect(await resultIds(page)).toEqual([]);
      expect(requests.filter((u) => u.includes('/pagefind/'))).toEqual([]);
    });
  });

  it.each([
    ['NQ TW 6 khóa XII', ['18-NQ/TW (25/10/2017)', '19-NQ/TW (25/10/2017)'], 'trung-uong-6-khoa-xii'],
    ['Nghị quyết Hội nghị Trung ương 4', ['21-KL/TW (25/10/2021)', '04-NQ/TW (30/10/2016)', '12-NQ/TW (16/01/2012)'], undefined],
  ])('a plenum (%s) lists the documents it issued, and links its page', async (query, docs, slug) => {
    await onPhone(site, async ({ page, requests }) => {
      await ask(site, page, query);
      expect(await page.locator('.search-shared li a').allInnerTexts()).toEqual(docs);
      const link = page.locator('.search-shared p.small a');
      if (slug === undefined) expect(await link.count()).toBe(0);
      else {
        expect(await link.getAttribute('href')).toBe(`${new URL(site.server.url).pathname}hoi-nghi-trung-uong/${slug}/`);
        await link.click();
        const main = await page.locator('main').innerText();
        for (const d of docs) expect(main).toContain(d.split(' ')[0]!);
      }
      expect(requests.filter((u) => u.includes('/pagefind/'))).toEqual([]);
    });
  });

  it.each([
    // A bare ordinal: the national congress first (a provincial or bloc congress never outranks it).
    ['nghị quyết đại hội 14', ['Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIV của Đảng']],
    ['Đại hội XIII của Đảng', ['Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII của Đảng']],
    ['dai hoi 13', ['Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII của Đảng']],
    ['đại hội đảng bộ tỉnh Thanh Hóa lần thứ XIX', ['Nghị quyết Đại hội Đảng bộ tỉnh Thanh Hóa lần thứ XIX']],
  ])('a congress (%s) lists its resolutions, the national one first, from the code map', async (query, docs) => {
    await onPhone(site, async ({ page, requests }) => {
      await ask(site, page, query);
      expect(await page.locator('.search-shared li a').allInnerTexts()).toEqual(docs);
      expect(requests.filter((u) => u.includes('/pagefind/'))).toEqual([]);
    });
  });

  it('a congress the base has no resolution of says so', async () => {
    await onPhone(site, async ({ page }) => {
      await ask(site, page, 'đại hội 12');
      expect(await page.locator('#search-status').innerText()).toBe('Sổ tay chưa có nghị quyết nào của Đại hội lần thứ XII.');
    });
  });

  it('a plenum with no document in the base says so', async () => {
    await onPhone(site, async ({ page }) => {
      await ask(site, page, 'hội nghị trung ương 7 khóa XII');
      expect(await page.locator('#search-status').innerText()).toBe(
        'Sổ tay chưa có nghị quyết, kết luận nào của Hội nghị Trung ương 7 khóa XII.',
      );
      expect(await resultIds(page)).toEqual([]);
    });
  });

  it('a corrected slip says what was searched and what was typed', async () => {
    await onPhone(site, async ({ page }) => {
      await ask(site, page, 'kết luâng 21');
      expect(await page.locator('.search-corrected').innerText()).toBe('Đã tìm: kết luận 21 (bạn gõ: kết luâng 21)');
      await ask(site, page, 'ket luan 21');
      expect(await page.locator('.search-corrected').count()).toBe(0);
    });
  });

  it.each([['18-NQ/TW'], ['nq 58'], ['chuyen doi so'], ['nghị quyết 18 tinh gọn bộ máy']])(
    'on a 360 px phone, "%s" typed in the header of a document page shows its first result without scrolling',
    async (query) => {
      await onPhone(site, async ({ page }) => {
        await page.goto(`${site.server.url}van-ban/58-nq-tw-2020/`);
        await page.locator('#site-search-q').fill(query);
        await page.locator('#site-search-q').press('Enter');
        await page.waitForFunction(() => /Tìm thấy/.test(document.getElementById('search-status')?.textContent ?? ''));
        const first = (await page.locator('#search-results li > a').first().boundingBox())!;
        expect(await page.evaluate(() => scrollY)).toBe(0);
        expect(first.y + first.height).toBeLessThanOrEqual(640);
        // The search page has one search box, not the header's as well.
        expect(await page.locator('input[type="search"]').count()).toBe(1);
      });
    },
  );

  it.each([['nq 58'], ['18-NQ/TW'], ['chương trình hành động số 55'], ['NQ 57']])(
    'the code lookup "%s" loads one small code-map script and no Pagefind',
    async (query) => {
      await onPhone(site, async ({ page, requests }) => {
        let bytes = 0;
        page.on('response', async (r) => {
          if (r.url().includes('/tim-kiem/so-hieu/')) bytes += (await r.body()).length;
        });
        await ask(site, page, query);
        await page.waitForLoadState('networkidle');
        expect(requests.filter((u) => u.includes('/pagefind/'))).toEqual([]);
        expect(requests.filter((u) => u.includes('/tim-kiem/so-hieu/')).length).toBeGreaterThan(0);
        expect(bytes).toBeLessThanOrEqual(30_000);
      });
    },
  );

  it('a word search still uses Pagefind', async () => {
    await onPhone(site, async ({ page, requests }) => {
      await ask(site, page, 'chuyen doi so');
      expect(requests.some((u) => u.includes('/pagefind/'))).toBe(true);
      expect((await resultIds(page))[0]).toBe('10-nq-tu-2022-binh-thuan');
    });
  });

  it('without JavaScript the page says search needs it and offers the lists, which open', async () => {
    await onPhone(
      site,
      async ({ page }) => {
        await page.goto(`${site.server.url}tim-kiem/?q=nq+58`);
        const box = page.locator('.search-noscript');
        expect(await box.locator('p').innerText()).toContain('cần JavaScript');
        const links = await box.locator('a').evaluateAll((as) => as.map((a) => [a.textContent, a.getAttribute('href')]));
        const base = site === sub ? '/sotay/' : '/';
        expect(links).toEqual([
          ['Loại văn bản', `${base}loai/`],
          ['Cơ quan ban hành', `${base}co-quan/`],
          ['Năm', `${base}nam/`],
          ['Số hiệu dùng chung', `${base}so-hieu/`],
        ]);
        for (const [, href] of links) {
          const r = await page.goto(new URL(href!, site.server.url).href);
          expect(r?.status()).toBe(200);
        }
        expect(await page.locator('h1').innerText()).toBe('Số hiệu dùng chung');
        expect(await page.locator('main li a').allInnerTexts()).toContain('18-NQ/TW');
      },
      false,
    );
  });
});
