/**
 * Spelling help for search: the base's vocabulary of syllables, and the correction of a typed
 * syllable that is one slip (substitution, insertion, deletion, adjacent transposition) away
 * from a syllable of the base ("nghj quyết" → "nghị quyết", "kết luâng" → "kết luận").
 * Missing diacritics are not slips: search folds them away, so "ket luan" is left alone.
 *
 * The vocabulary is shipped to the browser as JSON, so it is two arrays of strings, most
 * frequent first (the position is the rank): syllables, and the commonest pairs of syllables,
 * which choose between candidates one slip away ("tham nhunh" → "nhũng", not the commoner "nhưng"). Correction builds a lookup once per vocabulary
 * ({@link spellingIndex}) and then tries the typed word's own edits against it: the work per
 * word depends on the word's length and the alphabet, not on the size of the vocabulary.
 */
import { canonicalAbbreviation } from '../codes/kinds.ts';
import { lookupIssuer } from '../codes/issuers.ts';
import { fold, nfc, normalizeTone, tonesStripped } from '../text/normalize.ts';

/** The name the vocabulary's script hands its data under (tools/build/code-map.ts). */
export const VOCABULARY = 'tu-vung';

/** The name the script of the base's known syllables hands its data under (tools/build/code-map.ts). */
export const KNOWN_SYLLABLES = 'am-tiet';

/** The base's syllables as shipped to the browser. */
export interface Vocabulary {
  /**
   * Accented, NFC, lowercase syllables, most documents first; a folded form may have several
   * spellings ("luận", "luân"; "đổi", "đội", "đối"), each its own entry with its own rank.
   */
  words: string[];
  /**
   * The commonest pairs of adjacent syllables ("kinh tế", "tham nhũng"), one space between,
   * most documents first: a candidate that makes one with a neighbouring typed word wins.
   */
  pairs: string[];
}

/** Choices for {@link buildVocabulary}. */
export interface VocabularyOptions {
  /**
   * Documents a word that does not look like a Vietnamese syllable ("covid", "nghj", "bch")
   * must be in to be kept; default 2. Well-formed syllables are kept from one document on.
   */
  minDocsUnlessSyllable?: number;
  /** How many pairs to keep, most frequent first (default 1000); only pairs seen in two documents or more count. */
  maxPairs?: number;
}

/** A correction of a query: the query with the slips replaced, and each replacement. */
export interface Correction {
  /** The query as typed, with each slip replaced by the vocabulary's spelling (typed case kept). */
  query: string;
  /** What was replaced by what, in query order. */
  changes: { from: string; to: string }[];
}

/** The lookup correction uses, built once per vocabulary by {@link spellingIndex}. */
export interface SpellingIndex {
  /** The vocabulary's words; an entry's position is its rank. */
  words: readonly string[];
  /** Ranks of the words by folded form ("nghi" → ranks of "nghị", "nghĩ", …); its keys are the known words. */
  byFolded: Map<string, number[]>;
  /** Ranks of the words by tones-stripped form ("luân" → ranks of "luận", "luân"). */
  bySkeleton: Map<string, number[]>;
  /** Pairs keyed by the first word folded and the second as spelled ("tham|nhũng"): a candidate after a typed word. */
  after: Set<string>;
  /** Pairs keyed by the first word as spelled and the second folded ("kinh|te"): a candidate before a typed word. */
  before: Set<string>;
}

const TONE = /[\u0300\u0301\u0303\u0309\u0323]/u;
const FOLDED_LETTERS = 'abcdefghijklmnopqrstuvwxyz';
// Letters a word typed with vowel marks is compared in: the folded ones plus the marked vowels and đ.
const MARKED_LETTERS = `${FOLDED_LETTERS}âăêôơưđ`;
const VOWEL_MARKS = /[âăêôơưđ]/u;
// Vietnamese writes none of these: a vowel-less word holding one is a slip ("nghj"), not an abbreviation.
const FOREIGN_LETTER = /[fjwz]/;
// A folded Vietnamese syllable: onset, one to three vowels (glides included), final consonant.
// Permissive on purpose: it tells words from debris and foreign words, it is not a spelling rule.
const SYLLABLE = /^(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnprstvx])?[aeiouy]{1,3}(?:ng|nh|ch|[cmnpt])?$/;


/** Interned spellings: each accepted word once, numbered, so a pair is one number, not a new string. */
interface Interned {
  /** Raw word → its id, or -1 when it is not a word (a number, one letter, debris). */
  ids: Map<string, number>;
  spellings: string[];
  /** Spelling → its id (several raw forms can share one spelling: "hoá", "hóa"). */
  bySpelling: Map<string, number>;
}

// Ids stay below 2^20 (a million spellings), so a pair key a·2^20 + b is an exact integer.
const PAIR = 2 ** 20;

/**
 * The accented syllables of one text, and its pairs of adjacent syllables, as ids: lowercase,
 * NFC, canonical tone place, letters only, two letters or more. `interned` remembers each raw
 * word's verdict: a base has a few thousand distinct words in millions of running ones, and tone
 * placement is the costly part.
 */
function syllablesOf(text: string, interned: Interned): { words: Set<number>; pairs: Set<number> } {
  const words = new Set<number>();
  const pairs = new Set<number>();
  const lower = text.toLowerCase().normalize('NFC');
  let prev = -1;
  let start = -1;
  // One pass over the characters (a base's bodies run to hundreds of millions): a word is a run of
  // letters, marks and digits; punctuation that ends a phrase breaks the pairs, as in search/terms.ts.
  for (let i = 0; i <= lower.length; i++) {
    const c = i < lower.length ? lower.charCodeAt(i) : 32;
    if (isWordChar(c)) {
      if (start < 0) start = i;
      continue;
    }
    if (start >= 0) {
      const id = wordId(lower.slice(start, i), interned);
      if (id >= 0) words.add(id);
      // A number or a one-letter word between two syllables breaks the pair.
      if (id >= 0 && prev >= 0) pairs.add(prev * PAIR + id);
      prev = id;
      start = -1;
    }
    if (PHRASE_BREAKS.has(c)) prev = -1;
  }
  return { words, pairs };
}

// . , ; : ! ? ( ) [ ] " “ ” and the line break: the PIECE_BREAK of search/terms.ts, as char codes.
const PHRASE_BREAKS = new Set([...'.,;:!?()[]"“”\n'].map((ch) => ch.charCodeAt(0)));

/** A letter, mark or digit of Vietnamese text (Latin letters with their marks, and digits). */
function isWordChar(c: number): boolean {
  return (
    (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90) ||
    (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7) || (c >= 0x300 && c <= 0x36f) || (c >= 0x1e00 && c <= 0x1eff)
  );
}

/** The id of a raw word, interned on first sight; -1 for a number, one letter or debris. */
function wordId(raw: string, interned: Interned): number {
  let id = interned.ids.get(raw);
  if (id !== undefined) return id;
  const toned = normalizeTone(raw);
  const ok = [...toned].length >= 2 && /^[a-z]+$/.test(fold(toned));
  id = ok ? (interned.bySpelling.get(toned) ?? -1) : -1;
  if (ok && id < 0 && interned.spellings.length < PAIR) {
    id = interned.spellings.push(toned) - 1;
    interned.bySpelling.set(toned, id);
  }
  interned.ids.set(raw, id);
  return id;
}

/** Keys of `counts` with at least `min`, most first, ties by code point (the same content writes the same file). */
function byFrequency(counts: Map<string, number>, min: number, keep: (key: string) => boolean = () => false): string[] {
  const kept = [...counts].filter(([k, n]) => n >= min || keep(k));
  kept.sort(([a, m], [b, n]) => n - m || (a < b ? -1 : a > b ? 1 : 0));
  return kept.map(([k]) => k);
}

/**
 * The vocabulary of a base: each item of `texts` is one document (title, summary, body), and a
 * word's frequency is the number of documents it is in, so one long body cannot push its pet
 * words up the ranks.
 *
 * Every spelling seen is kept, not only the most frequent of a folded form: the spellings are
 * what marked input is compared with ("luâng" is one slip from "luân", two from "lương") and
 * what a correction shows. Words seen in one document only are kept when they look like a
 * Vietnamese syllable: they are real rare words (a commune's name, a term used once) which
 * search finds, and a word that finds something must never be "corrected" away from it. Other
 * words seen once (typos in the content, foreign fragments, debris) are dropped: they find
 * little, and keeping a slip such as "nghj" would make that very slip known and uncorrectable.
 * Pairs seen in one document only are dropped, and at most `maxPairs` kept: they only break
 * ties, and the common phrases are the ones people type.
 */
export function buildVocabulary(texts: Iterable<string>, opts: VocabularyOptions = {}): Vocabulary {
  const minOther = opts.minDocsUnlessSyllable ?? 2;
  const dfById = new Map<number, number>();
  const pairDfById = new Map<number, number>();
  const interned: Interned = { ids: new Map(), spellings: [], bySpelling: new Map() };
  for (const text of texts) {
    const { words, pairs } = syllablesOf(text, interned);
    for (const w of words) dfById.set(w, (dfById.get(w) ?? 0) + 1);
    for (const p of pairs) pairDfById.set(p, (pairDfById.get(p) ?? 0) + 1);
  }
  const spelled = interned.spellings;
  const df = new Map([...dfById].map(([id, n]) => [spelled[id]!, n]));
  const pairDf = new Map([...pairDfById].map(([key, n]) => [`${spelled[Math.floor(key / PAIR)]} ${spelled[key % PAIR]}`, n]));
  const words = byFrequency(df, minOther, (w) => SYLLABLE.test(fold(w)));
  const known = new Set(words);
  const pairs = byFrequency(pairDf, 2)
    .filter((p) => p.split(' ').every((w) => known.has(w)))
    .slice(0, opts.maxPairs ?? 1000);
  return { words, pairs };
}

const INDEXES = new WeakMap<Vocabulary, SpellingIndex>();

/**
 * The lookup for a vocabulary, built once and remembered for that (unchanging) vocabulary
 * object, so {@link correctQuery} can be called per keystroke without rebuilding it.
 */
export function spellingIndex(vocab: Vocabulary): SpellingIndex {
  const cached = INDEXES.get(vocab);
  if (cached) return cached;
  const byFolded = new Map<string, number[]>();
  const bySkeleton = new Map<string, number[]>();
  const add = (map: Map<string, number[]>, key: string, rank: number) => {
    const ranks = map.get(key);
    if (ranks) ranks.push(rank);
    else map.set(key, [rank]);
  };
  vocab.words.forEach((w, rank) => {
    add(byFolded, fold(w), rank);
    add(bySkeleton, tonesStripped(w), rank);
  });
  const after = new Set<string>();
  const before = new Set<string>();
  for (const pair of vocab.pairs) {
    const [a = '', b = ''] = pair.split(' ');
    after.add(`${fold(a)}|${b}`);
    before.add(`${a}|${fold(b)}`);
  }
  const index = { words: vocab.words, byFolded, bySkeleton, after, before };
  INDEXES.set(vocab, index);
  return index;
}

/** Every string one edit from `word` (substitution, insertion, deletion, adjacent transposition) over `letters`. */
function edits(word: string, letters: string): Set<string> {
  const cs = [...word];
  const abc = [...letters];
  const out = new Set<string>();
  const at = (i: number, j: number, mid: string) => cs.slice(0, i).join('') + mid + cs.slice(j).join('');
  for (let i = 0; i <= cs.length; i++) {
    for (const ch of abc) out.add(at(i, i, ch));
    if (i === cs.length) break;
    out.add(at(i, i + 1, ''));
    for (const ch of abc) if (ch !== cs[i]) out.add(at(i, i + 1, ch));
    if (i + 1 < cs.length && cs[i] !== cs[i + 1]) out.add(at(i, i + 2, cs[i + 1]! + cs[i]!));
  }
  out.delete(word);
  return out;
}

/** The tone mark of a word (NFD combining character), or '' for none. */
function toneOf(word: string): string {
  return TONE.exec(word.normalize('NFD'))?.[0] ?? '';
}

/** `word` in the case the member typed `typed` in: "NGHJ" → "NGHỊ", "Nghj" → "Nghị". */
function inCaseOf(typed: string, word: string): string {
  if (typed.length > 1 && typed === typed.toUpperCase() && typed !== typed.toLowerCase()) return word.toUpperCase();
  const first = typed[0] ?? '';
  if (first !== first.toLowerCase()) return (word[0] ?? '').toUpperCase() + word.slice(1);
  return word;
}

/** Whether a typed word is left as it is: too short, a code abbreviation, known (`known`: by its folded form), or no syllable at all. */
function leftAlone(word: string, known: (folded: string) => boolean): boolean {
  const folded = fold(word);
  if ([...folded].length < 2 || !/^[a-z]+$/.test(folded)) return true;
  if (known(folded)) return true;
  // Kind and issuer abbreviations ("ctr", "nq", "tw") and other vowel-less words are codes.
  if (canonicalAbbreviation(word) !== null || lookupIssuer(word) !== undefined) return true;
  return !/[aeiouy]/.test(folded) && !FOREIGN_LETTER.test(folded);
}

/**
 * The vocabulary word a slip was meant to be, or undefined. With vowel marks typed, they are
 * taken at their word ("luâng" → "luận", not "lương"); a word with none is compared folded.
 * If marked input has no neighbour with the same marks, its folded form is tried ("đoii").
 * Among candidates, one that makes a known pair with a typed neighbour wins ("tham nhunh" →
 * "nhũng"), then one with the tone the member typed ("nghịj" → "nghị", not "nghĩ"), then the
 * most frequent. `prev` and `next` are the neighbouring typed words, folded ('' for none).
 */
function bestCandidate(word: string, prev: string, next: string, index: SpellingIndex): string | undefined {
  const lower = nfc(word).toLowerCase();
  const ranks: number[] = [];
  const collect = (map: Map<string, number[]>, key: string, letters: string) => {
    for (const e of edits(key, letters)) ranks.push(...(map.get(e) ?? []));
  };
  if (VOWEL_MARKS.test(lower)) collect(index.bySkeleton, tonesStripped(lower), MARKED_LETTERS);
  if (ranks.length === 0) collect(index.byFolded, fold(lower), FOLDED_LETTERS);
  if (ranks.length === 0) return undefined;
  const prefer = (rs: number[], test: (w: string) => boolean) => {
    const hits = rs.filter((r) => test(index.words[r]!));
    return hits.length > 0 ? hits : rs;
  };
  const paired = prefer(ranks, (w) => index.after.has(`${prev}|${w}`) || index.before.has(`${w}|${next}`));
  const tone = toneOf(lower);
  const toned = tone === '' ? paired : prefer(paired, (w) => toneOf(w) === tone);
  return index.words[Math.min(...toned)];
}

// A whitespace-separated piece of the query that is one word with punctuation around it; codes
// ("58-NQ/TW", "nq58") and anything with digits do not match and are left alone.
const PIECE = /^([^\p{L}\p{M}\p{N}]*)([\p{L}\p{M}]+)([^\p{L}\p{M}\p{N}]*)$/u;

/**
 * The query with each slip replaced by the vocabulary's spelling, or undefined when there is
 * nothing to correct (every word known folded, a code, one letter, or nothing one edit away).
 * Everything else in the query (spaces, punctuation, the other words) is kept as typed.
 */
export function correctQuery(query: string, vocab: Vocabulary): Correction | undefined {
  const index = spellingIndex(vocab);
  const pieces = [...query.matchAll(/\S+/gu)].map((m) => ({ at: m.index, text: m[0], parts: PIECE.exec(m[0]) }));
  // Neighbours as typed, folded: a code or a number is no neighbour.
  const folded = pieces.map((p) => (p.parts?.[2] === undefined ? '' : fold(p.parts[2])));
  const changes: Correction['changes'] = [];
  let out = '';
  let from = 0;
  pieces.forEach((p, i) => {
    const word = p.parts?.[2];
    if (p.parts === null || word === undefined || leftAlone(word, (f) => index.byFolded.has(f))) return;
    const best = bestCandidate(word, folded[i - 1] ?? '', folded[i + 1] ?? '', index);
    if (best === undefined) return;
    const to = inCaseOf(word, best);
    changes.push({ from: word, to });
    out += query.slice(from, p.at) + p.parts[1] + to + p.parts[3];
    from = p.at + p.text.length;
  });
  return changes.length === 0 ? undefined : { query: out + query.slice(from), changes };
}

/**
 * The folded forms of the vocabulary's words, once each, most frequent first: all a page needs to
 * tell whether a query may hold a slip ({@link mayHaveSlip}), a fraction of the vocabulary's size.
 */
export function knownSyllables(vocab: Vocabulary): string[] {
  return [...new Set(vocab.words.map((w) => fold(w)))];
}

/**
 * Whether {@link correctQuery} could change the query: some word in it is one it would look at
 * (not a code, not too short, not a syllable the base has, `known` being {@link knownSyllables}).
 * When false the vocabulary need not be fetched.
 */
export function mayHaveSlip(query: string, known: ReadonlySet<string>): boolean {
  return [...query.matchAll(/\S+/gu)].some((m) => {
    const word = PIECE.exec(m[0])?.[2];
    return word !== undefined && !leftAlone(word, (f) => known.has(f));
  });
}
