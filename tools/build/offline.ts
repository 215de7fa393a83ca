/**
 * Turns a built site (base "/") into the copy that works from file://: relative links to exact
 * files, module scripts rebundled as classic scripts (browsers refuse module scripts from
 * file://), and a search page whose search runs over a compact index shipped as a plain script.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { build, type Plugin } from 'esbuild';
import { offlineEntry, type OfflineEntry } from '../delivery/offline-search';
import { shardCount } from '../../src/lib/search/code-map';
import { relativeUrl, rewriteCssForFiles, rewriteHtmlForFiles } from '../delivery/offline';
import { loadSite } from '../../src/loader/site';
import { buildPolicy, injectPolicy, ownHashesOn } from '../quality/csp';
import { applyEdits, headEnd, readPage, type Edit } from '../quality/html';
import { SW_FILE, SW_REGISTER_FILE } from '../delivery/service-worker';
import { formatViDate } from '../../src/lib/text/dates';
import { vi } from '../../src/i18n/vi';
import { paths } from '../../src/lib/paths';
import { checkSiteLinks } from './delivery';
import { listFiles } from './site-files';
import type { BuildStep } from './steps';

/** The file a site path's page is written to ("/van-ban/x/" → "van-ban/x/index.html"). */
const pageFile = (path: string): string => `${path.slice(1)}index.html`;

/** Where the search page is in the site (as built by src/pages/tim-kiem). */
export const SEARCH_PAGE = pageFile(paths.search());
const OFFLINE_DIR = '_offline';

/** The compact index of every document that has a page in the site. */
export function offlineIndex(contentRoot: string, files: ReadonlySet<string>): OfflineEntry[] {
  // The documents the loader already read for the pages (same process, memoised).
  const site = loadSite(contentRoot);
  // Newest first, by the ISO date (empty when not known, so those come last).
  const isoOf = (issued: unknown): string => /^\d{4}-\d{2}-\d{2}/.exec(String(issued))?.[0] ?? '';
  return site.documents
    .filter((doc) => files.has(pageFile(paths.document(doc.id))))
    .map((doc) => ({ doc, iso: isoOf(doc.data.issued) }))
    .sort((a, b) => (a.iso < b.iso ? 1 : a.iso > b.iso ? -1 : 0))
    .map(({ doc, iso }) =>
      offlineEntry(
        {
          id: doc.id,
          code: doc.data.code,
          title: doc.data.title,
          aliases: doc.data.aliases.map((a) => a.code),
          date: iso === '' ? '' : formatViDate(iso),
        },
        pageFile(paths.document(doc.id)),
      ),
    );
}

// Absolute site paths ("/_astro/x.js") inside scripts point into the site folder, not the disk root.
function sitePaths(siteDir: string): Plugin {
  return {
    name: 'site-paths',
    setup(b) {
      b.onResolve({ filter: /^\// }, (args) => {
        if (args.kind === 'entry-point') return undefined;
        return args.kind === 'dynamic-import' ? { path: args.path, external: true } : { path: join(siteDir, args.path) };
      });
    },
  };
}

/** Bundle a module script (a file of the site, or inline code) into one classic script. */
async function classicBundle(siteDir: string, entry: { path: string } | { code: string }): Promise<string> {
  const result = await build({
    ...('path' in entry ? { entryPoints: [entry.path] } : { stdin: { contents: entry.code, resolveDir: siteDir, loader: 'js' } }),
    bundle: true,
    format: 'iife',
    write: false,
    minify: true,
    target: 'es2020',
    logLevel: 'silent',
    plugins: [sitePaths(siteDir)],
  });
  return result.outputFiles[0]!.text;
}

/** Replace a page's <main> content with the offline search box; `shards` is the code map's shard count. */
function searchMain(html: string, shards: number): string {
  const { tags } = readPage(html);
  const edits: Edit[] = [];
  const main = tags.find((t) => t.name === 'main');
  if (main?.endTagStart !== undefined) edits.push({ start: main.end, end: main.endTagStart, text: `<h1>${vi.offline.title}</h1><div data-offline-search data-code-shards="${shards}"></div>` });
  const title = tags.find((t) => t.name === 'title');
  if (title?.endTagStart !== undefined) edits.push({ start: title.end, end: title.endTagStart, text: `${vi.offline.title} · ${vi.siteName}` });
  // Pagefind's runtime and the module scripts cannot run from file://.
  for (const t of tags) {
    const drop = t.name === 'script' || (t.name === 'link' && /pagefind|modulepreload/.test(`${t.attrs.href ?? ''} ${t.attrs.rel ?? ''}`));
    if (drop) edits.push({ start: t.element.start, end: t.element.end, text: '' });
  }
  return applyEdits(html, edits);
}

/** Make `siteDir` (built with base "/") work from file://, in place; returns what it did. */
export async function makeOffline(siteDir: string, root: string, contentRoot: string = root): Promise<{ pages: number; documents: number }> {
  let files = new Set(listFiles(siteDir));
  // The search page: Pagefind cannot run from file://, so its place goes to the offline search.
  const searchSource = files.has(SEARCH_PAGE) ? SEARCH_PAGE : '404.html';
  mkdirSync(join(siteDir, dirname(SEARCH_PAGE)), { recursive: true });
  let searchHtml = readFileSync(join(siteDir, searchSource), 'utf8');
  // Codes are looked up in the same code map the served site uses (its shards are scripts).
  searchHtml = searchMain(searchHtml, shardCount(loadSite(contentRoot).documents.length));
  writeFileSync(join(siteDir, SEARCH_PAGE), searchHtml);
  // Pagefind's index (and its shards) cannot be fetched from file://: the compact index replaces them.
  for (const dir of listFiles(siteDir).map((f) => f.split('/')[0]!).filter((d, i, all) => /^pagefind(-\d+)?$/.test(d) && all.indexOf(d) === i)) {
    rmSync(join(siteDir, dir), { recursive: true, force: true });
  }
  // Service workers do not exist on file://: the worker and its registration go.
  for (const f of [SW_FILE, SW_REGISTER_FILE]) rmSync(join(siteDir, f), { force: true });
  files = new Set(listFiles(siteDir));

  const index = offlineIndex(contentRoot, files);
  mkdirSync(join(siteDir, OFFLINE_DIR), { recursive: true });
  writeFileSync(join(siteDir, OFFLINE_DIR, 'index.js'), `window.__SO_TAY_INDEX__ = ${JSON.stringify(index)};\n`);
  writeFileSync(join(siteDir, OFFLINE_DIR, 'search.js'), await classicBundle(siteDir, { path: join(root, 'tools/build/offline-client.ts') }));
  files.add(`${OFFLINE_DIR}/index.js`).add(`${OFFLINE_DIR}/search.js`);

  const bundled = new Map<string, string>();
  const pages = [...files].filter((f) => f.endsWith('.html'));
  for (const file of pages) {
    let html = readFileSync(join(siteDir, file), 'utf8');
    const page = readPage(html);
    const edits: Edit[] = [];
    for (const tag of page.tags) {
      // The service worker's registration goes; module preloads are of no use to classic scripts.
      if ((tag.name === 'script' && tag.attrs.src === `/${SW_REGISTER_FILE}`) || (tag.name === 'link' && (tag.attrs.rel ?? '').toLowerCase() === 'modulepreload')) {
        edits.push({ start: tag.element.start, end: tag.element.end, text: '' });
        continue;
      }
      // Module scripts do not run from file://: each becomes a classic, deferred bundle.
      if (tag.name !== 'script' || (tag.attrs.type ?? '').toLowerCase() !== 'module') continue;
      const source = tag.attrs.src;
      const text = tag.endTagStart === undefined ? '' : html.slice(tag.end, tag.endTagStart);
      const key = source ?? text;
      let name = bundled.get(key);
      if (name === undefined) {
        // The same script on many pages (a layout's) is bundled once.
        name = `${OFFLINE_DIR}/m${bundled.size + 1}.js`;
        bundled.set(key, name);
        writeFileSync(join(siteDir, name), await classicBundle(siteDir, source !== undefined ? { path: join(siteDir, source) } : { code: text }));
        files.add(name);
      }
      edits.push({ start: tag.element.start, end: tag.element.end, text: `<script defer src="/${name}"></script>` });
    }
    const end = headEnd(page.tags);
    if (file === SEARCH_PAGE && end !== undefined) {
      const up = relativeUrl(file, 'index.html').replace(/index\.html$/, '');
      edits.push({ start: end, end, text: `<script defer src="/${OFFLINE_DIR}/index.js"></script><script defer src="/${OFFLINE_DIR}/search.js" data-root="${up === '' ? './' : up}"></script>` });
    }
    html = applyEdits(html, edits);
    html = rewriteHtmlForFiles(html, file, files);
    html = injectPolicy(html, buildPolicy({ scriptHashes: ownHashesOn(page.scripts), wasm: false, localFiles: true }));
    writeFileSync(join(siteDir, file), html);
  }
  for (const css of [...files].filter((f) => f.endsWith('.css'))) {
    writeFileSync(join(siteDir, css), rewriteCssForFiles(readFileSync(join(siteDir, css), 'utf8'), css, files));
  }
  const { pages: checked } = checkSiteLinks(siteDir, '/', false);
  return { pages: checked, documents: index.length };
}


/** The step the offline build adds after the checks. */
export const offlineSteps: BuildStep[] = [
  {
    name: 'bản dùng không cần máy chủ (file://)',
    run: async ({ siteDir, root, contentRoot }) => {
      const { pages, documents } = await makeOffline(siteDir, root, contentRoot);
      console.log(`  Bản file://: ${pages} trang, chỉ mục ${documents} văn bản.`);
    },
  },
];
