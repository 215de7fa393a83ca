/**
 * `npm run bench:search [-- --docs 10000]`: builds a synthetic corpus twice, once as our pages
 * indexed by our build step (Pagefind, plus the code map and the vocabulary) and once as plain
 * pages indexed by Pagefind's CLI with default settings, then measures in Chromium, for a fixed
 * list of queries by class, the bytes fetched and the time to the first ten results, cold (fresh
 * browser context) and warm (Pagefind or the map already used once). Codes and plenums are
 * answered as the search page answers them: from the code map's scripts, without Pagefind;
 * word queries load the vocabulary beside Pagefind, and a slip is searched as corrected.
 * Prints a table and writes bench-out/search-<docs>.json and .md. Not a test.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { bareKey } from '../../src/lib/codes/code.ts';
import { paths } from '../../src/lib/paths.ts';
import {
  buildCodeMap,
  buildVocabulary,
  correctQuery,
  kindListKey,
  nearestNumbers,
  planQuery,
  mapLookup,
  rankOwners,
  shardCount,
  shardOf,
  type CodeMapRow,
  type Vocabulary,
} from '../../src/lib/search/index.ts';
import { writeCodeMapFiles } from '../build/code-map.ts';
import { launch } from '../../tests/support/browser.ts';
import { serve, type Served } from '../../tests/support/serve.ts';
import { writeSearchIndex } from '../build/search-index.ts';
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
  ];
}

/** Bytes by kind of file: Pagefind's code, its page list, word chunks, filter chunks, fragments. */
interface Parts { runtime: number; meta: number; index: number; filter: number; fragment: number }
interface Measure {
  bytes: number;
  /** Entry, pf_meta, pf_index and pf_filter, as in earlier runs. */
  indexBytes: number;
  parts: Parts;
  ms: number;
  results: number;
  /** Cold only: what loading the facet counts afterwards adds (filter chunks, a second search). */
  facets?: { bytes: number; ms: number };
  /** What answered: the code map's scripts, or Pagefind. */
  path: 'map' | 'pagefind';
}

function part(url: string): keyof Parts {
  if (/\.pf_meta$/.test(url)) return 'meta';
  if (/\.pf_index$/.test(url)) return 'index';
  if (/\.pf_filter$/.test(url)) return 'filter';
  if (/\.pf_fragment$/.test(url)) return 'fragment';
  return 'runtime';
}

/** What our site ships beside Pagefind: the code map's shard count and the vocabulary. */
interface Ours {
  shards: number;
  vocabulary: Vocabulary;
  /** Pagefind's extra index shards ("pagefind-2/"), merged into the first. */
  indexShards: string[];
  /** False to measure a word query as before spelling help: no vocabulary, the query as typed. */
  spelling?: boolean;
}

/**
 * Load code-map scripts in the page the way src/client/code-map-loader.ts does (a script each,
 * handing its data to window.soTayCodes) and return their data and the time taken.
 */
async function loadScripts(page: import('playwright-core').Page, parts: [string, string][]): Promise<{ data: unknown[]; ms: number }> {
  return page.evaluate(async (list) => {
    const t0 = performance.now();
    const w = window as unknown as { soTayCodes?: (n: string, d: unknown) => void; waiting?: Map<string, (d: unknown) => void> };
    w.waiting ??= new Map();
    w.soTayCodes ??= (n, d) => w.waiting!.get(n)?.(d);
    const data = await Promise.all(
      list.map(([name, src]) => new Promise((resolve) => {
        w.waiting!.set(name, resolve);
        const s = document.createElement('script');
        s.src = src;
        s.onerror = () => resolve(undefined);
        document.head.append(s);
      })),
    );
    return { data, ms: performance.now() - t0 };
  }, parts);
}

/** A code or plenum lookup as the search page makes it: one shard; for a number the base lacks, the kind's list and the nearest shards. */
async function lookup(page: import('playwright-core').Page, query: string, shards: number): Promise<{ ms: number; results: number }> {
  const plan = planQuery(query);
  const { key, hints } = mapLookup(plan)!;
  const shardPart = (k: string): [string, string] => [String(shardOf(k, shards)), paths.codeMapShard(shardOf(k, shards))];
  const first = await loadScripts(page, [shardPart(key)]);
  const row = (first.data[0] as Record<string, CodeMapRow> | undefined)?.[key];
  const owners = rankOwners(row, hints);
  if (owners.length > 0 || !plan.code) return { ms: first.ms, results: owners.length + (row?.n ?? 0) };
  const kind = kindListKey(plan.code.parsed);
  const list = await loadScripts(page, [[`loai-${kind}`, paths.codeMapKind(kind)]]);
  const near = nearestNumbers((list.data[0] as number[] | undefined) ?? [], Number(plan.code.parsed.number));
  const rows = await loadScripts(page, near.map((n) => shardPart(bareKey({ ...plan.code!.parsed, number: String(n) }))));
  return { ms: first.ms + list.ms + rows.ms, results: near.length };
}

async function measure(server: Served, engine: 'ours' | 'default', query: string, warm: boolean, ours: Ours): Promise<Measure> {
  const browser = await launch();
  try {
    const page = await (await browser.newContext()).newPage();
    await page.goto(`${server.url}bench.html`);
    const typed = planQuery(query);
    if (engine === 'ours' && (typed.code || typed.plenum)) {
      // Warm: the page has already looked up another code (its own shard differs).
      if (warm) await lookup(page, 'NQ 1', ours.shards);
      const sizes: Promise<[string, number]>[] = [];
      page.on('response', (res) => sizes.push(res.body().then((b) => [res.url(), b.length] as [string, number], () => [res.url(), 0])));
      const r = await lookup(page, query, ours.shards);
      const got = await Promise.all(sizes);
      const bytes = got.reduce((sum, [, n]) => sum + n, 0);
      return { bytes, indexBytes: bytes, parts: { runtime: 0, meta: 0, index: bytes, filter: 0, fragment: 0 }, ms: r.ms, results: r.results, path: 'map' };
    }
    // A slip is searched as corrected, as the search page does once the vocabulary is in.
    const spelling = ours.spelling !== false;
    const plan = engine === 'ours' && spelling ? planQuery(correctQuery(query, ours.vocabulary)?.query ?? query) : typed;
    const args = engine === 'ours'
      ? { terms: plan.terms, fallback: plan.fallback, n: RESULTS, noWorker: true, vocabulary: spelling ? paths.searchVocabulary() : '', shards: ours.indexShards }
      : { terms: query, fallback: query, n: RESULTS, noWorker: false, vocabulary: '', shards: [] as string[] };
    const run = (a: typeof args) => page.evaluate(async ({ terms, fallback, n, noWorker, vocabulary, shards }) => {
      const t0 = performance.now();
      const bundle = '/pagefind/pagefind.js';
      // Ours loads the vocabulary beside Pagefind (a script, as on the site).
      const vocab = vocabulary === '' ? Promise.resolve() : new Promise<void>((resolve) => {
        const s = document.createElement('script');
        s.src = vocabulary;
        s.onload = s.onerror = () => resolve();
        document.head.append(s);
      });
      const [pf] = await Promise.all([import(/* @vite-ignore */ bundle), vocab]);
      // As src/client/search-page.ts does; the defaults keep Pagefind's web worker.
      if (noWorker) await pf.options({ noWorker: true });
      // A large base is indexed in shards, merged as the search page merges them.
      // Once per page, as the search page's load() does.
      const g = globalThis as unknown as { merged?: boolean };
      if (!g.merged) for (const shard of shards) await pf.mergeIndex(`/${shard}`, { noWorker: true });
      g.merged = true;
      let used = terms;
      let r = await pf.search(terms);
      if (r.results.length === 0 && fallback !== terms) r = await pf.search((used = fallback));
      await Promise.all(r.results.slice(0, n).map((x: { data: () => Promise<unknown> }) => x.data()));
      (globalThis as unknown as { used: string }).used = used;
      return { ms: performance.now() - t0, results: r.results.length as number };
    }, a);
    // Warm: Pagefind, its WebAssembly and entry files are loaded by an unrelated query first.
    // (and, for ours, the vocabulary, which the page keeps once loaded).
    if (warm) await run({ ...args, terms: 'qqqq', fallback: 'qqqq', n: 0 });
    let sizes: Promise<[string, number]>[] = [];
    page.on('response', (res) => sizes.push(res.body().then((b) => [res.url(), b.length] as [string, number], () => [res.url(), 0])));
    const r = await run(args);
    const got = await Promise.all(sizes);
    const parts: Parts = { runtime: 0, meta: 0, index: 0, filter: 0, fragment: 0 };
    for (const [u, n] of got) parts[part(u)] += n;
    const bytes = got.reduce((s, [, n]) => s + n, 0);
    const indexBytes = got.filter(([u]) => /\.pf_(index|meta|filter)$|pagefind-entry/.test(u)).reduce((s, [, n]) => s + n, 0);
    const m: Measure = { bytes, indexBytes, parts, ms: r.ms, results: r.results, path: 'pagefind' };
    if (engine === 'ours' && !warm) {
      // As the search page does: the filter index after the first results, then the same search again.
      sizes = [];
      const ms = await page.evaluate(async () => {
        const t0 = performance.now();
        const bundle = '/pagefind/pagefind.js';
        const pf = await import(/* @vite-ignore */ bundle);
        await pf.filters();
        await pf.search((globalThis as unknown as { used: string }).used);
        return performance.now() - t0;
      });
      const more = await Promise.all(sizes);
      m.facets = { bytes: more.reduce((s, [, n]) => s + n, 0), ms };
    }
    return m;
  } finally {
    await browser.close();
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
  console.log('Lập chỉ mục của ta (Node API, như npm run build)…');
  let t = Date.now();
  await writeSearchIndex(oursDir);
  const oursBuild = (Date.now() - t) / 1000;
  console.log('Bản đồ số hiệu và từ vựng (như bước dựng của ta)…');
  t = Date.now();
  const shards = shardCount(docs.length);
  const vocabulary = buildVocabulary(docs.map((d) => [d.title, d.summary, bodyText(d)].join('\n')));
  const written = writeCodeMapFiles(oursDir, buildCodeMap(docs.map(codeMapInputOf), shards), vocabulary);
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
  const rows: Record<string, unknown>[] = [];
  try {
    for (const [kind, q] of queries(docs)) {
      const row: Record<string, unknown> = { query: q, kind };
      for (const engine of ['ours', 'default'] as const) {
        for (const warm of [false, true]) {
          const m = await measure(servers[engine], engine, q, warm, { shards, vocabulary, indexShards });
          row[`${engine}_${warm ? 'warm' : 'cold'}`] = m;
        }
      }
      // The word path as it was before spelling help, on the same corpus: what the vocabulary costs.
      if ((row.ours_cold as Measure).path === 'pagefind') row.ours_before_cold = await measure(servers.ours, 'ours', q, false, { shards, vocabulary, indexShards, spelling: false });
      rows.push(row);
      const f = (m: Measure) => `${(m.bytes / 1024).toFixed(0)} kB ${m.ms.toFixed(0)} ms (${m.results})`;
      console.log(`${q.padEnd(22)} ours cold ${f(row.ours_cold as Measure)} warm ${f(row.ours_warm as Measure)} | default cold ${f(row.default_cold as Measure)} warm ${f(row.default_warm as Measure)}`);
    }
  } finally {
    await servers.ours.close();
    await servers.default.close();
  }
  const result = { docs: N, date: new Date().toISOString().slice(0, 10), resultsLoaded: RESULTS, build, codeMap, rows };
  writeFileSync(join(out, `search-${N}.json`), `${JSON.stringify(result, null, 2)}\n`);
  writeFileSync(join(out, `search-${N}.md`), table(result));
  console.log(`\n${table(result)}`);
  console.log(`Đã ghi ${join(out, `search-${N}.json`)} và .md`);
}

/** The results as a Markdown table. */
function table(r: {
  docs: number;
  build: Record<string, { seconds: number; bytes: number; files: number; shards?: number }>;
  codeMap: { seconds: number; files: number; bytes: number; shards: number; shardMax: number; shardMean: number; vocabulary: number };
  rows: Record<string, unknown>[];
}): string {
  const kb = (n: number) => `${(n / 1024).toFixed(n < 10240 ? 1 : 0)}`;
  const m = (row: Record<string, unknown>, k: string) => row[k] as Measure;
  const cm = r.codeMap;
  const lines = [
    `${r.docs} documents. Build: ours ${r.build.ours!.seconds.toFixed(1)} s, index ${(r.build.ours!.bytes / 1048576).toFixed(1)} MB in ${r.build.ours!.files} files (${r.build.ours!.shards ?? 1} shard${(r.build.ours!.shards ?? 1) > 1 ? 's, merged in the browser' : ''}); default ${r.build.default!.seconds.toFixed(1)} s, index ${(r.build.default!.bytes / 1048576).toFixed(1)} MB in ${r.build.default!.files} files.`,
    `Code map: ${cm.shards} shards (mean ${kb(cm.shardMean)} kB, largest ${kb(cm.shardMax)} kB), ${cm.files} files, ${(cm.bytes / 1048576).toFixed(1)} MB, written in ${cm.seconds.toFixed(1)} s; vocabulary ${kb(cm.vocabulary)} kB.`,
    '',
    '| class | query | answered by | ours cold kB / ms | ours warm kB / ms | ours cold without spelling help kB / ms | default cold kB / ms | default warm kB / ms | default ÷ ours bytes (cold, warm) | ours cold: runtime + meta / words / fragments kB | facets after (kB / ms) | results ours / default |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
  ];
  for (const row of r.rows) {
    const c = (k: string) => `${kb(m(row, k).bytes)} / ${m(row, k).ms.toFixed(0)}`;
    const oc = m(row, 'ours_cold');
    const ratio = (k: string) => (m(row, `default_${k}`).bytes / m(row, `ours_${k}`).bytes).toFixed(1);
    const p = oc.parts ?? { runtime: 0, meta: 0, index: 0, filter: 0, fragment: 0 };
    const facets = oc.facets ? `${kb(oc.facets.bytes)} / ${oc.facets.ms.toFixed(0)}` : '–';
    const split = oc.path === 'map' ? 'code map' : `${kb(p.runtime)} + ${kb(p.meta)} / ${kb(p.index)} / ${kb(p.fragment)}`;
    lines.push(`| ${String(row.kind ?? '')} | ${row.query} | ${oc.path === 'map' ? 'code map' : 'Pagefind'} | ${c('ours_cold')} | ${c('ours_warm')} | ${row.ours_before_cold ? c('ours_before_cold') : '–'} | ${c('default_cold')} | ${c('default_warm')} | ${ratio('cold')}, ${ratio('warm')} | ${split} | ${facets} | ${oc.results} / ${m(row, 'default_cold').results} |`);
  }
  return `${lines.join('\n')}\n`;
}

await main();
