/**
 * Delivery, after the search index and before the new site replaces the old one: the service
 * worker and its registration on every page, the Content-Security-Policy written into every
 * page, then the link check of the whole site. One pass over the pages, each read and parsed
 * once and written back, keeping only its links and anchors: a site of 50,000 pages is never
 * held in memory. Any problem stops the build and leaves the previous site in place.
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { shipsWasm } from '../quality/csp';
import { readPage, anchorIdsOf } from '../quality/html';
import { checkLinks, formatLinkProblems, pageRefsOf, type PageLinks } from '../quality/links';
import { SW_FILE, SW_REGISTER_FILE, registerSource, serviceWorkerSource, shellFiles } from '../delivery/service-worker';
import { deliverBatch, type BatchResult, type PageBatch } from './delivery-pages';
import { listFiles } from './site-files';
import { writeKitIds } from './packet-kits';
import { paths } from '../../src/lib/paths';
import type { BuildStep } from './steps';

/** What the pass did: pages and links checked. */
export interface DeliveryReport {
  pages: number;
  links: number;
}

/** Write the service worker (its cache named after the content of every file, read one at a time). */
function writeServiceWorker(siteDir: string, files: readonly string[], base: string): void {
  const hash = createHash('sha256');
  for (const file of files) hash.update(file).update(readFileSync(join(siteDir, file)));
  const version = hash.digest('hex').slice(0, 12);
  writeFileSync(join(siteDir, SW_FILE), serviceWorkerSource({ base, version, precache: shellFiles(files) }));
  writeFileSync(join(siteDir, SW_REGISTER_FILE), registerSource(base));
}

/**
 * Read every page once: register the service worker (with `worker`), write its policy, keep its
 * links; then check every link, asset and anchor at `base`. Throws with the list of problems.
 */
export async function deliverPages(siteDir: string, base: string, options: { worker: boolean; directoryIndex: boolean }): Promise<DeliveryReport> {
  const before = listFiles(siteDir);
  if (options.worker) writeServiceWorker(siteDir, before, base);
  const files = options.worker ? [...new Set([...before, SW_FILE, SW_REGISTER_FILE])].sort() : before;
  const pages = files.filter((f) => f.endsWith('.html'));
  const batch = (list: string[]): PageBatch => ({ siteDir, base, files: list, worker: options.worker, wasm: shipsWasm(files) });
  // Parsing is the cost: a large site is split across the cores, a small one stays on this thread.
  const threads = pages.length < PAGES_PER_THREAD ? 1 : Math.min(availableParallelism(), Math.ceil(pages.length / PAGES_PER_THREAD));
  const results = threads === 1 ? [deliverBatch(batch(pages))] : await Promise.all(split(pages, threads).map((part) => inWorker(batch(part))));
  // The packet page checks a shared link against this one list before asking for any kit.
  if (pages.includes(`${paths.packet().slice(1)}index.html`)) writeKitIds(siteDir, results.flatMap((r) => r.kits));
  const summaries: PageLinks[] = results.flatMap((r) => r.summaries);
  const blocked = results.flatMap((r) => r.blocked);
  if (blocked.length > 0) {
    throw new Error(`mã JavaScript viết thẳng trong trang (thẻ <script> không phải của trang web, thuộc tính on…, địa chỉ javascript:) sẽ bị chính sách bảo mật chặn. Nội dung không được chứa mã (npm run check:content chỉ ra dòng); mã của giao diện đặt trong một tệp src/client/*.ts:\n${blocked.join('\n')}`);
  }
  return checkSummaries(summaries, new Set(files), base, options.directoryIndex);
}

/** Below this many pages, starting threads costs more than it saves. */
const PAGES_PER_THREAD = Number(process.env.DELIVERY_PAGES_PER_THREAD ?? 1_000);

/** `items` in `n` contiguous parts of nearly equal size. */
function split<T>(items: readonly T[], n: number): T[][] {
  const size = Math.ceil(items.length / n);
  return Array.from({ length: n }, (_, i) => items.slice(i * size, (i + 1) * size)).filter((p) => p.length > 0);
}

/** Run one batch in a worker thread (which inherits this process's TypeScript loader). */
function inWorker(batch: PageBatch): Promise<BatchResult> {
  return new Promise((resolveBatch, reject) => {
    const worker = new Worker(new URL('./delivery-worker.ts', import.meta.url), { workerData: batch });
    worker.once('message', (result: BatchResult) => resolveBatch(result));
    worker.once('error', reject);
  });
}

/** The link check over page summaries; throws with the problems. */
function checkSummaries(pages: readonly PageLinks[], files: ReadonlySet<string>, base: string, directoryIndex: boolean): DeliveryReport {
  const report = checkLinks(pages, files, { base, directoryIndex });
  if (report.problems.length > 0) {
    throw new Error(`kiểm tra liên kết: ${report.problems.length} liên kết hỏng trong ${report.pages} trang:\n${formatLinkProblems(report.problems)}`);
  }
  return { pages: report.pages, links: report.links };
}

/** Check every link, asset and anchor of the site at `base` (pages read one at a time); throws with the list of problems. */
export function checkSiteLinks(siteDir: string, base: string, directoryIndex = true): DeliveryReport {
  const files = listFiles(siteDir);
  const pages = files.filter((f) => f.endsWith('.html')).map((file) => {
    const tags = readPage(readFileSync(join(siteDir, file), 'utf8')).tags;
    return { file, refs: pageRefsOf(tags), ids: anchorIdsOf(tags) };
  });
  return checkSummaries(pages, new Set(files), base, directoryIndex);
}

/** The steps, in order. */
export const deliverySteps: BuildStep[] = [
  {
    name: 'service worker, chính sách bảo mật (CSP), kiểm tra liên kết',
    run: async ({ siteDir, base }) => {
      const { pages, links } = await deliverPages(siteDir, base, { worker: true, directoryIndex: true });
      console.log(`  Liên kết: ${links} liên kết trong ${pages} trang, không có liên kết hỏng.`);
    },
  },
];
