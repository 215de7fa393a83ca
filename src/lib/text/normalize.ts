/**
 * Vietnamese text normalisation: NFC, tone placement, diacritic folding, slugs.
 * Used by the code parser, search, slugs and sorting, so every caller agrees on one spelling.
 */

/** NFC-normalise a string (the project stores all text as NFC). */
export function nfc(s: string): string {
  return s.normalize('NFC');
}

// Combining tone marks (huyền, sắc, ngã, hỏi, nặng). Vowel-quality marks (◌̂ ◌̆ ◌̛) are not tones.
const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/u;
const ANY_TONE_MARK = /[\u0300\u0301\u0303\u0309\u0323]/gu;
const WORD = /[\p{L}\p{M}]+/gu;
// Onset consonants only; a nucleus of exactly oa/oe/uy with no final consonant is the only
// place where old ("hoà", "uỷ") and new ("hòa", "ủy") tone placement differ.
const OPEN_GLIDE_SYLLABLE = /^([bcdđghklmnpqrstvx]*)(oa|oe|uy)$/u;

interface Cluster {
  base: string;
  marks: string;
}

function clusters(word: string): Cluster[] {
  const out: Cluster[] = [];
  for (const ch of word.normalize('NFD')) {
    const last = out[out.length - 1];
    if (/\p{M}/u.test(ch) && last) last.marks += ch;
    else out.push({ base: ch, marks: '' });
  }
  return out;
}

function normalizeWordTone(word: string): string {
  const cs = clusters(word);
  const toned = cs.filter((c) => TONE_MARKS.test(c.marks));
  if (toned.length !== 1) return word;
  const bases = cs.map((c) => c.base.toLowerCase()).join('');
  const m = OPEN_GLIDE_SYLLABLE.exec(bases);
  if (!m) return word;
  const onset = m[1] ?? '';
  // In "quý", "quỳ" the u belongs to the consonant qu-, so y is the vowel and keeps the tone.
  if (onset.endsWith('q')) return word;
  const first = cs[onset.length];
  const second = cs[onset.length + 1];
  if (!first || !second) return word;
  // Only plain o/u + a/e/y: "oă", "uê" etc. carry vowel marks and have a fixed tone position.
  if (first.marks.replace(ANY_TONE_MARK, '') !== '' || second.marks.replace(ANY_TONE_MARK, '') !== '') {
    return word;
  }
  if (!TONE_MARKS.test(second.marks)) return word;
  first.marks += second.marks;
  second.marks = '';
  return cs.map((c) => c.base + c.marks).join('').normalize('NFC');
}

/**
 * Put tones in the project's canonical place ("hòa", "ủy", "Thanh Hóa", "khỏe"; "quý" unchanged),
 * so old and new placements are the same word. Returns NFC.
 */
export function normalizeTone(s: string): string {
  return nfc(s).replace(WORD, (w) => normalizeWordTone(w.normalize('NFC')));
}

/**
 * Drop the five tone marks, keep vowel marks (â ă ê ô ơ ư) and đ ("luận" → "luân", "Đảng" → "Đang"). Returns NFC.
 * Spelling correction compares these forms when the member typed vowel marks: they say what was meant.
 */
export function tonesStripped(s: string): string {
  return s.normalize('NFD').replace(ANY_TONE_MARK, '').normalize('NFC');
}

// Letters that look like Đ/đ (Icelandic eth, African D) arrive from legacy encodings and
// keyboards; for matching they all mean d.
const D_LIKE = /[đðɖ]/gu;

const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

function foldOnce(s: string): string {
  return s
    .normalize('NFKD')
    .toLowerCase()
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(D_LIKE, 'd')
    .replace(/\s+/gu, ' ')
    .trim();
}

/**
 * Fold for search/matching: lowercase, no tone or vowel marks, đ→d, whitespace collapsed.
 * Accepts NFC or NFD; idempotent.
 */
export function fold(s: string): string {
  // Iterate to a fixed point: case mapping and compatibility decomposition can each expose
  // input for the other (rare symbols), and callers rely on fold(fold(x)) === fold(x).
  let cur = foldOnce(s);
  // Folded Vietnamese is plain ASCII, which a second pass cannot change: most text stops here
  // (the fold of every body is on the build's path).
  if (PRINTABLE_ASCII.test(cur)) return cur;
  for (let i = 0; i < 4; i++) {
    const next = foldOnce(cur);
    if (next === cur) break;
    cur = next;
  }
  return cur;
}

/** ASCII URL slug: fold, then runs of anything but [a-z0-9] become '-', trimmed ("58-NQ/TW" → "58-nq-tw"). */
export function slugify(s: string): string {
  return fold(s)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

// Every dash people (and word processors) type between parts of a code or date.
const DASHES = /[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/gu;
const SLASHES = /[\u2044\u2215\uFF0F]/gu;

/**
 * Compatibility-normalise punctuation: NFKC (fullwidth → ASCII), odd dashes → '-',
 * odd slashes → '/', whitespace runs → one space, trimmed.
 */
export function normalizePunctuation(s: string): string {
  return s
    .normalize('NFKC')
    .replace(DASHES, '-')
    .replace(SLASHES, '/')
    .replace(/\s+/gu, ' ')
    .trim();
}
