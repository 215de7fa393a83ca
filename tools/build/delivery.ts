/**
 * Delivery, after the search index and before the new site replaces the old one: the service
 * worker and its registration on every page, the Content-Security-Policy written into every
 * page, then the link check of the whole site. One pass over the pages, each read and parsed
 * once and checked, keeping only its problems, its anchors, its digest and its links to anchors
 * on other pages: neither a site of 150,000 pages nor all its links are held in memory.
 * Any problem stops the build and leaves the previous site in place.
 *
 * The pass needs nothing the later steps write, so the build runs it in a process of its own
 * (`deliverInChild`, delivery-process.ts) while Pagefind indexes: its memory is not added to what
 * Astro's build left in the build's heap (at 50,000 documents the two together made 8 GB), and its
 * time runs beside Pagefind's. The end of the pass (`finish`) waits for those steps: the pages they
 * write (the search page), the links to files they write, the service worker over the final files.
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { fork } from 'node:child_process';
import { join } from 'node:path';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { shipsWasm } from '../quality/csp';
import { readPage, anchorIdsOf, applyEdits } from '../quality/html';
import { checkPageLinks, checkPendingAnchors, fileForPath, formatLinkProblems, pageRefsOf, pageUrlPath, resolveRef, type LinkProblem, type PendingAnchor, type SiteLayout } from '../quality/links';
import { SW_FILE, SW_REGISTER_FILE, registerSource, serviceWorkerSource, shellFiles } from '../delivery/service-worker';
import { deliverBatch, deliveryEdits, emptyResult, pageDigest, type BatchResult, type PageBatch } from './delivery-pages';
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

/** How to deliver a site. */
export interface DeliveryOptions {
  worker: boolean;
  directoryIndex: boolean;
  /** Pages a later step writes (the search page): read at the end, not by the pass. */
  deferred?: readonly string[];
  /** Whether the site ships WebAssembly (Pagefind's); by default, whether its files hold any now. */
  wasm?: boolean;
}

/** A pass started: `finish` once every other step has written its files; it throws with the list of problems. */
export interface DeliveryRun {
  finish: () => Promise<DeliveryReport>;
}

/** Write the service worker: its cache is named after every file's content (a page by the digest the pass took, any other file read once). */
function writeServiceWorker(siteDir: string, files: readonly string[], base: string, digests: ReadonlyMap<string, string>): void {
  const hash = createHash('sha256');
  for (const file of files) {
    if (file === SW_FILE || file === SW_REGISTER_FILE) continue;
    hash.update(file).update(digests.get(file) ?? readFileSync(join(siteDir, file)));
  }
  const version = hash.digest('hex').slice(0, 12);
  writeFileSync(join(siteDir, SW_FILE), serviceWorkerSource({ base, version, precache: shellFiles(files) }));
  writeFileSync(join(siteDir, SW_REGISTER_FILE), registerSource(base));
}

/** The results of several batches as one. */
function merge(results: readonly BatchResult[]): BatchResult {
  const all = emptyResult();
  for (const r of results) {
    all.links += r.links;
    for (const key of ['problems', 'missing', 'pending', 'ids', 'blocked', 'rewrite', 'digests', 'kits'] as const) (all[key] as unknown[]).push(...r[key]);
  }
  return all;
}

/**
 * Start the pass over every page of `siteDir` (but the deferred ones), split across the cores on
 * a large site. Nothing is written into a page before `finish`.
 */
export function startDelivery(siteDir: string, base: string, options: DeliveryOptions): DeliveryRun {
  const deferred = new Set(options.deferred ?? []);
  const listed = (): string[] => (options.worker ? [...new Set([...listFiles(siteDir), SW_FILE, SW_REGISTER_FILE])].sort() : listFiles(siteDir));
  const files = listed();
  const known = new Set(files);
  const wasm = options.wasm ?? shipsWasm(files);
  const pages = files.filter((f) => f.endsWith('.html') && !deferred.has(f));
  const batch = (list: string[], siteFiles: string[]): PageBatch => ({ siteDir, base, files: list, siteFiles, directoryIndex: options.directoryIndex, worker: options.worker, wasm });
  // Parsing is the cost: a large site is split across the cores, a small one stays on this thread.
  const threads = pages.length < PAGES_PER_THREAD ? 1 : Math.min(availableParallelism(), Math.ceil(pages.length / PAGES_PER_THREAD));
  const pass: Promise<BatchResult[]> = threads === 1 ? Promise.resolve().then(() => [deliverBatch(batch(pages, files))]) : Promise.all(split(pages, threads).map((part) => inWorker(batch(part, files))));
  // A failure of the pass is reported by `finish`, not as an unhandled rejection before it.
  pass.catch(() => undefined);
  return {
    finish: async () => {
      const passed = await pass;
      // The packet page checks a shared link against this one list before asking for any kit.
      if (known.has(`${paths.packet().slice(1)}index.html`)) writeKitIds(siteDir, passed.flatMap((r) => r.kits));
      const final = listed();
      if (options.wasm !== undefined && shipsWasm(final) !== wasm) throw new Error(`chính sách bảo mật được viết cho trang ${wasm ? 'có' : 'không có'} WebAssembly, nhưng trang ${wasm ? 'không có' : 'có'}`);
      const later = final.filter((f) => f.endsWith('.html') && (deferred.has(f) || !known.has(f)));
      const all = merge([...passed, deliverBatch(batch(later, final))]);
      const blocked = all.blocked;
      if (blocked.length > 0) {
        throw new Error(`mã JavaScript viết thẳng trong trang (thẻ <script> không phải của trang web, thuộc tính on…, địa chỉ javascript:) sẽ bị chính sách bảo mật chặn. Nội dung không được chứa mã (npm run check:content chỉ ra dòng); mã của giao diện đặt trong một tệp src/client/*.ts:\n${blocked.join('\n')}`);
      }
      // A page that lacks the policy or the registration is written now: no step reads pages any more.
      const digests = new Map(all.digests);
      for (const file of all.rewrite) {
        const html = readFileSync(join(siteDir, file), 'utf8');
        const text = applyEdits(html, deliveryEdits(readPage(html), { base, worker: options.worker, wasm }).edits);
        writeFileSync(join(siteDir, file), text);
        digests.set(file, pageDigest(text));
      }
      const layout = { base, directoryIndex: options.directoryIndex };
      const finalSet = new Set(final);
      const { missing, pending } = lookAgain(all.missing, finalSet, layout);
      // Anchors on other pages are checked once every page's anchors are known.
      const ids = new Map(all.ids);
      const problems = [...all.problems, ...missing, ...checkPendingAnchors([...all.pending, ...pending], anchorLookup(ids))];
      const result = { ...report(problems, pages.length + later.length, all.links), rewritten: all.rewrite.length };
      if (options.worker) writeServiceWorker(siteDir, final, base, digests);
      return result;
    },
  };
}

/** Links the pass found no file for, looked up in the final list of files: the ones still missing, and anchors to check on the pages found. */
function lookAgain(missing: readonly LinkProblem[], files: ReadonlySet<string>, layout: SiteLayout): { missing: LinkProblem[]; pending: PendingAnchor[] } {
  const still: LinkProblem[] = [];
  const pending: PendingAnchor[] = [];
  for (const problem of missing) {
    const r = resolveRef(problem.url, pageUrlPath(problem.page, layout), layout);
    const target = r.kind === 'internal' ? fileForPath(r.path, files, layout) : undefined;
    if (target === undefined || r.kind !== 'internal') still.push(problem);
    else if (r.anchor !== '' && target.endsWith('.html')) pending.push({ page: problem.page, url: problem.url, target, anchor: r.anchor });
  }
  return { missing: still, pending };
}

/**
 * Read every page once: register the service worker (with `worker`), write its policy, keep its
 * links; then check every link, asset and anchor at `base`. Throws with the list of problems.
 */
export async function deliverPages(siteDir: string, base: string, options: DeliveryOptions): Promise<DeliveryReport> {
  return startDelivery(siteDir, base, options).finish();
}

/** What the delivery process reports of itself. */
export interface ProcessStats {
  /** Wall seconds from its start to its answer. */
  seconds: number;
  cpuSeconds: number;
  peakMB: number;
}

/** The messages between the build and its delivery process. */
export type DeliveryMessage =
  | { type: 'start'; siteDir: string; base: string; options: DeliveryOptions }
  | { type: 'finish' }
  | { type: 'done'; report: DeliveryReport; stats: ProcessStats }
  | { type: 'failed'; message: string; stats: ProcessStats };

/**
 * The pass in a process of its own (delivery-process.ts, with this process's TypeScript loader),
 * started now; `finish` tells it the other steps are done and gives its report and its own time,
 * CPU and peak memory. `stop` ends it when the build fails elsewhere.
 */
export function deliverInChild(siteDir: string, base: string, options: DeliveryOptions): { finish: () => Promise<DeliveryReport & { stats: ProcessStats }>; stop: () => void } {
  const child = fork(new URL('./delivery-process.ts', import.meta.url), { stdio: 'inherit' });
  const answer = new Promise<DeliveryReport & { stats: ProcessStats }>((resolveRun, reject) => {
    child.on('message', (message: DeliveryMessage) => {
      if (message.type === 'done') resolveRun({ ...message.report, stats: message.stats });
      else if (message.type === 'failed') reject(new Error(message.message));
    });
    child.once('error', reject);
    child.once('exit', (code, signal) => reject(new Error(`tiến trình kiểm tra liên kết dừng (${signal ?? code}) trước khi trả lời`)));
  });
  answer.catch(() => undefined);
  child.send({ type: 'start', siteDir, base, options } satisfies DeliveryMessage);
  return {
    finish: () => {
      child.send({ type: 'finish' } satisfies DeliveryMessage);
      return answer;
    },
    stop: () => {
      if (child.exitCode === null) child.kill();
    },
  };
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
