/**
 * Starting Pagefind, shared by the search page's script and the small script in its head
 * (search-early.ts), which starts it as the page is parsed for a query that can only be words:
 * whichever comes first starts it, the other takes the same start (`window.soTayPagefind`), so
 * the indexes are merged once.
 */

/** One result of a Pagefind search. */
export interface PagefindResult {
  id: string;
  data: () => Promise<{ url: string; meta: Record<string, string> }>;
}

/** What a Pagefind search returns. */
export interface PagefindSearch {
  results: PagefindResult[];
  filters: Record<string, Record<string, number>>;
}

/** The part of Pagefind's API the site uses. */
export interface Pagefind {
  options: (o: Record<string, unknown>) => Promise<void>;
  filters: () => Promise<Record<string, Record<string, number>>>;
  search: (term: string | null, o: Record<string, unknown>) => Promise<PagefindSearch>;
  init: () => Promise<void>;
  mergeIndex: (url: string, o: Record<string, unknown>) => Promise<void>;
}

declare global {
  interface Window {
    soTayPagefind?: Promise<Pagefind>;
  }
}

/** Where the indexes are: the site's base, the entries' cache tag, the merged index folders. */
export interface PagefindPlace {
  base: string;
  tag: string;
  shards: readonly string[];
}

/** Pagefind, started once for the page: its code loaded, its first index initialising, the others merged. */
export function startPagefind(place: PagefindPlace): Promise<Pagefind> {
  window.soTayPagefind ??= (async () => {
    const pf = (await import(/* @vite-ignore */ `${place.base}pagefind/pagefind.js`)) as Pagefind;
    // No web worker: it is another 43 kB script to fetch, and with the body indexed as a bag the
    // chunks a query decodes are small enough for the main thread. The entries under the build's
    // tag, so Pagefind's requests are the ones the page asked for ahead.
    const options = { baseUrl: place.base, noWorker: true, ...(place.tag === '' ? {} : { metaCacheTag: place.tag }) };
    await pf.options(options);
    await pf.init();
    // A large base is indexed in shards (tools/build/search-index.ts); the others merge into the first.
    await Promise.all(place.shards.map((shard) => pf.mergeIndex(`${place.base}${shard}`, options)));
    return pf;
  })();
  const started = window.soTayPagefind;
  // A failed start (a missing index) may be tried again.
  started.catch(() => {
    if (window.soTayPagefind === started) delete window.soTayPagefind;
  });
  return started;
}
