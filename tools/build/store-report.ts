/**
 * What Astro's content store cost in one build: its size on disk (the data store file Astro writes
 * in its cache folder, or the chunks of a chunked store), the time the collections' loaders took
 * to fill it (src/loader/collections.ts records it), and the time it takes to load it back as the
 * built pages do on their first query (the file's JSON parsed, then devalue's unflatten: what
 * Astro's `astro:data-layer-content` module runs). The build benchmark prints these.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import * as devalue from 'devalue';
import { STORE_TIMINGS } from '../../src/loader/collections';

/** The store's numbers. */
export interface StoreReport {
  /** Bytes on disk. */
  bytes: number;
  /** Entries per collection. */
  entries: Record<string, number>;
  /** Seconds the loaders spent filling the store, by collection. */
  fillSeconds: Record<string, number>;
  /** Seconds to read and deserialise the store as the pages' runtime does. */
  loadSeconds: number;
}

/** Read the store under `cacheDir` back, timed; undefined when the build wrote none. */
export function storeReport(cacheDir: string): StoreReport | undefined {
  const file = join(cacheDir, 'data-store.json');
  const dir = join(cacheDir, 'data-store');
  const fillSeconds = { ...((globalThis as Record<symbol, Record<string, number> | undefined>)[STORE_TIMINGS] ?? {}) };
  const started = performance.now();
  let collections: Map<string, Map<string, unknown>>;
  let bytes: number;
  if (existsSync(file)) {
    const text = readFileSync(file, 'utf8');
    bytes = statSync(file).size;
    collections = devalue.unflatten(JSON.parse(text) as number[]) as Map<string, Map<string, unknown>>;
  } else if (existsSync(join(dir, 'manifest.json'))) {
    // A chunked store: each chunk holds one entry per line, [id, entry] as devalue wrote it.
    const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Record<string, string[]>;
    bytes = readdirSync(dir).reduce((sum, name) => sum + statSync(join(dir, name)).size, 0);
    collections = new Map(
      Object.entries(manifest).map(([name, parts]) => {
        const lines = parts.map((part) => readFileSync(join(dir, part), 'utf8')).join('').split('\n').filter((l) => l !== '');
        return [name, new Map(lines.map((line) => devalue.parse(line) as [string, unknown]))];
      }),
    );
  } else {
    return undefined;
  }
  const loadSeconds = (performance.now() - started) / 1000;
  const entries = Object.fromEntries([...collections].filter(([name]) => !name.startsWith('meta:')).map(([name, entries]) => [name, entries.size]));
  return { bytes, entries, fillSeconds, loadSeconds };
}
