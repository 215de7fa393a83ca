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

  it('the filters live in the address: shared, kept on reload, undone by the back button; the home page links the overview', async () => {
    const page = await site.browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(site.server.url);
    await page.locator('main a', { hasText: 'Chỉ tiêu và tiến độ' }).click();
    await page.waitForURL(`${site.server.url}chi-tieu/`);
    const rows = page.locator('.targets-overview tbody tr');
    const all = await rows.count();
    // The rows a filter shows come from its data file: counted once it has come.
    const shown = async (): Promise<number> => {
      await page.waitForFunction(() => !/Đang tải/.test(document.getElementById('target-count')?.textContent ?? ''));
      return rows.count();
    };

    // Two choices, two steps in the history: a topic, then a province.
    await page.locator('select[name="chu-de"]').selectOption('phat-trien-dang-vien');
    const topic = await shown();
    await page.locator('select[name="tinh"]').selectOption('Thanh Hóa');
    const both = await shown();
    expect(both).toBeGreaterThan(0);
    expect(both).toBeLessThan(topic);
    expect(topic).toBeLessThan(all);
    const query = '?tinh=Thanh+H%C3%B3a&chu-de=phat-trien-dang-vien';
    expect(new URL(page.url()).search).toBe(query);

    // A reload keeps the view.
    await page.reload();
    expect(await page.locator('select[name="tinh"]').inputValue()).toBe('Thanh Hóa');
    expect(await page.locator('select[name="chu-de"]').inputValue()).toBe('phat-trien-dang-vien');
    expect(await shown()).toBe(both);
    expect(await page.locator('#target-count').innerText()).toBe(`Đang hiện ${both}/${all} chỉ tiêu`);

    // Back: the province undone, then the topic.
    await page.goBack();
    expect(new URL(page.url()).search).toBe('?chu-de=phat-trien-dang-vien');
    expect(await page.locator('select[name="tinh"]').inputValue()).toBe('');
    expect(await shown()).toBe(topic);
    await page.goBack();
    expect(new URL(page.url()).search).toBe('');
    expect(await shown()).toBe(all);

    // The address shared: another browser opens the same view.
    const other = await site.browser.newContext();
    const shared = await other.newPage();
    const visible = async (): Promise<number> => {
      await shared.waitForFunction(() => !/Đang tải/.test(document.getElementById('target-count')?.textContent ?? ''));
      return shared.locator('.targets-overview tbody tr').count();
    };
    await shared.goto(`${site.server.url}chi-tieu/${query}`);
    expect(await visible()).toBe(both);
    // A value the page does not offer leaves that filter at "all".
    await shared.goto(`${site.server.url}chi-tieu/?nam=1990`);
    expect(await shared.locator('select[name="nam"]').inputValue()).toBe('');
    expect(await visible()).toBe(all);
    await other.close();
    await page.close();
  });
});
