/**
 * The search page's inline head script (src/client/search-early.ts) as the exact text the build
 * writes into the page. It is bundled here, once per process and synchronously, so that the
 * Content-Security-Policy (tools/quality/csp.ts) can hash the very text the page carries: an
 * inline script runs only under its hash.
 */
import { resolve } from 'node:path';
import { buildSync } from 'esbuild';

/** The id of the inline script that starts a word search's fetches as the page is parsed. */
export const SEARCH_EARLY_ID = 'search-early';

/** src/client/search-early.ts as one small classic script, to be written inline (same source, same text). */
export const SEARCH_EARLY_SCRIPT: string = buildSync({
  entryPoints: [resolve(import.meta.dirname, '../../src/client/search-early.ts')],
  bundle: true,
  write: false,
  format: 'iife',
  minify: true,
  target: 'es2020',
  logLevel: 'silent',
}).outputFiles[0]!.text.trim();
