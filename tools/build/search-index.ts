/**
 * Writes the Pagefind index of a built site with Pagefind's Node API: the pages carry their own
 * extra terms, metadata and facets (src/components/SearchData.astro), so this only has to index
 * them as Vietnamese and write the files. Also used by the search benchmark.
 *
 * A large base is indexed in shards of SEARCH_SHARD_PAGES pages (default 6,000: Pagefind needs about 0.5 MB a page of ours while it indexes, measured at 10,000 pages), each by its own
 * Pagefind process, one after the other, so the indexer's memory follows the shard, not the base:
 * the first shard is written to pagefind/, the others to pagefind-2/, pagefind-3/ …, and the search
 * page merges them with Pagefind's own mergeIndex (their names are written into its data-shards).
 * A shard's pages are linked (hard links: no copy) into a folder of their own beside the site, and
 * Pagefind reads that folder itself, as it reads a whole site: sending each page through the Node
 * API (addHTMLFile: JSON, base64, one answer awaited before the next page) cost more than indexing.
 */
import { copyFileSync, linkSync, mkdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import * as pagefind from 'pagefind';
import { finishSearchPage } from './search-page';
import { listFiles } from './site-files';

/** Pages per shard; a base this size or smaller has one index, as before. */
export const SHARD_PAGES = Number(process.env.SEARCH_SHARD_PAGES ?? 6_000);

/** Index a folder into `outputPath`; returns the page count. */
async function indexInto(siteDir: string, outputPath: string): Promise<number> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'vi' });
  if (!index) throw new Error(`Pagefind không khởi động được: ${errors.join('; ')}`);
  try {
    const added = await index.addDirectory({ path: siteDir });
    if (added.errors.length > 0) throw new Error(added.errors.join('; '));
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length > 0) throw new Error(written.errors.join('; '));
    return added.page_count;
  } finally {
    // Ends Pagefind's process: the next shard starts with an empty one.
    await pagefind.close();
  }
}

/** A folder holding `files` of `siteDir` at the same paths (hard links; a copy where the disk refuses them), so a page's address in the index is its address in the site. */
function shardFolder(siteDir: string, files: readonly string[], folder: string): void {
  rmSync(folder, { recursive: true, force: true });
  for (const file of files) {
    const to = join(folder, file);
    mkdirSync(dirname(to), { recursive: true });
    try {
      linkSync(join(siteDir, file), to);
    } catch {
      copyFileSync(join(siteDir, file), to);
    }
  }
}

/** The document pages, the only pages that carry searchable content, in a stable order. */
function documentPages(siteDir: string): string[] {
  return listFiles(siteDir).filter((f) => /^van-ban\/[^/]+\/index\.html$/.test(f));
}

/**
 * Index the document pages of `siteDir` (in shards when the base is large), then tell the search page
 * which indexes to merge and what to fetch first (search-page.ts); returns the page count.
 */
export async function writeSearchIndex(siteDir: string, shardPages = SHARD_PAGES): Promise<number> {
  // Only the document pages carry searchable content (data-pagefind-body): Pagefind reads no other.
  const pages = documentPages(siteDir);
  if (pages.length === 0) {
    // A site with no document (not this project's): Pagefind reads every page as it would by default.
    const count = await indexInto(siteDir, join(siteDir, 'pagefind'));
    await finishSearchPage(siteDir, ['pagefind/']);
    return count;
  }
  const shards: string[][] = [];
  for (let i = 0; i < pages.length; i += shardPages) shards.push(pages.slice(i, i + shardPages));
  let count = 0;
  const names = shards.map((_, i) => (i === 0 ? 'pagefind/' : `pagefind-${i + 1}/`));
  // Beside the site, never inside it (the site's own files are listed while the index is written).
  const folder = `${siteDir.replace(/\/+$/, '')}.pagefind-shard`;
  try {
    for (const [i, shard] of shards.entries()) {
      shardFolder(siteDir, shard, folder);
      count += await indexInto(folder, join(siteDir, names[i]!));
    }
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
  await finishSearchPage(siteDir, names);
  return count;
}
