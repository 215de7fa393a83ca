/**
 * Targets with their reported progress, in real Chromium under /sotay/: the figure, the bar drawn
 * at build time and its source on the document page, and the overview of all targets with its
 * filters (every row without script).
 */
import { describe, expect, it } from 'vitest';
import { useServedSite } from '../support/served-site';

const site = useServedSite('sub');

describe('targets and progress', () => {
  it.each([360, 1280])('at %i px a document\'s target shows 527/600 = 87,8 % with a bar, its date and source', async (width) => {
    const page = await site.browser.newPage({ viewport: { width, height: 900 } });
    await page.goto(`${site.server.url}van-ban/nghi-quyet-dai-hoi-dang-bo-khoi-ix/`);
    const cell = page.locator('#chi-tieu .target-progress').first();
    expect(await cell.innerText()).toMatch(/527\/600 đảng viên \(87,8%\)[\s\S]*Tính đến 08\/10\/2018[\s\S]*Cần phát huy vai trò của đảng viên/);
    expect(await cell.locator('.progress-bar > span').evaluate((el) => el.style.width)).toBe('87.8%');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    await page.close();
  });

  it('the overview lists every target; the filters narrow it, and without script every row shows', async () => {
    const page = await site.browser.newPage({ viewport: { width: 360, height: 800 } });
    await page.goto(`${site.server.url}chi-tieu/`);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    const rows = page.locator('.targets-overview tbody tr');
    const all = await rows.count();
    expect(all).toBeGreaterThan(3);
    expect(await page.locator('#target-count').innerText()).toBe(`Đang hiện ${all}/${all} chỉ tiêu`);
    // A filter loads the rows of its value (a data file) and shows those that match.
    const shown = async (): Promise<number> => {
      await page.waitForFunction(() => !/Đang tải/.test(document.getElementById('target-count')?.textContent ?? ''));
      return Number(/(\d+)\//.exec(await page.locator('#target-count').innerText())?.[1]);
    };
    await page.locator('select[name="nam"]').selectOption('2020');
    expect(await shown()).toBe(1);
    expect(await rows.count()).toBe(1);
    expect(await rows.first().textContent()).toContain('527/600');
    expect(await rows.first().locator('.progress-bar > span').evaluate((el) => el.style.width)).toBe('87.8%');
    await page.locator('select[name="nam"]').selectOption('');
    await page.locator('select[name="tinh"]').selectOption('Thanh Hóa');
    const thanhHoa = await shown();
    expect(thanhHoa).toBeGreaterThan(0);
    expect(thanhHoa).toBeLessThan(all);
    expect(await rows.count()).toBe(thanhHoa);
    // Filtered rows read exactly like the static ones: the same row, the same text.
    await page.locator('select[name="tinh"]').selectOption('');
    await shown();
    const staticRows = await rows.allInnerTexts();
    await page.locator('select[name="tinh"]').selectOption('Thanh Hóa');
    await shown();
    for (const r of await rows.allInnerTexts()) expect(staticRows).toContain(r);
    await page.close();

    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const bare = await context.newPage();
    await bare.goto(`${site.server.url}chi-tieu/`);
    expect(await bare.locator('#target-filters').isVisible()).toBe(false);
    expect(await bare.locator('.targets-overview tbody tr:visible').count()).toBe(all);
    await context.close();
  });
});
