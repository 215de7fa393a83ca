/**
 * A document's incoming relations too many for its page (hundreds of documents citing an old
 * resolution in a large base): the page shows the first PREVIEW_SIZE and links the whole list,
 * which has numbered pages of its own (/van-ban/<id>/lien-quan/<type>/).
 */
import { treeSize, implementationTree, type Graph } from '../graph/graph';
import { RELATION_TYPES, type RelationType } from '../model';
import { PREVIEW_SIZE } from '../site/paging';

/** The documents in relation `type` to `id` (each once, in the graph's order). */
export function relatedDocs(graph: Graph, id: string, type: RelationType): string[] {
  return [...new Set((graph.incoming.get(id) ?? []).filter((e) => e.type === type).map((e) => e.from))];
}

/** The document's page cuts this list short: more documents than PREVIEW_SIZE (for `implements`, in the whole chain below it). */
export function relatedCut(graph: Graph, id: string, type: RelationType): boolean {
  if (type === 'implements') return treeSize(implementationTree(graph, id)) > PREVIEW_SIZE;
  return relatedDocs(graph, id, type).length > PREVIEW_SIZE;
}

/** Every (document, relation) whose list the document's page cuts short. */
export function cutRelatedLists(graph: Graph, ids: Iterable<string>): { id: string; type: RelationType; docs: string[] }[] {
  const out: { id: string; type: RelationType; docs: string[] }[] = [];
  for (const id of ids) {
    const incoming = graph.incoming.get(id) ?? [];
    if (incoming.length <= PREVIEW_SIZE && !incoming.some((e) => e.type === 'implements')) continue;
    for (const type of RELATION_TYPES) {
      if (relatedCut(graph, id, type)) out.push({ id, type, docs: relatedDocs(graph, id, type) });
    }
  }
  return out;
}
