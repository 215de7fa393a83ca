/**
 * Typed relations proposed from a document's text: a reference is found and resolved by the same
 * rules as the build (references/find.ts, resolve.ts); the words just before it say how the
 * document relates to it ("thực hiện Nghị quyết số 58-NQ/TW" → implements). A plain mention is a
 * citation, which the build already draws from the body, so it is reported but not proposed.
 */
import type { RelationType } from '../model';
import { fold } from '../text/normalize';
import { findReferences } from '../references/find';
import { resolveReference, type ReferenceIndex } from '../references/resolve';

/** A reference seen in the text, with what it resolved to and the relation its words suggest. */
export interface ProposedReference {
  text: string;
  type: RelationType;
  status: 'linked' | 'unknown' | 'ambiguous' | 'self';
  target?: string | undefined;
  candidates?: string[] | undefined;
}

// Longest phrases first: "tiếp tục thực hiện" is a continuation, not an implementation.
const VERBS: readonly [RegExp, RelationType][] = [
  [/tiep tuc (?:thuc hien|trien khai|day manh)[^.;:]{0,90}$/, 'continues'],
  [/(?:sua doi,? bo sung|sua doi)[^.;]{0,30}$/, 'amends'],
  [/thay the[^.;]{0,30}$/, 'replaces'],
  [/(?:so ket|tong ket)[^.;]{0,40}$/, 'reviews'],
  [/huong dan (?:thuc hien|trien khai)?[^.;]{0,30}$/, 'guides'],
  [/(?:thuc hien|trien khai|quan triet va thuc hien|cu the hoa)[^.;:]{0,90}$/, 'implements'],
];

/** The relation the words before a reference suggest (the clause it ends, up to 120 characters back). */
export function relationFromWords(before: string): RelationType {
  const clause = fold(before.slice(-120).split(/[.;\n]/).pop() ?? '');
  for (const [pattern, type] of VERBS) if (pattern.test(clause)) return type;
  return 'cites';
}

/** Every reference in `text`, resolved against `index`, with its proposed type. */
export function proposeReferences(text: string, index: ReferenceIndex, sourceId?: string): ProposedReference[] {
  return findReferences(text).map((ref) => {
    const res = resolveReference(ref, index, sourceId);
    const type = relationFromWords(text.slice(Math.max(0, ref.start - 120), ref.start));
    if (res.status === 'linked' || res.status === 'self') return { text: ref.text, type, status: res.status, target: res.id };
    if (res.status === 'ambiguous') return { text: ref.text, type, status: 'ambiguous', candidates: res.candidates };
    return { text: ref.text, type, status: 'unknown' };
  });
}

/** The relations to write: linked, typed (not plain citations), one per target, the first reading kept. */
export function relationsToWrite(refs: readonly ProposedReference[]): { type: RelationType; target: string }[] {
  const seen = new Set<string>();
  const out: { type: RelationType; target: string }[] = [];
  for (const r of refs) {
    if (r.status !== 'linked' || r.type === 'cites' || r.target === undefined || seen.has(r.target)) continue;
    seen.add(r.target);
    out.push({ type: r.type, target: r.target });
  }
  return out;
}
