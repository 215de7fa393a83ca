/**
 * Characters that are not what they look like: letters of another script that print like Latin
 * ones (Cyrillic Т, Greek Ν …), and characters that print as nothing (a zero-width space pasted
 * from a web page). A code must say what it looks like, so the code model folds the look-alikes to
 * Latin and refuses invisible characters, naming each by its code point so an editor can find it.
 */

/**
 * Cyrillic and Greek letters whose confusable skeleton (Unicode UTS #39, confusables.txt) is one
 * Latin letter. Only letters that print the same in ordinary fonts: Cyrillic к (a small capital,
 * not k) or З (a 3, not a letter) are left out.
 */
const LOOK_ALIKES: Readonly<Record<string, string>> = {
  // Cyrillic capitals
  'А': 'A', 'В': 'B', 'Е': 'E', 'К': 'K', 'М': 'M', 'Н': 'H', 'О': 'O', 'Р': 'P', 'С': 'C', 'Т': 'T',
  'У': 'Y', 'Х': 'X', 'Ѕ': 'S', 'І': 'I', 'Ј': 'J', 'Ү': 'Y', 'Һ': 'H', 'Ӏ': 'I', 'Ԛ': 'Q', 'Ԝ': 'W',
  // Cyrillic small letters
  'а': 'a', 'е': 'e', 'о': 'o', 'р': 'p', 'с': 'c', 'у': 'y', 'х': 'x', 'ѕ': 's', 'і': 'i', 'ј': 'j',
  'ү': 'y', 'һ': 'h', 'ӏ': 'l', 'ԁ': 'd', 'ԛ': 'q', 'ԝ': 'w',
  // Greek capitals
  'Α': 'A', 'Β': 'B', 'Ε': 'E', 'Ζ': 'Z', 'Η': 'H', 'Ι': 'I', 'Κ': 'K', 'Μ': 'M', 'Ν': 'N', 'Ο': 'O',
  'Ρ': 'P', 'Τ': 'T', 'Υ': 'Y', 'Χ': 'X', 'Ϲ': 'C', 'ϒ': 'Y',
  // Greek small letters
  'α': 'a', 'ι': 'i', 'ν': 'v', 'ο': 'o', 'ρ': 'p', 'ϲ': 'c', 'ϳ': 'j',
};

/** Unicode names of the invisible characters editors meet (pasted from web pages, Word, PDF). */
const INVISIBLE_NAMES: Readonly<Record<number, string>> = {
  0x00ad: 'SOFT HYPHEN',
  0x034f: 'COMBINING GRAPHEME JOINER',
  0x061c: 'ARABIC LETTER MARK',
  0x115f: 'HANGUL CHOSEONG FILLER',
  0x1160: 'HANGUL JUNGSEONG FILLER',
  0x180e: 'MONGOLIAN VOWEL SEPARATOR',
  0x200b: 'ZERO WIDTH SPACE',
  0x200c: 'ZERO WIDTH NON-JOINER',
  0x200d: 'ZERO WIDTH JOINER',
  0x200e: 'LEFT-TO-RIGHT MARK',
  0x200f: 'RIGHT-TO-LEFT MARK',
  0x202a: 'LEFT-TO-RIGHT EMBEDDING',
  0x202b: 'RIGHT-TO-LEFT EMBEDDING',
  0x202c: 'POP DIRECTIONAL FORMATTING',
  0x202d: 'LEFT-TO-RIGHT OVERRIDE',
  0x202e: 'RIGHT-TO-LEFT OVERRIDE',
  0x2060: 'WORD JOINER',
  0x2061: 'FUNCTION APPLICATION',
  0x2062: 'INVISIBLE TIMES',
  0x2063: 'INVISIBLE SEPARATOR',
  0x2064: 'INVISIBLE PLUS',
  0x2066: 'LEFT-TO-RIGHT ISOLATE',
  0x2067: 'RIGHT-TO-LEFT ISOLATE',
  0x2068: 'FIRST STRONG ISOLATE',
  0x2069: 'POP DIRECTIONAL ISOLATE',
  0x3164: 'HANGUL FILLER',
  0xfeff: 'ZERO WIDTH NO-BREAK SPACE',
  0xffa0: 'HALFWIDTH HANGUL FILLER',
};

// Default-ignorable code points print as nothing; control characters (other than the whitespace
// YAML and Markdown use) cannot be seen either.
const INVISIBLE = /[\p{Default_Ignorable_Code_Point}\p{Cc}]/u;
const WHITESPACE_CONTROLS = new Set(['\t', '\n', '\r']);

/** "U+200B": a code point as Unicode writes it. */
export function codePoint(ch: string): string {
  return `U+${(ch.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
}

/** True for a character that prints as nothing (zero-width, direction marks, soft hyphen, controls). */
export function isInvisible(ch: string): boolean {
  return INVISIBLE.test(ch) && !WHITESPACE_CONTROLS.has(ch);
}

/** The Latin letter a Cyrillic or Greek look-alike stands for ("Т" → "T"), or undefined. */
export function latinLookAlike(ch: string): string | undefined {
  return LOOK_ALIKES[ch];
}

/** Every Cyrillic and Greek look-alike in `s` replaced by the Latin letter it prints as. */
export function foldLookAlikes(s: string): string {
  let out = '';
  for (const ch of s) out += LOOK_ALIKES[ch] ?? ch;
  return out;
}

/** The script of a letter, as an editor would call it (Cyrillic, Greek …), or undefined for Latin and non-letters. */
function scriptOf(ch: string): string | undefined {
  if (!/\p{L}/u.test(ch) || /\p{Script=Latin}/u.test(ch)) return undefined;
  for (const script of ['Cyrillic', 'Greek', 'Armenian', 'Georgian', 'Cherokee', 'Han', 'Hangul', 'Hiragana', 'Katakana', 'Arabic', 'Hebrew', 'Thai', 'Lao', 'Khmer', 'Devanagari']) {
    if (new RegExp(`\\p{Script=${script}}`, 'u').test(ch)) return script;
  }
  return 'không phải Latinh';
}

/**
 * A character as an editor can find it: "ký tự vô hình U+200B (ZERO WIDTH SPACE)",
 * "chữ Т (U+0422, chữ Cyrillic)", "ký tự ٥ (U+0665)".
 */
export function describeChar(ch: string): string {
  if (isInvisible(ch)) {
    const name = INVISIBLE_NAMES[ch.codePointAt(0) ?? 0];
    return `ký tự vô hình ${codePoint(ch)}${name === undefined ? '' : ` (${name})`}`;
  }
  const script = scriptOf(ch);
  if (script !== undefined) return `chữ ${ch} (${codePoint(ch)}, chữ ${script})`;
  return `ký tự ${ch} (${codePoint(ch)})`;
}

/** The first invisible character of `s` with the text before it, or undefined. */
export function firstInvisible(s: string): { ch: string; before: string } | undefined {
  let before = '';
  for (const ch of s) {
    if (isInvisible(ch)) return { ch, before };
    before += ch;
  }
  return undefined;
}

/** The first letter of `s` that is neither Latin nor a known look-alike (Ж, λ, 中), or undefined. */
export function firstForeignLetter(s: string): string | undefined {
  for (const ch of s) if (LOOK_ALIKES[ch] === undefined && scriptOf(ch) !== undefined) return ch;
  return undefined;
}

/**
 * Why `s` holds a character that is not what it looks like, naming it, or undefined: for fields
 * that must be typed exactly (ids), where a look-alike is refused rather than folded.
 */
export function hiddenCharacterProblem(s: string): string | undefined {
  const invisible = firstInvisible(s);
  if (invisible !== undefined) return `có ${describeChar(invisible.ch)}${invisible.before === '' ? ' ở đầu' : ` sau "${invisible.before}"`}`;
  for (const ch of s) {
    const latin = LOOK_ALIKES[ch];
    if (latin !== undefined) return `có ${describeChar(ch)} trông giống ${latin}`;
  }
  return undefined;
}
