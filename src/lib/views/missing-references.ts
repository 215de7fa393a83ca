/**
 * The editors' list of references to documents the site does not have (/bien-tap/tham-chieu/),
 * split by the kind of document each names, so no page holds the whole base's mentions: a kind's
 * list is paged like every other list. Within a kind, mentions are in Vietnamese order of their
 * wording, so the mentions of one missing document stand together, then in the order of the content.
 */
import { kindsForCode } from '../codes/code';
import { KINDS } from '../codes/kinds';
import type { LocatedReference } from '../references/scan';
import { sortVi } from '../text/collate';

/** The group of mentions whose kind cannot be told (a bare number with an unknown abbreviation). */
export const OTHER_KIND = 'khac';

/** One mention: its wording, the document it is in, and where. */
export interface MissingRow {
  text: string;
  sourceId: string;
  file: string;
  line: number;
}

/** The mentions of one kind (a kind id of src/lib/codes/kinds.ts, or OTHER_KIND). */
export interface MissingGroup {
  kind: string;
  rows: MissingRow[];
}

/** The kind a reference names: its kind word, else what its code's abbreviation allows, else OTHER_KIND. */
export function missingKind(ref: Pick<LocatedReference, 'target'>): string {
  const t = ref.target;
  if (t.type === 'plenum') return 'nghi-quyet';
  if (t.type === 'congress') return 'nghi-quyet-dai-hoi';
  return t.kind ?? kindsForCode(t.code)[0] ?? OTHER_KIND;
}

/** The unresolved references, grouped by kind in the order kinds are listed, each group sorted. */
export function missingReferenceGroups(refs: readonly LocatedReference[]): MissingGroup[] {
  const byKind = new Map<string, MissingRow[]>();
  for (const r of refs) {
    if (r.resolution.status !== 'unknown') continue;
    const kind = missingKind(r);
    const list = byKind.get(kind) ?? [];
    list.push({ text: r.text, sourceId: r.sourceId, file: r.file, line: r.line });
    byKind.set(kind, list);
  }
  const order = new Map<string, number>(KINDS.map((k, i) => [k.id, i]));
  return [...byKind.entries()]
    .sort(([a], [b]) => (order.get(a) ?? KINDS.length) - (order.get(b) ?? KINDS.length))
    .map(([kind, rows]) => ({ kind, rows: sortVi(rows, (r) => r.text) }));
}
