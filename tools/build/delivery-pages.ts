/**
 * The per-page part of the delivery pass, shared by the main thread and the worker threads:
 * read a page, register the service worker, write its policy, keep its links and anchors.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { blockedInlineCodeOf, buildPolicy, injectPolicy, scriptHashesOf } from '../quality/csp';
import { anchorIdsOf, readPage } from '../quality/html';
import { pageRefsOf, type PageLinks } from '../quality/links';
import { injectRegister } from '../delivery/service-worker';

/** What one batch of pages needs. */
export interface PageBatch {
  siteDir: string;
  base: string;
  files: string[];
  worker: boolean;
  wasm: boolean;
}

/** What a batch gives back: each page's links, and inline code a policy would block. */
export interface BatchResult {
  summaries: PageLinks[];
  blocked: string[];
}

/** Deliver a batch of pages, one at a time. */
export function deliverBatch(batch: PageBatch): BatchResult {
  const summaries: PageLinks[] = [];
  const blocked: string[] = [];
  for (const file of batch.files) {
    let html = readFileSync(join(batch.siteDir, file), 'utf8');
    if (batch.worker) html = injectRegister(html, batch.base);
    const page = readPage(html);
    blocked.push(...blockedInlineCodeOf(page.tags).map((what) => `  ${file}: ${what}`));
    writeFileSync(join(batch.siteDir, file), injectPolicy(html, buildPolicy({ scriptHashes: scriptHashesOf(page.scripts), wasm: batch.wasm })));
    summaries.push({ file, refs: pageRefsOf(page.tags), ids: anchorIdsOf(page.tags) });
  }
  return { summaries, blocked };
}
