/**
 * The provinces that carry out a central document in the base: the local documents that
 * implement or guide it, directly or down a chain (a provincial program, then a bloc plan carrying
 * out that program), grouped by their province in Vietnamese order, a province the sources do not
 * name last.
 */
import type { Graph } from '../graph/graph';
import { compareVi } from '../text/collate';
import { UNKNOWN } from '../model';

/** What the list reads of a document besides the graph: its level and province. */
export interface LocalInput {
  scope: string;
  province?: string | undefined;
}

/** One province and its documents carrying the central one out, oldest first. */
export interface ProvinceGroup {
  /** The province's name, or 'unknown' when the sources do not name it. */
  province: string;
  docs: string[];
}

const CARRY_OUT = new Set(['implements', 'guides']);

/** Documents a document page names per province (the rest are counted): the page stays small however many a province writes. */
export const PROVINCE_DOCS_SHOWN = 5;

/** The provinces carrying out document `id`, by the local documents that implement or guide it (transitively). */
export function provincesCarryingOut(graph: Graph, id: string, localOf: (id: string) => LocalInput | undefined): ProvinceGroup[] {
  const seen = new Set<string>([id]);
  const queue = [id];
  const byProvince = new Map<string, string[]>();
  while (queue.length > 0) {
    const at = queue.shift()!;
    for (const edge of graph.incoming.get(at) ?? []) {
      if (!CARRY_OUT.has(edge.type) || seen.has(edge.from)) continue;
      seen.add(edge.from);
      queue.push(edge.from);
      const local = localOf(edge.from);
      if (local === undefined || local.scope === 'central' || local.province === undefined) continue;
      const list = byProvince.get(local.province) ?? [];
      list.push(edge.from);
      byProvince.set(local.province, list);
    }
  }
  const issued = (doc: string): string => graph.nodes.get(doc)?.issued ?? UNKNOWN;
  return [...byProvince]
    .sort(([a], [b]) => (a === UNKNOWN ? 1 : 0) - (b === UNKNOWN ? 1 : 0) || compareVi(a, b))
    .map(([province, docs]) => ({ province, docs: docs.sort((a, b) => issued(a).localeCompare(issued(b)) || a.localeCompare(b)) }));
}
