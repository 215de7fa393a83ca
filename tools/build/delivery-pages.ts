/**
 * The per-page part of the delivery pass, shared by the main thread and the worker threads:
 * read a page, register the service worker, write its policy, keep its links and anchors.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { blockedInlineCodeOf, buildPolicy, foreignInlineScripts, ownHashesOn, policyEdits } from '../quality/csp';
import { anchorIdsOf, applyEdits, readPage } from '../quality/html';
import { pageRefsOf, type PageLinks } from '../quality/links';
import { registerEdit, registerSrc } from '../delivery/service-worker';
import { KIT_PAGE, kitScript, writeKitScript } from './packet-kits';

/** What one batch of pages needs. */
export interface PageBatch {
  siteDir: string;
  base: string;
  files: string[];
  worker: boolean;
  wasm: boolean;
}

/** What a batch gives back: each page's links, inline code a policy would block, and the kits written. */
export interface BatchResult {
  summaries: PageLinks[];
  blocked: string[];
  kits: string[];
}

/** Deliver a batch of pages, one at a time. */
export function deliverBatch(batch: PageBatch): BatchResult {
  const summaries: PageLinks[] = [];
  const blocked: string[] = [];
  const kits: string[] = [];
  for (const file of batch.files) {
    // One parse a page: the registration, the policy and the link summary all come from it.
    const html = readFileSync(join(batch.siteDir, file), 'utf8');
    const page = readPage(html);
    // A study kit also becomes the packet's script for it, from the same reading.
    if (KIT_PAGE.test(file)) {
      const kit = kitScript(html, page.tags);
      if (kit !== undefined) {
        writeKitScript(batch.siteDir, kit);
        kits.push(kit.id);
      }
    }
    blocked.push(...blockedInlineCodeOf(page.tags).map((what) => `  ${file}: ${what}`));
    // An inline script the site did not write is never hashed into the policy (so the browser blocks it), and stops the build.
    blocked.push(...foreignInlineScripts(page.scripts).map((s) => `  ${file}: <script>${s.text.trim().slice(0, 40)}${s.text.trim().length > 40 ? '…' : ''}</script>`));
    const register = batch.worker ? registerEdit(page.tags, batch.base) : undefined;
    // A page allows only the hashes of the site's own inline scripts it carries (the search page's head script).
    const policy = buildPolicy({ scriptHashes: ownHashesOn(page.scripts), wasm: batch.wasm });
    writeFileSync(join(batch.siteDir, file), applyEdits(html, [...policyEdits(page.tags, policy), ...(register ? [register] : [])]));
    const refs = pageRefsOf(page.tags);
    if (register !== undefined) refs.push({ url: registerSrc(batch.base), resource: true, tag: 'script' });
    summaries.push({ file, refs, ids: anchorIdsOf(page.tags) });
  }
  return { summaries, blocked, kits };
}
