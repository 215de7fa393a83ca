/** Party terms (khóa) as Roman numerals: "khóa XIII" ↔ 13. */
import { fold } from './normalize.ts';

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
