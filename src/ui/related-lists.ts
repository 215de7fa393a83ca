/**
 * The relation lists too long for a document's own page, each with its document's entry: the lists
 * come from the loader's memo, the document from its collection (only entries both hold), for the
 * pages that show such a list in full.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { relatedLists } from '../loader/lists';

/** A relation list cut short on its document's page, with the document's entry. */
export type RelatedListWithEntry = ReturnType<typeof relatedLists>[number] & { entry: CollectionEntry<'documents'> };

/** Every relation list cut short on its document's page, with that document's collection entry. */
export async function relatedListsWithEntries(): Promise<RelatedListWithEntry[]> {
  const lists = relatedLists();
  const cut = new Set(lists.map((l) => l.id));
  const entries = new Map((await getCollection('documents', (entry) => cut.has(entry.id))).map((entry) => [entry.id, entry]));
  return lists.flatMap((l) => {
    const entry = entries.get(l.id);
    return entry === undefined ? [] : [{ ...l, entry }];
  });
}
