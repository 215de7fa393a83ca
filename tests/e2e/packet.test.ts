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

    // Reorder: 28-NQ/TW first; the order is kept in the browser and in the share link.
    await page.getByRole('button', { name: 'Đưa 28-NQ/TW lên trước' }).click();
    expect(await tocOrder(page)).toEqual(['28-NQ/TW', '58-NQ/TW']);
    expect(await kitOrder(page)).toEqual(['28-NQ/TW', '58-NQ/TW']);
    const link = await page.locator('#packet-share').inputValue();
    expect(link).toMatch(/bo-tai-lieu\/(index\.html)?\?ids=28-nq-tw-2022,58-nq-tw-2020$/);

    // One handout: the contents, then each kit on its own pages under its own running header.
    const pages = await printedPages(page);
    console.log(`[packet] ${new URL(page.url()).protocol} bộ 2 văn bản: ${pages.length} trang A4`);
    expect(pages[0]).toContain('Mục lục');
    // The contents page cites each document.
    expect(pages[0]).toContain('Nghị quyết số 28-NQ/TW, ngày 17/11/2022 của');
    expect(pages[0]).toContain('Nghị quyết số 58-NQ/TW, ngày 5/8/2020 của Bộ Chính trị');
    const starts = (code: string): number => pages.findIndex((p) => p.startsWith(code) && p.includes('Tài liệu học tập'.toUpperCase()));
    expect(starts('28-NQ/TW')).toBeGreaterThan(0);
    expect(starts('58-NQ/TW')).toBeGreaterThan(starts('28-NQ/TW'));
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

    // Remove one; a link inside a kit still reaches its page.
    await page.getByRole('button', { name: 'Bỏ 28-NQ/TW khỏi bộ tài liệu' }).click();
    expect(await tocOrder(page)).toEqual(['58-NQ/TW']);
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
