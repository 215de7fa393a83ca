/**
 * Reading a plenum in a search query already split on spaces: "nghị quyết trung ương 6 khóa XII
 * tinh gọn bộ máy", "NQ TW6 khóa 12", "nqtw 6", "Hội nghị lần thứ sáu Ban Chấp hành Trung ương
 * Đảng khóa XII". The span is returned so the caller can keep the rest of the query as words.
 */
import { fold, nfc } from '../text/normalize';
import { toRoman } from '../text/terms';
import { MAX_PLENUM, numberWordValue, numeralValue } from './numbers';

/** A plenum named in a query: its number, its term (Roman) when written, and the words it took (`from` inclusive, `to` exclusive). */
export interface PlenumQuery {
  number: number;
  term?: string;
  from: number;
  to: number;
}

/** A query word as the reader compares it: folded, and lower-cased with its marks (to tell "tư" from "từ"). */
interface Word {
  folded: string;
  lower: string;
}

// Punctuation around a word: "(khóa", "XII),", "“Trung".
const EDGES = /^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu;
// "tw6", "nqtw6", "nqtw", "hntw6", "bchtw", "tư6": the central-committee word with what is glued to it.
const GLUED = /^(?<nq>nq)?(?<hn>hn)?(?:bch)?(?<tw>tw|tu)(?<n>\d{1,2})?$/;
// "khóa13", "k13", "kXIII".
const GLUED_TERM = /^(?:khoa|k)(?<t>\d{1,2}|[ivxlc]+)$/;

function wordOf(raw: string): Word {
  const lower = nfc(raw).toLowerCase().replace(EDGES, '');
  return { folded: fold(lower), lower };
}

/** The term a word writes (Roman, or Arabic which is converted: "13" → "XIII"), within 1–30. */
function termValue(folded: string | undefined): string | undefined {
  if (folded === undefined) return undefined;
  const n = numeralValue(folded);
  return n === undefined ? undefined : toRoman(n);
}

/** A cursor over the words: each `take` consumes on success only. */
class Cursor {
  constructor(
    readonly words: readonly Word[],
    public at: number,
  ) {}
  /** The folded word `ahead` positions on. */
  peek(ahead = 0): string | undefined {
    return this.words[this.at + ahead]?.folded;
  }
  /** Consume the folded words `seq` when they come next. */
  take(...seq: string[]): boolean {
    if (!seq.every((w, i) => this.peek(i) === w)) return false;
    this.at += seq.length;
    return true;
  }
  /** The folded words from here on. */
  rest(): string[] {
    return this.words.slice(this.at).map((w) => w.folded);
  }
}

/** "khóa XII", "khoá 12", "k XIII", "(khóa XII)", "khóa13" after the number, when written. */
function readTerm(c: Cursor): string | undefined {
  const glued = GLUED_TERM.exec(c.peek() ?? '');
  const gluedTerm = termValue(glued?.groups!['t']);
  if (gluedTerm !== undefined) {
    c.at += 1;
    return gluedTerm;
  }
  const marker = c.peek();
  if (marker !== 'khoa' && marker !== 'k') return undefined;
  const term = termValue(c.peek(1));
  if (term !== undefined) c.at += 2;
  return term;
}

/** Whether a term follows (so a number word before it is a number, not "after" or "year"). */
function termFollows(c: Cursor, ahead: number): boolean {
  const probe = new Cursor(c.words, c.at + ahead);
  return readTerm(probe) !== undefined;
}

/**
 * The plenum number at the cursor. Digits and Roman always count; number words count after
 * "lần thứ", or when the query said "nghị quyết"/"hội nghị", or a term follows, and never
 * before a year ("năm 2017").
 */
function readNumber(c: Cursor, ordinal: boolean, prefixed: boolean): number | undefined {
  const word = c.peek();
  if (word === undefined) return undefined;
  const n = numeralValue(word);
  if (n !== undefined) {
    c.at += 1;
    return n;
  }
  const spelled = numberWordValue(c.rest(), ordinal);
  if (spelled === undefined) return undefined;
  const [value, used] = spelled;
  if (/^\d{4}$/.test(c.peek(used) ?? '')) return undefined;
  if (!ordinal && !prefixed && !termFollows(c, used)) return undefined;
  c.at += used;
  return value <= MAX_PLENUM ? value : undefined;
}

/** "trung ương", "tw", "tư" (and "tu" after "nghị quyết"/"hội nghị"), or a glued form; with the number glued to it, if any. */
function readCentral(c: Cursor, prefixed: boolean): { glued?: number; prefixed: boolean } | undefined {
  if (c.take('trung', 'uong')) return { prefixed };
  const word = c.words[c.at];
  const g = word === undefined ? null : GLUED.exec(word.folded);
  if (g === null) return undefined;
  const groups = g.groups!;
  const gluedPrefix = groups['nq'] !== undefined || groups['hn'] !== undefined;
  // "tu" folded is also "từ" (from): only the written "tư" or a preceding "nghị quyết" makes it Trung ương.
  if (groups['tw'] === 'tu' && !word!.lower.includes('ư') && !prefixed && !gluedPrefix) return undefined;
  c.at += 1;
  const n = groups['n'] === undefined ? undefined : numeralValue(groups['n']);
  if (groups['n'] !== undefined && n === undefined) return undefined;
  return n === undefined ? { prefixed: prefixed || gluedPrefix } : { glued: n, prefixed: prefixed || gluedPrefix };
}

/** A plenum starting at word `i`, or undefined. */
function plenumAt(words: readonly Word[], i: number): PlenumQuery | undefined {
  const c = new Cursor(words, i);
  let prefixed = c.take('nghi', 'quyet') || c.take('nq');
  const meeting = c.take('hoi', 'nghi') || c.take('hn');
  prefixed ||= meeting;

  // "Hội nghị lần thứ 6 Ban Chấp hành Trung ương (Đảng) khóa XII".
  if (meeting && (c.take('lan', 'thu') || c.take('lan'))) {
    const number = readNumber(c, true, true);
    if (number === undefined) return undefined;
    if (!(c.take('ban', 'chap', 'hanh') || c.take('bch'))) return undefined;
    if (!(c.take('trung', 'uong') || c.take('tw') || c.take('tu'))) return undefined;
    c.take('dang');
    const term = readTerm(c);
    return { number, ...(term === undefined ? {} : { term }), from: i, to: c.at };
  }

  c.take('ban', 'chap', 'hanh') || c.take('bch');
  const central = readCentral(c, prefixed);
  if (central === undefined) return undefined;
  let number = central.glued;
  if (number === undefined) {
    c.take('dang');
    const ordinal = c.take('lan', 'thu') || c.take('lan');
    number = readNumber(c, ordinal, central.prefixed);
  }
  if (number === undefined) return undefined;
  const term = readTerm(c);
  return { number, ...(term === undefined ? {} : { term }), from: i, to: c.at };
}

/** The first span of `words` that names a Central Committee plenum ("trung ương 6 khóa XII"), or undefined. */
export function findPlenumInWords(words: readonly string[]): PlenumQuery | undefined {
  const read = words.map(wordOf);
  for (let i = 0; i < read.length; i++) {
    const found = plenumAt(read, i);
    if (found !== undefined) return found;
  }
  return undefined;
}
