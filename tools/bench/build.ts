/**
 * `npm run bench:build -- 1000 10000`: the whole build, cold, against a bare Astro 7 site plus a
 * default Pagefind index over the same corpus. For each N: writes N generated documents in the
 * content format (content.ts), clears Astro's and Node's caches, runs `tools/build.ts` (the build
 * users run) and the bare site one at a time, each under /usr/bin/time for wall time and peak
 * memory; our build also reports each phase (BUILD_REPORT). Prints a table and writes
 * docs/build-benchmark.json and the table in docs/build-benchmark.md.
 *
 * SKIP_BARE=1 runs only our build (for N where the bare site cannot build, or to save time).
 * ROUNDS=k builds each k times, ours and the bare site in turn, and keeps the median run of each:
 * on a shared machine one run of either can be a quarter slower than the next. Before every run the
 * kernel's page cache is emptied where the benchmark may (as root): on this machine a build after
 * others, with the cache full of their output, spent twice the system time of one after a flush.
 */
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { writeContentCorpus } from './content.ts';
import type { StoreReport } from '../build/store-report.ts';
import { overBound, pageSizes, PAGE_BOUND, type PageSize } from '../quality/page-size.ts';

const root = resolve(import.meta.dirname, '../..');
const out = join(root, 'bench-out', 'build');
const sizes = process.argv.slice(2).map(Number).filter((n) => n > 0);
const node = process.execPath;
const tsx = join(root, 'node_modules/tsx/dist/cli.mjs');

interface Run {
  seconds: number;
  /** CPU seconds (user + system) of the whole process tree, Pagefind's included: steadier than wall time on a shared machine. */
  cpuSeconds?: number;
  peakMB: number;
  /** Peak of Pagefind's own indexing process (sampled). */
  pagefindPeakMB: number;
  ok: boolean;
  tail: string;
  /** The machine's load (1-minute average) when the run started and when it ended: the machine is shared, runs are noisy. */
  load?: [number, number];
  /** Each phase of our build; the delivery pass's own process (its time beside the other steps, CPU, peak) under `process`. */
  phases?: { name: string; seconds: number; cpuSeconds?: number; peakMB: number; process?: { seconds: number; cpuSeconds: number; peakMB: number }; total?: number }[];
  /** Astro's content store in our build (tools/build/store-report.ts). */
  store?: StoreReport;
  /** With ROUNDS > 1: every run's time, in order (this run is the median). */
  rounds?: number[];
  /** The largest page by bytes and by elements, and how many pages are over the bound (ours only). */
  pages?: { count: number; largest: PageSize; mostElements: PageSize; over: number };
}

/** Caches a warm run would reuse: Astro's data store and Vite's, Node's compile cache. */
function clearCaches(dir: string): void {
  for (const cache of ['node_modules/.astro', 'node_modules/.vite', '.astro']) rmSync(join(dir, cache), { recursive: true, force: true });
  rmSync(join(root, 'node_modules/.astro'), { recursive: true, force: true });
  rmSync(join(root, 'node_modules/.vite'), { recursive: true, force: true });
  rmSync(join(process.env.TMPDIR ?? '/tmp', 'node-compile-cache'), { recursive: true, force: true });
}

/** Write out and empty the kernel's page cache, so each run starts alike; false where not allowed. */
function emptyPageCache(): boolean {
  try {
    execFileSync('sync');
    writeFileSync('/proc/sys/vm/drop_caches', '3');
    return true;
  } catch {
    return false;
  }
}

/** The run of median time (the lower middle of an even count), with every run's time beside it. */
function median(runs: readonly Run[]): Run & { rounds: number[] } {
  const sorted = [...runs].sort((a, b) => a.seconds - b.seconds);
  return { ...sorted[Math.floor((sorted.length - 1) / 2)]!, rounds: runs.map((r) => r.seconds) };
}

/**
 * Run a command under GNU time: wall seconds and peak resident memory (the largest process of the
 * tree, as getrusage reports it). Pagefind indexes in a process of its own; a sampler records
 * that process's own peak (VmHWM) so the table can say which process the peak belongs to.
 */
function timed(cmd: string, args: string[], cwd: string, env: Record<string, string>, dir: string): Run {
  const loadBefore = loadavg()[0]!;
  // In the size's own folder: two sizes measured at once never share these files.
  const stats = join(dir, 'time.txt');
  const samples = join(dir, 'pagefind-hwm.txt');
  rmSync(samples, { force: true });
  const sampler = spawn('sh', ['-c', `while :; do for p in $(pgrep -f pagefind_extended); do grep VmHWM /proc/$p/status 2>/dev/null; done; sleep 0.5; done >> ${samples}`], { stdio: 'ignore' });
  const r = spawnSync('/usr/bin/time', ['-f', '%e %M %U %S', '-o', stats, cmd, ...args], {
    cwd,
    env: { ...process.env, NODE_OPTIONS: '--max-old-space-size=20000', ...env },
    encoding: 'utf8',
    maxBuffer: 1 << 30,
  });
  sampler.kill();
  const [seconds, kb, user, system] = readFileSync(stats, 'utf8').trim().split('\n').pop()!.split(' ').map(Number);
  const tail = `${r.stdout ?? ''}\n${r.stderr ?? ''}`.trim().split('\n').slice(-6).join('\n');
  const hwm = existsSync(samples) ? Math.max(0, ...readFileSync(samples, 'utf8').split('\n').map((l) => Number(/(\d+)/.exec(l)?.[1] ?? 0))) : 0;
  return { load: [loadBefore, loadavg()[0]!], seconds: seconds!, cpuSeconds: user! + system!, peakMB: kb! / 1024, pagefindPeakMB: hwm / 1024, ok: r.status === 0, tail };
}

/** The bare site: Astro 7 defaults, one page per document from a glob content collection. */
function writeBareSite(dir: string, contentDir: string): void {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'src/pages/van-ban'), { recursive: true });
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'bare', type: 'module', private: true }));
  writeFileSync(join(dir, 'astro.config.mjs'), `import { defineConfig } from 'astro/config';\nexport default defineConfig({ outDir: process.env.OUT_DIR });\n`);
  writeFileSync(
    join(dir, 'src/content.config.ts'),
    `import { defineCollection } from 'astro:content';\nimport { glob } from 'astro/loaders';\nexport const collections = { documents: defineCollection({ loader: glob({ pattern: '**/*.md', base: ${JSON.stringify(join(contentDir, 'documents'))} }) }) };\n`,
  );
  writeFileSync(
    join(dir, 'src/pages/van-ban/[...id].astro'),
    `---\nimport { getCollection, render } from 'astro:content';\nexport async function getStaticPaths() {\n  return (await getCollection('documents')).map((doc) => ({ params: { id: doc.id }, props: { doc } }));\n}\nconst { doc } = Astro.props;\nconst { Content } = await render(doc);\n---\n<html lang="vi"><head><meta charset="utf-8" /><title>{doc.data.code}</title></head><body><h1>{doc.data.code}</h1><p>{doc.data.title}</p><Content /></body></html>\n`,
  );
  writeFileSync(
    join(dir, 'build.mjs'),
    `import { build } from 'astro';\nimport * as pagefind from 'pagefind';\nconst t0 = performance.now();\nawait build({ root: process.cwd(), logLevel: 'warn' });\nconst t1 = performance.now();\nconst { index } = await pagefind.createIndex();\nawait index.addDirectory({ path: process.env.OUT_DIR });\nawait index.writeFiles({ outputPath: process.env.OUT_DIR + '/pagefind' });\nawait pagefind.close();\nconsole.log(JSON.stringify({ astro: (t1 - t0) / 1000, pagefind: (performance.now() - t1) / 1000 }));\n`,
  );
}

/** The store's numbers in one line: size, entries, time to fill it (the loaders run together: the longest), time to load it. */
function storeLine(store: StoreReport): string {
  const fill = Math.max(0, ...Object.values(store.fillSeconds));
  return `kho nội dung của Astro: ${(store.bytes / 1048576).toFixed(1)} MB, ${Object.values(store.entries).reduce((a, b) => a + b, 0)} mục; nạp vào kho ${fill.toFixed(1)} s, đọc lại ${store.loadSeconds.toFixed(2)} s`;
}

/** Empty the caches a warm run would reuse, and the page cache where allowed (said once). */
let pageCacheSaid = false;
function coldStart(dir: string): void {
  clearCaches(dir);
  if (!emptyPageCache() && !pageCacheSaid) console.log('(không làm trống được bộ đệm trang của hệ điều hành: cần quyền root; các lần đo có thể lệch nhau hơn)');
  pageCacheSaid = true;
}

/** One cold run of our build over the corpus in `dir`, its output left in dir/ours (the page sizes are read from it). */
function runOurs(dir: string): Run {
  rmSync(join(dir, 'ours'), { recursive: true, force: true });
  coldStart(root);
  const report = join(dir, 'phases.json');
  rmSync(report, { force: true });
  const ours: Run = timed(node, [tsx, 'tools/build.ts'], root, { CONTENT_ROOT: dir, OUT_DIR: join(dir, 'ours'), BUILD_REPORT: report }, dir);
  if (existsSync(report)) Object.assign(ours, JSON.parse(readFileSync(report, 'utf8')) as Pick<Run, 'phases' | 'store'>);
  console.log(`của dự án: ${ours.ok ? 'xong' : 'LỖI'} ${ours.seconds.toFixed(1)} s (CPU ${ours.cpuSeconds?.toFixed(1)} s; tải máy ${ours.load?.map((l) => l.toFixed(1)).join(' → ')}), đỉnh ${(ours.peakMB / 1024).toFixed(2)} GB (Pagefind riêng: ${(ours.pagefindPeakMB / 1024).toFixed(2)} GB)`);
  if (!ours.ok) console.log(ours.tail);
  for (const p of ours.phases ?? []) {
    const own = p.total !== undefined ? `; cả thảy ${p.total.toFixed(1)} s, cùng lúc với bước in ngay trên` : p.process === undefined ? '' : `; tiến trình riêng chạy song song: ${p.process.seconds.toFixed(1)} s, CPU ${p.process.cpuSeconds.toFixed(1)} s, đỉnh ${(p.process.peakMB / 1024).toFixed(2)} GB`;
    console.log(`  ${p.name}: ${p.seconds.toFixed(1)} s, CPU ${p.cpuSeconds?.toFixed(1) ?? '–'} s (đỉnh của tiến trình dựng tới lúc đó ${(p.peakMB / 1024).toFixed(2)} GB${own})`);
  }
  if (ours.store !== undefined) console.log(`  ${storeLine(ours.store)}`);
  return ours;
}

/** One cold run of the bare site over the same corpus. */
function runBare(dir: string): Run & { astro?: number; pagefind?: number } {
  const bareDir = join(dir, 'bare');
  writeBareSite(bareDir, join(dir, 'content'));
  coldStart(bareDir);
  const run = timed(node, ['build.mjs'], bareDir, { OUT_DIR: join(dir, 'bare-out') }, dir);
  const split = /\{"astro":[^}]*\}/.exec(run.tail)?.[0];
  console.log(`Astro trần + Pagefind mặc định: ${run.ok ? 'xong' : 'LỖI'} ${run.seconds.toFixed(1)} s (CPU ${run.cpuSeconds?.toFixed(1)} s; tải máy ${run.load?.map((l) => l.toFixed(1)).join(' → ')}), đỉnh ${(run.peakMB / 1024).toFixed(2)} GB (Pagefind riêng: ${(run.pagefindPeakMB / 1024).toFixed(2)} GB)`);
  if (!run.ok) console.log(run.tail);
  rmSync(join(dir, 'bare-out'), { recursive: true, force: true });
  rmSync(bareDir, { recursive: true, force: true });
  return { ...run, ...(split ? (JSON.parse(split) as { astro: number; pagefind: number }) : {}) };
}

const results: { n: number; docs: number; ours: Run; bare?: Run & { astro?: number; pagefind?: number } }[] = [];
for (const n of sizes) {
  const dir = join(out, `n${n}`);
  mkdirSync(dir, { recursive: true });
  const docs = writeContentCorpus(dir, n);
  console.log(`\n== ${n} tài liệu sinh ra (${docs} được ghi) ==`);

  const rounds = Math.max(1, Number(process.env.ROUNDS ?? 1));
  const oursRuns: Run[] = [];
  const bareRuns: (Run & { astro?: number; pagefind?: number })[] = [];
  for (let round = 1; round <= rounds; round++) {
    if (rounds > 1) console.log(`-- lần ${round}/${rounds}`);
    oursRuns.push(runOurs(dir));
    if (process.env.SKIP_BARE !== '1') bareRuns.push(runBare(dir));
  }
  const ours = median(oursRuns);
  const bare: (typeof results)[number]['bare'] = bareRuns.length === 0 ? undefined : median(bareRuns);
  if (ours.ok) {
    // Every page a phone may open stays small (issue 20): measured after the timed build.
    const sizes = pageSizes(join(dir, 'ours'));
    const mostElements = [...sizes].sort((a, b) => b.elements - a.elements)[0]!;
    ours.pages = { count: sizes.length, largest: sizes[0]!, mostElements, over: overBound(sizes).length };
    const kb = (b: number): string => `${(b / 1000).toFixed(0)} kB`;
    console.log(`  trang lớn nhất: ${ours.pages.largest.file} ${kb(ours.pages.largest.bytes)}, ${ours.pages.largest.elements} phần tử; nhiều phần tử nhất: ${mostElements.file} ${mostElements.elements} phần tử (${kb(mostElements.bytes)}); vượt giới hạn ${kb(PAGE_BOUND.bytes)} / ${PAGE_BOUND.elements} phần tử: ${ours.pages.over} trang trong ${sizes.length}`);
  }
  rmSync(join(dir, 'ours'), { recursive: true, force: true });
  results.push({ n, docs, ours, bare });
  rmSync(join(dir, 'content'), { recursive: true, force: true });
}

const gb = (mb: number): string => (mb / 1024).toFixed(2);
const rows = results.map((r) => {
  const ratio = r.bare?.ok ? (r.ours.seconds / r.bare.seconds).toFixed(2) : '–';
  const bare = r.bare === undefined ? '– | –' : r.bare.ok ? `${r.bare.seconds.toFixed(1)} s | ${gb(r.bare.peakMB)} GB` : `lỗi sau ${r.bare.seconds.toFixed(0)} s | ${gb(r.bare.peakMB)} GB`;
  return `| ${r.n.toLocaleString('vi-VN')} | ${r.ours.ok ? `${r.ours.seconds.toFixed(1)} s` : `lỗi sau ${r.ours.seconds.toFixed(0)} s`} | ${gb(r.ours.peakMB)} GB | ${bare} | ${ratio} |`;
});
const table = ['| tài liệu | dự án: thời gian | dự án: bộ nhớ đỉnh | Astro trần + Pagefind: thời gian | bộ nhớ đỉnh | tỉ lệ thời gian |', '| --- | --- | --- | --- | --- | --- |', ...rows].join('\n');
console.log(`\n${table}`);
const jsonFile = join(root, 'docs', 'build-benchmark.json');
const previous = existsSync(jsonFile) ? (JSON.parse(readFileSync(jsonFile, 'utf8')) as { runs: unknown[] }).runs : [];
writeFileSync(jsonFile, JSON.stringify({ machine: `${execFileSync('nproc').toString().trim()} lõi`, runs: [...previous, ...results.map((r) => ({ date: new Date().toISOString(), ...r }))] }, null, 2));
console.log(`\nĐã ghi ${jsonFile}`);

// The table of the newest run of each size goes between the markers of docs/build-benchmark.md.
const mdFile = join(root, 'docs', 'build-benchmark.md');
if (existsSync(mdFile)) {
  type Saved = (typeof results)[number] & { date: string };
  const all = (JSON.parse(readFileSync(jsonFile, 'utf8')) as { runs: Saved[] }).runs;
  const newest = [...new Map(all.map((r) => [r.n, r])).values()].sort((a, b) => a.n - b.n);
  // A bare run that failed where an earlier one built (another build cleared the cache Astro was
  // writing: the bare site's node_modules is the shared one) gives way to the newest that built, dated.
  const builtBare = new Map(all.flatMap((r) => (r.bare?.ok ? [[r.n, { ...r.bare, date: r.date }] as const] : [])));
  const line = (saved: Saved): string => {
    // A median says of how many runs, and what they were.
    const of = (run: Run | undefined): string => (run?.rounds === undefined || run.rounds.length < 2 ? '' : ` (trung vị ${run.rounds.length} lần: ${run.rounds.map((t) => t.toFixed(1)).join(', ')})`);
    const earlier = saved.bare?.ok === true ? undefined : builtBare.get(saved.n);
    const r = earlier === undefined ? saved : { ...saved, bare: earlier };
    const bare = r.bare === undefined ? '– | – | –' : r.bare.ok ? `${r.bare.seconds.toFixed(1)} s${of(r.bare)}${earlier === undefined ? '' : ` (đo lúc ${earlier.date.slice(0, 16).replace('T', ' ')})`} | ${gb(r.bare.peakMB)} GB | ${gb(r.bare.pagefindPeakMB ?? 0)} GB` : `không dựng được (sau ${r.bare.seconds.toFixed(0)} s) | ${gb(r.bare.peakMB)} GB | –`;
    const ratio = r.bare?.ok && r.ours.ok ? `${(r.ours.seconds / r.bare.seconds).toFixed(2)}×` : '–';
    const cpuRatio = r.bare?.ok && r.ours.ok && r.ours.cpuSeconds !== undefined && r.bare.cpuSeconds !== undefined ? `${(r.ours.cpuSeconds / r.bare.cpuSeconds).toFixed(2)}×` : '–';
    const ours = r.ours.ok ? `${r.ours.seconds.toFixed(1)} s${of(r.ours)}` : `lỗi sau ${r.ours.seconds.toFixed(0)} s`;
    const cpu = (run: Run | undefined): string => (run?.cpuSeconds === undefined ? '–' : `${run.cpuSeconds.toFixed(0)} s`);
    const page = r.ours.pages === undefined ? '–' : `${(r.ours.pages.largest.bytes / 1000).toFixed(0)} kB, ${r.ours.pages.mostElements.elements} phần tử`;
    const load = [r.ours.load, r.bare?.load].flatMap((l) => (l === undefined ? [] : [l.map((x) => x.toFixed(1)).join('→')])).join(' / ') || '–';
    return `| ${r.n.toLocaleString('vi-VN')} | ${ours} | ${gb(r.ours.peakMB)} GB | ${gb(r.ours.pagefindPeakMB ?? 0)} GB | ${bare} | ${ratio} | ${cpu(r.ours)} / ${cpu(r.bare)} | ${cpuRatio} | ${load} | ${page} | ${r.date.slice(0, 10)} |`;
  };
  const tableMd = ['| tài liệu | dự án | đỉnh bộ nhớ | đỉnh của Pagefind | Astro trần + Pagefind | đỉnh bộ nhớ | đỉnh của Pagefind | tỉ lệ | CPU dự án / trần | tỉ lệ CPU | tải máy (dự án / trần) | trang lớn nhất, nhiều phần tử nhất | ngày đo |', '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |', ...newest.map(line)].join('\n');
  const storeRows = newest.filter((r) => r.ours.store !== undefined).map((r) => {
    const s = r.ours.store!;
    const fill = Math.max(0, ...Object.values(s.fillSeconds));
    return `| ${r.n.toLocaleString('vi-VN')} | ${(s.bytes / 1048576).toFixed(1)} MB | ${(s.entries['documents'] ?? 0).toLocaleString('vi-VN')} | ${fill.toFixed(1)} s | ${s.loadSeconds.toFixed(2)} s | ${r.date.slice(0, 10)} |`;
  });
  const storeMd = ['| tài liệu | kho nội dung (tệp) | mục văn bản | nạp vào kho | đọc lại kho | ngày đo |', '| --- | --- | --- | --- | --- | --- |', ...storeRows].join('\n');
  const md = readFileSync(mdFile, 'utf8')
    .replace(/<!-- table -->[\s\S]*<!-- \/table -->/, `<!-- table -->\n${tableMd}\n<!-- /table -->`)
    .replace(/<!-- store -->[\s\S]*<!-- \/store -->/, `<!-- store -->\n${storeMd}\n<!-- /store -->`);
  writeFileSync(mdFile, md);
  console.log(`Đã ghi ${mdFile}`);
}
