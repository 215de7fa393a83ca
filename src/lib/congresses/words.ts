/**
 * Reading a Party congress in a search query already split on spaces: "đại hội 14", "Đại hội
 * XIV", "Đại hội XIII của Đảng", "nghị quyết đại hội đảng toàn quốc lần thứ XIV", "đại hội đảng
 * bộ tỉnh Thanh Hóa lần thứ XIX", "ĐH 13". The span is returned so the caller keeps the rest of
 * the query (a province, a subject) as words that order the congresses of that ordinal.
 */
import { fold, nfc } from '../text/normalize';
import { numberWordValue, numeralValue } from '../plenums/numbers';

/** A congress named in a query: its ordinal, whether the national one was said, and the words it took (`from` inclusive, `to` exclusive). */
export interface CongressQuery {
  number: number;
  /** True when the query said it is the Party's national congress ("toàn quốc", "của Đảng"). */
  national: boolean;
  from: number;
  to: number;
  /** Indexes of the words between "đảng bộ" and the number (a province, a bloc): kept as query words. */
  place: number[];
}

// Punctuation around a word: "(XIV)", "XIV,".
const EDGES = /^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu;
/** Words a place may span between "đảng bộ" and "lần thứ". */
const MAX_PLACE = 8;

/** The folded words. */
function folded(words: readonly string[]): string[] {
  return words.map((w) => fold(nfc(w).toLowerCase().replace(EDGES, '')));
}

/** The congress starting at word `i`, or undefined. */
function congressAt(w: readonly string[], i: number): CongressQuery | undefined {
  let at = i;
  const take = (...seq: string[]): boolean => {
    if (!seq.every((s, k) => w[at + k] === s)) return false;
    at += seq.length;
    return true;
  };
  if (take('nghi', 'quyet') || take('nq')) {
    /* "nghị quyết đại hội …": the resolution of the congress. */
  }
  if (!(take('dai', 'hoi') || take('dh'))) return undefined;
  let national = false;
  const place: number[] = [];
  if (take('dang', 'bo')) {
    // "đảng bộ tỉnh Thanh Hóa lần thứ XIX": the place runs to "lần" or the number.
    while (at < w.length && place.length < MAX_PLACE && w[at] !== 'lan' && w[at] !== 'khoa' && numeralValue(w[at]!) === undefined) place.push(at++);
  } else {
    take('dang');
    take('dai', 'bieu');
    if (take('toan', 'quoc')) national = true;
  }
  const ordinal = take('lan', 'thu') || take('lan');
  if (!ordinal) take('khoa');
  const word = w[at];
  if (word === undefined) return undefined;
  let number = numeralValue(word);
  if (number !== undefined) at += 1;
  else {
    const spelled = numberWordValue(w.slice(at), ordinal);
    if (spelled === undefined || spelled[0] > 30) return undefined;
    // "đại hội năm 2025": "năm" is the year, not five.
    if (/^\d{4}$/.test(w[at + spelled[1]] ?? '')) return undefined;
    number = spelled[0];
    at += spelled[1];
  }
  if (take('cua', 'dang')) national = true;
  if (take('toan', 'quoc')) national = true;
  return { number, national: national && place.length === 0, from: i, to: at, place };
}

/** The first span of `words` that names a Party congress and its ordinal, or undefined. */
export function findCongressInWords(words: readonly string[]): CongressQuery | undefined {
  const w = folded(words);
  for (let i = 0; i < w.length; i++) {
    const found = congressAt(w, i);
    if (found !== undefined) return found;
  }
  return undefined;
}
