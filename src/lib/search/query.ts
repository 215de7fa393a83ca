/**
 * Query planning: turn what a member typed into what to ask. A code anywhere in the query becomes
 * one key (a year or "khóa XIII" beside it narrows a shared code), a plenum ("Nghị quyết Trung
 * ương 6 khóa XII") another, a congress ("đại hội 14") a third; each is answered by the code map, or by one Pagefind token;
 * other words are folded, and two or more become the fewest joined syllable pairs that cover
 * them: pairs are rarer than syllables, and common syllables are not in the body index at all.
 */
import { bareKey, codeKey, formatCode, parseCode, type DocCode } from '../codes/code.ts';
import { normalizePunctuation, nfc, fold } from '../text/normalize.ts';
import { parseTerm } from '../text/terms.ts';
import { codeTokens, coveringPairs, keyToken, searchWords } from './terms.ts';
import { findPlenumInWords, plenumToken } from '../plenums/index.ts';
import { congressToken, findCongressInWords } from '../congresses/index.ts';

/** A code found in the query. */
export interface QueryCode {
  /** The key a document's own code must have to be "the" document (full or bare key). */
  key: string;
  /** True for "NQ 58": any issuer matches. */
  bare: boolean;
  /** Canonical spelling to show ("58-NQ/TW", "CTr 55"). */
  label: string;
  /** The Pagefind term: the single token of this code. */
  token: string;
  /** Kind + number key ("nq-58"), the code map's key even when the issuer is written. */
  lookup: string;
  /** The code as parsed. */
  parsed: DocCode;
}

/** What to search for. */
export interface QueryPlan {
  /** The code named in the query, if any. */
  code?: QueryCode;
  /** A Central Committee plenum the query names ("Nghị quyết Trung ương 6 khóa XII"); term when written. */
  plenum?: { number: number; term?: string | undefined };
  /** A Party congress the query names by its ordinal ("đại hội 14", "Đại hội XIII của Đảng"); national when said. */
  congress?: { number: number; national: boolean };
  /** A year (yyyy) beside a code. */
  year?: string;
  /** A term as a Roman numeral ("XIII") beside a code. */
  term?: string;
  /** Folded words of the query that are not the code, year or term. */
  words: string[];
  /** The terms to give Pagefind first. */
  terms: string;
  /** Terms to try when the first ask finds nothing (plain folded words); equal to terms if none. */
  fallback: string;
}

const YEAR = /^(19|20)\d\d$/;

function findCode(words: string[]): { code: DocCode; from: number; to: number } | undefined {
  // Longest span first, so "Nghị quyết số 58-NQ/TW" wins over "58-NQ/TW" alone.
  for (let len = Math.min(words.length, 6); len >= 1; len--) {
    for (let i = 0; i + len <= words.length; i++) {
      const span = words.slice(i, i + len);
      // A lone number, or a year at the edge of a span, is never the code's own part.
      if (YEAR.test(span[span.length - 1]!) && len > 1 && !/[-/]/.test(span.join(' '))) continue;
      const r = parseCode(span.join(' '));
      if (r.ok) return { code: r.code, from: i, to: i + len };
    }
  }
  return undefined;
}

/** Plan a query; an empty or blank query gives empty terms (browse everything). */
export function planQuery(input: string): QueryPlan {
  const raw = normalizePunctuation(nfc(input ?? ''));
  const parts = raw === '' ? [] : raw.split(' ');
  const found = findCode(parts);
  if (found) {
    const rest = [...parts.slice(0, found.from), ...parts.slice(found.to)];
    let year: string | undefined;
    let term: string | undefined;
    const words: string[] = [];
    for (let i = 0; i < rest.length; i++) {
      const w = rest[i]!;
      const f = fold(w);
      if (YEAR.test(w)) year = w;
      else if ((f === 'khoa' || f === 'khoa:') && i + 1 < rest.length && parseTerm(rest[i + 1]!).ok) {
        const t = parseTerm(rest[++i]!);
        if (t.ok) term = t.roman;
      } else if (f !== 'nam' && f !== 'so') words.push(...searchWords(w));
    }
    const code = found.code;
    const key = code.bare ? bareKey(code) : codeKey(code);
    const token = keyToken(key);
    const plan: QueryPlan = {
      code: { key, bare: code.bare, label: formatCode(code), token, lookup: bareKey(code), parsed: code },
      words,
      terms: token,
      fallback: token,
    };
    if (year !== undefined) plan.year = year;
    if (term !== undefined) plan.term = term;
    return plan;
  }
  // "Nghị quyết Trung ương 6 khóa XII", "NQ TW4": a plenum, answered by its resolutions.
  const plenum = findPlenumInWords(parts);
  if (plenum !== undefined) {
    const token = plenumToken(plenum.number, plenum.term);
    const rest = [...parts.slice(0, plenum.from), ...parts.slice(plenum.to)].flatMap((w) => searchWords(w));
    return { plenum: { number: plenum.number, term: plenum.term }, words: rest, terms: token, fallback: token };
  }
  // "đại hội 14", "Đại hội XIII của Đảng": a congress, answered by the resolutions of that ordinal
  // (the national one first); a province or a bloc named with it stays as words that order them.
  const congress = findCongressInWords(parts);
  if (congress !== undefined) {
    const token = congressToken(congress.number);
    const kept = [...parts.slice(0, congress.from), ...congress.place.map((i) => parts[i]!), ...parts.slice(congress.to)];
    return { congress: { number: congress.number, national: congress.national }, words: kept.flatMap((w) => searchWords(w)), terms: token, fallback: token };
  }
  const words = searchWords(raw);
  const pairs = coveringPairs(words);
  // Words with digits stay as they are beside the pairs (a pair never holds a digit).
  const terms = pairs.length > 0 ? [...pairs, ...words.filter((w) => /\d/.test(w))] : words;
  return { words, terms: terms.join(' '), fallback: words.join(' ') };
}

/** The keys a document answers to: the full and bare key of its code and of each alias. */
export function documentKeys(codes: readonly (string | undefined)[]): string[] {
  const out = new Set<string>();
  for (const c of codes) {
    if (c === undefined) continue;
    const r = parseCode(c);
    if (!r.ok) continue;
    out.add(bareKey(r.code));
    if (!r.code.bare) out.add(codeKey(r.code));
  }
  return [...out];
}

/** Re-exported so callers need one import for code tokens. */
export { codeTokens };
