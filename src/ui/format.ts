/** Display formatting: document labels, dates, numbers, targets, the Vietnamese way. */
import { formatViDate } from '../lib/text/dates';
import { vi } from '../i18n/vi';

/** dd/mm/yyyy, or the "not known" wording when no source gives the date. */
export function showDate(iso: string | undefined): string {
  return iso === undefined || iso === 'unknown' ? vi.doc.unknown : formatViDate(iso);
}

const numberFormat = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 });

/** A number with Vietnamese separators: 3.463; 87,8. */
export function showNumber(n: number): string {
  return numberFormat.format(n);
}

/** A target or result value with its unit: "95%", "300 đảng viên". */
export function showQuantity(value: number, unit: string): string {
  return unit === '%' ? `${showNumber(value)}%` : `${showNumber(value)} ${unit}`;
}

/** "từ 95%", "tối đa 2 …", "đúng 1 …". */
export function showTarget(target: { value: number; unit: string; comparison: string }): string {
  const word = vi.target.comparison[target.comparison] ?? '';
  return `${word} ${showQuantity(target.value, target.unit)}`.trim();
}

/** The short name of a document: its code, or its title when it has none. */
export function docLabel(doc: { data: { code?: string | undefined; title: string } }): string {
  return doc.data.code ?? doc.data.title;
}

/** A province as shown: the name, or the "not known" wording. */
export function showProvince(province: string | undefined): string {
  return province === undefined ? '' : province === 'unknown' ? vi.doc.unknownProvince : province;
}
