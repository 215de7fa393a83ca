/**
 * Digits spelled as letters (0 → a … 9 → j): Pagefind splits letters from digits and drops
 * one-letter words, so a search token that must hold a number holds it as letters.
 */

const DIGIT_LETTERS = 'abcdefghij';

/** "58" → "fi". */
export function digitsAsLetters(digits: string): string {
  return [...digits].map((d) => DIGIT_LETTERS[Number(d)]).join('');
}
