/**
 * Writes the Pagefind index of a built site with Pagefind's Node API: the pages carry their own
 * extra terms, metadata and facets (src/components/SearchData.astro), so this only has to
 * index them as Vietnamese and write the files. Also used by the search benchmark.
 */
import { join } from 'node:path';
import * as pagefind from 'pagefind';

/** Index every HTML page under `siteDir` and write `siteDir/pagefind/`; returns the page count. */
export async function writeSearchIndex(siteDir: string): Promise<number> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'vi' });
  if (!index) throw new Error(`Pagefind không khởi động được: ${errors.join('; ')}`);
  try {
    const added = await index.addDirectory({ path: siteDir });
    if (added.errors.length > 0) throw new Error(added.errors.join('; '));
    const written = await index.writeFiles({ outputPath: join(siteDir, 'pagefind') });
    if (written.errors.length > 0) throw new Error(written.errors.join('; '));
    return added.page_count;
  } finally {
    await pagefind.close();
  }
}
