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

// Pagefind's index files and WebAssembly are gzip streams, which it inflates in JavaScript on the
// main thread unless a file already starts with its signature; the browser's own inflater is
// several times faster.
const PAGEFIND_FILE = /\/pagefind(-\d+)?\/(.+\.pf_(meta|index|fragment|filter)|wasm\.[\w-]+\.pagefind)$/;

/** Inflate Pagefind's files with the browser's DecompressionStream as they are fetched; other requests are untouched. */
function inflateNatively(): void {
  if (typeof DecompressionStream === 'undefined' || (window.fetch as { inflates?: boolean }).inflates) return;
  const fetched = window.fetch.bind(window);
  const inflating = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const response = await fetched(input, init);
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    if (!response.ok || !PAGEFIND_FILE.test(new URL(url, location.href).pathname)) return response;
    const bytes = new Uint8Array(await response.arrayBuffer());
    // Not gzip (a server that inflated it on the way): Pagefind reads it as it is.
    if (bytes[0] !== 0x1f || bytes[1] !== 0x8b) return new Response(bytes, { status: response.status });
    try {
      const inflated = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'));
      return new Response(await new Response(inflated).arrayBuffer(), { status: response.status });
    } catch {
      // The browser's inflater refused it: Pagefind inflates the bytes as they came, in JavaScript.
      return new Response(bytes, { status: response.status });
    }
  };
  window.fetch = Object.assign(inflating, { inflates: true });
}

/** Pagefind, started once for the page: its code loaded, its first index initialising, the others merged. */
export function startPagefind(place: PagefindPlace): Promise<Pagefind> {
  inflateNatively();
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
