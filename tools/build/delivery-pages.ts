/**
 * The per-page part of the delivery pass, shared by the main thread and the worker threads:
 * read a page, check that it registers the service worker and carries the policy its scripts need
 * (the layout writes both; a page that lacks them is named, and written again once the pass is
 * over), check its links. What a batch keeps of its pages is small whatever the size of the base:
 * the problems found, the links to an anchor on another page (rare), each page's anchors as one
 * string and each page's digest for the service worker's version; not every link of every page
 * (at 50,000 documents that list alone took gigabytes, twice: in the thread and its copy).
 *
 * The pass may run while the search index is being written (tools/build.ts): it never writes a
 * page Pagefind could be reading, and a link to a file the later steps write (Pagefind's, the code
 * map's) is kept as `missing` and looked up again in the site's final list of files.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { blockedInlineCodeOf, buildPolicy, foreignInlineScripts, ownHashesOn, policyEdits } from '../quality/csp';
import { anchorIdsOf, readPage, type Edit, type ReadPage } from '../quality/html';
import { checkPageLinks, pageRefsOf, type LinkProblem, type PendingAnchor } from '../quality/links';
import { registerEdit, registerSrc } from '../delivery/service-worker';
import { KIT_PAGE, kitScript, writeKitScript } from './packet-kits';

/** What one batch of pages needs. */
export interface PageBatch {
  siteDir: string;
  base: string;
  files: string[];
  /** Every file of the site, for the link check. */
  siteFiles: string[];
  directoryIndex: boolean;
  worker: boolean;
  wasm: boolean;
}

/** What a batch gives back. */
export interface BatchResult {
  links: number;
  /** Problems found for good (outside the base, a resource from elsewhere, an anchor missing on the page itself). */
  problems: LinkProblem[];
  /** Links to a file not in the batch's list: broken, unless a later step writes that file (looked up again at the end). */
  missing: LinkProblem[];
  pending: PendingAnchor[];
  /** Each page with anchors, and its anchors joined by a space (an id holds no whitespace). */
  ids: [file: string, ids: string][];
  /** Inline code a policy would block. */
  blocked: string[];
  /** Pages that lack the policy they need or the registration: written again after the pass. */
  rewrite: string[];
  /** Each page read, with the digest of its text (the service worker's version is made of them: no second reading). */
  digests: [file: string, digest: string][];
  /** The ids of the kits written (the packet page checks a shared link against them). */
  kits: string[];
}

/** The digest of a page's text, as the service worker's version takes it. */
export function pageDigest(html: string): string {
  return createHash('sha256').update(html).digest('base64');
}

/** The edits a page needs: the policy and, with a service worker, its registration (none when the layout wrote both). */
export function deliveryEdits(page: ReadPage, batch: Pick<PageBatch, 'base' | 'worker' | 'wasm'>): { edits: Edit[]; register: Edit | undefined } {
  const register = batch.worker ? registerEdit(page.tags, batch.base) : undefined;
  // A page allows only the hashes of the site's own inline scripts it carries (the search page's head script).
  const policy = buildPolicy({ scriptHashes: ownHashesOn(page.scripts), wasm: batch.wasm });
  return { edits: [...policyEdits(page.tags, policy), ...(register ? [register] : [])], register };
}

/** An empty result, to merge batches into. */
export function emptyResult(): BatchResult {
  return { links: 0, problems: [], missing: [], pending: [], ids: [], blocked: [], rewrite: [], digests: [], kits: [] };
}

/** Deliver a batch of pages, one at a time. */
export function deliverBatch(batch: PageBatch): BatchResult {
  const files = new Set(batch.siteFiles);
  const layout = { base: batch.base, directoryIndex: batch.directoryIndex };
  const result = emptyResult();
  for (const file of batch.files) {
    // One parse a page: the registration, the policy and the link check all come from it.
    const html = readFileSync(join(batch.siteDir, file), 'utf8');
    const page = readPage(html);
    // A study kit also becomes the packet's script for it, from the same reading.
    if (KIT_PAGE.test(file)) {
      const kit = kitScript(html, page.tags);
      if (kit !== undefined) {
        writeKitScript(batch.siteDir, kit);
        result.kits.push(kit.id);
      }
    }
    result.blocked.push(...blockedInlineCodeOf(page.tags).map((what) => `  ${file}: ${what}`));
    // An inline script the site did not write is never hashed into the policy (so the browser blocks it), and stops the build.
    result.blocked.push(...foreignInlineScripts(page.scripts).map((s) => `  ${file}: <script>${s.text.trim().slice(0, 40)}${s.text.trim().length > 40 ? '…' : ''}</script>`));
    // The layout already wrote both into its pages: only a page that lacks them (or whose policy must hash its head script) is written again.
    const { edits, register } = deliveryEdits(page, batch);
    if (edits.length > 0) result.rewrite.push(file);
    else result.digests.push([file, pageDigest(html)]);
    const refs = pageRefsOf(page.tags);
    if (register !== undefined) refs.push({ url: registerSrc(batch.base), resource: true, tag: 'script' });
    const ids = anchorIdsOf(page.tags);
    const check = checkPageLinks({ file, refs, ids }, files, layout);
    result.links += check.links;
    for (const problem of check.problems) (problem.reason === 'missing' ? result.missing : result.problems).push(problem);
    result.pending.push(...check.pending);
    if (ids.size > 0) result.ids.push([file, [...ids].join(' ')]);
  }
  return result;
}
