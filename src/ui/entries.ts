/**
 * Routes adapt the loader's entries to the content collections: the derived indexes (the graph,
 * the facet groups, the changes) live in the loader's memo and hold the loader's entries; a page
 * that prints an entry's fields takes it from its collection, by the same id.
 *
 * The two agree in a build. In the dev server they may not for a moment after a save: the loader
 * has read it, and Astro writes its store half a second later (then reloads the page). So lists
 * leave out an id the store does not hold yet, and routes serve only entries both hold.
 *
 * In a build the store never changes, so each collection is read once into a table by id: a
 * lookup is a map's, where Astro's `getEntry` imports a module on every call (4 s of a
 * 10,000-document build). The dev server asks Astro every time.
 */
import { getCollection, getEntry, type CollectionEntry, type CollectionKey } from 'astro:content';
import { buildMemo } from './build-memo';

/** Each collection's entries by id, read once per build (never in the dev server). */
const tablesOfBuild = buildMemo(() => new Map<CollectionKey, Promise<Map<string, CollectionEntry<CollectionKey>>>>());

/** The table of `collection`, or undefined in the dev server (where the store changes under a save). */
function tableOf<C extends CollectionKey>(collection: C): Promise<Map<string, CollectionEntry<C>>> | undefined {
  const tables = tablesOfBuild();
  if (tables === undefined) return undefined;
  let table = tables.get(collection);
  if (table === undefined) {
    table = getCollection(collection).then((entries) => new Map(entries.map((e) => [e.id, e as CollectionEntry<CollectionKey>])));
    tables.set(collection, table);
  }
  return table as Promise<Map<string, CollectionEntry<C>>>;
}

/** The entry a reference points at (undefined when the store does not hold it). */
export async function entryOf<C extends CollectionKey>(reference: { collection: C; id: string }): Promise<CollectionEntry<C> | undefined> {
  const table = tableOf(reference.collection);
  if (table !== undefined) return (await table).get(reference.id);
  return (await getEntry(reference as never)) as CollectionEntry<C> | undefined;
}

/** References to the entries of `collection` with the ids of `items` (ids, or entries with ids), in order. */
export function refs<C extends CollectionKey>(collection: C, items: readonly (string | { id: string })[]): { collection: C; id: string }[] {
  return items.map((item) => ({ collection, id: typeof item === 'string' ? item : item.id }));
}

/** The entries these references point at, in order, leaving out any the store does not hold (yet). */
export async function resolved<C extends CollectionKey>(references: readonly { collection: C; id: string }[]): Promise<CollectionEntry<C>[]> {
  // Together, as Astro's getEntries asks them (in the dev server each is a lookup of its own).
  const entries = (await Promise.all(references.map((r) => entryOf(r)))) as (CollectionEntry<C> | undefined)[];
  return entries.filter((e): e is CollectionEntry<C> => e !== undefined);
}

/** The entries of `collection` with the ids of `items`, in order, leaving out any the store does not hold (yet). */
export function entriesOf<C extends CollectionKey>(collection: C, items: readonly (string | { id: string })[]): Promise<CollectionEntry<C>[]> {
  return resolved(refs(collection, items));
}
