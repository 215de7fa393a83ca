/**
 * Routes adapt the loader's entries to the content collections: the derived indexes (the graph,
 * the facet groups, the changes) live in the loader's memo and hold the loader's entries; a page
 * that prints an entry's fields takes it from its collection, by the same id.
 *
 * The two agree in a build. In the dev server they may not for a moment after a save: the loader
 * has read it, and Astro writes its store half a second later (then reloads the page). So lists
 * leave out an id the store does not hold yet, and routes serve only entries both hold.
 */
import { getEntries, type CollectionEntry, type CollectionKey } from 'astro:content';

/** References to the entries of `collection` with the ids of `items` (ids, or entries with ids), in order. */
export function refs<C extends CollectionKey>(collection: C, items: readonly (string | { id: string })[]): { collection: C; id: string }[] {
  return items.map((item) => ({ collection, id: typeof item === 'string' ? item : item.id }));
}

/** The entries these references point at, in order, leaving out any the store does not hold (yet). */
export async function resolved<C extends CollectionKey>(references: readonly { collection: C; id: string }[]): Promise<CollectionEntry<C>[]> {
  const entries: (CollectionEntry<C> | undefined)[] = await getEntries([...references]);
  return entries.filter((e): e is CollectionEntry<C> => e !== undefined);
}

/** The entries of `collection` with the ids of `items`, in order, leaving out any the store does not hold (yet). */
export function entriesOf<C extends CollectionKey>(collection: C, items: readonly (string | { id: string })[]): Promise<CollectionEntry<C>[]> {
  return resolved(refs(collection, items));
}
