/**
 * Search terms: the one folding both the index and the query use, document-code tokens, and
 * the extra terms added to each page so Pagefind finds what its defaults miss.
 */
import { bareKey, codeKey, codePatternSource, parseCode, type DocCode } from '../codes/code.ts';
import { fold, normalizePunctuation } from '../text/normalize.ts';

/**
 * Words of a text as search sees them: NFC/NFD alike, tones and vowel marks dropped, đ→d,
 * lowercase, split on anything that is not a letter or digit ("Đảng, uỷ" → ["dang", "uy"]).
 */
export function searchWords(text: string): string[] {
  return fold(text).split(/[^\p{L}\p{N}]+/u).filter((w) => w !== '');
}

/** The folded search form of a text: its words joined by single spaces. */
export function foldForSearch(text: string): string {
  return searchWords(text).join(' ');
}

// Pagefind splits letters from digits and drops one-letter words, so a code is indexed as
// one all-letter token: digits spelled as letters a–j ("58" → "fi"), behind a fixed prefix
// that no Vietnamese word starts with, and ended by "z" so that Pagefind's prefix matching
// of "NQ 5" cannot reach NQ 58.
const DIGIT_LETTERS = 'abcdefghij';
const digits = (n: string): string => [...n].map((d) => DIGIT_LETTERS[Number(d)]).join('');

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

/** What a document page adds to its indexed text, in three weights. */
export interface ExtraTerms {
  /** Tokens of the document's own code and aliases: indexed with a high weight. */
  own: string;
  /** Tokens of codes the text mentions: normal weight, so mentions rank below the owner. */
  mentions: string;
  /** Folded forms of words with đ, and joined syllable pairs ("chuyendoi", "doiso"). */
  words: string;
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
 * The extra terms for a document: its own codes (code and aliases, as tokens), the codes its
 * text mentions, the đ-words folded to d (Pagefind keeps đ), and syllable pairs of the text.
 */
export function extraTerms(doc: { code?: string | undefined; aliases?: readonly string[]; text: string }): ExtraTerms {
  const own = new Set<string>();
  for (const c of [doc.code, ...(doc.aliases ?? [])]) {
    if (c === undefined) continue;
    const r = parseCode(c);
    if (r.ok) for (const t of codeTokens(r.code)) own.add(t);
  }
  const mentions = new Set<string>();
  for (const c of codesInText(doc.text)) for (const t of codeTokens(c)) if (!own.has(t)) mentions.add(t);
  const dWords = new Set<string>();
  for (const w of doc.text.split(/[^\p{L}\p{M}\p{N}]+/u)) if (/[đĐðÐ]/u.test(w)) dWords.add(fold(w));
  // Pairs are taken within a sentence or line, not across punctuation.
  const pairs: string[] = [];
  for (const piece of doc.text.split(/[.,;:!?()\[\]"“”\n]+/u)) pairs.push(...syllablePairs(searchWords(piece)));
  return { own: [...own].join(' '), mentions: [...mentions].join(' '), words: [...dWords, ...pairs].join(' ') };
}
