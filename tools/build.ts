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
import { deliverySteps } from './build/delivery';
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
/** Time and peak memory of each phase; BUILD_REPORT=<file> writes them as JSON (the build benchmark reads it). */
const phases: { name: string; seconds: number; cpuSeconds: number; peakMB: number }[] = [];
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
// The search index first (steps.ts), then the policy and the link check, then the offline copy.
const steps = [...postBuildSteps, ...deliverySteps, ...(process.env.OFFLINE === '1' ? offlineSteps : [])];
for (const step of steps) {
  try {
    await step.run({ root, contentRoot, siteDir: staged, base: process.env.BASE_PATH ?? '/' });
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
