/**
 * Party congresses (Đại hội) as data, like the plenums: a congress resolution
 * (kind nghi-quyet-dai-hoi) carries its congress's ordinal as its `term` ("lần thứ XIV" → XIV),
 * and the national one is the congress of the whole Party (issued by the national congress,
 * scope central). Members name them by the ordinal alone ("đại hội 14"), so the national
 * congress answers first, then provincial and bloc congresses of that ordinal.
 */
import { fromRoman } from '../text/terms';
import { digitsAsLetters } from '../text/digit-letters';

/** The kind of a congress's resolution. */
export const CONGRESS_KIND = 'nghi-quyet-dai-hoi';

/** What a congress is read from. */
export interface CongressDoc {
  kind: string;
  term?: string | undefined;
  scope: string;
}

/** A document's congress: its ordinal and whether it is the national congress; undefined for other documents. */
export function congressOf(doc: CongressDoc): { number: number; national: boolean } | undefined {
  if (doc.kind !== CONGRESS_KIND || doc.term === undefined) return undefined;
  const number = fromRoman(doc.term);
  return number === null ? undefined : { number, national: doc.scope === 'central' };
}

/** The code map's key of a congress ordinal ("dh14"). */
export function congressMapKey(number: number): string {
  return `dh${number}`;
}

/**
 * One all-letter search token for a congress ordinal: 14 → "daihoibez" (Pagefind splits letters
 * from digits, so the digits are spelled a–j, closed by "z" so 1 never prefixes 14).
 */
export function congressToken(number: number): string {
  return `daihoi${digitsAsLetters(String(number))}z`;
}
