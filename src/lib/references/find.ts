/**
 * Finding references to documents in running text, in the forms Party texts and the press use:
 * "Nghị quyết số 28-NQ/TW, ngày 17/11/2022", "Kết luận 21-KL/TW", "Chỉ thị 05 của Bộ Chính trị",
 * "Nghị quyết 18, 19", "Nghị quyết Trung ương 4 (khóa XI, XII)", "chương trình hành động số 12",
 * "Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XIX". Finding says what a span names; resolve.ts decides
 * which entry (if any) it is.
 */
import { parseCode, type DocCode } from '../codes/code';
import { KINDS, abbreviationPatternSource, kindForWord } from '../codes/kinds';
import { issuerPatternSource } from '../codes/issuers';
import { parseViDate } from '../text/dates';
import { fold } from '../text/normalize';
import { fromRoman, toRoman } from '../text/terms';
import { plenumKey } from '../plenums/key';
import { NUMBER_WORDS_SOURCE, numberWordValue } from '../plenums/numbers';

/** Which congress a congress resolution names, as far as its words say. */
export type CongressLevel = 'national' | 'province' | 'bloc';

/**
 * What a reference names: a code (full or bare), a Central Committee plenum (Trung ương 4 khóa XI),
 * or a congress resolution, which has no code: its congress number (Roman), the level words if
 * written, and the organ's own words when the text names it ("Đảng bộ tỉnh Thanh Hóa").
 */
export type ReferenceTarget =
  | { type: 'code'; code: DocCode; kind?: string | undefined }
  | { type: 'plenum'; plenum: number; term?: string | undefined }
  | { type: 'congress'; number: string; level?: CongressLevel | undefined; organ?: string | undefined };

/** The congress-resolution form of a target. */
export type CongressTarget = Extract<ReferenceTarget, { type: 'congress' }>;

/** One reference found in a text: the span to link and what it says about its document. */
export interface FoundReference {
  /** Offsets of the span in the text (the link text). */
  start: number;
  end: number;
  text: string;
  target: ReferenceTarget;
  /** Date written with the reference (ISO), if any: it chooses between documents sharing a code. */
  date?: string | undefined;
  /** Year written next to it, e.g. "18-NQ/TW (2017)". */
  year?: string | undefined;
  /** Terms (khóa, Roman) written in the words after it, used to choose between namesakes. */
  terms: string[];
  /** The words after it up to the end of the clause ("của Bộ Chính trị …"), folded later to match an issuer. */
  context: string;
}

const DASH = '[-\\u2010-\\u2015\\u2212]';
const kindWords = [...new Set(KINDS.flatMap((k): readonly string[] => k.words))].sort((a, b) => b.length - a.length);
// Words are matched case-insensitively; the old tone placement (khoá) is accepted too.
const KW = kindWords.map((w) => w.replace(/\s+/g, '\\s+')).join('|');
const KHOA = 'kh(?:óa|oá|oa)';
const ROMAN = '[IVXLC]{1,7}';
const DATE = `\\d{1,2}\\s*(?<sep>[/.-])\\s*\\d{1,2}\\s*\\k<sep>\\s*\\d{4}`;

// Kinds whose name takes "hành động" before the number ("chương trình hành động số 12"); with it,
// a bare number needs "số", so "kế hoạch hành động 2024" stays a year.
const QUALIFIED_WORDS = ['Chương trình', 'Kế hoạch'];
const QW = QUALIFIED_WORDS.map((w) => w.replace(/\s+/g, '\\s+')).join('|');
const QUALIFIER = 'hành\\s+động';

const FULL = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:(?:(?<qword>${QW})\\s+${QUALIFIER}|(?<word>${KW})(?:\\s+(?:${KW}))?)\\s+(?:số(?:\\s*:\\s*|\\s*))?)?` +
    `(?<code>\\d{1,6}(?:\\s*${DASH}\\s*|\\s*)(?:${abbreviationPatternSource()})\\s*\\/\\s*(?:${issuerPatternSource()}))(?![\\p{L}\\p{N}])`,
  'giu',
);
const BARE = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:(?<qword>${QW})\\s+${QUALIFIER}\\s+số(?:\\s*:\\s*|\\s*)|(?<word>${KW})\\s+(?:số(?:\\s*:\\s*|\\s*))?)(?<nums>\\d{1,4}(?:\\s*(?:,|và)\\s*\\d{1,4}(?![\\p{L}\\p{N}]|\\s*[/.]|\\s*${DASH}\\s*\\p{L}))*)` +
    `(?![\\p{L}\\p{N}]|\\s*[/.]\\s*\\d|\\s*${DASH}\\s*[\\p{L}\\d])`,
  'giu',
);
/** Regex source matching `words` in any letter case (the Roman numerals next to them must stay upper case). */
function anyCase(words: string): string {
  return [...words].map((ch) => (ch === ' ' ? '\\s+' : ch.toLowerCase() === ch.toUpperCase() ? ch : `[${ch.toLowerCase()}${ch.toUpperCase()}]`)).join('');
}
const DANG = anyCase('đảng');
const PROVINCE_WORDS = `${anyCase('đảng bộ tỉnh')}|${anyCase('đảng bộ thành phố')}`;
const BLOC_WORDS = anyCase('đảng bộ khối');
// "Nghị quyết Đại hội [đại biểu] [toàn quốc | Đảng | Đảng bộ tỉnh … | Đảng bộ Khối …] [lần thứ] XIII
// [của Đảng | của Đảng bộ tỉnh]". Case-sensitive on purpose: a Roman number is upper case, so
// "nghị quyết đại hội vi phạm" is no congress.
const CONGRESS = new RegExp(
  `(?<![\\p{L}\\p{N}])${anyCase('nghị quyết')}\\s+(?:${anyCase('của')}\\s+)?${anyCase('đại hội')}(?:\\s+${anyCase('đại biểu')})?` +
    `(?:\\s+(?:(?<national>(?:${DANG}\\s+)?${anyCase('toàn quốc')}|${DANG}(?!\\s+${anyCase('bộ')}))|(?<level>${PROVINCE_WORDS}|${BLOC_WORDS})(?<name>(?:\\s+(?!${anyCase('lần')}\\s)[\\p{L}&]+){0,12}?)))?` +
    `\\s+(?:${anyCase('lần thứ')}\\s+)?(?<n>${ROMAN})(?![\\p{L}\\p{N}])` +
    `(?:\\s+${anyCase('của')}\\s+(?:(?<ofLevel>${PROVINCE_WORDS}|${BLOC_WORDS})|(?<ofNational>${DANG}))(?![\\p{L}]|\\s+${anyCase('bộ')}))?`,
  'gu',
);
// "Nghị quyết [Hội nghị] [Ban Chấp hành] Trung ương [lần thứ] 4", "NQ TW4", "NQTW 4", and
// "Nghị quyết Hội nghị lần thứ 4 (tư) Ban Chấp hành Trung ương [Đảng]": every form names the resolution
// ("Hội nghị Trung ương 4" alone names the meeting, and "Ban Chấp hành Trung ương" the issuer).
const PLENUM = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:nghị\\s+quyết\\s+|NQ\\s*)(?:hội\\s+nghị\\s+)?(?:` +
    `(?:ban\\s+chấp\\s+hành\\s+|BCH\\s*)?(?:trung\\s+ương\\s+|TW\\s*|TƯ\\s*)(?:đảng\\s+)?(?:lần\\s+thứ\\s+(?<n3>${NUMBER_WORDS_SOURCE})|(?:lần\\s+thứ\\s+)?(?<n>\\d{1,2}|${ROMAN}))` +
    `|lần\\s+thứ\\s+(?<n2>\\d{1,2}|${ROMAN}|${NUMBER_WORDS_SOURCE})\\s+ban\\s+chấp\\s+hành\\s+trung\\s+ương(?:\\s+đảng)?` +
    `)(?![\\p{L}\\p{N}])`,
  'giu',
);
// After a plenum: "(khóa XI, XII)", "khóa XI và khóa XII", "của khóa XI và khóa XII".
const PLENUM_TERMS = new RegExp(`^(["”’]?\\s*(?:\\(\\s*)?(?:của\\s+)?(?:cả\\s+)?${KHOA}\\s+)(${ROMAN})((?:\\s*(?:,|và)\\s*(?:${KHOA}\\s+)?${ROMAN}(?![\\p{L}]))*)`, 'iu');
const DATE_AFTER = new RegExp(`^\\s*(?:,\\s*)?(?:ban\\s+hành\\s+)?ngày\\s+(${DATE})`, 'iu');
const YEAR_AFTER = /^\s*\((\d{4})\)/u;
const TERM_IN = new RegExp(`${KHOA}\\s+(${ROMAN})(?![\\p{L}])`, 'giu');

/** Words after a reference, up to the end of the clause: where "của Bộ Chính trị", "khóa XII" live. */
function clauseAfter(text: string, from: number): string {
  const rest = text.slice(from, from + 160);
  // Stop at the next sentence end or the next reference word, so hints belong to this reference.
  const stop = new RegExp(`[.;:!?\\n]|\\s(?:và|cùng)\\s|(?:${KW})`, 'iu').exec(rest);
  return stop === null ? rest : rest.slice(0, stop.index);
}

function termsIn(context: string): string[] {
  return [...context.matchAll(TERM_IN)].map((m) => m[1]!.toUpperCase());
}

function romanOrNumber(s: string): number | null {
  if (/^\d+$/.test(s)) return Number(s);
  const roman = fromRoman(s.toUpperCase());
  if (roman !== null) return roman;
  // "lần thứ sáu", "lần thứ tư", "lần thứ mười một".
  const words = numberWordValue(fold(s).split(' '), true);
  return words === undefined ? null : words[0];
}

/** Level words of a congress ("Đảng bộ Khối") → its level. */
function levelOf(words: string): CongressLevel {
  return fold(words).endsWith('khoi') ? 'bloc' : 'province';
}

/** What the words of a congress resolution say: its level, and the organ when the text names it. */
function congressTarget(number: string, g: Record<string, string | undefined>): CongressTarget {
  if (g['national'] !== undefined || g['ofNational'] !== undefined) return { type: 'congress', number, level: 'national' };
  const words = g['level'] ?? g['ofLevel'];
  if (words === undefined) return { type: 'congress', number };
  const name = (g['name'] ?? '').trim();
  // "Đảng bộ tỉnh Thanh Hóa": the level words and the name together are how the organ is called.
  return { type: 'congress', number, level: levelOf(words), organ: name === '' ? undefined : `${words} ${name}`.replace(/\s+/g, ' ') };
}

/** Every reference in `text`, in order; spans never overlap (a full code wins over a bare number). */
export function findReferences(text: string): FoundReference[] {
  const found: FoundReference[] = [];
  const taken: Array<[number, number]> = [];
  const free = (s: number, e: number): boolean => taken.every(([a, b]) => e <= a || s >= b);
  const take = (ref: FoundReference): void => {
    found.push(ref);
    taken.push([ref.start, ref.end]);
  };

  for (const m of text.matchAll(FULL)) {
    const parsed = parseCode(m.groups!['code']!);
    if (!parsed.ok) continue;
    const word = m.groups!['word'] ?? m.groups!['qword'];
    const kind = word === undefined ? undefined : kindForWord(word.replace(/\s+/g, ' '))?.id;
    let end = m.index + m[0].length;
    let date: string | undefined;
    let year: string | undefined;
    const after = text.slice(end);
    const d = DATE_AFTER.exec(after);
    if (d) {
      const iso = parseViDate(d[1]!);
      if (iso.ok) {
        date = iso.iso;
        end += d[0].length;
      }
    } else {
      const y = YEAR_AFTER.exec(after);
      if (y) {
        year = y[1];
        end += y[0].length;
      }
    }
    const context = clauseAfter(text, end);
    // A kind word that disagrees with the code ("Thông báo kết luận số 947-TB/TU") is not a kind filter.
    const kindOk = kind !== undefined && (parsed.code.kinds as string[]).includes(kind);
    take({ start: m.index, end, text: text.slice(m.index, end), target: { type: 'code', code: parsed.code, kind: kindOk ? kind : undefined }, date, year, terms: termsIn(context), context });
  }

  for (const m of text.matchAll(PLENUM)) {
    const n = romanOrNumber((m.groups!['n'] ?? m.groups!['n2'] ?? m.groups!['n3'])!);
    if (n === null || !free(m.index, m.index + m[0].length)) continue;
    const head = m.index + m[0].length;
    const t = PLENUM_TERMS.exec(text.slice(head));
    if (!t) {
      const context = clauseAfter(text, head);
      take({ start: m.index, end: head, text: m[0], target: { type: 'plenum', plenum: n }, terms: [], context });
      continue;
    }
    // The first term joins the plenum words in one link; each further term links on its own.
    const first = t[2]!;
    const firstEnd = head + t[1]!.length + first.length;
    take({ start: m.index, end: firstEnd, text: text.slice(m.index, firstEnd), target: { type: 'plenum', plenum: n, term: toRoman(fromRoman(first.toUpperCase()) ?? 0) }, terms: [first.toUpperCase()], context: '' });
    const more = t[3] ?? '';
    const moreStart = firstEnd;
    for (const r of more.matchAll(new RegExp(`(?:${KHOA}\\s+)?(${ROMAN})(?![\\p{L}])`, 'giu'))) {
      const s = moreStart + r.index;
      const e = s + r[0].length;
      const roman = r[1]!.toUpperCase();
      take({ start: s, end: e, text: text.slice(s, e), target: { type: 'plenum', plenum: n, term: roman }, terms: [roman], context: '' });
    }
  }

  for (const m of text.matchAll(CONGRESS)) {
    const n = fromRoman(m.groups!['n']!);
    const end = m.index + m[0].length;
    if (n === null || !free(m.index, end)) continue;
    const target = congressTarget(toRoman(n), m.groups!);
    const ofLevel = m.groups!['ofLevel'];
    const named = ofLevel === undefined ? null : /^\s+(\p{Lu}[^,.;:!?()\n]*)/u.exec(text.slice(end, end + 100));
    // "… lần thứ XIX của Đảng bộ tỉnh Bình Thuận": the organ named after the number must match as a
    // whole (its name runs to the end of the clause), so a province in the words is never overridden.
    if (named) target.organ = `${ofLevel} ${named[1]!.trim()}`.replace(/\s+/g, ' ');
    take({ start: m.index, end, text: m[0], target, terms: [], context: '' });
  }

  for (const m of text.matchAll(BARE)) {
    const word = (m.groups!['word'] ?? m.groups!['qword'])!;
    const kind = kindForWord(word.replace(/\s+/g, ' '));
    const abbr = kind?.abbreviations[0];
    if (kind === undefined || abbr === undefined) continue;
    const nums = m.groups!['nums']!;
    const numsStart = m.index + m[0].length - nums.length;
    const end = m.index + m[0].length;
    const context = clauseAfter(text, end);
    let firstDone = false;
    for (const n of nums.matchAll(/\d+/g)) {
      const s = firstDone ? numsStart + n.index : m.index;
      const e = numsStart + n.index + n[0].length;
      firstDone = true;
      if (!free(s, e)) continue;
      const parsed = parseCode(`${word} ${n[0]}`);
      if (!parsed.ok) continue;
      take({ start: s, end: e, text: text.slice(s, e), target: { type: 'code', code: parsed.code, kind: kind.id }, terms: termsIn(context), context });
    }
  }

  return found.sort((a, b) => a.start - b.start);
}

/** Plenum keys an alias names ("Nghị quyết Trung ương 4 khóa XI" → ["tw4-XI"]), so entries can claim them. */
export function plenumKeys(text: string): string[] {
  return findReferences(text).flatMap((r) => (r.target.type === 'plenum' && r.target.term !== undefined ? [plenumKey(r.target.plenum, r.target.term)] : []));
}

/** Key of a plenum and term: "tw4-XI" (kept here for the resolver's callers; defined with the plenums). */
export { plenumKey };
