/**
 * The document-code model (số hiệu): parse every spelling people type, print the canonical
 * Party form, and derive stable ASCII keys for equality and lookup.
 */
import { fold, normalizePunctuation, slugify } from '../text/normalize.ts';
import { describeChar, firstForeignLetter, firstInvisible, foldLookAlikes } from '../text/characters.ts';
import { parseViDate } from '../text/dates.ts';
import {
  KINDS,
  abbreviationPatternSource,
  canonicalAbbreviation,
  getKind,
  kindForWord,
  kindsForAbbreviation,
  type KindId,
  type KindInfo,
} from './kinds.ts';
import { issuerPatternSource, lookupIssuer } from './issuers.ts';

/** Fields shared by full and bare codes. */
interface CodeBase {
  /** Number exactly as printed, leading zeros kept ('09'); compare with codeKey, not this. */
  readonly number: string;
  /** Canonical kind abbreviation ('NQ', 'QĐ', 'QĐi', 'CTr'). */
  readonly kindAbbr: string;
  /** Kinds this code can be; two for a plain 'QĐ' unless a kind word said which. */
  readonly kinds: KindId[];
}

/** A full code such as 58-NQ/TW. */
export interface FullCode extends CodeBase {
  /** Canonical issuer suffix ('TW', 'BCĐ'), or the typed letters upper-cased if unknown. */
  readonly issuer: string;
  readonly bare: false;
  /** False when the suffix is not in ISSUERS (still accepted: committees invent suffixes). */
  readonly knownIssuer: boolean;
}

/** A bare reference: kind + number, issuer unknown ("Nghị quyết 58", "NQ 58"). */
export interface BareCode extends CodeBase {
  readonly issuer: null;
  readonly bare: true;
  readonly knownIssuer: false;
}

/** A parsed document code, full or bare. */
export type DocCode = FullCode | BareCode;

/** Result of parseCode: the code, or a Vietnamese reason saying what is wrong. */
export type CodeResult = { ok: true; code: DocCode } | { ok: false; reason: string };

const MAX_NUMBER_DIGITS = 6;
const MAX_UNKNOWN_ISSUER_LENGTH = 12;

type Token = { t: 'N' | 'L' | '-' | '/' | '_'; v: string };

const fail = (reason: string): CodeResult => ({ ok: false, reason });

// Printable ASCII, Latin-1 letters, Latin Extended-A/B and Latin Extended Additional (Vietnamese):
// no invisible character, no letter of another script, no look-alike.
const PLAIN_LATIN = /^[\x20-\x7e\u00c0-\u024f\u1e00-\u1eff]*$/;

function tokenize(s: string): Token[] | string {
  const out: Token[] = [];
  for (const m of s.matchAll(/(\d+)|([\p{L}\p{M}]+)|(-)|(\/)|( )|(.)/gu)) {
    if (m[1]) out.push({ t: 'N', v: m[1] });
    else if (m[2]) out.push({ t: 'L', v: m[2] });
    else if (m[3]) out.push({ t: '-', v: '-' });
    else if (m[4]) out.push({ t: '/', v: '/' });
    else if (m[5]) out.push({ t: '_', v: ' ' });
    else return `${describeChar(m[6]!)} không dùng trong số hiệu`;
  }
  // Spaces around '-' and '/' carry no meaning ("58 - NQ / TW"); elsewhere a space separates parts.
  return out.filter(
    (tok, i) => tok.t !== '_' || !['-', '/'].includes(out[i - 1]?.t ?? '') && !['-', '/'].includes(out[i + 1]?.t ?? ''),
  );
}

/** Strip a leading kind word ("Nghị quyết", "nghi quyet") and "số"/"Số:"; returns the word's kind. */
function stripPrefix(s: string): { kind: KindInfo | undefined; word: string; rest: string } {
  const words = s.split(' ');
  let kind: KindInfo | undefined;
  let word = '';
  // Kind words are two syllables today; try up to three so a longer word added to the table works.
  for (let n = 3; n >= 1 && !kind; n--) {
    if (words.length < n) continue;
    const candidate = words.slice(0, n).join(' ');
    const k = kindForWord(candidate);
    if (k) {
      kind = k;
      word = candidate;
      words.splice(0, n);
    }
  }
  // "Chương trình hành động số 55": the kind's qualifier words belong to its name, not the number.
  for (const q of kind?.qualifiers ?? []) {
    const n = q.split(' ').length;
    if (words.length > n && fold(words.slice(0, n).join(' ')) === fold(q)) {
      word = `${word} ${words.slice(0, n).join(' ')}`;
      words.splice(0, n);
      break;
    }
  }
  // "NQ số 58": "số" after an abbreviation, as after a kind word.
  if (!kind && words.length >= 3 && canonicalAbbreviation(words[0]!) !== null && /^so:?$/.test(fold(words[1]!))) words.splice(1, 1);
  const first = words[0];
  if (first !== undefined && /^so:?$/.test(fold(first))) words.shift();
  else if (first !== undefined && /^so:\S/.test(fold(first))) words[0] = first.slice(3);
  return { kind, word, rest: words.join(' ') };
}

function checkNumber(n: string): string | null {
  if (n.length > MAX_NUMBER_DIGITS) return `số '${n}' quá dài`;
  if (Number(n) === 0) return `số '${n}' không hợp lệ`;
  return null;
}

function resolveKinds(abbrInput: string, word: KindInfo | undefined, wordText: string): { abbr: string; kinds: KindId[] } | string {
  const abbr = canonicalAbbreviation(abbrInput);
  if (abbr === null) {
    const known = KINDS.flatMap((k) => k.abbreviations).filter((a, i, all) => all.indexOf(a) === i);
    return `'${abbrInput}' không phải loại văn bản đã biết (${known.join(', ')})`;
  }
  if (word) {
    if (!(word.abbreviations as readonly string[]).includes(abbr)) {
      return `'${wordText}' không khớp với loại '${abbr}' trong số hiệu`;
    }
    // The word disambiguates: "Quy định 137-QĐ/TW" is a regulation, not a decision.
    return { abbr, kinds: [word.id as KindId] };
  }
  return { abbr, kinds: kindsForAbbreviation(abbr) };
}

function bare(number: string, abbr: string, kinds: KindId[]): CodeResult {
  const bad = checkNumber(number);
  if (bad) return fail(bad);
  return { ok: true, code: { number, kindAbbr: abbr, issuer: null, kinds, bare: true, knownIssuer: false } };
}

/**
 * Parse a document code in any spelling: 58-NQ/TW, 58 NQ TW, nq58, NQ-58, 58/NQ-TW (State order),
 * 05-CT/TƯ, 137-QD/TW, "Nghị quyết số 58-NQ/TW", bare "Nghị quyết 58" (issuer null).
 * Cyrillic and Greek look-alikes are read as the Latin letters they print as ("58-NQ/ТW" with a
 * Cyrillic Т is 58-NQ/TW); an invisible character or a letter of another script is refused, named.
 */
export function parseCode(input: string): CodeResult {
  if (typeof input !== 'string') return fail('không có số hiệu');
  let text = input;
  // Codes are read in every body of the build: only text outside plain and Vietnamese Latin needs a look.
  if (!PLAIN_LATIN.test(input)) {
    // Checked before punctuation is normalised, which would turn some of them (U+FEFF) into spaces.
    const invisible = firstInvisible(input);
    if (invisible !== undefined) {
      return fail(`có ${describeChar(invisible.ch)}${invisible.before === '' ? ' ở đầu' : ` sau "${invisible.before}"`}: xóa ký tự này (gõ lại số hiệu)`);
    }
    const foreign = firstForeignLetter(input);
    if (foreign !== undefined) return fail(`có ${describeChar(foreign)}: số hiệu chỉ dùng chữ Latinh (tiếng Việt)`);
    text = foldLookAlikes(input);
  }
  const s = normalizePunctuation(text)
    // Ð (eth) and Ɖ come from legacy encodings in place of Đ.
    .replace(/[ÐƉ]/g, 'Đ')
    .replace(/[ðɖ]/g, 'đ')
    .replace(/^["'“”‘’«(\[]+|["'“”‘’»)\].,;:]+$/gu, '')
    .trim();
  if (s === '') return fail('không có số hiệu');

  const { kind: word, word: wordText, rest } = stripPrefix(s);
  if (rest === '') return fail(word ? `thiếu số sau '${wordText}'` : 'không có số hiệu');

  // A date is not a code, even though "25/10/2017" has the shape number/number/number.
  if (/^\d+ ?[-/.] ?\d+ ?[-/.] ?\d+$/.test(rest) || parseViDate(rest).ok) {
    return fail(`'${input.trim()}' là ngày tháng, không phải số hiệu`);
  }

  const tokens = tokenize(rest);
  if (typeof tokens === 'string') return fail(tokens);
  const sig = tokens.map((t) => t.t).join('');
  const v = (i: number): string => tokens[i]!.v;

  let number: string;
  let abbrInput: string | null;
  let issuerInput: string | null = null;
  let issuerSep = '';
  let m: RegExpExecArray | null;
  if ((m = /^N([-_]?)L([/_-])L$/.exec(sig))) {
    // Party order: 58-NQ/TW, 58 NQ TW, 58NQ/TW, 58-nq-tw.
    number = v(0);
    abbrInput = v(m[1] ? 2 : 1);
    issuerSep = m[2]!;
    issuerInput = v(tokens.length - 1);
  } else if (/^N\/L-L$/.test(sig)) {
    // State order: 58/NQ-TW.
    number = v(0);
    abbrInput = v(2);
    issuerSep = '-';
    issuerInput = v(4);
  } else if ((m = /^L([-_]?)N$/.exec(sig))) {
    number = v(tokens.length - 1);
    abbrInput = v(0);
  } else if ((m = /^N([-_]?)L$/.exec(sig))) {
    number = v(0);
    abbrInput = v(tokens.length - 1);
  } else if (sig === 'N') {
    if (!word) return fail(`thiếu loại văn bản: '${input.trim()}' chỉ có số (ví dụ 58-NQ/TW hoặc NQ 58)`);
    return bare(v(0), word.abbreviations[0]!, [word.id as KindId]);
  } else {
    return fail(diagnose(sig, tokens, input.trim(), word !== undefined));
  }

  const resolved = resolveKinds(abbrInput, word, wordText);
  if (typeof resolved === 'string') return fail(resolved);
  if (issuerInput === null) return bare(number, resolved.abbr, resolved.kinds);

  const badNumber = checkNumber(number);
  if (badNumber) return fail(badNumber);
  const known = lookupIssuer(issuerInput);
  if (!known) {
    // Letters after '/' are a suffix even if new to us; after a bare space they could be any word.
    if (issuerSep === '_') return fail(`'${issuerInput}' không phải cơ quan ban hành đã biết (viết 58-NQ/${issuerInput.toUpperCase()} nếu đúng)`);
    if ([...issuerInput].length < 2 || [...issuerInput].length > MAX_UNKNOWN_ISSUER_LENGTH) {
      return fail(`'${issuerInput}' không phải ký hiệu cơ quan ban hành hợp lệ`);
    }
  }
  return {
    ok: true,
    code: {
      number,
      kindAbbr: resolved.abbr,
      issuer: known ? known.suffix : issuerInput.normalize('NFC').toUpperCase(),
      kinds: resolved.kinds,
      bare: false,
      knownIssuer: known !== undefined,
    },
  };
}

function diagnose(sig: string, tokens: Token[], input: string, hasWord: boolean): string {
  if (/[/-]$/.test(sig)) return `thiếu phần sau '${tokens[tokens.length - 1]!.v}' trong '${input}'`;
  if (!sig.includes('N')) {
    const firstLetters = tokens.find((t) => t.t === 'L')?.v ?? '';
    if (hasWord || canonicalAbbreviation(firstLetters) !== null) return `thiếu số trong '${input}'`;
    return `'${input}' không phải số hiệu: thiếu số và loại văn bản (ví dụ 58-NQ/TW)`;
  }
  return `không nhận ra số hiệu '${input}' (ví dụ 58-NQ/TW, NQ 58, Nghị quyết số 58)`;
}

/** Parse or throw (for trusted content where a bad code is a build error). */
export function parseCodeOrThrow(input: string): DocCode {
  const r = parseCode(input);
  if (!r.ok) throw new Error(`số hiệu '${input}': ${r.reason}`);
  return r.code;
}

/** Canonical printed form: 58-NQ/TW, 09-KL/BCĐ (number as printed); a bare code prints as "NQ 58". */
export function formatCode(code: DocCode): string {
  return code.bare ? `${code.kindAbbr} ${code.number}` : `${code.number}-${code.kindAbbr}/${code.issuer}`;
}

/** Citation form: "Nghị quyết số 58-NQ/TW"; `kind` picks the name when the code alone is ambiguous (QĐ). */
export function formatCodeLong(code: DocCode, kind?: KindId): string {
  const ids = kind ? [kind] : code.kinds;
  const name = ids.map((id, i) => {
    const n = getKind(id)?.name ?? id;
    return i === 0 ? n : n.toLowerCase();
  });
  return `${name.join('/')} số ${code.bare ? code.number : formatCode(code)}`;
}

/** Canonical form of any spelling, or null if it is not a code ("nq 58" → "NQ 58", "58/nq-tw" → "58-NQ/TW"). */
export function normalizeCode(input: string): string | null {
  const r = parseCode(input);
  return r.ok ? formatCode(r.code) : null;
}

/** Kind + number key ("nq-58"): finds a document from a bare reference; integer number, so 09 = 9. */
export function bareKey(code: DocCode): string {
  return `${slugify(code.kindAbbr)}-${Number(code.number)}`;
}

/**
 * Stable ASCII key for equality and lookup ("58-nq-tw"); integer number so 09-KL/BCĐ = 9-KL/BCĐ.
 * QĐi and QĐ stay distinct keys (they are different printed series). A bare code's key is its bareKey.
 */
export function codeKey(code: DocCode): string {
  if (code.bare) return bareKey(code);
  return `${Number(code.number)}-${slugify(code.kindAbbr)}-${slugify(code.issuer)}`;
}

/** True if two inputs (strings or parsed codes) are the same code by codeKey; false if either does not parse. */
export function sameCode(a: DocCode | string, b: DocCode | string): boolean {
  const pa = typeof a === 'string' ? parseCode(a) : ({ ok: true, code: a } as const);
  const pb = typeof b === 'string' ? parseCode(b) : ({ ok: true, code: b } as const);
  return pa.ok && pb.ok && codeKey(pa.code) === codeKey(pb.code);
}

/** Kinds a code can be (string codes are parsed; [] if unparsable). */
export function kindsForCode(code: DocCode | string): KindId[] {
  if (typeof code !== 'string') return [...code.kinds];
  const r = parseCode(code);
  return r.ok ? [...r.code.kinds] : [];
}

/** True if a document of kind `kindId` may carry this code (e.g. quyet-dinh with 137-QĐ/TW, not with 58-NQ/TW). */
export function isKindCompatible(kindId: string, code: DocCode | string): boolean {
  return (kindsForCode(code) as string[]).includes(kindId);
}

/**
 * Regex source for a Party-order code inside prose (use flags 'giu'): named groups
 * `number`, `abbr`, `issuer`; dashes must be normalised first (normalizePunctuation).
 */
export function codePatternSource(): string {
  return (
    `(?<![\\p{L}\\p{N}])(?<number>\\d{1,${MAX_NUMBER_DIGITS}})\\s*-?\\s*` +
    `(?<abbr>${abbreviationPatternSource()})\\s*/\\s*(?<issuer>${issuerPatternSource()})(?![\\p{L}\\p{N}])`
  );
}
