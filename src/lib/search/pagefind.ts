/**
 * What a word search fetches from Pagefind before it can ask anything, known at build time so the
 * search page can ask for it all at once instead of one file after another: each index's entry
 * (under a fixed cache tag instead of Pagefind's per-visit timestamp, so the request can be made
 * ahead and the file cached), each index's page list, and the WebAssembly of the first index
 * (merged indexes reuse it). Mirrors Pagefind 1.6's own choice of files (pagefind.js: `init`,
 * `findIndex`, `loadMeta`, `loadWasm`).
 */

/** The part of a Pagefind index's `pagefind-entry.json` that names its files. */
export interface PagefindEntry {
  languages: Record<string, { hash: string; wasm: string | null; page_count: number }>;
}

/** One index of the site: its folder from the site root ("pagefind/", "pagefind-2/") and its entry. */
export interface PagefindIndexFiles {
  dir: string;
  entry: PagefindEntry;
}

/** The language index Pagefind picks for a page language: exact, then its primary subtag, then the largest. */
export function pickLanguage(entry: PagefindEntry, language: string): { hash: string; wasm: string | null } | undefined {
  const exact = entry.languages[language] ?? entry.languages[language.split('-')[0]!];
  if (exact) return exact;
  return Object.values(entry.languages).sort((a, b) => b.page_count - a.page_count)[0];
}

/** The entry file's address under a cache tag (Pagefind's `metaCacheTag` option). */
export function entryFile(dir: string, tag: string): string {
  return `${dir}pagefind-entry.json?ts=${encodeURIComponent(tag)}`;
}

/**
 * The files a word search needs before its first question, from the site root, in the order
 * Pagefind asks for them: the first index's entry, WebAssembly and page list, then each merged
 * index's entry and page list.
 */
export function pagefindFirstFetches(indexes: readonly PagefindIndexFiles[], tag: string, language: string): string[] {
  return indexes.flatMap(({ dir, entry }, i) => {
    const index = pickLanguage(entry, language);
    if (index === undefined) return [];
    const wasm = i === 0 ? [`${dir}wasm.${index.wasm ?? 'unknown'}.pagefind`] : [];
    return [entryFile(dir, tag), ...wasm, `${dir}pagefind.${index.hash}.pf_meta`];
  });
}
