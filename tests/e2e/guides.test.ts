/**
 * The guides (MDX pages under src/pages/huong-dan), in Chromium on the fixture site served under
 * /sotay/: linked from the header and the home page, each a page of the site with its GFM tables,
 * and their live examples answer from this base the way the site itself does.
 */
import { describe, expect, it } from 'vitest';
import { useServedSite } from '../support/served-site';

const site = useServedSite('sub');

/** The guides the index lists: title and address. */
async function listed(): Promise<{ title: string; href: string }[]> {
  const page = await site.browser.newPage();
  try {
    await page.goto(`${site.server.url}huong-dan/`);
    return await page.locator('.guide-list a').evaluateAll((links) => links.map((a) => ({ title: a.textContent ?? '', href: (a as HTMLAnchorElement).href })));
  } finally {
    await page.close();
  }
}

describe('the guides', () => {
  it('are linked from the header of every page and from the home page, one link per guide', async () => {
    const guides = await listed();
    expect(guides.map((g) => g.title)).toEqual(['Tra cứu một văn bản', 'Chuẩn bị buổi học tập, quán triệt', 'Thêm và sửa văn bản', 'Đặt Sổ tay lên mạng nội bộ']);
    const page = await site.browser.newPage();
    try {
      await page.goto(site.server.url);
      expect(await page.locator('.site-nav a', { hasText: 'Hướng dẫn' }).getAttribute('href')).toBe('/sotay/huong-dan/');
      const home = await page.locator('.guide-grid a').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
      expect(home).toEqual(guides.map((g) => g.href));
    } finally {
      await page.close();
    }
  });

  it('each is a page of the site under its base path: heading, whom it is for, "on this page", GFM tables', async () => {
    const page = await site.browser.newPage();
    try {
      for (const guide of await listed()) {
        expect(guide.href).toMatch(/\/sotay\/huong-dan\/[a-z-]+\/$/);
        await page.goto(guide.href);
        expect(await page.locator('h1').innerText()).toBe(guide.title);
        expect(await page.locator('main p.muted', { hasText: 'Dành cho:' }).count()).toBe(1);
        // "On this page" lists the guide's own sections, each an anchor the page has.
        const anchors = await page.locator('.on-this-page a').evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
        expect(anchors.length).toBeGreaterThan(3);
        for (const anchor of anchors) expect(await page.locator(`[id="${decodeURIComponent(anchor.slice(1))}"]`).count(), anchor).toBe(1);
        // A GFM table: header cells and rows, written as Markdown in the MDX file.
        const table = page.locator('article.guide > table').first();
        expect(await table.locator('thead th').count()).toBeGreaterThanOrEqual(2);
        expect(await table.locator('tbody tr').count()).toBeGreaterThanOrEqual(3);
      }
    } finally {
      await page.close();
    }
  });

  it('the live lookup reads "nq 58" as the search page does, lists 58-NQ/TW, and its link asks the search page the same', async () => {
    const page = await site.browser.newPage();
    try {
      await page.goto(`${site.server.url}huong-dan/tra-cuu/`);
      const example = page.locator('.lookup-example').first();
      expect(await example.locator('kbd').innerText()).toBe('nq 58');
      expect(await example.innerText()).toContain('số hiệu NQ 58 (mọi cơ quan ban hành)');
      expect(await example.locator('li a').first().innerText()).toBe('58-NQ/TW');
      await example.locator('a', { hasText: 'Thử trên trang tìm kiếm' }).click();
      await page.waitForURL(/\/sotay\/tim-kiem\/\?q=nq%2058$/);
      await page.locator('main a[href*="58-nq-tw-2020"]').first().waitFor();
    } finally {
      await page.close();
    }
  });

  it('the live citation is the document page\'s own line, with its copy button', async () => {
    const page = await site.browser.newPage();
    try {
      await page.goto(`${site.server.url}van-ban/58-nq-tw-2020/`);
      const line = await page.locator('#trich-dan').innerText();
      await page.goto(`${site.server.url}huong-dan/bao-cao-vien/`);
      expect(await page.locator('#trich-dan').innerText()).toBe(line);
      expect(await page.locator('button[data-copy="trich-dan"]').isVisible()).toBe(true);
    } finally {
      await page.close();
    }
  });
});
