/**
 * Lists of documents: newest first, groups by facet, names in Vietnamese order.
 * Works on any entry with `id` and `data` (Astro collection entries fit).
 */
import { compareVi } from '../text/collate';

/** The part of a document that listings read. */
export interface Listable {
  id: string;
  data: { code?: string | undefined; title: string; issued: string };
}

/** Newest first; documents with an unknown date last, then by code and title in Vietnamese order. */
export function sortNewest<T extends Listable>(docs: readonly T[]): T[] {
  return [...docs].sort((a, b) => {
    const da = a.data.issued === 'unknown' ? '' : a.data.issued;
    const db = b.data.issued === 'unknown' ? '' : b.data.issued;
    if (da !== db) return da < db ? 1 : -1;
    return compareVi(a.data.code ?? a.data.title, b.data.code ?? b.data.title);
  });
}

/** One group of a facet: its key (used in the URL), its label and its documents, newest first. */
export interface Group<T> {
  key: string;
  label: string;
  docs: T[];
}

/**
 * Group documents by a facet. `keysOf` gives the keys a document falls under (several for
 * topics); `labelOf` names a key. Groups are sorted by label in Vietnamese order unless
 * `order` is given (e.g. years newest first).
 */
export function groupBy<T extends Listable>(
  docs: readonly T[],
  keysOf: (doc: T) => readonly string[],
  labelOf: (key: string) => string,
  order?: (a: Group<T>, b: Group<T>) => number,
): Group<T>[] {
  const groups = new Map<string, T[]>();
  for (const doc of docs) {
    for (const key of keysOf(doc)) {
      const list = groups.get(key) ?? [];
      list.push(doc);
      groups.set(key, list);
    }
  }
  const result = [...groups.entries()].map(([key, list]) => ({ key, label: labelOf(key), docs: sortNewest(list) }));
  return result.sort(order ?? ((a, b) => compareVi(a.label, b.label)));
}
