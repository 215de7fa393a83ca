/**
 * The built site, in real Chromium: home, a document page, lists, an organ, the 404 page,
 * read as a member would, at phone width.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launch } from '../support/browser';
import { serve, type Served } from '../support/serve';

let browser: Browser;
let server: Served;
let page: Page;

beforeAll(async () => {
  const site = inject('sites').root;
  server = await serve(site.dir, site.base);
  browser = await launch();
  page = await browser.newPage({ viewport: { width: 360, height: 800 } });
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('old addresses keep working', () => {
  it.each([
    ['van-ban/55-ctr-tu-2023-tinh-uy-tinh-chua-xac-dinh/', 'van-ban/55-ctr-tu-2023/', '55-CTr/TU'],
    ['van-ban/947-tb-tu-2024-btv-tinh-uy-tinh-chua-xac-dinh/', 'van-ban/947-tb-tu-2024/', '947-TB/TU'],
  ])('%s leads to %s', async (old, now, code) => {
    await page.goto(`${server.url}${old}`);
    await page.waitForURL(`${server.url}${now}`);
    expect(await page.locator('h1').innerText()).toContain(code);
  });
});

describe('the site at 360 px', () => {
  it('home says what the site holds and lists the newest documents', async () => {
    await page.goto(server.url);
    expect(await page.locator('html').getAttribute('lang')).toBe('vi');
    expect(await page.locator('h1').innerText()).toBe('Sổ tay Nghị quyết');
    const newest = await page.locator('.doc-list li .code').allInnerTexts();
    expect(newest.length).toBeGreaterThan(3);
    // No horizontal scrolling on a phone.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  });

  it('a document page shows the identity card with dd/mm/yyyy dates and the actual issuer', async () => {
    await page.goto(`${server.url}van-ban/58-nq-tw-2020/`);
    // Folded on a phone (the heading shows date, issuer and status); opens on a tap.
    expect(await page.locator('details.doc-card').getAttribute('open')).toBeNull();
    expect(await page.locator('.doc-key').innerText()).toMatch(/^05\/08\/2020 · Bộ Chính trị · /);
    await page.locator('details.doc-card > summary').click();
    const card = await page.locator('.identity').innerText();
    expect(card).toContain('58-NQ/TW');
    expect(card).toContain('05/08/2020');
    expect(card).toContain('Bộ Chính trị');
    expect(card).toContain('Khóa XII');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  });

  it('the two 18-NQ/TW are two pages, told apart by date and term', async () => {
    await page.goto(`${server.url}van-ban/18-nq-tw-2017/`);
    expect(await page.locator('.doc-key').innerText()).toContain('25/10/2017');
    await page.goto(`${server.url}van-ban/18-nq-tw-2022/`);
    expect(await page.locator('.doc-key').innerText()).toContain('16/06/2022');
  });

  it('lists by year are newest first and the kind list names kinds in Vietnamese', async () => {
    await page.goto(`${server.url}nam/`);
    const years = (await page.locator('.facet-list a').allInnerTexts()).filter((t) => /\d{4}/.test(t));
    expect(years).toEqual([...years].sort().reverse());
    await page.goto(`${server.url}loai/`);
    expect(await page.locator('.facet-list').innerText()).toContain('Nghị quyết');
  });

  it('a reporting organ has its page with its figures', async () => {
    await page.goto(`${server.url}so-lieu/`);
    const text = await page.locator('main').innerText();
    expect(text).toContain('527/600');
  });

  it('prints cleanly: no header, navigation or footer on paper, the identity card kept', async () => {
    await page.goto(`${server.url}van-ban/28-nq-tw-2022/`);
    await page.emulateMedia({ media: 'print' });
    const shown = await page.evaluate(() =>
      ['.site-header', '.site-footer', '.doc-card', 'main h1'].map((sel) => {
        const el = document.querySelector(sel);
        return el === null ? 'missing' : getComputedStyle(el).display;
      }),
    );
    await page.emulateMedia({ media: 'screen' });
    expect(shown.slice(0, 2)).toEqual(['none', 'none']);
    expect(shown.slice(2).every((d) => d !== 'none' && d !== 'missing')).toBe(true);
  });

  it('an unknown address gets the Vietnamese 404 page', async () => {
    const response = await page.goto(`${server.url}khong-co-trang-nay/`);
    expect(response?.status()).toBe(404);
    expect(await page.locator('h1').innerText()).toBe('Không tìm thấy trang');
  });
});

describe('plenums (Hội nghị Trung ương), as members name resolutions', () => {
  it.each([
    ['trung-uong-6-khoa-xii', 'Hội nghị Trung ương 6 khóa XII', ['18-NQ/TW', '19-NQ/TW']],
    ['trung-uong-6-khoa-xiii', 'Hội nghị Trung ương 6 khóa XIII', ['28-NQ/TW']],
    ['trung-uong-4-khoa-xi', 'Hội nghị Trung ương 4 khóa XI', ['12-NQ/TW']],
  ])('hoi-nghi-trung-uong/%s/ is "%s" and lists %o with their dates', async (slug, heading, codes) => {
    await page.goto(`${server.url}hoi-nghi-trung-uong/${slug}/`);
    expect(await page.locator('h1').innerText()).toBe(heading);
    expect(await page.locator('.doc-list li .code').allInnerTexts()).toEqual(codes);
    expect(await page.locator('.doc-list li .meta').first().innerText()).toMatch(/\d{2}\/\d{2}\/\d{4}/);
    // The other spellings, so a member who says "NQ TW6" knows it is this plenum.
    const names = await page.locator('.plenum-names').innerText();
    expect(names).toContain('Còn gọi là');
    expect(names).toContain(`Nghị quyết Trung ương ${heading.replace('Hội nghị Trung ương ', '')}`);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  });

  it('the index lists every plenum by term, newest term first', async () => {
    await page.goto(`${server.url}hoi-nghi-trung-uong/`);
    expect(await page.locator('main h2').allInnerTexts()).toEqual(['Khóa XIII', 'Khóa XII', 'Khóa XI']);
    expect(await page.locator('.plenum-term').first().locator('li a').allInnerTexts()).toEqual(['Hội nghị Trung ương 6', 'Hội nghị Trung ương 5', 'Hội nghị Trung ương 4']);
  });

  it('a document page links its plenum', async () => {
    await page.goto(`${server.url}van-ban/18-nq-tw-2017/`);
    await page.locator('details.doc-card > summary').click();
    const link = page.locator('.identity a.plenum-link');
    expect(await link.innerText()).toBe('Hội nghị Trung ương 6 khóa XII');
    await link.click();
    await page.waitForURL(`${server.url}hoi-nghi-trung-uong/trung-uong-6-khoa-xii/`);
  });
});
