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
    // Folded on a phone, with the code, date and issuer on its one line; opens on a tap.
    expect(await page.locator('details.doc-card').getAttribute('open')).toBeNull();
    expect(await page.locator('.doc-key').innerText()).toMatch(/58-NQ\/TW · 05\/08\/2020 · Bộ Chính trị/);
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
