/**
 * Writes the Pagefind index of a built site with Pagefind's Node API: the pages carry their own
 * extra terms, metadata and facets (src/components/SearchData.astro), so this only has to index
 * them as Vietnamese and write the files. Also used by the search benchmark.
 *
 * A large base is indexed in shards of SEARCH_SHARD_PAGES pages (default 6,000: Pagefind needs about 0.5 MB a page of ours while it indexes, measured at 10,000 pages), each by its own
 * Pagefind process, one after the other, so the indexer's memory follows the shard, not the base:
 * the first shard is written to pagefind/, the others to pagefind-2/, pagefind-3/ …, and the search
 * page merges them with Pagefind's own mergeIndex (their names are written into its data-shards).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { finishSearchPage } from './search-page';
import { listFiles } from './site-files';

/** Pages per shard; a base this size or smaller has one index, as before. */
export const SHARD_PAGES = Number(process.env.SEARCH_SHARD_PAGES ?? 6_000);

/** Index one set of pages (or the whole folder) into `outputPath`; returns the page count. */
async function indexInto(siteDir: string, outputPath: string, files?: readonly string[]): Promise<number> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'vi' });
  if (!index) throw new Error(`Pagefind không khởi động được: ${errors.join('; ')}`);
  try {
    let count = 0;
    if (files === undefined) {
      const added = await index.addDirectory({ path: siteDir });
      if (added.errors.length > 0) throw new Error(added.errors.join('; '));
      count = added.page_count;
    } else {
      for (const file of files) {
        const url = `/${file.replace(/index\.html$/, '')}`;
        const added = await index.addHTMLFile({ url, content: readFileSync(join(siteDir, file), 'utf8') });
        if (added.errors.length > 0) throw new Error(`${file}: ${added.errors.join('; ')}`);
        count += 1;
      }
    }
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length > 0) throw new Error(written.errors.join('; '));
    return count;
  } finally {
    // Ends Pagefind's process: the next shard starts with an empty one.
    await pagefind.close();
  }
}

/** The document pages, the only pages that carry searchable content, in a stable order. */
function documentPages(siteDir: string): string[] {
  return listFiles(siteDir).filter((f) => /^van-ban\/[^/]+\/index\.html$/.test(f));
}

/**
 * Index every page under `siteDir` (in shards when the base is large), then tell the search page
 * which indexes to merge and what to fetch first (search-page.ts); returns the page count.
 */
export async function writeSearchIndex(siteDir: string, shardPages = SHARD_PAGES): Promise<number> {
  const pages = documentPages(siteDir);
  if (pages.length <= shardPages) {
    const count = await indexInto(siteDir, join(siteDir, 'pagefind'));
    await finishSearchPage(siteDir, ['pagefind/']);
    return count;
  }
  const shards: string[][] = [];
  for (let i = 0; i < pages.length; i += shardPages) shards.push(pages.slice(i, i + shardPages));
  let count = 0;
  const names = shards.map((_, i) => (i === 0 ? 'pagefind/' : `pagefind-${i + 1}/`));
  for (const [i, shard] of shards.entries()) count += await indexInto(siteDir, join(siteDir, names[i]!), shard);
  await finishSearchPage(siteDir, names);
  return count;
}
