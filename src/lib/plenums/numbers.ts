/**
 * The numbers a plenum is written with: Arabic (6), Roman (VI) or Vietnamese words ("sáu",
 * "mười một", "thứ tư"). Words are matched folded (no diacritics), so "sau" is "sáu" too; the
 * callers decide where a word may stand, since "sau" also means "after" and "năm" "year".
 */
import { fromRoman } from '../text/terms';

/** Highest plenum number accepted: a term has had at most about fifteen. */
export const MAX_PLENUM = 30;

// Folded number words; "tư" and "nhất" only say 4 and 1 after "lần thứ".
const UNITS: Readonly<Record<string, number>> = { mot: 1, hai: 2, ba: 3, bon: 4, nam: 5, sau: 6, bay: 7, tam: 8, chin: 9 };
const ORDINAL_ONLY: Readonly<Record<string, number>> = { nhat: 1, tu: 4 };
// After "mười": "mười lăm" (15), "mười bốn" / "mười tư" (14); "mười một" (11).
const AFTER_TEN: Readonly<Record<string, number>> = { ...UNITS, lam: 5, tu: 4 };

/** Regex source of the number words, with diacritics, longest first (for the reference finder). */
export const NUMBER_WORDS_SOURCE = 'mười(?:\\s+(?:một|hai|ba|bốn|tư|lăm|năm|sáu|bảy|tám|chín))?|một|nhất|hai|ba|bốn|tư|năm|sáu|bảy|tám|chín';

/** A plenum number written in digits or Roman (folded or not), within 1–{@link MAX_PLENUM}, else undefined. */
export function numeralValue(word: string): number | undefined {
  const n = /^\d{1,2}$/.test(word) ? Number(word) : (fromRoman(word) ?? 0);
  return n >= 1 && n <= MAX_PLENUM ? n : undefined;
}

/**
 * A number written in words at the start of `folded` (folded words), and how many words it took:
 * ["muoi", "mot", …] → [11, 2]; `ordinal` also accepts "nhất" and "tư" (after "lần thứ").
 */
export function numberWordValue(folded: readonly string[], ordinal: boolean): [value: number, words: number] | undefined {
  const first = folded[0];
  if (first === undefined) return undefined;
  if (first === 'muoi') {
    const unit = folded[1] === undefined ? undefined : AFTER_TEN[folded[1]];
    return unit === undefined ? [10, 1] : [10 + unit, 2];
  }
  const unit = UNITS[first] ?? (ordinal ? ORDINAL_ONLY[first] : undefined);
  return unit === undefined ? undefined : [unit, 1];
}
