/**
 * Writes the Pagefind index of a built site with Pagefind's own program: the pages carry their own
 * extra terms, metadata and facets (src/components/SearchData.astro), so this only has to index
 * them as Vietnamese and write the files. Also used by the search benchmark.
 *
 * A large base is indexed in shards of at most SEARCH_SHARD_PAGES pages (default 6,000: Pagefind
 * needs about 0.6 MB a page of ours while it indexes), each by a Pagefind process of its own, so
 * the indexer's memory follows the shard, not the base. Shards are cut to equal sizes and indexed
 * side by side, one a core and as many as the free memory holds: one Pagefind process keeps about
 * one core busy, so one after the other left the second core to wait (10,000 documents: 43 s →
 * 33 s). Each is Pagefind's own program (what its Node API drives too), waited for to its end, so
 * its time counts as the build's. The first shard is written to pagefind/, the others to
 * pagefind-2/, pagefind-3/ …, and the search page merges them with Pagefind's own mergeIndex
 * (their names are written into its data-shards).
 * A shard's pages are linked (hard links: no copy) into a folder of their own beside the site, and
 * Pagefind reads that folder itself, as it reads a whole site: sending each page through the Node
 * API (addHTMLFile: JSON, base64, one answer awaited before the next page) cost more than indexing.
 */
import { spawn } from 'node:child_process';
import { copyFileSync, linkSync, mkdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { arch, availableParallelism, freemem } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { finishSearchPage } from './search-page';
import { listFiles } from './site-files';

/** Pages per shard at most; a base this size or smaller has one index, as before. */
export const SHARD_PAGES = Number(process.env.SEARCH_SHARD_PAGES ?? 6_000);

/** What Pagefind's process holds a page of ours while it indexes, in MB (3.58 GB for a shard of 6,000 pages, measured). */
const PAGE_MB = 0.6;

/**
 * How many shards to index at once: one a core, no more than the shards, and no more than a
 * fraction of the free memory holds (`SEARCH_SHARDS_AT_ONCE` decides instead when set).
 */
export function shardsAtOnce(shards: number, pagesPerShard: number, cores = availableParallelism(), freeMB = freemem() / 1048576): number {
  const set = Number(process.env.SEARCH_SHARDS_AT_ONCE);
  if (set >= 1) return Math.min(shards, Math.floor(set));
  // Three quarters of the free memory: the build's own process and the delivery pass grow meanwhile.
  const fits = Math.floor((0.75 * freeMB) / (pagesPerShard * PAGE_MB));
  return Math.max(1, Math.min(shards, cores, fits));
}

/** `items` cut into the fewest parts of at most `most` each, their sizes as equal as they can be (so shards side by side end together). */
export function equalParts<T>(items: readonly T[], most: number): T[][] {
  const count = Math.ceil(items.length / most);
  const parts: T[][] = [];
  for (let i = 0; i < count; i++) parts.push(items.slice(Math.floor((i * items.length) / count), Math.floor(((i + 1) * items.length) / count)));
  return parts;
}

/** Pagefind's own program, where its package installs it for this machine (as Pagefind's Node API finds it). */
function pagefindProgram(): string {
  const platform = process.platform === 'win32' ? 'windows' : process.platform;
  return createRequire(import.meta.url).resolve(`@pagefind/${platform}-${arch()}/bin/pagefind_extended${platform === 'windows' ? '.exe' : ''}`);
}

/**
 * Index a folder into `outputPath` with Pagefind's program in a process of its own, forced to
 * Vietnamese; resolves once that process has ended (so its time and memory are the build's), and
 * rejects with the end of what it printed when it fails. `signal` ends it early (another shard failed).
 */
export function indexInto(siteDir: string, outputPath: string, signal?: AbortSignal): Promise<void> {
  return new Promise((done, reject) => {
    // Run from the folder it reads: no pagefind.yml of the project's or anyone's is read.
    const args = ['--site', resolve(siteDir), '--output-path', resolve(outputPath), '--force-language', 'vi', '--quiet'];
    const child = spawn(pagefindProgram(), args, { cwd: resolve(siteDir), stdio: ['ignore', 'pipe', 'pipe'], ...(signal ? { signal } : {}) });
    let said = '';
    const keep = (chunk: Buffer) => (said = (said + chunk.toString()).slice(-4000));
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    child.once('error', reject);
    child.once('close', (code, signal) => (code === 0 ? done() : reject(new Error(`Pagefind dừng (${signal ?? code}) khi lập chỉ mục ${outputPath}:\n${said.trim()}`))));
  });
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
    await indexInto(siteDir, join(siteDir, 'pagefind'));
    await finishSearchPage(siteDir, ['pagefind/']);
    return listFiles(siteDir).filter((f) => f.endsWith('.html')).length;
  }
  const shards = equalParts(pages, shardPages);
  const names = shards.map((_, i) => (i === 0 ? 'pagefind/' : `pagefind-${i + 1}/`));
  // Beside the site, never inside it (the site's own files are listed while the index is written).
  const folder = (i: number) => `${siteDir.replace(/\/+$/, '')}.pagefind-shard-${i + 1}`;
  let next = 0;
  // A failed shard ends the others' processes, and no lane takes another: the build stops with the first failure.
  const failed = new AbortController();
  const lane = async (): Promise<void> => {
    while (next < shards.length && !failed.signal.aborted) {
      const i = next++;
      shardFolder(siteDir, shards[i]!, folder(i));
      try {
        await indexInto(folder(i), join(siteDir, names[i]!), failed.signal);
      } catch (error) {
        failed.abort();
        throw error;
      } finally {
        rmSync(folder(i), { recursive: true, force: true });
      }
    }
  };
  const lanes = shardsAtOnce(shards.length, shards[0]!.length);
  await Promise.all(Array.from({ length: lanes }, lane));
  await finishSearchPage(siteDir, names);
  return pages.length;
}
