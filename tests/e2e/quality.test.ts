/**
 * Quality gates over the built site: every page type loads in Chromium under its
 * Content-Security-Policy with zero requests to another origin, an empty console and no policy
 * violation; every page is valid HTML (html-validate); every page type passes axe-core with no
 * serious or critical violation. Page types are found from the built files, so new ones join in.
 */
import { HtmlValidate } from 'html-validate';
import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { readSite } from '../../tools/build/site-files';
import { HTML_RULES } from '../../tools/quality/html-rules';
import { launch } from '../support/browser';
import { serve, type Served } from '../support/serve';

/** A page type: how it is found among the built files, and the query it is opened with. */
interface PageType {
  name: string;
  find: RegExp;
  query?: string;
  /** What must be on the page once it has done its work (proof that its scripts ran under the policy). */
  ready?: string;
  /** The one console line the page may cause: Chromium logs the 404 status of the page itself. */
  expectedConsole?: string[];
}

const PAGE_TYPES: PageType[] = [
  { name: 'trang chủ', find: /^index\.html$/ },
  { name: 'danh sách (loại)', find: /^loai\/index\.html$/ },
  { name: 'danh sách một loại', find: /^loai\/[^/]+\/index\.html$/ },
  { name: 'văn bản', find: /^van-ban\/58-nq-tw-2020\/index\.html$/ },
  { name: 'tài liệu học tập', find: /^van-ban\/58-nq-tw-2020\/hoc-tap\/index\.html$/ },
  { name: 'trình chiếu', find: /^van-ban\/58-nq-tw-2020\/trinh-chieu\/index\.html$/ },
  { name: 'bộ tài liệu (chia sẻ, hai văn bản)', find: /^bo-tai-lieu\/index\.html$/, query: '?ids=58-nq-tw-2020,28-nq-tw-2022', ready: '.packet-kit + .packet-kit [data-kit-id]' },
  { name: 'cơ quan', find: /^co-quan\/[^/]+\/index\.html$/ },
  { name: 'số liệu', find: /^so-lieu\/index\.html$/ },
  { name: 'chỉ tiêu và tiến độ', find: /^chi-tieu\/index\.html$/ },
  { name: 'chỉ tiêu lọc theo năm (dữ liệu tải khi lọc)', find: /^chi-tieu\/index\.html$/, query: '?nam=2020', ready: '.targets-overview tbody tr .progress-bar' },
  { name: 'biên tập: văn bản chưa có, một loại', find: /^bien-tap\/tham-chieu\/[^/]+\/index\.html$/ },
  { name: 'tìm kiếm (có truy vấn)', find: /^tim-kiem\/index\.html$/, query: '?q=nq%2058', ready: 'main a[href*="58-nq-tw-2020"]' },
  // Words: the head's inline script (hashed by the policy) starts Pagefind and its WebAssembly.
  { name: 'tìm kiếm (từ ngữ)', find: /^tim-kiem\/index\.html$/, query: '?q=chuy%E1%BB%83n%20%C4%91%E1%BB%95i%20s%E1%BB%91', ready: '#search-results li > a[href*="/van-ban/"]' },
  { name: 'số hiệu dùng chung', find: /^so-hieu\/[^/]+\/index\.html$/ },
  { name: 'hội nghị Trung ương', find: /^hoi-nghi-trung-uong\/[^/]+\/index\.html$/ },
  { name: 'danh sách hội nghị Trung ương', find: /^hoi-nghi-trung-uong\/index\.html$/ },
  { name: 'danh sách hướng dẫn', find: /^huong-dan\/index\.html$/ },
  { name: 'hướng dẫn (tra cứu, có ví dụ tra số hiệu)', find: /^huong-dan\/tra-cuu\/index\.html$/ },
  { name: 'hướng dẫn (báo cáo viên, có trích dẫn và chỉ tiêu)', find: /^huong-dan\/bao-cao-vien\/index\.html$/ },
  { name: '404', find: /^404\.html$/, expectedConsole: ['error: Failed to load resource: the server responded with a status of 404 (Not Found)'] },
];

const site = inject('sites').sub;
const built = readSite(site.dir);
const files = [...built.files];

/** The URL path of a page type in the built site, or undefined when the site has no such page yet. */
function pathOf(type: PageType): string | undefined {
  const file = files.find((f) => type.find.test(f));
  if (file === undefined) return undefined;
  if (file === '404.html') return `${site.base}khong-co-trang-nay/`;
  return site.base + file.replace(/(^|\/)index\.html$/, '$1') + (type.query ?? '');
}

let browser: Browser;
let server: Served;
beforeAll(async () => {
  server = await serve(site.dir, site.base);
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Open a page and collect what it did: requests elsewhere, console lines, policy violations. */
async function visit(page: Page, path: string, ready?: string) {
  const elsewhere: string[] = [];
  const consoleLines: string[] = [];
  page.on('request', (r) => {
    const url = new URL(r.url());
    if (/^(https?|wss?):$/.test(url.protocol) && url.origin !== server.origin) elsewhere.push(r.url());
  });
  page.on('console', (m) => consoleLines.push(`${m.type()}: ${m.text()}`));
  page.on('pageerror', (e) => consoleLines.push(`pageerror: ${e.message}`));
  await page.addInitScript(() => {
    const w = window as unknown as { __csp: string[] };
    w.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => w.__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  await page.goto(server.origin + path, { waitUntil: 'networkidle' });
  if (ready !== undefined) await page.locator(ready).first().waitFor({ timeout: 15_000 });
  const violations = await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp);
  return { elsewhere, consoleLines, violations };
}

describe('every page type in Chromium, under its Content-Security-Policy', () => {
  it.for(PAGE_TYPES)('$name: no request leaves the site, the console is empty, nothing is blocked', async (type) => {
    const path = pathOf(type);
    // A page type the build no longer writes is a failure, not a skip.
    if (path === undefined) throw new Error(`không có trang loại "${type.name}" trong bản dựng`);
    const page = await browser.newPage();
    const before = server.requests.length;
    try {
      const seen = await visit(page, path, type.ready);
      // Built for /sotay/, the page asked its server for nothing outside /sotay/ (search files included).
      expect(server.requests.slice(before).filter((r) => !r.startsWith(site.base))).toEqual([]);
      const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
      expect(policy).toMatch(/script-src 'self'/);
      expect(policy).not.toMatch(/script-src[^;]*'unsafe-inline'/);
      expect(seen).toEqual({ elsewhere: [], consoleLines: type.expectedConsole ?? [], violations: [] });
    } finally {
      await page.close();
    }
  });

  it('the policy is enforced: an inline script without its hash does not run', async () => {
    const page = await browser.newPage();
    try {
      await page.goto(server.url, { waitUntil: 'load' });
      // Add a script the build never hashed, the way an injected one would arrive.
      const ran = await page.evaluate(async () => {
        const s = document.createElement('script');
        s.textContent = 'window.__injected = true;';
        document.head.append(s);
        await new Promise((ok) => setTimeout(ok, 50));
        return (window as unknown as { __injected?: boolean }).__injected === true;
      });
      expect(ran).toBe(false);
    } finally {
      await page.close();
    }
  });
});

describe('HTML validation (html-validate, recommended rules)', () => {
  it('every built page is valid', async () => {
    const validator = new HtmlValidate(HTML_RULES);
    const errors: string[] = [];
    for (const page of built.pages) {
      const report = await validator.validateString(page.html, page.file);
      for (const result of report.results) for (const m of result.messages) errors.push(`${page.file}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
    }
    console.log(`[quality] html-validate: ${built.pages.length} trang, ${errors.length} lỗi`);
    expect(errors).toEqual([]);
  });
});

describe('accessibility (axe-core)', () => {
  it.for(PAGE_TYPES)('$name: no serious or critical violation', async (type) => {
    const path = pathOf(type);
    if (path === undefined) throw new Error(`không có trang loại "${type.name}" trong bản dựng`);
    // axe is injected by the test, so this context alone lets it past the page's policy.
    const context = await browser.newContext({ bypassCSP: true });
    const page = await context.newPage();
    try {
      await page.goto(server.origin + path, { waitUntil: 'networkidle' });
      if (type.ready !== undefined) await page.locator(type.ready).first().waitFor({ timeout: 15_000 });
      const r = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
      const result = { passes: r.passes.length, violations: r.violations.map((v) => ({ id: v.id, impact: v.impact ?? '', nodes: v.nodes.length })) };
      const byImpact = (impact: string) => result.violations.filter((v) => v.impact === impact).length;
      console.log(`[quality] axe ${type.name}: ${result.passes} quy tắc đạt; vi phạm: nghiêm trọng ${byImpact('critical')}, nặng ${byImpact('serious')}, vừa ${byImpact('moderate')}, nhẹ ${byImpact('minor')}${result.violations.length > 0 ? ` (${result.violations.map((v) => `${v.id}×${v.nodes}`).join(', ')})` : ''}`);
      expect(result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
