/**
 * Runs inline while the search page's head is parsed (tools/build/search-page.ts puts it there,
 * with the form's `data-base`, `data-preload`, `data-shards` and the index tag, and the known
 * syllables' script in `data-scripts`): for a query that can only be words
 * (src/lib/search/early.ts), Pagefind's code and first files are asked for at once and Pagefind
 * is started (pagefind-start.ts), before the page's own script has even loaded. Kept to what the
 * head start needs: it is written into the page.
 */
import { mayBeWords } from '../lib/search/early';
import { startPagefind } from './pagefind-start';

// Its own attributes say where the site is and what to ask for: it runs in the head, before the
// page's styles (a script after them would wait for them), so before the form exists.
const self = document.currentScript;
if (self !== null && mayBeWords(new URLSearchParams(location.search).get('q') ?? '')) {
  const base = self.dataset.base ?? '/';
  const ask = (rel: string, href: string, as?: string): void => {
    const link = document.createElement('link');
    link.rel = rel;
    link.href = href;
    if (as !== undefined) link.as = as;
    // Pagefind fetches its files in CORS mode: the preload must match to be used.
    if (as === 'fetch') link.crossOrigin = 'anonymous';
    document.head.append(link);
  };
  ask('modulepreload', `${base}pagefind/pagefind.js`);
  for (const file of (self.dataset.preload ?? '').split(' ').filter(Boolean)) ask('preload', `${base}${file}`, 'fetch');
  // The base's known syllables, which every word search reads to know whether to correct a slip.
  for (const file of (self.dataset.scripts ?? '').split(' ').filter(Boolean)) ask('preload', `${base}${file}`, 'script');
  // And Pagefind started: its WebAssembly compiled and page lists read while the page's own script loads.
  startPagefind({ base, tag: self.dataset.tag ?? '', shards: (self.dataset.shards ?? '').split(',').filter(Boolean) }).catch(() => undefined);
}
