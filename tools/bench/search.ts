/**
 * `npm run bench:search [-- --docs 10000]`: builds a synthetic corpus twice, once as our pages
 * indexed by our build step and once as plain pages indexed by Pagefind's CLI with default
 * settings, then measures in Chromium, for a fixed list of queries, the bytes fetched and the
 * time to the first ten results, cold (fresh browser context) and warm (Pagefind already
 * loaded). Prints a table and writes bench-out/search-<docs>.json and .md. Not a test.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { planQuery } from '../../src/lib/search/index.ts';
import { launch } from '../../tests/support/browser.ts';
import { serve, type Served } from '../../tests/support/serve.ts';
import { writeSearchIndex } from '../build/search-index.ts';
import { corpusCommon, defaultPage, generate, ourPage, type SynthDoc } from './corpus.ts';

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

/** The fixed queries: codes picked from the corpus in several spellings, then words. */
function queries(docs: SynthDoc[]): string[] {
  const count = new Map<string, number>();
  for (const d of docs) count.set(d.code, (count.get(d.code) ?? 0) + 1);
  const uniqueCentral = docs.find((d) => d.code.endsWith('/TW') && d.code.includes('-NQ/') && count.get(d.code) === 1)!.code;
  const shared = [...count.entries()].sort((a, b) => b[1] - a[1])[0]![0];
  const ctr = docs.find((d) => d.code.includes('-CTr/'))!.code;
  const qd = docs.find((d) => d.code.includes('-QĐ/TW'))?.code ?? uniqueCentral;
  const [num, rest] = uniqueCentral.split('-');
  return [
    uniqueCentral,
    `${rest!.split('/')[0]!.toLowerCase()}${Number(num)}`,
    shared,
    `ctr ${Number(ctr.split('-')[0])}`,
    qd.replace('Đ', 'D'),
    'chuyển đổi số', 'chuyen doi so',
    'nghị quyết', 'nghi quyet',
    'kinh tế', 'kinh te',
    'xây dựng Đảng', 'xay dung dang',
    'đổi mới sáng tạo',
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
}

function part(url: string): keyof Parts {
  if (/\.pf_meta$/.test(url)) return 'meta';
  if (/\.pf_index$/.test(url)) return 'index';
  if (/\.pf_filter$/.test(url)) return 'filter';
  if (/\.pf_fragment$/.test(url)) return 'fragment';
  return 'runtime';
}

async function measure(server: Served, engine: 'ours' | 'default', query: string, warm: boolean): Promise<Measure> {
  const browser = await launch();
  try {
    const page = await (await browser.newContext()).newPage();
    await page.goto(`${server.url}bench.html`);
    const plan = planQuery(query);
    const args = engine === 'ours' ? { terms: plan.terms, fallback: plan.fallback, n: RESULTS, noWorker: true } : { terms: query, fallback: query, n: RESULTS, noWorker: false };
    const run = (a: typeof args) => page.evaluate(async ({ terms, fallback, n, noWorker }) => {
      const t0 = performance.now();
      const bundle = '/pagefind/pagefind.js';
      const pf = await import(/* @vite-ignore */ bundle);
      // As src/client/search-page.ts does; the defaults keep Pagefind's web worker.
      if (noWorker) await pf.options({ noWorker: true });
      let used = terms;
      let r = await pf.search(terms);
      if (r.results.length === 0 && fallback !== terms) r = await pf.search((used = fallback));
      await Promise.all(r.results.slice(0, n).map((x: { data: () => Promise<unknown> }) => x.data()));
      (globalThis as unknown as { used: string }).used = used;
      return { ms: performance.now() - t0, results: r.results.length as number };
    }, a);
    // Warm: Pagefind, its WebAssembly and entry files are loaded by an unrelated query first.
    if (warm) await run({ ...args, terms: 'qqqq', fallback: 'qqqq', n: 0 });
    let sizes: Promise<[string, number]>[] = [];
    page.on('response', (res) => sizes.push(res.body().then((b) => [res.url(), b.length] as [string, number], () => [res.url(), 0])));
    const r = await run(args);
    const got = await Promise.all(sizes);
    const parts: Parts = { runtime: 0, meta: 0, index: 0, filter: 0, fragment: 0 };
    for (const [u, n] of got) parts[part(u)] += n;
    const bytes = got.reduce((s, [, n]) => s + n, 0);
    const indexBytes = got.filter(([u]) => /\.pf_(index|meta|filter)$|pagefind-entry/.test(u)).reduce((s, [, n]) => s + n, 0);
    const m: Measure = { bytes, indexBytes, parts, ms: r.ms, results: r.results };
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
  console.log('Lập chỉ mục mặc định (pagefind --site)…');
  t = Date.now();
  execFileSync(join(root, 'node_modules', '.bin', 'pagefind'), ['--site', defDir, '--silent'], { stdio: 'inherit' });
  const defBuild = (Date.now() - t) / 1000;
  const build = {
    ours: { seconds: oursBuild, ...dirSize(join(oursDir, 'pagefind')) },
    default: { seconds: defBuild, ...dirSize(join(defDir, 'pagefind')) },
  };
  console.log(JSON.stringify(build));

  const servers = { ours: await serve(oursDir, '/'), default: await serve(defDir, '/') };
  const rows: Record<string, unknown>[] = [];
  try {
    for (const q of queries(docs)) {
      const row: Record<string, unknown> = { query: q };
      for (const engine of ['ours', 'default'] as const) {
        for (const warm of [false, true]) {
          const m = await measure(servers[engine], engine, q, warm);
          row[`${engine}_${warm ? 'warm' : 'cold'}`] = m;
        }
      }
      rows.push(row);
      const f = (m: Measure) => `${(m.bytes / 1024).toFixed(0)} kB ${m.ms.toFixed(0)} ms (${m.results})`;
      console.log(`${q.padEnd(22)} ours cold ${f(row.ours_cold as Measure)} warm ${f(row.ours_warm as Measure)} | default cold ${f(row.default_cold as Measure)} warm ${f(row.default_warm as Measure)}`);
    }
  } finally {
    await servers.ours.close();
    await servers.default.close();
  }
  const result = { docs: N, date: new Date().toISOString().slice(0, 10), resultsLoaded: RESULTS, build, rows };
  writeFileSync(join(out, `search-${N}.json`), `${JSON.stringify(result, null, 2)}\n`);
  writeFileSync(join(out, `search-${N}.md`), table(result));
  console.log(`\n${table(result)}`);
  console.log(`Đã ghi ${join(out, `search-${N}.json`)} và .md`);
}

/** The results as a Markdown table. */
function table(r: { docs: number; build: Record<string, { seconds: number; bytes: number; files: number }>; rows: Record<string, unknown>[] }): string {
  const kb = (n: number) => `${(n / 1024).toFixed(0)}`;
  const m = (row: Record<string, unknown>, k: string) => row[k] as Measure;
  const lines = [
    `${r.docs} documents. Build: ours ${r.build.ours!.seconds.toFixed(1)} s, index ${(r.build.ours!.bytes / 1048576).toFixed(1)} MB in ${r.build.ours!.files} files; default ${r.build.default!.seconds.toFixed(1)} s, index ${(r.build.default!.bytes / 1048576).toFixed(1)} MB in ${r.build.default!.files} files.`,
    '',
    '| query | ours cold kB / ms | ours warm kB / ms | default cold kB / ms | default warm kB / ms | default ÷ ours (cold, warm) | ours cold: runtime + meta / words / fragments kB | facets after (kB / ms) | results ours / default |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- |',
  ];
  for (const row of r.rows) {
    const c = (k: string) => `${kb(m(row, k).bytes)} / ${m(row, k).ms.toFixed(0)}`;
    const oc = m(row, 'ours_cold');
    const ratio = (k: string) => (m(row, `default_${k}`).bytes / m(row, `ours_${k}`).bytes).toFixed(1);
    const p = oc.parts ?? { runtime: 0, meta: 0, index: 0, filter: 0, fragment: 0 };
    const facets = oc.facets ? `${kb(oc.facets.bytes)} / ${oc.facets.ms.toFixed(0)}` : '–';
    lines.push(`| ${row.query} | ${c('ours_cold')} | ${c('ours_warm')} | ${c('default_cold')} | ${c('default_warm')} | ${ratio('cold')}, ${ratio('warm')} | ${kb(p.runtime)} + ${kb(p.meta)} / ${kb(p.index)} / ${kb(p.fragment)} | ${facets} | ${oc.results} / ${m(row, 'default_cold').results} |`);
  }
  return `${lines.join('\n')}\n`;
}

await main();
