/**
 * Reading the site with no network after a first visit: a small service worker, written by the
 * build. Network first (the intranet copy is always the truth when it can be reached), the cache
 * when it cannot; the shell (home, 404, styles, scripts) is cached on install, every other page
 * and search file when it is first read. A new build has a new cache name, so old copies go.
 */
import { applyEdits, headEnd, readPage, type Edit, type Tag } from '../quality/html';
import { baseFolder, paths } from '../../src/lib/paths';

/** The file names the build writes at the site's root. */
export const SW_FILE = 'sw.js';
/** The classic script every page loads to register the worker. */
export const SW_REGISTER_FILE = paths.serviceWorkerRegistration().slice(1);

/** What the worker needs to know. */
export interface WorkerInput {
  /** Base path the site is served under, e.g. "/sotay/". */
  base: string;
  /** Changes with every different build (a hash of the site's files). */
  version: string;
  /** Paths from the site root cached on install ("", "404.html", "_astro/x.css"). */
  precache: readonly string[];
}

/** The files of a built site worth caching on install: home, 404 page, styles, scripts, icon. */
export function shellFiles(files: Iterable<string>): string[] {
  return [...files].filter((f) => f === 'index.html' || f === '404.html' || f === 'favicon.svg' || /^_astro\/[^/]+\.(css|js)$/.test(f)).map((f) => (f === 'index.html' ? '' : f)).sort();
}

/** The service worker's source. */
export function serviceWorkerSource(input: WorkerInput): string {
  const base = baseFolder(input.base);
  const cache = `so-tay-${input.version}`;
  return `// Sổ tay Nghị quyết: network first, the cache when the network is gone. Written by the build.
const CACHE = ${JSON.stringify(cache)};
const SHELL = ${JSON.stringify(input.precache.map((f) => base + f))};
self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((c) => c.addAll(SHELL)).then(() => self.skipWaiting()));
});
self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith('so-tay-') && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});
self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin || !url.pathname.startsWith(${JSON.stringify(base)})) return;
  event.respondWith(
    fetch(request)
      .then((response) => {
        if (response.ok) {
          const copy = response.clone();
          event.waitUntil(caches.open(CACHE).then((c) => c.put(request, copy)));
        }
        return response;
      })
      .catch(() =>
        caches.match(request)
          .then((hit) => hit || caches.match(request, { ignoreSearch: true }))
          .then((hit) => hit || (request.mode === 'navigate' ? caches.match(${JSON.stringify(`${base}404.html`)}) : undefined))
          .then((hit) => hit || Response.error()),
      ),
  );
});
`;
}

/** The registration script: only where service workers exist (https or localhost, not file://), a few seconds after the page has loaded. */
export function registerSource(base: string): string {
  const b = baseFolder(base);
  return `// Registers the offline cache (sw.js). A browser without service workers simply reads online.
// A few seconds after the page has loaded, when the browser is idle: installing fetches the offline
// shell, which must not compete with what the page needs first (on the search page, the index,
// fetched after the page has loaded).
if ('serviceWorker' in navigator && location.protocol !== 'file:') {
  const register = () => { navigator.serviceWorker.register(${JSON.stringify(`${b}${SW_FILE}`)}, { scope: ${JSON.stringify(b)} }).catch(() => {}); };
  const later = () => setTimeout(() => { if ('requestIdleCallback' in window) requestIdleCallback(register, { timeout: 2000 }); else register(); }, 3000);
  if (document.readyState === 'complete') later(); else addEventListener('load', later, { once: true });
}
`;
}

/** Add the registration script to a page's head (once). */
export function injectRegister(html: string, base: string): string {
  const edit = registerEdit(readPage(html).tags, base);
  return edit === undefined ? html : applyEdits(html, [edit]);
}

/** The edit that adds the registration script at the end of <head>, over already read tags; undefined when it is there. */
export function registerEdit(tags: readonly Tag[], base: string): Edit | undefined {
  const src = registerSrc(base);
  if (tags.some((t) => t.name === 'script' && t.attrs.src === src)) return undefined;
  const at = headEnd(tags);
  return at === undefined ? undefined : { start: at, end: at, text: `<script defer src="${src}"></script>` };
}

/** Where pages load the registration script from. */
export function registerSrc(base: string): string {
  return `${baseFolder(base)}${SW_REGISTER_FILE}`;
}
