/**
 * Search terms: the one folding both the index and the query use, document-code tokens, and
 * the extra terms added to each page so Pagefind finds what its defaults miss.
 */
import { bareKey, codeKey, codePatternSource, parseCode, type DocCode } from '../codes/code.ts';
import { fold, normalizePunctuation } from '../text/normalize.ts';
import { plenumToken } from '../plenums/token.ts';
import { congressToken } from '../congresses/index.ts';
import { digitsAsLetters } from '../text/digit-letters.ts';

/**
 * Words of a text as search sees them: NFC/NFD alike, tones and vowel marks dropped, đ→d,
 * lowercase, split on anything that is not a letter or digit ("Đảng, uỷ" → ["dang", "uy"]).
 */
export function searchWords(text: string): string[] {
  // Folding works within a run of non-space characters, so each distinct run is folded once and
  // remembered: a base's bodies repeat a few thousand syllables, and the build folds every body
  // (the fold of whole texts was a tenth of the build's own time). Same result as folding the text.
  const out: string[] = [];
  for (const run of text.split(/\s+/u)) {
    if (run === '') continue;
    let words = FOLDED_RUNS.get(run);
    if (words === undefined) {
      words = fold(run).split(/[^\p{L}\p{N}]+/u).filter((w) => w !== '');
      if (FOLDED_RUNS.size >= MAX_FOLDED_RUNS) FOLDED_RUNS.clear();
      FOLDED_RUNS.set(run, words);
    }
    for (const w of words) out.push(w);
  }
  return out;
}

/** Runs of text already folded into their search words (bounded: cleared when full). */
const FOLDED_RUNS = new Map<string, readonly string[]>();
const MAX_FOLDED_RUNS = 200_000;

/** The folded search form of a text: its words joined by single spaces. */
export function foldForSearch(text: string): string {
  return searchWords(text).join(' ');
}

// Pagefind splits letters from digits and drops one-letter words, so a code is indexed as
// one all-letter token: digits spelled as letters a–j ("58" → "fi"), behind a fixed prefix
// that no Vietnamese word starts with, and ended by "z" so that Pagefind's prefix matching
// of "NQ 5" cannot reach NQ 58.
const digits = digitsAsLetters;

/** Single-token spelling of a code key ("58-nq-tw" → "sohieufinqtwz"; "nq-58" → "sohieunqfiz"). */
export function keyToken(key: string): string {
  const parts = key.split('-');
  if (/^\d+$/.test(parts[0]!)) return `sohieu${digits(parts[0]!)}${parts.slice(1).join('')}z`;
  return `sohieu${parts.slice(0, -1).join('')}${digits(parts[parts.length - 1]!)}z`;
}

/** Every token a document code is found by: the full code (when it has an issuer) and kind + number. */
export function codeTokens(code: DocCode): string[] {
  const out = [keyToken(bareKey(code))];
  if (!code.bare) out.unshift(keyToken(codeKey(code)));
  return out;
}

/** Codes of the form 58-NQ/TW named inside a text, each once, in order of first mention. */
export function codesInText(text: string): DocCode[] {
  const seen = new Set<string>();
  const out: DocCode[] = [];
  for (const m of normalizePunctuation(text).matchAll(new RegExp(codePatternSource(), 'giu'))) {
    const r = parseCode(m[0]);
    if (!r.ok || seen.has(codeKey(r.code))) continue;
    seen.add(codeKey(r.code));
    out.push(r.code);
  }
  return out;
}

/** What a document page adds to its indexed text. */
export interface ExtraTerms {
  /** Tokens of the document's own code and aliases: indexed with a high weight. */
  own: string;
  /** Tokens of codes the text or body mentions: normal weight, so mentions rank below the owner. */
  mentions: string;
  /** Pairs and folded đ-words of the title: weighted like a heading, since the body no longer repeats them. */
  title: string;
  /** Folded forms of the indexed text's words with đ, and its joined syllable pairs ("chuyendoi", "doiso"). */
  words: string;
  /**
   * The body as a bag: each distinct pair and each distinct syllable that is not common, once.
   * The body itself is not indexed as running text, so a word costs one position per page,
   * not one per occurrence.
   */
  body: string;
}

/** Joined syllable pairs of a folded word list ("chuyen doi so" → ["chuyendoi", "doiso"]). */
export function syllablePairs(words: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i + 1 < words.length; i++) {
    const a = words[i]!;
    const b = words[i + 1]!;
    // Numbers and pairs with digits are not phrases people type as words.
    if (/\d/.test(a) || /\d/.test(b)) continue;
    out.push(a + b);
  }
  return out;
}

/**
 * The fewest pairs that still cover every syllable of a query: "doi moi sang tao" → ["doimoi",
 * "sangtao"]; an odd count ends with an overlapping pair ("chuyen doi so" → ["chuyendoi", "doiso"]).
 * Each pair asked loads one index chunk, so asking every pair would cost twice as much.
 */
export function coveringPairs(words: readonly string[]): string[] {
  const out: string[] = [];
  let run: string[] = [];
  const flush = () => {
    for (let i = 0; i + 1 < run.length; i += 2) out.push(run[i]! + run[i + 1]!);
    if (run.length >= 3 && run.length % 2 === 1) out.push(run[run.length - 2]! + run[run.length - 1]!);
    run = [];
  };
  for (const w of words) {
    if (/\d/.test(w)) flush();
    else run.push(w);
  }
  flush();
  return out;
}

// Pairs are taken within a sentence or line, not across punctuation.
const piecesOf = (text: string): string[] => text.split(/[.,;:!?()\[\]"“”\n]+/u);

/**
 * Syllables in so many bodies that, alone, they only bloat the index: in at least `share` of the
 * documents and in at least `min` of them (a small site drops nothing). A query of two or more
 * syllables asks for pairs, so these are still found inside phrases.
 */
export function commonSyllables(bodies: Iterable<string>, { share = 0.05, min = 50 } = {}): Set<string> {
  const df = new Map<string, number>();
  let n = 0;
  for (const body of bodies) {
    n++;
    for (const w of new Set(searchWords(body))) df.set(w, (df.get(w) ?? 0) + 1);
  }
  const limit = Math.max(min, share * n);
  return new Set([...df].filter(([, c]) => c >= limit).map(([w]) => w));
}

/**
 * The extra terms for a document: its own codes (code and aliases, as tokens), the codes its
 * text and body mention, the indexed text's đ-words folded to d (Pagefind keeps đ) and syllable
 * pairs, and the body as a bag of distinct pairs and uncommon syllables.
 */
export function extraTerms(doc: {
  code?: string | undefined;
  aliases?: readonly string[];
  /** The title (also part of `text`), whose pairs are weighted. */
  title?: string;
  /** Text indexed as running text (title, summary, key points). */
  text: string;
  /** The long body, indexed only as a bag. */
  body?: string;
  /** Syllables left out of the bag (see {@link commonSyllables}). */
  common?: ReadonlySet<string>;
  /** The Central Committee plenum that issued it: found by "Nghị quyết Trung ương 6 (khóa XII)". */
  plenum?: { number: number; term: string } | undefined;
  /** The ordinal of the congress whose resolution it is: found by "đại hội 14". */
  congress?: number | undefined;
}): ExtraTerms {
  const body = doc.body ?? '';
  const own = new Set<string>();
  if (doc.plenum !== undefined) for (const t of [plenumToken(doc.plenum.number, doc.plenum.term), plenumToken(doc.plenum.number)]) own.add(t);
  if (doc.congress !== undefined) own.add(congressToken(doc.congress));
  for (const c of [doc.code, ...(doc.aliases ?? [])]) {
    if (c === undefined) continue;
    const r = parseCode(c);
    if (r.ok) for (const t of codeTokens(r.code)) own.add(t);
  }
  const mentions = new Set<string>();
  for (const c of codesInText(`${doc.text}\n${body}`)) for (const t of codeTokens(c)) if (!own.has(t)) mentions.add(t);
  const indexed = (text: string): Set<string> => {
    const out = new Set<string>();
    for (const w of text.split(/[^\p{L}\p{M}\p{N}]+/u)) if (/[đĐðÐ]/u.test(w)) out.add(fold(w));
    for (const piece of piecesOf(text)) for (const p of syllablePairs(searchWords(piece))) out.add(p);
    return out;
  };
  const title = indexed(doc.title ?? '');
  const words = indexed(doc.text);
  const bag = new Set<string>();
  const common = doc.common ?? new Set<string>();
  for (const t of title) words.delete(t);
  const known = (t: string) => words.has(t) || title.has(t);
  for (const piece of piecesOf(body)) {
    const ws = searchWords(piece);
    for (const w of ws) if (!common.has(w) && !known(w)) bag.add(w);
    for (const p of syllablePairs(ws)) if (!known(p)) bag.add(p);
  }
  const join = (set: Set<string>) => [...set].join(' ');
  return { own: join(own), mentions: join(mentions), title: join(title), words: join(words), body: join(bag) };
}
