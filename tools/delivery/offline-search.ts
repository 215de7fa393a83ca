/**
 * Search without a server: a compact index (code keys, folded title, url) small enough to ship
 * as a plain script, and the matching the file:// fallback runs over it. It finds a document by
 * its code in any spelling people type ("nq 58", "58/NQ-TW", "Nghị quyết số 58") and by the
 * words of its code, title and other spellings, with or without diacritics.
 */
import { bareKey, codeKey, parseCode } from '../../src/lib/codes/code';
import { searchWords } from '../../src/lib/search/terms';

/** What the index needs of a document. */
export interface OfflineDocInput {
  id: string;
  code?: string;
  title: string;
  aliases?: readonly string[];
  /** dd/mm/yyyy or empty. */
  date?: string;
}

/** One entry of the compact index (short keys: it is shipped to every browser as it is). */
export interface OfflineEntry {
  /** The code as printed, or empty. */
  c: string;
  /** The title (trích yếu). */
  t: string;
  /** Every code key the document answers to: its own and its aliases', full and bare. */
  k: string[];
  /** Folded words of code, title and aliases, space-separated. */
  f: string;
  /** Path of its page from the site root. */
  u: string;
  /** Date shown, dd/mm/yyyy or empty. */
  d: string;
}

/** The keys a code spelling answers to ([] when it is not a code). */
function keysOf(spelling: string): string[] {
  const r = parseCode(spelling);
  if (!r.ok) return [];
  return [...new Set([codeKey(r.code), bareKey(r.code)])];
}

/** The index entry of one document; `url` is its page path from the site root. */
export function offlineEntry(doc: OfflineDocInput, url: string): OfflineEntry {
  const spellings = [...(doc.code === undefined ? [] : [doc.code]), ...(doc.aliases ?? [])];
  return {
    c: doc.code ?? '',
    t: doc.title,
    k: [...new Set(spellings.flatMap(keysOf))],
    f: searchWords([...spellings, doc.title].join(' ')).join(' '),
    u: url,
    d: doc.date ?? '',
  };
}

/**
 * The entries matching a query, best first: documents whose code the query names, then those
 * holding every word of the query (a word matches a word it starts; a number only itself), in index order.
 */
export function searchOffline(index: readonly OfflineEntry[], query: string): OfflineEntry[] {
  const words = searchWords(query);
  if (words.length === 0) return [];
  const keys = new Set(keysOf(query));
  const byCode = keys.size > 0 ? index.filter((e) => e.k.some((k) => keys.has(k))) : [];
  const byWords = index.filter((e) => {
    if (byCode.includes(e)) return false;
    const have = e.f.split(' ');
    // A number names one document ("NQ 5" is not NQ 58): digits match a whole number, as a number (9 = 09).
    const digits = /^\d+$/;
    return words.every((w) => have.some((h) => (digits.test(w) ? digits.test(h) && Number(h) === Number(w) : h.startsWith(w))));
  });
  return [...byCode, ...byWords];
}
