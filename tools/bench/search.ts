/**
 * `npm run bench:search [-- --docs 10000]`: builds a synthetic corpus twice, once as our pages
 * indexed by our build step (Pagefind, plus the code map and the vocabulary) and once as plain
 * pages indexed by Pagefind's CLI with default settings, then measures in Chromium, for a fixed
 * list of queries by class, what a member's browser fetches and how long it waits.
 *
 * Ours is measured as members use it: the site's real search page (built once from the test
 * fixture: the page does not depend on the base's size, only its form's attributes do, which are
 * set for the corpus), opened at `/tim-kiem/?q=…` in a fresh phone-sized browser context (cold),
 * counting every byte the server sends (page, styles, scripts, index, code map, vocabulary; a
 * service worker's requests too) until the first result is on screen, then what follows until the
 * network is idle; warm = the same query typed after another one in the same page. Facets are
 * measured apart (their counts load when opened). Pagefind's defaults are measured as before,
 * through its API on a blank page (they have no page of their own).
 *
 * Prints a table and writes docs/search-benchmark-<docs>.json and .md. Not a test.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { paths } from '../../src/lib/paths.ts';
import { buildCodeMap, buildVocabulary, shardCount } from '../../src/lib/search/index.ts';
import { writeCodeMapFiles } from '../build/code-map.ts';
import { launch } from '../../tests/support/browser.ts';
import { serve, type Served, type Transfer } from '../../tests/support/serve.ts';
import { writeSearchIndex } from '../build/search-index.ts';
import { TRACE_CATEGORIES, mainThreadCpu, type TraceEvent } from './trace-cpu.ts';
import { setSearchFormAttributes } from '../build/search-page.ts';
import { bodyText, codeMapInputOf, corpusCommon, defaultPage, generate, ourPage, type SynthDoc } from './corpus.ts';

const root = resolve(import.meta.dirname, '../..');
const arg = (name: string, fallback: string): string => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1]! : fallback;
};
const N = Number(arg('docs', '10000'));
const out = resolve(root, arg('out', 'bench-out'));
const work = join(out, `corpus-${N}`);
const RESULTS = 10;
/** The bounds of issue 20 at 10,000 documents, cold, counted in all. */
const BOUNDS = { words: { kB: 400, ms: 600 }, codes: { kB: 100, ms: 300 } };
/**
 * `--shell <dir>`: the page shell from a site built elsewhere (with base "/"), e.g. from an earlier
 * commit, to measure the page as it was; with `--as-built` its search page is kept as that build
 * wrote it (only the code map's shard count and the merged indexes set, as that build did).
 * `--label <name>` names the output files (docs/search-benchmark-<docs>-<name>.*).
 */
const SHELL = arg('shell', '') === '' ? '' : resolve(root, arg('shell', ''));
const AS_BUILT = process.argv.includes('--as-built');
const LABEL = arg('label', '');

/** A phone, as Lighthouse's mobile profile has it. */
const PHONE = { viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true };

function dirSize(dir: string): { bytes: number; files: number } {
  let bytes = 0;
  let files = 0;
  for (const e of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!e.isFile()) continue;
    bytes += statSync(join(e.parentPath, e.name)).size;
    files++;
  }
  return { bytes, files };
}

function writeSite(dir: string, docs: SynthDoc[], page: (d: SynthDoc) => string): void {
  rmSync(dir, { recursive: true, force: true });
  for (const d of docs) {
    mkdirSync(join(dir, 'van-ban', d.id), { recursive: true });
    writeFileSync(join(dir, 'van-ban', d.id, 'index.html'), page(d));
  }
  writeFileSync(join(dir, 'bench.html'), '<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>bench</title></head><body></body></html>');
}

/** The fixed queries by class: codes in several spellings, kind words, plenums, namesakes, a number the base lacks, slips, words. */
function queries(docs: SynthDoc[]): [string, string][] {
  const count = new Map<string, number>();
  for (const d of docs) count.set(d.code, (count.get(d.code) ?? 0) + 1);
  const uniqueCentral = docs.find((d) => d.code.endsWith('/TW') && d.code.includes('-NQ/') && count.get(d.code) === 1)!.code;
  const shared = [...count.entries()].sort((a, b) => b[1] - a[1])[0]![0];
  const ctr = docs.find((d) => d.code.includes('-CTr/'))!.code;
  const qd = docs.find((d) => d.code.includes('-QĐ/TW'))?.code ?? uniqueCentral;
  const [num, rest] = uniqueCentral.split('-');
  const withPlenum = docs.find((d) => d.plenum !== undefined)!;
  // Namesakes: a central resolution whose bare number other documents share, asked with its subject.
  const bare = (code: string) => code.split('-')[0]!.replace(/^0+/, '') + code.split('-')[1]!.split('/')[0];
  const namesake = docs.find((d) => d.code.endsWith('-NQ/TW') && docs.filter((o) => bare(o.code) === bare(d.code)).length > 2)!;
  const subject = namesake.title.replace(/^Về /, '').split(/[,\s]+/).slice(0, 3).join(' ');
  const klNumbers = docs.filter((d) => d.code.includes('-KL/')).map((d) => Number(d.code.split('-')[0]));
  return [
    ['code', uniqueCentral],
    ['code', `${rest!.split('/')[0]!.toLowerCase()}${Number(num)}`],
    ['code', shared],
    ['code', `ctr ${Number(ctr.split('-')[0])}`],
    ['code', qd.replace('Đ', 'D')],
    ['kind words', `chương trình hành động số ${Number(ctr.split('-')[0])}`],
    ['kind words', `nghi quyet so ${Number(num)}`],
    ['plenum', `Nghị quyết Trung ương ${withPlenum.plenum} khóa ${withPlenum.term}`],
    ['plenum', `NQ TW${withPlenum.plenum} khoa ${withPlenum.term}`],
    ['namesake + subject', `nghị quyết ${Number(namesake.code.split('-')[0])} ${subject}`],
    ['number lacking', `kết luận ${Math.max(...klNumbers) + 7}`],
    ['slip', 'nghj quyết'],
    ['slip', 'kinh tee'],
    ['words', 'chuyển đổi số'],
    ['words', 'chuyen doi so'],
    ['words', 'nghị quyết'],
    ['words', 'nghi quyet'],
    ['words', 'kinh tế'],
    ['words', 'kinh te'],
    ['words', 'xây dựng Đảng'],
    ['words', 'xay dung dang'],
    ['words', 'đổi mới sáng tạo'],
    ['words', 'xây dựng nông thôn mới'],
    ['words', 'bien doi khi hau'],
  ];
}

/** What the bytes a browser fetched were for. */
const PARTS = ['page', 'scripts', 'pagefind', 'meta', 'words', 'fragments', 'filters', 'codeMap', 'vocabulary', 'other'] as const;
type Part = (typeof PARTS)[number];
type Parts = Record<Part, number>;

function partOf(path: string): Part {
  if (/\.pf_meta$/.test(path)) return 'meta';
  if (/\.pf_index$/.test(path)) return 'words';
  if (/\.pf_fragment$/.test(path)) return 'fragments';
  if (/\.pf_filter$/.test(path)) return 'filters';
  if (/\/pagefind(-\d+)?\//.test(path)) return 'pagefind';
  if (path.startsWith(paths.codeMapShard(0).replace(/0\.js$/, ''))) return 'codeMap';
  if (path === paths.searchVocabulary() || path === paths.searchSyllables()) return 'vocabulary';
  if (path.startsWith('/_astro/') || path.endsWith('.js')) return 'scripts';
  if (path.endsWith('/') || path.endsWith('.html')) return 'page';
  return 'other';
}

function sum(list: readonly Transfer[]): { bytes: number; requests: number; parts: Parts } {
  const parts = Object.fromEntries(PARTS.map((p) => [p, 0])) as Parts;
  for (const t of list) parts[partOf(t.path)] += t.bytes;
  return { bytes: list.reduce((n, t) => n + t.bytes, 0), requests: list.length, parts };
}

/** One query on our search page. */
interface PageMeasure {
  /** What answered: the code map's scripts, or Pagefind (it was fetched before the answer). */
  path: 'map' | 'pagefind';
  /** Navigation (cold) or the query's submission (warm) to the first result on screen. */
  ms: number;
  /** Everything the server sent for it until then. */
  bytes: number;
  requests: number;
  parts: Parts;
  /** What the page fetched after the first result until the network was idle (cold: the service worker's offline shell). */
  after: { bytes: number; requests: number; parts: Parts };
  /** The count the page says. */
  results: number;
  /** Cold word queries: opening the facets (their counts load then). */
  facets?: { bytes: number; ms: number };
  /** Cold: the time of each run, fastest first. */
  runs?: number[];
  /**
   * The CPU time of the page's main thread until the first result (ms, its tasks' thread time in a
   * Chrome trace: trace-cpu.ts), which the machine's load inflates far less than the wall time
   * (cold: the median of the runs).
   */
  cpu?: number;
  /** The machine's 1-minute load average as the run began (cold: of each run). */
  load?: number[];
}

/** Pagefind's defaults through its API on a blank page (they have no search page of their own). */
interface ApiMeasure {
  bytes: number;
  ms: number;
  results: number;
}

// Set before any script of the page: the time the answer is first painted (wall clock, ms since 1970).
const WATCH_ANSWER = `(() => {
  const done = /Tìm thấy|Không tìm thấy|chưa có/;
  window.__answer = undefined;
  new MutationObserver(() => {
    const status = document.getElementById('search-status');
    if (window.__answer === undefined && status && done.test(status.textContent ?? '')) {
      window.__answer = null;
      requestAnimationFrame(() => { window.__answer = performance.timeOrigin + performance.now(); });
    }
  }).observe(document, { subtree: true, childList: true, characterData: true });
})();`;

const answered = async (page: Page): Promise<number> => {
  await page.waitForFunction(() => typeof (window as unknown as { __answer?: number }).__answer === 'number', undefined, { timeout: 60_000 });
  return page.evaluate(() => (window as unknown as { __answer: number }).__answer);
};

/** Wait until the server has sent nothing for `quiet` ms (at most `max`), so late requests (the service worker's) are in. */
async function settle(server: Served, quiet = 1_000, max = 8_000): Promise<void> {
  const t0 = Date.now();
  let seen = -1;
  let since = Date.now();
  while (Date.now() - t0 < max) {
    await new Promise((ok) => setTimeout(ok, 100));
    const last = server.transfers.length;
    if (last !== seen) {
      seen = last;
      since = Date.now();
    } else if (Date.now() - since >= quiet) return;
  }
}

const countOf = async (page: Page): Promise<number> =>
  Number(((await page.locator('#search-status').textContent()) ?? '').match(/\d[\d.,]*/)?.[0]?.replace(/[.,]/g, '') ?? 0);

/** Cold runs of each query; the times are their median (this machine is shared: one run can be far off). */
const COLD_RUNS = Number(arg('runs', '3'));

/** A query on our search page, cold, `COLD_RUNS` times: the first run's bytes, the median time. */
async function measureColdRuns(browser: Browser, server: Served, query: string, words: boolean): Promise<PageMeasure> {
  const first = await measureCold(browser, server, query, words);
  const runs = [first];
  for (let i = 1; i < COLD_RUNS; i++) runs.push(await measureCold(browser, server, query, false, true));
  const median = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  const times = runs.map((r) => r.ms).sort((a, b) => a - b);
  return { ...first, ms: median([...times]), runs: times, cpu: median(runs.map((r) => r.cpu ?? 0)), load: runs.flatMap((r) => r.load ?? []) };
}

/** A query on our search page, cold: a fresh phone-sized context opens `/tim-kiem/?q=…` (`timeOnly`: no waiting for what follows). */
async function measureCold(browser: Browser, server: Served, query: string, words: boolean, timeOnly = false): Promise<PageMeasure> {
  const context = await browser.newContext(PHONE);
  try {
    const page = await context.newPage();
    await page.addInitScript(WATCH_ANSWER);
    const load = [loadavg()[0]!];
    const mark = server.transfers.length;
    await browser.startTracing(page, { categories: TRACE_CATEGORIES });
    await page.goto(`${server.url}tim-kiem/?${new URLSearchParams({ q: query })}`);
    const at = await answered(page);
    const { cpu } = mainThreadCpu((JSON.parse((await browser.stopTracing()).toString('utf8')) as { traceEvents: TraceEvent[] }).traceEvents);
    const origin = await page.evaluate(() => performance.timeOrigin);
    if (timeOnly) return { path: 'map', ms: at - origin, ...sum([]), after: sum([]), results: 0, cpu, load };
    // Until the service worker has kept its offline shell (it registers a few seconds after the page has loaded).
    await page.evaluate(() => Promise.race([navigator.serviceWorker.ready, new Promise((ok) => setTimeout(ok, 10_000))]));
    await settle(server);
    const mine = server.transfers.slice(mark);
    const before = mine.filter((t) => t.start <= at);
    const m: PageMeasure = {
      path: before.some((t) => /\/pagefind(-\d+)?\//.test(t.path)) ? 'pagefind' : 'map',
      ms: at - origin,
      ...sum(before),
      after: sum(mine.filter((t) => t.start > at)),
      results: await countOf(page),
      cpu,
      load,
    };
    // (A page from before the facets waited to be opened has no opener: its counts are in `after`.)
    if (words && (await page.locator('#search-filters summary').count()) > 0) {
      const from = server.transfers.length;
      const t0 = Date.now();
      await page.locator('#search-filters summary').click();
      await page.locator('#search-facets fieldset').first().waitFor({ timeout: 60_000 });
      const ms = Date.now() - t0;
      await settle(server, 500);
      m.facets = { bytes: sum(server.transfers.slice(from)).bytes, ms };
    }
    return m;
  } finally {
    await context.close();
  }
}

/** A query on our search page, warm: typed after `first` was answered in the same page. */
async function measureWarm(browser: Browser, server: Served, first: string, query: string): Promise<PageMeasure> {
  const context = await browser.newContext(PHONE);
  try {
    const page = await context.newPage();
    await page.addInitScript(WATCH_ANSWER);
    await page.goto(`${server.url}tim-kiem/?${new URLSearchParams({ q: first })}`);
    await answered(page);
    await settle(server);
    const mark = server.transfers.length;
    const asked = await page.evaluate((q) => {
      const w = window as unknown as { __answer?: number | null };
      w.__answer = undefined;
      (document.getElementById('search-q') as HTMLInputElement).value = q;
      const t = performance.timeOrigin + performance.now();
      (document.getElementById('search-form') as HTMLFormElement).requestSubmit();
      return t;
    }, query);
    const at = await answered(page);
    await settle(server, 500);
    const mine = server.transfers.slice(mark);
    const before = mine.filter((t) => t.start <= at);
    return {
      path: before.some((t) => /\/pagefind(-\d+)?\//.test(t.path)) ? 'pagefind' : 'map',
      ms: at - asked,
      ...sum(before),
      after: sum(mine.filter((t) => t.start > at)),
      results: await countOf(page),
    };
  } finally {
    await context.close();
  }
}

/** Pagefind's defaults: the query as typed, through the API with its web worker, ten results' fragments; warm = after another query. */
async function measureDefault(browser: Browser, server: Served, query: string, warm: boolean): Promise<ApiMeasure> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto(`${server.url}bench.html`);
    const run = (terms: string, n: number) =>
      page.evaluate(async ({ terms, n }) => {
        const t0 = performance.now();
        const bundle = '/pagefind/pagefind.js';
        const pf = await import(/* @vite-ignore */ bundle);
        const r = await pf.search(terms);
        await Promise.all(r.results.slice(0, n).map((x: { data: () => Promise<unknown> }) => x.data()));
        return { ms: performance.now() - t0, results: r.results.length as number };
      }, { terms, n });
    if (warm) await run('qqqq', 0);
    const mark = server.transfers.length;
    const r = await run(query, RESULTS);
    await settle(server, 300);
    return { bytes: sum(server.transfers.slice(mark)).bytes, ms: r.ms, results: r.results };
  } finally {
    await context.close();
  }
}

/**
 * The site's real page shell, built once from the test fixture with the project's build, and the
 * files of it a member's browser fetches besides the index copied into `dir`: the search page,
 * its styles and scripts, the service worker and what it keeps for offline use.
 */
function installShell(dir: string): void {
  let shell = SHELL;
  if (shell === '') {
    shell = join(out, 'page-shell');
    const r = spawnSync(process.execPath, [join(root, 'node_modules/tsx/dist/cli.mjs'), 'tools/build.ts'], {
      cwd: root,
      env: { ...process.env, CONTENT_ROOT: join(root, 'tests/fixtures/site'), OUT_DIR: shell, BASE_PATH: '/' },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    if (r.status !== 0) throw new Error(`bản dựng trang tìm kiếm thất bại (${r.status})`);
  }
  for (const file of ['tim-kiem/index.html', '_astro', 'sw.js', 'sw-register.js', 'favicon.svg', '404.html', 'index.html']) {
    cpSync(join(shell, file), join(dir, file), { recursive: true });
  }
}

async function main(): Promise<void> {
  mkdirSync(work, { recursive: true });
  console.log(`Tạo ${N} văn bản tổng hợp…`);
  const docs = generate(N, 20260101);
  const oursDir = join(work, 'ours');
  const defDir = join(work, 'default');
  const common = corpusCommon(docs);
  console.log(`${common.size} âm tiết phổ biến không vào túi từ của thân văn bản`);
  writeSite(oursDir, docs, (d) => ourPage(d, common));
  writeSite(defDir, docs, defaultPage);
  console.log('Trang tìm kiếm thật (dựng từ bộ nội dung thử)…');
  installShell(oursDir);
  console.log('Lập chỉ mục của ta (chương trình của Pagefind, như npm run build)…');
  const asBuilt = readFileSync(join(oursDir, 'tim-kiem', 'index.html'), 'utf8');
  let t = Date.now();
  await writeSearchIndex(oursDir);
  const oursBuild = (Date.now() - t) / 1000;
  if (AS_BUILT) writeFileSync(join(oursDir, 'tim-kiem', 'index.html'), asBuilt);
  console.log('Bản đồ số hiệu và từ vựng (như bước dựng của ta)…');
  t = Date.now();
  const shards = shardCount(docs.length);
  const vocabulary = buildVocabulary(docs.map((d) => [d.title, d.summary, bodyText(d)].join('\n')));
  const written = writeCodeMapFiles(oursDir, buildCodeMap(docs.map(codeMapInputOf), shards), vocabulary);
  const merged = readdirSync(oursDir).filter((d) => /^pagefind-\d+$/.test(d)).sort().map((d) => `${d}/`);
  setSearchFormAttributes(oursDir, { 'data-code-shards': String(shards), ...(AS_BUILT ? { 'data-shards': merged.join(',') } : {}) });
  const mapDir = join(oursDir, 'tim-kiem', 'so-hieu');
  const shardSizes = readdirSync(mapDir).filter((f) => /^\d+\.js$/.test(f)).map((f) => statSync(join(mapDir, f)).size);
  const codeMap = {
    seconds: (Date.now() - t) / 1000,
    files: written.files,
    bytes: written.bytes,
    shards,
    shardMax: Math.max(...shardSizes),
    shardMean: Math.round(shardSizes.reduce((a, b) => a + b, 0) / shardSizes.length),
    vocabulary: statSync(join(oursDir, paths.searchVocabulary().slice(1))).size,
    syllables: statSync(join(oursDir, paths.searchSyllables().slice(1))).size,
  };
  console.log(JSON.stringify(codeMap));
  console.log('Lập chỉ mục mặc định (pagefind --site)…');
  t = Date.now();
  execFileSync(join(root, 'node_modules', '.bin', 'pagefind'), ['--site', defDir, '--silent'], { stdio: 'inherit' });
  const defBuild = (Date.now() - t) / 1000;
  const indexShards = readdirSync(oursDir).filter((d) => /^pagefind-\d+$/.test(d)).sort().map((d) => `${d}/`);
  const indexSize = ['pagefind', ...indexShards].map((d) => dirSize(join(oursDir, d))).reduce((a, b) => ({ bytes: a.bytes + b.bytes, files: a.files + b.files }));
  const build = {
    ours: { seconds: oursBuild, ...indexSize, shards: 1 + indexShards.length },
    default: { seconds: defBuild, ...dirSize(join(defDir, 'pagefind')) },
  };
  console.log(JSON.stringify(build));

  const servers = { ours: await serve(oursDir, '/'), default: await serve(defDir, '/') };
  const browser = await launch();
  const rows: Row[] = [];
  try {
    for (const [kind, q] of queries(docs)) {
      const words = kind === 'words' || kind === 'slip';
      const cold = await measureColdRuns(browser, servers.ours, q, words);
      // Warm: after an unrelated query of the same kind (Pagefind, or another code-map shard, already in).
      const warm = await measureWarm(browser, servers.ours, cold.path === 'pagefind' ? 'qqqq' : 'NQ 1', q);
      const row: Row = { kind, query: q, cold, warm, defaultCold: await measureDefault(browser, servers.default, q, false), defaultWarm: await measureDefault(browser, servers.default, q, true) };
      rows.push(row);
      const f = (m: { bytes: number; ms: number }) => `${(m.bytes / 1024).toFixed(0)} kB ${m.ms.toFixed(0)} ms`;
      console.log(`${q.padEnd(30)} ours cold ${f(cold)} (${cold.requests} req, ${cold.results}) warm ${f(warm)} | default cold ${f(row.defaultCold)} warm ${f(row.defaultWarm)}`);
    }
  } finally {
    await browser.close();
    await servers.ours.close();
    await servers.default.close();
  }
  const result = { docs: N, date: new Date().toISOString().slice(0, 10), runs: COLD_RUNS, resultsLoaded: RESULTS, bounds: BOUNDS, build, codeMap, rows };
  const docsDir = join(root, 'docs');
  const name = `search-benchmark-${N}${LABEL === '' ? '' : `-${LABEL}`}`;
  writeFileSync(join(docsDir, `${name}.json`), `${JSON.stringify(result, null, 2)}\n`);
  writeFileSync(join(docsDir, `${name}.md`), table(result));
  console.log(`\n${table(result)}`);
  console.log(`Đã ghi ${join(docsDir, `${name}.json`)} và .md`);
}

/** One query's measures. */
interface Row {
  kind: string;
  query: string;
  cold: PageMeasure;
  warm: PageMeasure;
  defaultCold: ApiMeasure;
  defaultWarm: ApiMeasure;
}

/** The lowest and highest 1-minute load average seen during the rows' cold runs ("–" when not recorded). */
function loadRange(rows: readonly Row[]): string {
  const all = rows.flatMap((x) => x.cold.load ?? []);
  if (all.length === 0) return '–';
  const lo = Math.min(...all).toFixed(1);
  const hi = Math.max(...all).toFixed(1);
  return lo === hi ? lo : `${lo}–${hi}`;
}

/** The results as Markdown: the table, then each class against its bound. */
function table(r: {
  docs: number;
  date: string;
  runs: number;
  build: Record<string, { seconds: number; bytes: number; files: number; shards?: number }>;
  codeMap: { seconds: number; files: number; bytes: number; shards: number; shardMax: number; shardMean: number; vocabulary: number; syllables: number };
  rows: Row[];
}): string {
  const kb = (n: number) => `${(n / 1024).toFixed(n < 10240 ? 1 : 0)}`;
  const cm = r.codeMap;
  const lines = [
    `${r.docs} documents (${r.date}). Build: ours ${r.build.ours!.seconds.toFixed(1)} s, index ${(r.build.ours!.bytes / 1048576).toFixed(1)} MB in ${r.build.ours!.files} files (${r.build.ours!.shards ?? 1} shard${(r.build.ours!.shards ?? 1) > 1 ? 's, merged in the browser' : ''}); default ${r.build.default!.seconds.toFixed(1)} s, index ${(r.build.default!.bytes / 1048576).toFixed(1)} MB in ${r.build.default!.files} files.`,
    `Code map: ${cm.shards} shards (mean ${kb(cm.shardMean)} kB, largest ${kb(cm.shardMax)} kB), ${cm.files} files, ${(cm.bytes / 1048576).toFixed(1)} MB, written in ${cm.seconds.toFixed(1)} s; vocabulary ${kb(cm.vocabulary)} kB (fetched only when a query may hold a slip), known syllables ${kb(cm.syllables)} kB (with every word query).`,
    '',
    `Cold times are the median of ${r.runs} runs; main-thread CPU is the CPU time of the page's main thread until the first result (its tasks' thread time in a Chrome trace, median of the runs), which the machine's load inflates less than the wall time. Machine load (1-minute average) during the cold runs: ${loadRange(r.rows)}.`,
    '',
    '| class | query | answered by | cold: kB in all / requests / ms to first result | main-thread CPU ms / load | cold kB: page + scripts / Pagefind code / page lists / words / fragments / code map + spelling | after the first result until idle, kB / requests | warm kB / ms | facets opened kB / ms | Pagefind defaults (API, no page) cold kB / ms, warm kB / ms | results ours / default |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
  ];
  for (const row of r.rows) {
    const c = row.cold;
    const p = c.parts;
    const split = `${kb(p.page + p.scripts + p.other)} / ${kb(p.pagefind)} / ${kb(p.meta)} / ${kb(p.words)} / ${kb(p.fragments)} / ${kb(p.codeMap + p.vocabulary)}`;
    const facets = c.facets ? `${kb(c.facets.bytes)} / ${c.facets.ms.toFixed(0)}` : '–';
    const d = (m: ApiMeasure) => `${kb(m.bytes)} / ${m.ms.toFixed(0)}`;
    lines.push(`| ${row.kind} | ${row.query} | ${c.path === 'map' ? 'code map' : 'Pagefind'} | **${kb(c.bytes)}** / ${c.requests} / **${c.ms.toFixed(0)}** | ${c.cpu === undefined ? '–' : c.cpu.toFixed(0)} / ${loadRange([row])} | ${split} | ${kb(c.after.bytes)} / ${c.after.requests} | ${kb(row.warm.bytes)} / ${row.warm.ms.toFixed(0)} | ${facets} | ${d(row.defaultCold)}, ${d(row.defaultWarm)} | ${c.results} / ${row.defaultCold.results} |`);
  }
  // Each class against its bound: words (and slips) through Pagefind, everything the code map answers.
  const verdict = (label: string, list: Row[], bound: { kB: number; ms: number }) => {
    if (list.length === 0) return;
    const kB = Math.max(...list.map((x) => x.cold.bytes)) / 1024;
    const ms = Math.max(...list.map((x) => x.cold.ms));
    const ok = kB <= bound.kB && ms <= bound.ms;
    const cpu = Math.max(...list.map((x) => x.cold.cpu ?? 0));
    lines.push(`- ${label}: at most **${kB.toFixed(0)} kB** and **${ms.toFixed(0)} ms** cold (bound ${bound.kB} kB, ${bound.ms} ms): ${ok ? 'met' : 'NOT met'}; main-thread CPU at most ${cpu.toFixed(0)} ms, load ${loadRange(list)}.`);
  };
  lines.push('');
  verdict('Words and slips (Pagefind)', r.rows.filter((x) => x.cold.path === 'pagefind'), BOUNDS.words);
  verdict('Codes, kind words, plenums, namesakes, a lacking number (code map)', r.rows.filter((x) => x.cold.path === 'map'), BOUNDS.codes);
  return `${lines.join('\n')}\n`;
}

await main();
