/**
 * The content layer's loaders: one object loader per collection (documents, organs, topics,
 * provinces, reports), all fed by the one reader (`loadSite()`: read once, checked once, the graph
 * built once). What goes into Astro's store is each entry's checked fields with references as ids
 * (the collection's schema turns them into `reference()`s): what pages query. What made the glob
 * loader's store outgrow a string stays out of it: bodies and their HTML (rendered once, from the
 * loader's memo, by src/loader/render.ts) and every derived index (the graph, the facet groups,
 * the changes), which stay in the loader's memo.
 *
 * In the dev server each loader watches the content folder (its `watcher`): a save is read and
 * checked once for the five collections (src/loader/live.ts), and each collection puts back the
 * entries whose digest changed and drops the ones that are gone; Astro writes its store and reloads
 * the pages. An entry's digest covers its body too, so a change to a body alone reloads its page.
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { fold } from '../lib/text/normalize';
import { UNKNOWN } from '../lib/model';
import { loadSite, type Site } from './site';
import { contentChanged, lastReading, onReading } from './live';

/** The collections, by name. */
export const COLLECTIONS = ['documents', 'organs', 'topics', 'provinces', 'reports'] as const;
/** One of {@link COLLECTIONS}. */
export type CollectionName = (typeof COLLECTIONS)[number];

/** One entry as the loader hands it to `parseData`: its id, its fields (references as ids), its file. */
export interface RawEntry {
  id: string;
  data: Record<string, unknown>;
  /** What else its pages show that the store does not hold (a document's body), for the digest. */
  unstored?: string | undefined;
  /** The file it was read from, relative to the content root. */
  filePath?: string | undefined;
}

/** The province a name denotes (provinces.yaml), for a reference; none for `unknown` or a name the file lacks. */
function provinceIdOf(site: Site, name: string | undefined): string | undefined {
  if (name === undefined || name === UNKNOWN) return undefined;
  return site.provinceByName.get(fold(name))?.id;
}

/** Drop keys whose value is undefined: the store keeps what a field holds, not that it is absent. */
function defined(data: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(data).filter(([, v]) => v !== undefined));
}

/** The entries of one collection, from the site the loader built. */
export function rawEntries(site: Site, collection: CollectionName): RawEntry[] {
  switch (collection) {
    case 'documents':
      return site.documents.map((d) => ({ id: d.id, filePath: d.file, unstored: d.body, data: defined({ ...d.data, provinceRef: provinceIdOf(site, d.data.province) }) }));
    case 'organs':
      return site.organs.map((o) => {
        const { id: _id, ...fields } = o.data;
        return { id: o.id, data: defined({ ...fields, provinceRef: provinceIdOf(site, o.data.province) }) };
      });
    case 'topics':
      return site.topics.map((t) => {
        const { id: _id, ...fields } = t.data;
        return { id: t.id, data: defined(fields) };
      });
    case 'provinces':
      return site.provinces.map((p) => {
        const { id: _id, ...fields } = p.data;
        return { id: p.id, data: defined(fields) };
      });
    case 'reports':
      return site.reports.map((r) => ({ id: r.id, filePath: r.file, data: defined({ ...r.data }) }));
  }
}

/** Time spent filling the store, by collection (seconds): the build reports it (tools/build.ts). */
export const STORE_TIMINGS = Symbol.for('so-tay-nghi-quyet.store-timings');

/** Put `entries` in the store: changed ones (by digest) set, gone ones deleted. Returns how many were set. */
async function fill(context: LoaderContext, entries: readonly RawEntry[]): Promise<number> {
  const { store, parseData, generateDigest } = context;
  const keep = new Set(entries.map((e) => e.id));
  for (const id of store.keys()) if (!keep.has(id)) store.delete(id);
  let changed = 0;
  for (const entry of entries) {
    // The body is not stored, but a change to it must reach the page: it counts in the digest.
    const digest = generateDigest(entry.unstored === undefined ? entry.data : { data: entry.data, body: entry.unstored });
    if (store.get(entry.id)?.digest === digest) continue;
    const data = await parseData({ id: entry.id, data: entry.data, ...(entry.filePath === undefined ? {} : { filePath: entry.filePath }) });
    store.set({ id: entry.id, data, digest, ...(entry.filePath === undefined ? {} : { filePath: entry.filePath }) });
    changed += 1;
  }
  return changed;
}

/** The object loader of one collection. */
export function siteLoader(collection: CollectionName): Loader {
  return {
    name: `so-tay/${collection}`,
    load: async (context) => {
      const root = resolve(process.env.CONTENT_ROOT ?? fileURLToPath(context.config.root));
      const { watcher, logger } = context;
      if (watcher === undefined) {
        // A build (or astro sync): content with problems stops it, with the check's own list.
        const started = performance.now();
        await fill(context, rawEntries(loadSite(root), collection));
        const timings = ((globalThis as Record<symbol, Record<string, number> | undefined>)[STORE_TIMINGS] ??= {});
        timings[collection] = (performance.now() - started) / 1000;
        return;
      }
      // The dev server: content with problems leaves the store as it was (the integration shows the
      // problems instead of pages); every later reading of the content refills the collection.
      const reading = lastReading(root);
      if (reading.site !== undefined) await fill(context, rawEntries(reading.site, collection));
      onReading(collection, async (next) => {
        if (next.site === undefined) return;
        const changed = await fill(context, rawEntries(next.site, collection));
        if (changed > 0) logger.info(`${changed} mục được cập nhật`);
      });
      watcher.add(resolve(root, 'content'));
      watcher.on('all', (_event, path) => contentChanged(root, path));
    },
  };
}
