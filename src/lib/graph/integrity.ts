/**
 * Rules the graph must keep, checked at build time: no cycle of replacing, amending or implementing (a
 * text cannot end up replacing itself), no relation written twice, and no document implementing,
 * guiding or citing one issued after it. Unknown targets and
 * relations to oneself are checked with the other cross-entry rules in src/loader/check.ts.
 */
import type { RelationType } from '../model';
import { formatViDate } from '../text/dates';
import { cycleEdges } from './cycles';

/** The graph rules, as kinds of content error. */
export type IntegrityKind = 'relation-cycle' | 'relation-later' | 'relation-duplicate';

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

/** Edge types along which a cycle is an error: implementing included, even between texts of one day. */
export const ACYCLIC_TYPES = ['replaces', 'amends', 'implements'] as const;

const show = (iso: string): string => (iso === 'unknown' ? 'chưa rõ ngày' : formatViDate(iso));

/** Every broken graph rule in the content. */
export function graphIntegrity(docs: readonly IntegrityInput[]): IntegrityProblem[] {
  const byId = new Map(docs.map((d) => [d.id, d]));
  const problems: IntegrityProblem[] = [];
  for (const type of ACYCLIC_TYPES) {
    // Only edges between distinct known entries: the other two are errors of their own.
    const next = (id: string): string[] => (byId.get(id)?.relations ?? []).filter((r) => r.type === type && r.target !== id && byId.has(r.target)).map((r) => r.target);
    for (const { from, to, cycle } of cycleEdges(docs.map((d) => d.id), next)) {
      const relationIndex = byId.get(from)!.relations.findIndex((r) => r.type === type && r.target === to);
      problems.push({ kind: 'relation-cycle', docId: from, relationIndex, message: `vòng lặp "${type}": ${cycle.join(' → ')}` });
    }
  }
  for (const doc of docs) {
    const seen = new Map<string, number>();
    doc.relations.forEach((r, relationIndex) => {
      const key = `${r.type} ${r.target}`;
      const first = seen.get(key);
      if (first !== undefined) {
        problems.push({ kind: 'relation-duplicate', docId: doc.id, relationIndex, message: `quan hệ "${r.type}" tới "${r.target}" đã ghi ở relations[${first}]` });
        return;
      }
      seen.set(key, relationIndex);
      const target = byId.get(r.target);
      if (target === undefined || r.target === doc.id) return;
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
