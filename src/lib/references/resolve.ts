/**
 * Resolving a found reference to an entry. The rule is "never link to the wrong document": a code
 * shared by several entries is chosen by the date written with it (strict), then by year, term and
 * issuer words nearby (each applied only when it leaves someone); what still names several is
 * ambiguous, what names none is unknown.
 */
import { bareKey, codeKey, parseCode } from '../codes/code';
import { fold } from '../text/normalize';
import { findReferences, plenumKey, plenumKeys, type FoundReference } from './find';

/** What the resolver needs to know about an entry. */
export interface IndexDoc {
  id: string;
  code?: string | undefined;
  kind: string;
  /** ISO date or 'unknown'. */
  issued: string;
  term?: string | undefined;
  issuerName: string;
  /** Other spellings (aliases[].code): codes like 09-KL/TW, or plenum names. */
  aliases: readonly string[];
}

/** Lookup tables over the entries. */
export interface ReferenceIndex {
  docs: Map<string, IndexDoc>;
  byCode: Map<string, string[]>;
  byBare: Map<string, string[]>;
  byPlenum: Map<string, string[]>;
}

/** The outcome for one reference. */
export type Resolution =
  | { status: 'linked'; id: string }
  | { status: 'self'; id: string }
  | { status: 'unknown' }
  | { status: 'ambiguous'; candidates: string[] };

function add(map: Map<string, string[]>, key: string, id: string): void {
  const list = map.get(key) ?? [];
  if (!list.includes(id)) list.push(id);
  map.set(key, list);
}

/** Build the lookup tables: by code key (codes and code-like aliases), by kind + number, by plenum. */
export function buildReferenceIndex(docs: readonly IndexDoc[]): ReferenceIndex {
  const index: ReferenceIndex = { docs: new Map(), byCode: new Map(), byBare: new Map(), byPlenum: new Map() };
  for (const doc of docs) {
    index.docs.set(doc.id, doc);
    const own = doc.code === undefined ? undefined : parseCode(doc.code);
    if (own?.ok) {
      add(index.byCode, codeKey(own.code), doc.id);
      add(index.byBare, `${doc.kind}:${bareKey(own.code)}`, doc.id);
    }
    for (const alias of doc.aliases) {
      const parsed = parseCode(alias);
      if (parsed.ok && !parsed.code.bare) add(index.byCode, codeKey(parsed.code), doc.id);
      for (const key of plenumKeys(alias)) add(index.byPlenum, key, doc.id);
    }
  }
  return index;
}

/** Keep what passes `keep`, unless nobody does: a hint narrows, it never empties the list. */
function narrow(ids: string[], keep: (doc: IndexDoc) => boolean, index: ReferenceIndex): string[] {
  const kept = ids.filter((id) => keep(index.docs.get(id)!));
  return kept.length > 0 ? kept : ids;
}

/** The entries a reference may name, before any choosing. */
function candidates(ref: FoundReference, index: ReferenceIndex): string[] {
  const t = ref.target;
  if (t.type === 'plenum') {
    if (t.term !== undefined) return index.byPlenum.get(plenumKey(t.plenum, t.term)) ?? [];
    const prefix = `tw${t.plenum}-`;
    return [...new Set([...index.byPlenum].filter(([k]) => k.startsWith(prefix)).flatMap(([, ids]) => ids))];
  }
  if (t.code.bare) {
    const kinds = t.kind !== undefined ? [t.kind] : t.code.kinds;
    return kinds.flatMap((k) => index.byBare.get(`${k}:${bareKey(t.code)}`) ?? []);
  }
  const ids = index.byCode.get(codeKey(t.code)) ?? [];
  return t.kind === undefined ? ids : narrow(ids, (d) => d.kind === t.kind, index);
}

/** Which entry a reference names, seen from the document `sourceId` it was written in. */
export function resolveReference(ref: FoundReference, index: ReferenceIndex, sourceId?: string): Resolution {
  let ids = candidates(ref, index);
  if (ref.date !== undefined) {
    // A written date is a fact, not a hint: no entry of that date means not one of ours.
    ids = ids.filter((id) => index.docs.get(id)!.issued === ref.date);
  }
  if (ref.year !== undefined) ids = ids.filter((id) => index.docs.get(id)!.issued.startsWith(ref.year!));
  if (ref.terms.length > 0) ids = narrow(ids, (d) => d.term !== undefined && ref.terms.includes(d.term), index);
  const context = fold(ref.context);
  if (context.includes('cua ')) ids = narrow(ids, (d) => context.includes(fold(d.issuerName)), index);
  if (ids.length === 0) return { status: 'unknown' };
  if (ids.length > 1) return { status: 'ambiguous', candidates: ids };
  const id = ids[0]!;
  return id === sourceId ? { status: 'self', id } : { status: 'linked', id };
}

/** A reference found and resolved, located in its text. */
export interface ResolvedReference extends FoundReference {
  resolution: Resolution;
}

/** Find and resolve every reference in a text written in `sourceId`. */
export function resolveText(text: string, index: ReferenceIndex, sourceId?: string): ResolvedReference[] {
  return findReferences(text).map((ref) => ({ ...ref, resolution: resolveReference(ref, index, sourceId) }));
}
