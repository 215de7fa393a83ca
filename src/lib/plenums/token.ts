/**
 * The search token of a plenum. Pagefind splits letters from digits and drops one-letter words,
 * so "tw6" would index as "tw" and nothing: the token is all letters, its digits spelled a–j
 * (the same trick as keyToken in search/terms.ts), closed by "z" so "tw1" never prefixes "tw11".
 */
import { digitsAsLetters } from '../text/digit-letters.ts';

/** One all-letter token for a plenum, with or without its term: (6, 'XIII') → "hoinghitwgxiiiz", (6) → "hoinghitwgz". */
export function plenumToken(number: number, term?: string): string {
  return `hoinghitw${digitsAsLetters(String(number))}${term === undefined ? '' : term.toLowerCase()}z`;
}
