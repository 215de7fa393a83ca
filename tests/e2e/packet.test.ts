/**
 * The packet (bộ tài liệu) across pages, in real Chromium, as a trainer uses it: add two documents
 * from a list row and from a document page, open the packet, reorder, print it to PDF as one
 * handout, share it as a link, remove one; on the site served under /sotay/ and in the offline
 * copy opened from file://.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { extractText, getDocumentProxy } from 'unpdf';
import { useServedSite } from '../support/served-site';
import { FIXTURE_SITE } from '../support/global-setup';

const root = resolve(import.meta.dirname, '../..');
const work = join(root, '.build-tmp', 'e2e', `packet-${process.pid}`);

const site = useServedSite('sub');
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Where each page of a copy is: served ("…/sotay/loai/") or from files ("…/loai/index.html"). */
type Where = (path: string) => string;

/** The trainer's walk: two documents into the packet, then the packet page; errors collected. */
async function gather(context: BrowserContext, at: Where): Promise<{ page: Page; errors: string[] }> {
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  // From a list row …
  await page.goto(at('loai/nghi-quyet/'));
  const row = page.locator('.doc-list li', { has: page.locator('a[href*="58-nq-tw-2020"]') });
  await row.getByRole('button', { name: 'Thêm vào bộ tài liệu' }).click();
  expect(await row.locator('button[data-packet-add]').getAttribute('aria-pressed')).toBe('true');
  // … and from a document page.
  await page.goto(at('van-ban/28-nq-tw-2022/'));
  await page.locator('.doc-tools').getByRole('button', { name: 'Thêm vào bộ tài liệu' }).click();
  // The packet link in the header.
  await page.locator('.site-nav a', { hasText: 'Bộ tài liệu' }).click();
  await page.locator('.packet-kit [data-kit-id]').nth(1).waitFor();
  return { page, errors };
}

const tocOrder = (page: Page): Promise<string[]> => page.locator('#packet-toc li > a').allInnerTexts().then((t) => t.map((x) => x.split(':')[0]!));
const kitOrder = (page: Page): Promise<(string | null)[]> => page.locator('.packet-kit [data-kit-id]').evaluateAll((ks) => ks.map((k) => k.getAttribute('data-kit-code')));

async function printedPages(page: Page): Promise<string[]> {
  const pdf = await page.pdf({ format: 'A4', printBackground: true });
  const { text } = await extractText(await getDocumentProxy(new Uint8Array(pdf)), { mergePages: false });
  return (text as string[]).map((t) => t.replace(/\s+/g, ' '));
}

/** The same checks on any copy of the site. */
async function walk(at: Where): Promise<void> {
  const context = await site.browser.newContext({ viewport: { width: 1280, height: 900 } });
  try {
    const { page, errors } = await gather(context, at);
    expect(await tocOrder(page)).toEqual(['58-NQ/TW', '28-NQ/TW']);

    // The heading says how many documents the packet holds.
    expect(await page.locator('.packet > h1').innerText()).toBe('Bộ tài liệu (2 văn bản)');

    // Reorder from the keyboard: 28-NQ/TW first; the keyboard stays on the moved item (its "Lên"
    // is now disabled, so on its "Xuống") and the move is announced.
    const focused = (): Promise<string | null> => page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? null);
    const said = (): Promise<string> => page.locator('#packet-status').innerText();
    await page.getByRole('button', { name: 'Đưa 28-NQ/TW lên trước' }).focus();
    await page.keyboard.press('Enter');
    expect(await tocOrder(page)).toEqual(['28-NQ/TW', '58-NQ/TW']);
    expect(await focused()).toBe('Đưa 28-NQ/TW xuống sau');
    expect(await said()).toBe('Đã chuyển 28-NQ/TW tới vị trí 1/2.');
    await page.keyboard.press('Enter');
    expect(await tocOrder(page)).toEqual(['58-NQ/TW', '28-NQ/TW']);
    expect(await focused()).toBe('Đưa 28-NQ/TW lên trước');
    expect(await said()).toBe('Đã chuyển 28-NQ/TW tới vị trí 2/2.');
    await page.keyboard.press('Enter');
    expect(await tocOrder(page)).toEqual(['28-NQ/TW', '58-NQ/TW']);
    expect(await kitOrder(page)).toEqual(['28-NQ/TW', '58-NQ/TW']);
    const link = await page.locator('#packet-share').inputValue();
    expect(link).toMatch(/bo-tai-lieu\/(index\.html)?\?ids=28-nq-tw-2022,58-nq-tw-2020$/);

    // One handout: the contents, sharing the first page with the first kit, then each further kit
    // from a new page under its own running header.
    const pages = await printedPages(page);
    console.log(`[packet] ${new URL(page.url()).protocol} bộ 2 văn bản: ${pages.length} trang A4`);
    expect(pages[0]!.startsWith('Bộ tài liệu học tập')).toBe(true);
    expect(pages[0]).toContain('Mục lục');
    // The contents cite each document.
    expect(pages[0]).toContain('Nghị quyết số 28-NQ/TW, ngày 17/11/2022 của');
    expect(pages[0]).toContain('Nghị quyết số 58-NQ/TW, ngày 5/8/2020 của Bộ Chính trị');
    const starts = (code: string): number => pages.findIndex((p) => p.includes(`${'Tài liệu học tập'.toUpperCase()} Nghị quyết số ${code}`));
    expect(starts('28-NQ/TW')).toBe(0);
    expect(starts('58-NQ/TW')).toBeGreaterThan(0);
    expect(pages[starts('58-NQ/TW')]!.startsWith('58-NQ/TW')).toBe(true);
    expect(pages.slice(1, starts('58-NQ/TW')).every((p) => p.startsWith('28-NQ/TW'))).toBe(true);
    // Sources print compactly: small type, two columns.
    await page.emulateMedia({ media: 'print' });
    const sources = await page.locator('.packet-kit .sources').first().evaluate((el) => ({ size: parseFloat(getComputedStyle(el).fontSize), columns: getComputedStyle(el).columnCount }));
    await page.emulateMedia({ media: 'screen' });
    expect(sources.size).toBeLessThanOrEqual(10.5);
    expect(sources.columns).toBe('2');
    expect(pages.join(' ')).toContain('Nghị quyết số 58-NQ/TW, ngày 5/8/2020 của Bộ Chính trị');
    for (const absent of ['Thêm vào bộ tài liệu', 'Đường dẫn chia sẻ', 'Lên', 'Về trang văn bản']) expect(pages.join(' ')).not.toContain(absent);

    // The share link opened in a fresh browser shows the same packet, in order.
    const other = await site.browser.newContext();
    const shared = await other.newPage();
    await shared.goto(link);
    await shared.locator('.packet-kit [data-kit-id]').nth(1).waitFor();
    expect(await kitOrder(shared)).toEqual(['28-NQ/TW', '58-NQ/TW']);
    expect(await shared.locator('#packet-shared').isVisible()).toBe(true);
    await other.close();

    // Remove one: announced, the keyboard on the item that took its place; a link inside a kit still reaches its page.
    await page.getByRole('button', { name: 'Bỏ 28-NQ/TW khỏi bộ tài liệu' }).click();
    expect(await tocOrder(page)).toEqual(['58-NQ/TW']);
    expect(await focused()).toBe('Bỏ 58-NQ/TW khỏi bộ tài liệu');
    expect(await said()).toBe('Đã bỏ 28-NQ/TW khỏi bộ tài liệu.');
    expect(await page.locator('.packet > h1').innerText()).toBe('Bộ tài liệu (1 văn bản)');
    await page.reload();
    await page.locator('.packet-kit [data-kit-id]').first().waitFor();
    expect(await kitOrder(page)).toEqual(['58-NQ/TW']);
    await page.locator('.packet-kit .crumbs a, .packet-kit a[href*="van-ban/"]').first().click();
    await page.waitForLoadState();
    expect(await page.locator('h1').innerText()).toMatch(/\S/);
    expect(errors).toEqual([]);
  } finally {
    await context.close();
  }
}

describe('the packet', () => {
  it('on the site served under /sotay/: add, reorder, print as one handout, share, remove', async () => {
    await walk((path) => `${site.server.url}${path}`);
  });

  it('a search result goes into the packet like a list row', async () => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    await page.goto(`${site.server.url}tim-kiem/?q=nq%2058`);
    const first = page.locator('#search-results li').first();
    await first.getByRole('button', { name: 'Thêm vào bộ tài liệu' }).click();
    expect(await first.locator('button[data-packet-add]').getAttribute('aria-pressed')).toBe('true');
    expect(await page.evaluate(() => localStorage.getItem('so-tay.bo-tai-lieu'))).toBe('["58-nq-tw-2020"]');
    await context.close();
  });

  it('a link with 10,000 ids reads 100, names the unknown ones once, and asks only for the kits this copy has', async () => {
    const unknown = Array.from({ length: 9_998 }, (_, i) => `khong-co-${i}`);
    // Two known ids among the first 100, the rest unknown.
    const ids = ['58-nq-tw-2020', ...unknown.slice(0, 50), '28-nq-tw-2022', ...unknown.slice(50)];
    const context = await site.browser.newContext();
    const page = await context.newPage();
    const asked: string[] = [];
    page.on('request', (r) => {
      const path = new URL(r.url()).pathname;
      if (path.includes('/bo-tai-lieu/kit')) asked.push(path);
    });
    const started = performance.now();
    await page.goto(`${site.server.url}bo-tai-lieu/?ids=${ids.join(',')}`);
    await page.locator('.packet-kit [data-kit-id]').nth(1).waitFor();
    console.log(`[packet] đường dẫn 10.000 mã: ${asked.length} yêu cầu, ${Math.round(performance.now() - started)} ms đến khi hiện bộ`);
    expect(asked).toEqual(['/sotay/bo-tai-lieu/kit-ids.js', '/sotay/bo-tai-lieu/kit/58-nq-tw-2020.js', '/sotay/bo-tai-lieu/kit/28-nq-tw-2022.js']);
    expect(await tocOrder(page)).toEqual(['58-NQ/TW', '28-NQ/TW']);
    expect(await page.locator('#packet-absent').innerText()).toBe(
      'Đường dẫn ghi hơn 100 văn bản: chỉ đọc 100 văn bản đầu (một bộ tài liệu có tối đa 100 văn bản). ' +
        `Bản Sổ tay này không có các văn bản sau nên đã bỏ qua: ${unknown.slice(0, 10).join(', ')} và 88 mã khác.`,
    );
    expect(await page.locator('.packet-missing').count()).toBe(0);
    await context.close();
  });

  it('in the offline copy opened from file://', async () => {
    mkdirSync(work, { recursive: true });
    const out = join(work, 'offline');
    const r = spawnSync(process.execPath, [join(root, 'node_modules/tsx/dist/cli.mjs'), 'tools/build-offline.ts'], {
      cwd: root,
      env: { ...process.env, CONTENT_ROOT: FIXTURE_SITE, OUT_DIR: out },
      encoding: 'utf8',
    });
    expect(r.status, `${r.stdout}\n${r.stderr}`).toBe(0);
    await walk((path) => pathToFileURL(join(out, path, path.endsWith('/') ? 'index.html' : '')).href);
  });
});
