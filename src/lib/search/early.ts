/**
 * Whether a query can only be a word search, decided before the search page's own script has
 * loaded (it runs inline as the page is parsed: tools/build/search-page.ts), so Pagefind's files
 * can be asked for at once. It must never say yes to what the code map answers: a code always
 * holds a number written in digits, and a plenum or congress named without digits always says
 * "trung ương", "TW", "BCH", "ban chấp hành", "hội nghị", "đại hội" or "ĐH" (src/lib/plenums,
 * src/lib/congresses). Saying no to a word search only loses the head start.
 */
import { fold } from '../text/normalize.ts';

// Words that, with a number spelled out or in Roman numerals, make a plenum or a congress.
const MARKERS = new Set(['tw', 'bch', 'dh']);
const MARKER_PAIRS = new Set(['trung uong', 'dai hoi', 'hoi nghi', 'chap hanh']);

/** True when `query` has words and is neither a code nor a plenum or congress (see above). */
export function mayBeWords(query: string): boolean {
  if (/\d/.test(query)) return false;
  const words = fold(query).split(/[^a-z]+/).filter(Boolean);
  if (words.length === 0) return false;
  return words.every((w, i) => !MARKERS.has(w) && !MARKER_PAIRS.has(`${w} ${words[i + 1] ?? ''}`));
}
