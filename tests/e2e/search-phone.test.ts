/**
 * The search page on a phone, in real Chromium on the built fixture: nothing on screen moves as
 * the answer arrives (the layout shift the browser measures stays at most 0.02 for words, codes,
 * a slip and a number the base lacks), and a word search fetches only what its first results
 * need, all at once: no facet data until the facets are opened, no vocabulary unless a word is
 * not one the base has.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useServedSite } from '../support/served-site';

const site = useServedSite('sub');

/** The most layout shift the page may show while it answers (Lighthouse's "good" is 0.1). */
const MAX_SHIFT = 0.02;

/**
 * A fresh phone page (360 × 640 unless told) that sums the layout shifts the browser reports (not those right
 * after an input), with every request of the index and the code map held back `delay` ms, so the
 * answer surely arrives after the page is first shown, as on a slow network.
 */
async function phone(delay = 80, viewport = { width: 360, height: 640 }): Promise<{ page: Page; requests: string[]; close: () => Promise<void> }> {
  const context = await site.browser.newContext({ viewport, isMobile: true, hasTouch: true, deviceScaleFactor: 2 });
  const page = await context.newPage();
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.route(/\/(pagefind(-\d+)?|tim-kiem\/so-hieu)\/|tu-vung\.js/, async (route) => {
    await new Promise((ok) => setTimeout(ok, delay));
    await route.continue();
  });
  await page.addInitScript(() => {
    const w = window as unknown as { shift: number };
    w.shift = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
        if (!e.hadRecentInput) w.shift += e.value;
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
  return { page, requests, close: () => context.close() };
}

/** Open the search page for a query and wait until it has answered and settled. */
async function ask(page: Page, query: string): Promise<void> {
  await page.goto(`${site.server.url}tim-kiem/?${new URLSearchParams({ q: query })}`);
  await page.waitForFunction(() => /Tìm thấy|Không tìm thấy|chưa có/.test(document.getElementById('search-status')?.textContent ?? ''));
  // Two frames: a shift is reported once the moved content is painted.
  await page.evaluate(() => new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok))));
}

describe('the search page on a phone', () => {
  it.each([
    ['chuyển đổi số', 'words', 360, 640],
    ['xay dung dang', 'words without diacritics', 360, 640],
    ['nghj quyết', 'a slip', 360, 640],
    ['nq 58', 'a code', 360, 640],
    ['18-NQ/TW', 'a shared code', 360, 640],
    ['kết luận 307', 'a number the base lacks', 360, 640],
    ['Nghị quyết Trung ương 6 khóa XII', 'a plenum', 360, 640],
    // A tall phone (Lighthouse's is 412 × 823): what follows the results is still off screen.
    ['chuyển đổi số', 'words', 412, 915],
    ['nq 58', 'a code', 412, 915],
  ])('"%s" (%s) at %i × %i: the page shifts by at most 0.02 as the answer arrives', async (query, _, width, height) => {
    const { page, close } = await phone(80, { width, height });
    try {
      await ask(page, query);
      expect(await page.locator('#search-results li > a, .search-nearest a, #search-notice a').count()).toBeGreaterThan(0);
      expect(await page.evaluate(() => (window as unknown as { shift: number }).shift)).toBeLessThanOrEqual(MAX_SHIFT);
    } finally {
      await close();
    }
  });

  it('a word search fetches no facet data until the facets are opened, then shows their counts', async () => {
    const { page, requests, close } = await phone(0);
    try {
      await ask(page, 'xay dung dang');
      await page.waitForLoadState('networkidle');
      expect(requests.filter((u) => u.endsWith('.pf_filter'))).toEqual([]);
      expect(await page.locator('#search-facets fieldset').count()).toBe(0);
      await page.locator('#search-filters summary').click();
      const level = page.locator('fieldset[data-facet="cap"] label', { hasText: 'Trung ương' });
      expect(Number((await level.locator('.count').innerText()).replace(/\D/g, ''))).toBeGreaterThan(0);
      expect(requests.filter((u) => u.endsWith('.pf_filter')).length).toBeGreaterThan(0);
    } finally {
      await close();
    }
  });

  it.each([
    ['chuyen doi so', false],
    ['nghj quyết', true],
  ])('"%s": the vocabulary for slips is fetched: %s (the known syllables, a few kB, tell)', async (query, fetched) => {
    const { page, requests, close } = await phone(0);
    try {
      await ask(page, query);
      await page.waitForLoadState('networkidle');
      expect(requests.some((u) => u.endsWith('/tim-kiem/am-tiet.js'))).toBe(true);
      expect(requests.some((u) => u.endsWith('/tim-kiem/tu-vung.js'))).toBe(fetched);
    } finally {
      await close();
    }
  });

  it('Pagefind is asked for its page list and WebAssembly beside its code, not after it', async () => {
    const { page, requests, close } = await phone(0);
    try {
      await ask(page, 'chuyển đổi số');
      const form = page.locator('#search-form');
      const tag = await form.getAttribute('data-index-tag');
      expect(tag).toMatch(/^[0-9a-f]{10}$/);
      const preload = ((await form.getAttribute('data-preload')) ?? '').split(' ');
      expect(preload).toEqual([`pagefind/pagefind-entry.json?ts=${tag}`, expect.stringMatching(/^pagefind\/wasm\.\w+\.pagefind$/), expect.stringMatching(/^pagefind\/pagefind\.vi_\w+\.pf_meta$/)]);
      // Pagefind's own requests are the ones asked for ahead: the entry under the tag, no other.
      const entries = requests.filter((u) => u.includes('pagefind-entry.json'));
      expect(entries.every((u) => u.endsWith(`?ts=${tag}`))).toBe(true);
      const links = await page.locator('link[rel="preload"][as="fetch"]').evaluateAll((ls) => ls.map((l) => l.getAttribute('href')));
      expect(links).toEqual(preload.map((f) => `/sotay/${f}`));
      // The page's modules are announced in its head, so they load beside its script.
      expect(await page.locator('head link[rel="modulepreload"]').count()).toBeGreaterThan(0);
      // A small script before the styles asks for them as the page is parsed, for words only.
      const early = page.locator('head script#search-early');
      expect(await early.getAttribute('data-preload')).toBe(preload.join(' '));
      expect(await page.evaluate(() => {
        const script = document.getElementById('search-early')!;
        const styles = document.querySelector('link[rel="stylesheet"]')!;
        return (script.compareDocumentPosition(styles) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
      })).toBe(true);
      // It ran, under the page's policy: it announced Pagefind's code, which only it does.
      expect(await page.locator('head link[rel="modulepreload"][href="/sotay/pagefind/pagefind.js"]').count()).toBe(1);
    } finally {
      await close();
    }
  });
});
