/**
 * `npm run build`: the one build users and CI run. Everything is written to a temporary folder;
 * the output folder is replaced only when the site, its search index and its checks all
 * succeeded, so a failed build leaves the previous good site in place.
 *
 * Env: BASE_PATH (default "/"), OUT_DIR (default "dist"); OFFLINE=1 (set by build-offline.ts)
 * adds the file:// conversion after the checks.
 */
import { build } from 'astro';
import { ContentCheckError, loadSite } from '../src/loader/site';
import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { deliverInChild, deliverySteps, type ProcessStats } from './build/delivery';
import { SEARCH_PAGE } from './build/search-page';
import { offlineSteps } from './build/offline';
import { postBuildSteps } from './build/steps';
import { storeReport } from './build/store-report';

const root = resolve(import.meta.dirname, '..');
const outDir = resolve(root, process.env.OUT_DIR ?? 'dist');
const work = resolve(root, '.build-tmp', `build-${process.pid}`);
const staged = join(work, 'site');

function fail(message: string): never {
  console.error(`\n✗ Bản dựng thất bại: ${message}`);
  console.error(existsSync(outDir) ? `  Bản cũ trong ${outDir} được giữ nguyên.` : '  Chưa có bản cũ nào.');
  rmSync(work, { recursive: true, force: true });
  process.exit(1);
}

rmSync(work, { recursive: true, force: true });
mkdirSync(work, { recursive: true });
const started = Date.now();
/** Time and peak memory of each phase; BUILD_REPORT=<file> writes them as JSON (the build benchmark reads it). A phase that ran beside the next one has `total`, its own time; the delivery pass, `process`, its process's time, CPU and peak. */
const phases: { name: string; seconds: number; cpuSeconds: number; peakMB: number; process?: ProcessStats; total?: number }[] = [];
let phaseStart = performance.now();
let cpuStart = process.cpuUsage();
function endPhase(name: string): void {
  const now = performance.now();
  // CPU of this process (every thread), not of the processes it starts (Pagefind's shards).
  const cpu = process.cpuUsage(cpuStart);
  phases.push({ name, seconds: (now - phaseStart) / 1000, cpuSeconds: (cpu.user + cpu.system) / 1e6, peakMB: process.resourceUsage().maxRSS / 1024 });
  phaseStart = now;
  cpuStart = process.cpuUsage();
}
// In this process, so the content the loader read and checked for the pages (src/loader/site.ts)
// is the same the search index and the offline copy take: one reader per build.
process.env.OUT_DIR = staged;
// The content first, read and checked once (the pages take it from the same memo): an editor's
// mistake is reported as the list of problems alone, before Astro starts.
const contentRoot = resolve(process.env.CONTENT_ROOT ?? root);
try {
  loadSite(contentRoot);
} catch (error) {
  fail(error instanceof ContentCheckError ? `\n${error.message}` : String(error));
}
// Astro's content store lives in this build's own folder: builds of other content (tests,
// benchmarks) running at the same time each keep theirs, and a build never starts from another's.
const cacheDir = join(work, 'astro-cache');
try {
  await build({ root, cacheDir });
  endPhase('astro build (nạp, kiểm tra, dựng trang)');
} catch (error) {
  fail(`astro build dừng: ${error instanceof Error ? error.message : String(error)}`);
}
// What the content store held: its size on disk, the time the loaders took to fill it.
const store = storeReport(cacheDir);
// The delivery pass (service worker, policy, link check, the packet's kit scripts) reads every
// page once: it starts now, in a process of its own (its memory apart from what Astro's build left
// here, 8 GB together at 50,000 documents), and runs while Pagefind indexes. It ends once the
// other steps are done: the search page they finish, the links to their files, the service worker
// over the final files. DELIVERY_INLINE=1 runs it here after them, as before (to compare).
const base = process.env.BASE_PATH ?? '/';
const inline = process.env.DELIVERY_INLINE === '1';
const delivery = inline ? undefined : deliverInChild(staged, base, { worker: true, directoryIndex: true, deferred: [SEARCH_PAGE], wasm: true });
const steps = [...postBuildSteps, ...(inline ? deliverySteps : [])];
for (let i = 0; i < steps.length; i++) {
  const step = steps[i]!;
  const beside = steps[i + 1]?.beside === true ? steps[i + 1] : undefined;
  let failed = step.name;
  try {
    if (beside === undefined) {
      await step.run({ root, contentRoot, siteDir: staged, base });
      endPhase(step.name);
      continue;
    }
    // The step runs on (Pagefind's process reads the pages) while the next one works here.
    const started = performance.now();
    const running = Promise.resolve(step.run({ root, contentRoot, siteDir: staged, base })).then(() => (performance.now() - started) / 1000);
    running.catch(() => undefined);
    failed = beside.name;
    await beside.run({ root, contentRoot, siteDir: staged, base });
    endPhase(beside.name);
    failed = step.name;
    const seconds = await running;
    // Its phase is the wait after the step beside it; its whole time beside.
    endPhase(step.name);
    Object.assign(phases[phases.length - 1]!, { total: seconds });
    i++;
  } catch (error) {
    delivery?.stop();
    fail(`${failed}: ${error instanceof Error ? error.message : String(error)}`);
  }
}
if (delivery !== undefined) {
  const name = deliverySteps[0]!.name;
  try {
    const { pages, links, rewritten, stats } = await delivery.finish();
    console.log(`  Liên kết: ${links} liên kết trong ${pages} trang, không có liên kết hỏng; ${rewritten ?? 0} trang được ghi lại chính sách bảo mật.`);
    // The wait after the other steps is this phase's time; the process's own time, CPU and peak beside it.
    endPhase(name);
    Object.assign(phases[phases.length - 1]!, { process: stats });
  } catch (error) {
    fail(`${name}: ${error instanceof Error ? error.message : String(error)}`);
  }
}
for (const step of process.env.OFFLINE === '1' ? offlineSteps : []) {
  try {
    await step.run({ root, contentRoot, siteDir: staged, base });
    endPhase(step.name);
  } catch (error) {
    fail(`${step.name}: ${error instanceof Error ? error.message : String(error)}`);
  }
}
// Swap: old output aside, new output in, old output removed. Both renames stay on one disk.
mkdirSync(dirname(outDir), { recursive: true });
const old = join(work, 'old');
if (existsSync(outDir)) renameSync(outDir, old);
renameSync(staged, outDir);
rmSync(work, { recursive: true, force: true });
if (process.env.BUILD_REPORT !== undefined) writeFileSync(process.env.BUILD_REPORT, JSON.stringify({ phases, store }, null, 2));
console.log(`✓ Đã dựng xong ${outDir} trong ${((Date.now() - started) / 1000).toFixed(1)} giây.`);
