/**
 * The size of every built page: bytes and elements (start tags written in the source, as a
 * browser builds them). A page a phone must open stays under PAGE_BOUND whatever the size of the
 * base (issue 20); the build benchmark prints the largest, the bounded-page test asserts it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Parser } from 'htmlparser2';
import { listFiles } from '../build/site-files';

/** The bound every HTML page keeps: bytes (200 kB) and elements. */
export const PAGE_BOUND = { bytes: 200_000, elements: 2_000 } as const;

/** One page's size. */
export interface PageSize {
  file: string;
  bytes: number;
  elements: number;
}

/** How many elements a page's source holds (htmlparser2's tokenizer: no tree is built). */
export function elementCount(html: string): number {
  let count = 0;
  const parser = new Parser({ onopentag: () => void (count += 1) }, { lowerCaseTags: false, recognizeSelfClosing: false });
  parser.end(html);
  return count;
}

/** Every HTML page of a built site with its size, largest first (by bytes). */
export function pageSizes(siteDir: string): PageSize[] {
  return listFiles(siteDir)
    .filter((f) => f.endsWith('.html'))
    .map((file) => {
      const html = readFileSync(join(siteDir, file));
      return { file, bytes: html.byteLength, elements: elementCount(html.toString('utf8')) };
    })
    .sort((a, b) => b.bytes - a.bytes || b.elements - a.elements);
}

/** The pages over the bound, by bytes or by elements. */
export function overBound(sizes: readonly PageSize[], bound: { bytes: number; elements: number } = PAGE_BOUND): PageSize[] {
  return sizes.filter((s) => s.bytes > bound.bytes || s.elements > bound.elements);
}
