/**
 * Rules the graph must keep, checked at build time: no cycle of replacing or amending (a text cannot
 * end up replacing itself), and no document implementing, guiding or citing one issued after it. Unknown targets and
 * relations to oneself are checked with the other cross-entry rules in src/lib/content/validate.ts.
 */
import type { RelationType } from '../model';
import { formatViDate } from '../text/dates';

/** The graph rules, as kinds of content error. */
export type IntegrityKind = 'relation-cycle' | 'relation-later';

/** Relations that point back in time: a text can only carry out, guide or cite what already exists. */
export const BACKWARD_TYPES = ['implements', 'guides', 'cites'] as const;

/** What the relation asserts, in the message's words. */
const VERB: Record<(typeof BACKWARD_TYPES)[number], string> = { implements: 'thực hiện', guides: 'hướng dẫn', cites: 'dẫn chiếu' };

/** One broken rule, pointing at the relation (by index in the document's `relations`) that breaks it. */
export interface IntegrityProblem {
  kind: IntegrityKind;
  docId: string;
  relationIndex: number;
  message: string;
}

/** What the check needs of a document. */
export interface IntegrityInput {
  id: string;
  issued: string;
  relations: readonly { type: RelationType; target: string }[];
}

/** Edge types along which a cycle is an error. */
export const ACYCLIC_TYPES = ['replaces', 'amends'] as const;

const show = (iso: string): string => (iso === 'unknown' ? 'chưa rõ ngày' : formatViDate(iso));

/** A route from `from` to `to` along edges of `type`, or undefined. */
function route(from: string, to: string, type: RelationType, byId: Map<string, IntegrityInput>): string[] | undefined {
  const stack: string[][] = [[from]];
  const seen = new Set<string>();
  while (stack.length > 0) {
    const path = stack.pop()!;
    const last = path[path.length - 1]!;
    if (last === to) return path;
    if (seen.has(last)) continue;
    seen.add(last);
    for (const r of byId.get(last)?.relations ?? []) if (r.type === type) stack.push([...path, r.target]);
  }
  return undefined;
}

/** Every broken graph rule in the content. */
export function graphIntegrity(docs: readonly IntegrityInput[]): IntegrityProblem[] {
  const byId = new Map(docs.map((d) => [d.id, d]));
  const problems: IntegrityProblem[] = [];
  for (const doc of docs) {
    doc.relations.forEach((r, relationIndex) => {
      const target = byId.get(r.target);
      if (target === undefined || r.target === doc.id) return;
      if ((ACYCLIC_TYPES as readonly string[]).includes(r.type)) {
        const back = route(r.target, doc.id, r.type, byId);
        if (back !== undefined) {
          problems.push({ kind: 'relation-cycle', docId: doc.id, relationIndex, message: `vòng lặp "${r.type}": ${[doc.id, ...back].join(' → ')}` });
        }
      }
      const backward = (BACKWARD_TYPES as readonly string[]).includes(r.type) ? VERB[r.type as (typeof BACKWARD_TYPES)[number]] : undefined;
      if (backward !== undefined && doc.issued !== 'unknown' && target.issued !== 'unknown' && doc.issued < target.issued) {
        problems.push({
          kind: 'relation-later',
          docId: doc.id,
          relationIndex,
          message: `văn bản ban hành ngày ${show(doc.issued)} không thể ${backward} "${target.id}" ban hành sau nó, ngày ${show(target.issued)}`,
        });
      }
    });
  }
  return problems;
}
