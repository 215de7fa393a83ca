/**
 * Routes adapt the loader's entries to the content collections: the derived indexes (the graph,
 * the facet groups, the changes) live in the loader's memo and hold the loader's entries; a page
 * that prints an entry's fields takes it from its collection, by the same id.
 */
import type { CollectionKey } from 'astro:content';

/** References to the entries of `collection` with the ids of `items` (ids, or entries with ids), in order (for `getEntries`). */
export function refs<C extends CollectionKey>(collection: C, items: readonly (string | { id: string })[]): { collection: C; id: string }[] {
  return items.map((item) => ({ collection, id: typeof item === 'string' ? item : item.id }));
}
