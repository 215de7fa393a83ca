/**
 * The Central Committee plenums (Hội nghị Trung ương) present in the base, from each document's
 * own `plenum` and `term`: members name resolutions by their plenum ("Nghị quyết Trung ương 6
 * khóa XII"), so a plenum is a page of its own and a key the references resolve by.
 */
import { fromRoman } from '../text/terms';
import { plenumKey, plenumSlug } from './key';

/** One plenum of one term and the documents it issued. */
export interface Plenum {
  /** "tw6-XIII", as plenumKey() writes it. */
  key: string;
  number: number;
  /** The term, Roman ("XIII"). */
  term: string;
  /** URL slug: "trung-uong-6-khoa-xiii". */
  slug: string;
  /** The documents of the plenum, by issued date then code number. */
  docIds: string[];
}

/** The fields of a document a plenum is built from. */
export interface PlenumDoc {
  id: string;
  plenum?: number | undefined;
  term?: string | undefined;
  issued: string;
  code?: string | undefined;
}

/** The number a code starts with ("27-NQ/TW" → 27); a document without one sorts after those with one. */
function codeNumber(code: string | undefined): number {
  const m = code === undefined ? null : /^\d+/.exec(code);
  return m === null ? Number.POSITIVE_INFINITY : Number(m[0]);
}

/** Issued date (unknown last), then code number, then id: the order a plenum's documents are listed in. */
function byIssuedThenNumber(a: PlenumDoc, b: PlenumDoc): number {
  const da = a.issued === 'unknown' ? '~' : a.issued;
  const db = b.issued === 'unknown' ? '~' : b.issued;
  if (da !== db) return da < db ? -1 : 1;
  const na = codeNumber(a.code);
  const nb = codeNumber(b.code);
  if (na !== nb) return na - nb;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** Every (plenum, term) pair the documents carry, newest term first, then highest plenum first. */
export function plenumsOf(docs: readonly PlenumDoc[]): Plenum[] {
  const groups = new Map<string, { number: number; term: string; docs: PlenumDoc[] }>();
  for (const doc of docs) {
    if (doc.plenum === undefined || doc.term === undefined) continue;
    const term = doc.term.toUpperCase();
    const key = plenumKey(doc.plenum, term);
    const group = groups.get(key) ?? { number: doc.plenum, term, docs: [] };
    group.docs.push(doc);
    groups.set(key, group);
  }
  const termNumber = (term: string): number => fromRoman(term) ?? 0;
  return [...groups]
    .map(([key, g]) => ({ key, number: g.number, term: g.term, slug: plenumSlug(g.number, g.term), docIds: g.docs.sort(byIssuedThenNumber).map((d) => d.id) }))
    .sort((a, b) => termNumber(b.term) - termNumber(a.term) || b.number - a.number);
}
