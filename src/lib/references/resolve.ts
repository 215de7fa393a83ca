/**
 * Resolving a found reference to an entry. The rule is "never link to the wrong document": a code
 * shared by several entries is chosen by the date written with it (strict), then by year, term and
 * issuer words nearby (each applied only when it leaves someone); what still names several is
 * ambiguous, what names none is unknown.
 */
import { bareKey, codeKey, parseCode } from '../codes/code';
import { fold } from '../text/normalize';
import { findReferences, plenumKey, plenumKeys, type CongressTarget, type FoundReference } from './find';

/** What the resolver needs to know about an entry. */
export interface IndexDoc {
  id: string;
  code?: string | undefined;
  kind: string;
  /** ISO date or 'unknown'. */
  issued: string;
  term?: string | undefined;
  /** The Central Committee plenum that issued it (with `term`, the plenum references resolve by). */
  plenum?: number | undefined;
  issuerName: string;
  /** Other spellings (aliases[].code): codes like 09-KL/TW, plenum names, "Chương trình hành động số 12". */
  aliases: readonly string[];
  /** Level (central, province, bloc, grassroots): a congress resolution's level, a citing document's own. */
  scope?: string | undefined;
  /** Province, or 'unknown': the province "Đảng bộ tỉnh" means when the text names none. */
  province?: string | undefined;
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

/** Build the lookup tables: by code key (codes and code-like aliases), by kind + number, by plenum (own fields and aliases). */
export function buildReferenceIndex(docs: readonly IndexDoc[]): ReferenceIndex {
  const index: ReferenceIndex = { docs: new Map(), byCode: new Map(), byBare: new Map(), byPlenum: new Map() };
  for (const doc of docs) {
    index.docs.set(doc.id, doc);
    const own = doc.code === undefined ? undefined : parseCode(doc.code);
    if (own?.ok) {
      add(index.byCode, codeKey(own.code), doc.id);
      add(index.byBare, `${doc.kind}:${bareKey(own.code)}`, doc.id);
    }
    // The document's own plenum answers to "Nghị quyết Trung ương 6 khóa XII" without an alias.
    if (doc.plenum !== undefined && doc.term !== undefined) add(index.byPlenum, plenumKey(doc.plenum, doc.term), doc.id);
    for (const alias of doc.aliases) {
      const parsed = parseCode(alias);
      if (parsed.ok && !parsed.code.bare) add(index.byCode, codeKey(parsed.code), doc.id);
      // An uncoded entry answers to a kind and number only when it declares that spelling as a whole
      // ("Chương trình hành động số 12"); a number in its title is never taken for one.
      const bare = wholeBareReference(alias);
      if (bare !== undefined) add(index.byBare, bare, doc.id);
      for (const key of plenumKeys(alias)) add(index.byPlenum, key, doc.id);
    }
  }
  return index;
}

/** Kind + number key of a text that is exactly one bare reference ("Chương trình hành động số 12" → "chuong-trinh:ctr-12"). */
function wholeBareReference(text: string): string | undefined {
  const refs = findReferences(text.trim());
  const ref = refs[0];
  if (refs.length !== 1 || ref === undefined || ref.start !== 0 || ref.end !== text.trim().length) return undefined;
  const t = ref.target;
  return t.type === 'code' && t.code.bare && t.kind !== undefined ? `${t.kind}:${bareKey(t.code)}` : undefined;
}

const CONGRESS_KIND = 'nghi-quyet-dai-hoi';
const known = (province: string | undefined): string | undefined => (province === undefined || province === 'unknown' ? undefined : fold(province));

/**
 * Congress resolutions a congress reference may name: same congress number and level; the level
 * is the citing document's own when no level words are written. Below the national congress the
 * organ is the one the text names, else the citing document's province; with neither, only a
 * document naming itself is certain.
 */
function congressCandidates(t: CongressTarget, index: ReferenceIndex, sourceId: string | undefined): string[] {
  const source = sourceId === undefined ? undefined : index.docs.get(sourceId);
  const scope = t.level === 'national' ? 'central' : t.level ?? source?.scope;
  if (scope === undefined) return [];
  const fits = [...index.docs.values()].filter((d) => d.kind === CONGRESS_KIND && d.term === t.number && d.scope === scope);
  if (scope === 'central') return fits.map((d) => d.id);
  if (t.organ !== undefined) {
    const organ = fold(t.organ);
    return fits.filter((d) => fold(d.issuerName).includes(organ)).map((d) => d.id);
  }
  const province = known(source?.province);
  if (province !== undefined) return fits.filter((d) => known(d.province) === province).map((d) => d.id);
  return source !== undefined && fits.some((d) => d.id === source.id) ? [source.id] : [];
}

/** Keep what passes `keep`, unless nobody does: a hint narrows, it never empties the list. */
function narrow(ids: string[], keep: (doc: IndexDoc) => boolean, index: ReferenceIndex): string[] {
  const kept = ids.filter((id) => keep(index.docs.get(id)!));
  return kept.length > 0 ? kept : ids;
}

/** The entries a reference may name, before any choosing. */
function candidates(ref: FoundReference, index: ReferenceIndex, sourceId: string | undefined): string[] {
  const t = ref.target;
  if (t.type === 'congress') return congressCandidates(t, index, sourceId);
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
  let ids = candidates(ref, index, sourceId);
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
