/**
 * No script, redirect or style from content reaches a page, in real Chromium. A copy of the fixture
 * content gets a document whose body holds every kind of hostile markup (scripts, an svg script,
 * a redirect, a style, a base, a stylesheet link, frames, forms, event attributes, javascript:,
 * data: and vbscript: addresses) and whose text fields hold more, plus a document imported with
 * `npm run import` from a text file holding the same. The content check refuses the first (a build
 * stops, naming file and line); the site is then built with the check's verdict ignored
 * (tests/support/unchecked-site.ts), so the renderer alone stands between the body and the page.
 * Every page that shows the content, the packet, the search and the exported data are opened:
 * no dialog, no navigation, no injected script, style or other element, the page stays visible,
 * no policy violation, and the Content-Security-Policy holds no hash of any content script (only
 * the search page's own head script, tools/build/search-early.ts, is hashed, on that page).
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch } from '../support/browser';
import { FIXTURE_SITE } from '../support/global-setup';
import { SEARCH_EARLY_SCRIPT } from '../../tools/build/search-early';
import { scriptHash } from '../../tools/quality/csp';
import { serve, type Served } from '../support/serve';
import { main as importFiles } from '../../tools/import/main';

const root = resolve(import.meta.dirname, '../..');
const work = join(root, '.build-tmp', 'e2e', `trust-${process.pid}`);
const out = join(work, 'out');
const HOSTILE_ID = '901-nq-tw-2024';
const IMPORTED_ID = '62-kh-tu-2023-thanh-hoa';
const HOSTILE_FILE = `content/documents/nghi-quyet/${HOSTILE_ID}.md`;

/** Every hostile piece carries PWNED, so anything of it that became an element is found by that word. */
const BODY = [
  'Mở đầu <script>window.PWNED = 1; alert("PWNED inline")</script> hết câu.',
  '',
  '<script>',
  'window.PWNED = 2; alert("PWNED block");',
  '</script>',
  '',
  '<svg><script>alert("PWNED svg")</script></svg> <svg onload="alert(\'PWNED svg onload\')"></svg>',
  '',
  '<meta http-equiv="refresh" content="0;url=https://example.com/PWNED">',
  '',
  '<style>/* PWNED */ body { display: none !important }</style>',
  '',
  '<base href="https://example.com/PWNED/">',
  '',
  '<link rel="stylesheet" href="data:text/css,body{display:none}" data-x="PWNED">',
  '',
  '<iframe srcdoc="<script>parent.alert(\'PWNED iframe\')</script>"></iframe>',
  '',
  '<object data="data:text/html,<script>alert(\'PWNED object\')</script>"></object>',
  '',
  '<embed src="data:text/html,PWNED">',
  '',
  '<form action="https://example.com/PWNED"><button>Gửi PWNED</button></form>',
  '',
  'Ảnh <img src="x" onerror="alert(\'PWNED img\')"> và <div onclick="alert(\'PWNED div\')">khối</div>.',
  '',
  'Liên kết [bấm PWNED](javascript:alert("PWNED-link")), <javascript:alert(\'PWNED-auto\')>, [vb PWNED][vb], ![hình PWNED](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+).',
  '',
  '[vb]: vbscript:msgbox("PWNED")',
  '',
  '<!-- PWNED --> <a href="javascript:alert(\'PWNED a\')">a</a>',
  '',
].join('\n');

/** Text fields: not Markdown, shown as text (titles, summaries, key points, study questions). */
const HOSTILE_DOC = `---
code: 901-NQ/TW
kind: nghi-quyet
title: 'Về thử <script>alert("PWNED title")</script>'
issued: 05/08/2024
issuer: bo-chinh-tri
term: XIII
scope: central
topics: [xay-dung-dang]
summary: 'Tóm tắt </style><script>alert("PWNED summary")</script> <img src=x onerror=alert(1)>.'
keyPoints:
  - '<img src=x onerror="alert(''PWNED key point'')">'
study:
  questions:
    - '<svg onload="alert(''PWNED question'')"></svg>?'
sources:
  - outlet: Báo X
    title: '<script>alert("PWNED source")</script>'
---
${BODY}`;

/** The text file the import reads: the same markup, as an editor might paste it into Word or Notepad. */
const IMPORTED = ['TỈNH ỦY THANH HÓA', 'Số 62-KH/TU', 'ĐẢNG CỘNG SẢN VIỆT NAM', 'Thanh Hóa, ngày 02 tháng 6 năm 2023', 'KẾ HOẠCH', 'về học tập năm 2023', '-----',
  'Mục một <script>alert("PWNED import")</script> hết.', 'Ảnh <img src=x onerror="alert(\'PWNED import img\')"> đây.', 'Xem [đây](javascript:alert("PWNED import link")).',
  '<style>body{display:none} /* PWNED */</style>', '<meta http-equiv="refresh" content="0;url=https://example.com/PWNED">',
  'T/M BAN THƯỜNG VỤ', 'BÍ THƯ', 'Đỗ Trọng Hưng'].join('\n');

let server: Served | undefined;
let browser: Browser | undefined;
let checkedBuild = '';
let uncheckedBuild = '';

/** The real build of the copy, as a person runs it: without what the test runner adds (BASE_URL, NODE_ENV …), which Vite would read. */
function build(extra: string[], outDir: string): { status: number | null; output: string } {
  const { BASE_URL: _base, NODE_ENV: _mode, MODE: _m, DEV: _d, PROD: _p, SSR: _s, ...env } = process.env;
  const r = spawnSync(process.execPath, [join(root, 'node_modules/tsx/dist/cli.mjs'), ...extra, 'tools/build.ts'], {
    cwd: root,
    env: { ...env, CONTENT_ROOT: work, OUT_DIR: outDir, BASE_PATH: '/sotay/' },
    encoding: 'utf8',
    maxBuffer: 64 << 20,
  });
  return { status: r.status, output: `${r.stdout ?? ''}\n${r.stderr ?? ''}` };
}

beforeAll(async () => {
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  cpSync(join(FIXTURE_SITE, 'content'), join(work, 'content'), { recursive: true });
  writeFileSync(join(work, HOSTILE_FILE), HOSTILE_DOC);
  const source = join(work, 'kh-62.txt');
  writeFileSync(source, IMPORTED);
  process.env['CONTENT_ROOT'] = work;
  try {
    await importFiles([source], () => {});
  } finally {
    delete process.env['CONTENT_ROOT'];
  }
  // The check first: the real build stops on the hostile body.
  const checked = build([], join(work, 'out-checked'));
  checkedBuild = `${checked.status}\n${checked.output}`;
  // Then the build with the check's verdict ignored: only the renderer and the policy stand.
  const unchecked = build(['--import', './tests/support/unchecked-site.ts'], out);
  uncheckedBuild = unchecked.output;
  if (unchecked.status !== 0) throw new Error(`bản dựng bỏ qua kiểm tra thất bại:\n${unchecked.output.slice(-3000)}`);
  server = await serve(out, '/sotay/');
  browser = await launch();
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  rmSync(work, { recursive: true, force: true });
});

describe('the check stops the hostile body before any page is built', () => {
  it('names the file and the line of each piece', () => {
    expect(checkedBuild.split('\n')[0]).toBe('1');
    for (const [line, what] of [[20, 'thẻ <script> chạy mã JavaScript'], [26, 'thẻ <svg>'], [28, 'thẻ <meta>'], [30, 'thẻ <style>'], [32, 'thẻ <base>'], [36, 'thẻ <iframe>'], [42, 'thẻ <form>'], [44, 'thẻ <img onerror=…>'], [46, 'liên kết tới "javascript:alert("PWNED-link")"'], [48, 'liên kết tới "vbscript:'], [50, 'chú thích HTML']] as const) {
      expect(checkedBuild).toContain(`${HOSTILE_FILE}:${line}  ${what}`);
    }
    expect(checkedBuild).toMatch(/✗ Bản dựng thất bại: \nNội dung có \d+ lỗi/);
  });

  it('and the unchecked build really skipped it', () => {
    expect(uncheckedBuild).toMatch(/\[unchecked\] \d+ lỗi của kiểm tra nội dung bị bỏ qua: [^\n]*html/);
  });
});

/** What a page did and holds that it must not. */
interface Findings {
  dialogs: string[];
  navigations: string[];
  elsewhere: string[];
  violations: string[];
  injected: string[];
  hidden: boolean;
  pwnedVar: boolean;
  policyHashes: string[];
  /** The page could not be read (it went away, or hung): itself a finding. */
  failures: string[];
}

/** Open `path` of the served site, wait, and report everything content might have done. */
async function visit(path: string, ready?: string): Promise<Findings> {
  const context = await browser!.newContext();
  const page = await context.newPage();
  const found: Findings = { dialogs: [], navigations: [], elsewhere: [], violations: [], injected: [], hidden: false, pwnedVar: false, policyHashes: [], failures: [] };
  const url = `${server!.url}${path}`;
  await context.route('**/*', (route) => {
    const target = route.request().url();
    if (target.startsWith(server!.origin)) return route.continue();
    found.elsewhere.push(target);
    return route.abort();
  });
  page.on('dialog', (d) => {
    found.dialogs.push(d.message());
    void d.dismiss();
  });
  page.on('framenavigated', (f) => {
    if (f === page.mainFrame()) found.navigations.push(f.url());
  });
  page.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text())) found.violations.push(m.text());
  });
  try {
    await page.goto(url, { waitUntil: 'load' });
    if (ready !== undefined) await page.locator(ready).first().waitFor({ state: 'attached', timeout: 15_000 });
    // A redirect or a late script would act by now.
    await page.waitForTimeout(1_500);
    const inPage = await page.evaluate(() => {
      const injected: string[] = [];
      const RISKY = new Set(['SCRIPT', 'STYLE', 'META', 'BASE', 'LINK', 'IFRAME', 'FRAME', 'OBJECT', 'EMBED', 'FORM', 'svg', 'math', 'TEMPLATE']);
      for (const el of document.querySelectorAll('*')) {
        // The site's own description and JSON-LD carry the title and summary as text and data.
        const data = (el.tagName === 'META' && el.hasAttribute('name')) || (el.tagName === 'SCRIPT' && el.getAttribute('type') === 'application/ld+json');
        if (RISKY.has(el.tagName) && !data && el.outerHTML.includes('PWNED')) injected.push(el.outerHTML.slice(0, 80));
        for (const a of el.attributes) {
          if (a.name.startsWith('on')) injected.push(`<${el.tagName.toLowerCase()} ${a.name}>`);
          if (['href', 'src', 'action', 'data', 'srcdoc'].includes(a.name) && /^\s*(javascript|data|vbscript):/i.test(a.value)) injected.push(`<${el.tagName.toLowerCase()} ${a.name}="${a.value.slice(0, 30)}">`);
        }
      }
      const policy = document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content') ?? '';
      return {
        injected,
        hidden: document.body !== null && getComputedStyle(document.body).display === 'none',
        pwnedVar: 'PWNED' in window,
        policyHashes: policy.match(/'sha\d+-[^']+'/g) ?? [],
      };
    });
    Object.assign(found, inPage);
  } catch (error) {
    found.failures.push(String(error).split('\n')[0] ?? '');
  } finally {
    await context.close();
  }
  found.navigations = found.navigations.filter((n) => n !== url);
  return found;
}

const clean: Findings = { dialogs: [], navigations: [], elsewhere: [], violations: [], injected: [], hidden: false, pwnedVar: false, policyHashes: [], failures: [] };

describe('no page runs, restyles or redirects for the content', () => {
  it.each<[name: string, path: string, ready?: string, ownHashes?: string[]]>([
    ['the hostile document', `van-ban/${HOSTILE_ID}/`, '#noi-dung-van-ban'],
    ['its study kit', `van-ban/${HOSTILE_ID}/hoc-tap/`],
    ['its slides', `van-ban/${HOSTILE_ID}/trinh-chieu/`],
    ['the imported document', `van-ban/${IMPORTED_ID}/`, '#noi-dung-van-ban'],
    ['the list of resolutions', 'loai/nghi-quyet/'],
    ['the home page', ''],
    ['what is new', 'moi-cap-nhat/'],
    ['the editors\' references page', 'bien-tap/tham-chieu/'],
    ['the packet with both', `bo-tai-lieu/?ids=${HOSTILE_ID},${IMPORTED_ID}`, '.packet-kit [data-kit-id]'],
    ['the search for the hostile words', 'tim-kiem/?q=PWNED', '#search-results li', [scriptHash(SEARCH_EARLY_SCRIPT)]],
    ['the exported document', `van-ban/${HOSTILE_ID}/van-ban.json`],
    ['the exported base', 'du-lieu/so-tay.json'],
    ['the feed', 'moi-cap-nhat/atom.xml'],
  ])('%s', async (_name, path, ready, ownHashes = []) => {
    expect(await visit(path, ready)).toEqual({ ...clean, policyHashes: ownHashes });
  });

  it('the hostile body is on its page as text', async () => {
    const html = readFileSync(join(out, 'van-ban', HOSTILE_ID, 'index.html'), 'utf8');
    expect(html).toContain('Mở đầu &lt;script&gt;window.PWNED = 1;');
    expect(html).toContain('&lt;meta http-equiv="refresh"');
    expect(html).toContain('bấm PWNED');
  });

  it('the export keeps the editor\'s text as data', () => {
    const record = JSON.parse(readFileSync(join(out, 'van-ban', HOSTILE_ID, 'van-ban.json'), 'utf8')) as { body: string };
    expect(record.body.trim()).toBe(BODY.trim());
  });
});
