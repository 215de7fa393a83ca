/**
 * Delivery, after the search index and before the new site replaces the old one: the service
 * worker and its registration on every page, the Content-Security-Policy written into every
 * page, then the link check of the whole site. One pass over the pages, each read and parsed
 * once, checked and written back, keeping only its problems, its anchors and its links to
 * anchors on other pages: neither a site of 150,000 pages nor all its links are held in memory.
 * Any problem stops the build and leaves the previous site in place.
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { shipsWasm } from '../quality/csp';
import { readPage, anchorIdsOf } from '../quality/html';
import { checkPageLinks, checkPendingAnchors, formatLinkProblems, pageRefsOf, type LinkProblem, type PendingAnchor } from '../quality/links';
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
  /** Pages the pass wrote again (the layout writes the policy and the registration into the others). */
  rewritten?: number;
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
  const batch = (list: string[]): PageBatch => ({ siteDir, base, files: list, siteFiles: files, directoryIndex: options.directoryIndex, worker: options.worker, wasm: shipsWasm(files) });
  // Parsing is the cost: a large site is split across the cores, a small one stays on this thread.
  const threads = pages.length < PAGES_PER_THREAD ? 1 : Math.min(availableParallelism(), Math.ceil(pages.length / PAGES_PER_THREAD));
  const results = threads === 1 ? [deliverBatch(batch(pages))] : await Promise.all(split(pages, threads).map((part) => inWorker(batch(part))));
  // The packet page checks a shared link against this one list before asking for any kit.
  if (pages.includes(`${paths.packet().slice(1)}index.html`)) writeKitIds(siteDir, results.flatMap((r) => r.kits));
  const blocked = results.flatMap((r) => r.blocked);
  if (blocked.length > 0) {
    throw new Error(`mã JavaScript viết thẳng trong trang (thẻ <script> không phải của trang web, thuộc tính on…, địa chỉ javascript:) sẽ bị chính sách bảo mật chặn. Nội dung không được chứa mã (npm run check:content chỉ ra dòng); mã của giao diện đặt trong một tệp src/client/*.ts:\n${blocked.join('\n')}`);
  }
  // Anchors on other pages are checked once every page's anchors are known.
  const ids = new Map(results.flatMap((r) => r.ids));
  const problems = [...results.flatMap((r) => r.problems), ...checkPendingAnchors(results.flatMap((r) => r.pending), anchorLookup(ids))];
  return { ...report(problems, pages.length, results.reduce((n, r) => n + r.links, 0)), rewritten: results.reduce((n, r) => n + r.rewritten, 0) };
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

/** A page's anchors from their joined form, each page's split once. */
function anchorLookup(ids: ReadonlyMap<string, string>): (file: string) => ReadonlySet<string> | undefined {
  const split = new Map<string, Set<string>>();
  return (file) => {
    let set = split.get(file);
    const joined = ids.get(file);
    if (set === undefined && joined !== undefined) split.set(file, (set = new Set(joined.split(' '))));
    return set;
  };
}

/** Throw with the problems, if any. */
function report(problems: readonly LinkProblem[], pages: number, links: number): DeliveryReport {
  if (problems.length > 0) {
    throw new Error(`kiểm tra liên kết: ${problems.length} liên kết hỏng trong ${pages} trang:\n${formatLinkProblems(problems)}`);
  }
  return { pages, links };
}

/** Check every link, asset and anchor of the site at `base` (pages read one at a time, each checked as it is read); throws with the list of problems. */
export function checkSiteLinks(siteDir: string, base: string, directoryIndex = true): DeliveryReport {
  const files = listFiles(siteDir);
  const fileSet = new Set(files);
  const layout = { base, directoryIndex };
  const problems: LinkProblem[] = [];
  const pending: PendingAnchor[] = [];
  const ids = new Map<string, string>();
  let links = 0;
  const pages = files.filter((f) => f.endsWith('.html'));
  for (const file of pages) {
    const tags = readPage(readFileSync(join(siteDir, file), 'utf8')).tags;
    const page = { file, refs: pageRefsOf(tags), ids: anchorIdsOf(tags) };
    const check = checkPageLinks(page, fileSet, layout);
    links += check.links;
    problems.push(...check.problems);
    pending.push(...check.pending);
    if (page.ids.size > 0) ids.set(file, [...page.ids].join(' '));
  }
  return report([...problems, ...checkPendingAnchors(pending, anchorLookup(ids))], pages.length, links);
}

/** The steps, in order. */
export const deliverySteps: BuildStep[] = [
  {
    name: 'service worker, chính sách bảo mật (CSP), kiểm tra liên kết',
    run: async ({ siteDir, base }) => {
      const { pages, links, rewritten } = await deliverPages(siteDir, base, { worker: true, directoryIndex: true });
      console.log(`  Liên kết: ${links} liên kết trong ${pages} trang, không có liên kết hỏng; ${rewritten ?? 0} trang được ghi lại chính sách bảo mật.`);
    },
  },
];
