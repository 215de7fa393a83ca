/** Party terms (khóa) as Roman numerals: "khóa XIII" ↔ 13. */
import { fold } from './normalize.ts';
import { formatViDate } from './dates.ts';

/** Highest term number accepted (central terms are in the teens; provincial congresses in the twenties). */
export const MAX_TERM = 99;

/** Result of parsing a term: Roman numeral and number, or a reason. */
export type TermResult = { ok: true; roman: string; number: number } | { ok: false; reason: string };

const ROMAN: ReadonlyArray<readonly [number, string]> = [
  [1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'],
  [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I'],
];

/** Integer 1–3999 → Roman numeral ("XIII"); throws RangeError outside that range. */
export function toRoman(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 3999) throw new RangeError(`${n} không viết được bằng số La Mã (1–3999)`);
  let out = '';
  let rest = n;
  for (const [value, letters] of ROMAN) {
    while (rest >= value) {
      out += letters;
      rest -= value;
    }
  }
  return out;
}

/** Roman numeral (any case) → integer, or null unless it is the canonical spelling ("IIII" → null). */
export function fromRoman(s: string): number | null {
  const up = s.trim().toUpperCase();
  if (!/^[MDCLXVI]+$/.test(up)) return null;
  let total = 0;
  for (let i = 0; i < up.length; i++) {
    const v = ROMAN.find(([, l]) => l === up[i])![0];
    const next = i + 1 < up.length ? ROMAN.find(([, l]) => l === up[i + 1])![0] : 0;
    total += v < next ? -v : v;
  }
  // Round-trip check rejects malformed numerals such as "IIV" or "VX" that the sum would accept.
  return total >= 1 && total <= 3999 && toRoman(total) === up ? total : null;
}

function termOf(n: number): TermResult {
  if (!Number.isInteger(n) || n < 1 || n > MAX_TERM) {
    return { ok: false, reason: `khóa ${n} nằm ngoài khoảng 1–${MAX_TERM}` };
  }
  return { ok: true, roman: toRoman(n), number: n };
}

/** Parse a term: "XIII", "xiii", 13, "13", "khóa XIII", "khoá 13", "Đại hội lần thứ XIII". */
export function parseTerm(x: string | number): TermResult {
  if (typeof x === 'number') return termOf(x);
  if (typeof x !== 'string' || x.trim() === '') return { ok: false, reason: 'không có khóa' };
  const s = fold(x)
    .replace(/^(?:khoa|dai hoi(?: dang bo)?)\s*/, '')
    .replace(/^lan thu\s*/, '')
    .trim();
  if (/^\d+$/.test(s)) return termOf(Number(s));
  const n = fromRoman(s);
  if (n !== null) return termOf(n);
  return { ok: false, reason: `'${x}' không phải khóa (số La Mã như XIII, hoặc số như 13)` };
}

/** Canonical Roman numeral for a term given as number or numeral ("xiii" or 13 → "XIII"); throws RangeError if invalid. */
export function formatTerm(x: number | string): string {
  const r = parseTerm(x);
  if (!r.ok) throw new RangeError(r.reason);
  return r.roman;
}

/**
 * Start (ISO, the closing day of its National Congress) of each term of the Central Committee,
 * oldest first. A date after the last start written here is left open, since the next congress's
 * date is not a fact this table holds.
 */
export const TERM_STARTS: readonly { term: string; from: string }[] = [
  { term: 'XI', from: '2011-01-19' },
  { term: 'XII', from: '2016-01-28' },
  { term: 'XIII', from: '2021-02-01' },
];

/** The terms the table knows, in words, for messages: "khóa XI từ 19/01/2011, khóa XII từ 28/01/2016, …". */
export const TERM_STARTS_TEXT = TERM_STARTS.map((t) => `khóa ${t.term} từ ${formatViDate(t.from)}`).join(', ');

/** Last day this table can answer for: the XIII term ran at least to the end of 2025. */
export const TERM_TABLE_UNTIL = '2025-12-31';

/** The term of a central document issued on `iso`, or undefined when the table cannot say. */
export function termForDate(iso: string): string | undefined {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso) || iso > TERM_TABLE_UNTIL) return undefined;
  let found: string | undefined;
  for (const t of TERM_STARTS) if (iso >= t.from) found = t.term;
  return found;
}

/**
 * The days a central term can hold, as far as the table knows: from its first day (`from`,
 * inclusive) to the next term's first day (`until`, exclusive). A term before the table ended
 * before its first entry; a term after it began after TERM_TABLE_UNTIL.
 */
export function termSpan(term: string): { from?: string; until?: string; afterTable?: true } | undefined {
  const n = parseTerm(term);
  if (!n.ok) return undefined;
  const i = TERM_STARTS.findIndex((t) => t.term === n.roman);
  if (i >= 0) return { from: TERM_STARTS[i]!.from, ...(TERM_STARTS[i + 1] === undefined ? {} : { until: TERM_STARTS[i + 1]!.from }) };
  const first = fromRoman(TERM_STARTS[0]!.term)!;
  if (n.number < first) return { until: TERM_STARTS[0]!.from };
  const last = fromRoman(TERM_STARTS[TERM_STARTS.length - 1]!.term)!;
  return n.number > last ? { afterTable: true } : undefined;
}

/** Whether a central document of `term` can have been issued on `iso` (true when the table cannot say). */
export function termHoldsDate(term: string, iso: string): boolean {
  const span = termSpan(term);
  if (span === undefined || !/^\d{4}-\d{2}-\d{2}$/.test(iso)) return true;
  if (span.afterTable === true) return iso > TERM_TABLE_UNTIL;
  return (span.from === undefined || iso >= span.from) && (span.until === undefined || iso < span.until);
}
