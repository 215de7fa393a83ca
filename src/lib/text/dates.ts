/** Vietnamese date parsing and formatting (dd/mm/yyyy for display, ISO yyyy-mm-dd for storage). */
import { fold, normalizePunctuation } from './normalize.ts';

/** Result of parsing a date: ISO string, or a Vietnamese reason naming what is wrong. */
export type DateResult = { ok: true; iso: string } | { ok: false; reason: string };

const pad2 = (n: number): string => String(n).padStart(2, '0');

function daysInMonth(year: number, month: number): number {
  // Day 0 of the next month is the last day of this one; UTC avoids DST surprises.
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function build(yearText: string, monthText: string, dayText: string): DateResult {
  if (yearText.length !== 4) {
    return { ok: false, reason: `năm phải có 4 chữ số, không phải '${yearText}'` };
  }
  const year = Number(yearText);
  const month = Number(monthText);
  const day = Number(dayText);
  if (year < 1000) return { ok: false, reason: `năm ${yearText} không hợp lệ` };
  if (month < 1 || month > 12) return { ok: false, reason: `tháng ${month} không tồn tại` };
  if (day < 1 || day > daysInMonth(year, month)) {
    return { ok: false, reason: `ngày ${pad2(day)}/${pad2(month)}/${year} không tồn tại` };
  }
  return { ok: true, iso: `${year}-${pad2(month)}-${pad2(day)}` };
}

const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
// Same separator twice (backreference) so "5-8/2020" is not silently accepted.
const NUMERIC = /^(?:ngay\s*)?(\d{1,2})\s*([/.-])\s*(\d{1,2})\s*\2\s*(\d{1,4})$/;
// Printed headers read "Hà Nội, ngày 25 tháng 10 năm 2017": the place before the comma is dropped.
const LONG = /^(?:[^,\d]+,\s*)?ngay\s*(\d{1,2})\s*thang\s*(\d{1,2})\s*,?\s*nam\s*(\d{1,4})$/;

/**
 * Parse a date as Vietnamese documents print it (25/10/2017, 25-10-2017, 25.10.2017,
 * "ngày 05 tháng 8 năm 2020", ISO 2020-08-05) or a Date (YAML dates; UTC parts used).
 */
export function parseViDate(input: string | Date): DateResult {
  if (input instanceof Date) {
    if (Number.isNaN(input.getTime())) return { ok: false, reason: 'ngày không hợp lệ (Invalid Date)' };
    return build(String(input.getUTCFullYear()), String(input.getUTCMonth() + 1), String(input.getUTCDate()));
  }
  if (typeof input !== 'string' || input.trim() === '') return { ok: false, reason: 'không có ngày' };
  const s = fold(normalizePunctuation(input)).replace(/\.$/, '');
  let m = ISO.exec(s);
  if (m) return build(m[1]!, m[2]!, m[3]!);
  m = NUMERIC.exec(s);
  if (m) return build(m[4]!, m[3]!, m[1]!);
  m = LONG.exec(s);
  if (m) return build(m[3]!, m[2]!, m[1]!);
  return {
    ok: false,
    reason: `'${input}' không phải ngày (dùng dd/mm/yyyy, "ngày … tháng … năm …" hoặc yyyy-mm-dd)`,
  };
}

function isoOrThrow(input: string | Date): string {
  const r = parseViDate(input);
  if (!r.ok) throw new RangeError(r.reason);
  return r.iso;
}

/** Format a date (ISO string, any parseViDate spelling, or Date) as dd/mm/yyyy; throws RangeError if invalid. */
export function formatViDate(iso: string | Date): string {
  const [y, m, d] = isoOrThrow(iso).split('-');
  return `${d}/${m}/${y}`;
}

/** Format a date the way document headers do: "ngày 05 tháng 8 năm 2020"; throws RangeError if invalid. */
export function formatViDateLong(iso: string | Date): string {
  const [y, m, d] = isoOrThrow(iso).split('-');
  return `ngày ${d} tháng ${Number(m)} năm ${y}`;
}

/** Year of a date (ISO string, any parseViDate spelling, or Date); throws RangeError if invalid. */
export function yearOf(iso: string | Date): number {
  return Number(isoOrThrow(iso).slice(0, 4));
}
