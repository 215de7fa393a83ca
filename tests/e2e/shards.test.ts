/**
 * A base too large for one Pagefind process is indexed in shards and merged in the browser: the
 * fixture site built with shards of 10 pages (and its delivery pass split across threads) gives
 * three indexes, and a search finds documents of every shard, first where their code is asked for.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch } from '../support/browser';
import { FIXTURE_SITE } from '../support/global-setup';
import { serve, type Served } from '../support/serve';

const root = resolve(import.meta.dirname, '../..');
const out = join(root, '.build-tmp', 'e2e', `shards-${process.pid}`);
/** The environment of a build as a person runs it: without what the test runner adds (BASE_URL, NODE_ENV …), which Vite would read. */
function buildEnv(): NodeJS.ProcessEnv {
  const { BASE_URL: _base, NODE_ENV: _mode, MODE: _m, DEV: _d, PROD: _p, SSR: _s, ...env } = process.env;
  return env;
}

let browser: Browser;
let server: Served;
let page: Page;

beforeAll(async () => {
  rmSync(out, { recursive: true, force: true });
  const r = spawnSync(process.execPath, [join(root, 'node_modules/tsx/dist/cli.mjs'), 'tools/build.ts'], {
    cwd: root,
    env: { ...buildEnv(), CONTENT_ROOT: FIXTURE_SITE, OUT_DIR: out, BASE_PATH: '/sotay/', SEARCH_SHARD_PAGES: '10', DELIVERY_PAGES_PER_THREAD: '40' },
    encoding: 'utf8',
  });
  if (r.status !== 0) throw new Error(`bản dựng chia chỉ mục thất bại (${r.status}):\n${`${r.stdout}\n${r.stderr}`.slice(-3000)}`);
  server = await serve(out, '/sotay/');
  browser = await launch();
  page = await browser.newPage();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  rmSync(out, { recursive: true, force: true });
});

describe('the search index in shards', () => {
  it('writes one index per 10 documents and names the others on the search page', () => {
    expect(existsSync(join(out, 'pagefind/pagefind.js'))).toBe(true);
    // Every shard past the first is named on the search page, in order, and exists; the fixture's pages need several.
    const named = /data-shards="([^"]*)"/.exec(readFileSync(join(out, 'tim-kiem/index.html'), 'utf8'))?.[1]?.split(',') ?? [];
    const written = readdirSync(out).filter((d) => /^pagefind-\d+$/.test(d)).sort((a, b) => Number(a.slice(9)) - Number(b.slice(9)));
    expect(named.length).toBeGreaterThanOrEqual(2);
    expect(named).toEqual(written.map((d) => `${d}/`));
    for (const d of written) expect(existsSync(join(out, d, 'pagefind-entry.json'))).toBe(true);
  });

  it.each([
    ['58-NQ/TW', '58-nq-tw-2020'],
    ['ctr 55', '55-ctr-tu-2023'],
    ['kl 21', '21-kl-tw-2021'],
    ['137-QĐ/TW', '137-qd-tw-2023'],
    ['dai hoi dai bieu toan quoc', 'nghi-quyet-dai-hoi-toan-quoc-xiii-2021'],
  ])('"%s" finds %s first, whichever shard holds it', async (query, id) => {
    await page.goto(`${server.url}tim-kiem/?${new URLSearchParams({ q: query })}`);
    await page.waitForFunction(() => /Tìm thấy|Không tìm thấy|Không có văn bản/.test(document.getElementById('search-status')?.textContent ?? ''));
    const first = await page.locator('#search-results li > a').first().getAttribute('href');
    expect(first).toBe(`/sotay/van-ban/${id}/`);
  });

  it('a word search merges each index once (the page and the script in its head share one start): no document twice, the count as in every shard', async () => {
    await page.goto(`${server.url}tim-kiem/?${new URLSearchParams({ q: 'nghi quyet' })}`);
    await page.waitForFunction(() => /Tìm thấy/.test(document.getElementById('search-status')?.textContent ?? ''));
    const hrefs = await page.locator('#search-results li > a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(hrefs.length).toBeGreaterThan(1);
    expect(new Set(hrefs).size).toBe(hrefs.length);
    const count = Number((await page.locator('#search-status').innerText()).replace(/\D/g, ''));
    const pages = readdirSync(join(out, 'van-ban'), { withFileTypes: true }).filter((d) => d.isDirectory()).length;
    expect(count).toBeLessThanOrEqual(pages);
  });
});
