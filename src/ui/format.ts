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

/** A target or result value with its unit: "95%", "30% GDP", "300 đảng viên". */
export function showQuantity(value: number, unit: string): string {
  return withUnit(showNumber(value), unit);
}

/** A reported figure against its level, as the bar's caption: "527/600 đảng viên (87,8%)". */
export function progressFigure(value: number, of: number, unit: string, percent: number): string {
  return `${showNumber(value)}/${showNumber(of)} ${unit} (${showNumber(percent)}%)`;
}

/** What a target says, as the formatter reads it (the fields of a content target). */
export interface TargetWording {
  value: number;
  /** Upper end of a range ("10–12 %/năm": value 10, to 12). */
  to?: number | undefined;
  unit: string;
  comparison: string;
  /** With comparison top: the ranked group ("nước dẫn đầu Đông Nam Á"). */
  group?: string | undefined;
  /** The source says "phấn đấu". */
  aim?: boolean | undefined;
}

// "95%", "30% GDP" as the sources print a share; any other unit after a space ("10–12 %/năm",
// "300 đảng viên").
function withUnit(figure: string, unit: string): string {
  const u = unit.trim();
  return u === '%' || u.startsWith('% ') ? `${figure}${u}` : `${figure} ${u}`;
}

/** A figure or a range with an en dash and Vietnamese decimals: "10", "8,5–9,5". */
function showFigure(value: number, to: number | undefined): string {
  return to === undefined ? showNumber(value) : `${showNumber(value)}–${showNumber(to)}`;
}

// After "phấn đấu", a level to be reached reads "phấn đấu đạt ít nhất 30% GDP"; a ceiling or a
// rank keeps its own words ("phấn đấu dưới 3%", "phấn đấu thuộc nhóm 3 …").
const AIM_REACH = new Set(['at-least', 'more-than', 'about']);

/**
 * A target as its source words it, the one formatter for the page, kit, handout, slides, overview
 * and open data: the qualifier (khoảng, ít nhất, trên, dưới, tối đa, đạt, phấn đấu), a range with
 * an en dash ("khoảng 10–12 %/năm", "8,5–9,5%"), a rank with its group ("thuộc nhóm 3 nước dẫn
 * đầu Đông Nam Á").
 */
export function showTarget(target: TargetWording): string {
  const figure = showFigure(target.value, target.to);
  const level =
    target.comparison === 'top'
      ? vi.target.top(figure, target.group ?? target.unit)
      : `${vi.target.comparison[target.comparison] ?? ''} ${withUnit(figure, target.unit)}`.trim();
  if (target.aim !== true) return level;
  return AIM_REACH.has(target.comparison) ? `${vi.target.aim} ${vi.target.comparison['reach']} ${level}` : `${vi.target.aim} ${level}`;
}

/**
 * An outlet as shown: an editor's `unknown` (alone, or before a remark "unknown (bài đăng lại
 * trên …)") reads as the Vietnamese "not known" wording, never as the English word.
 */
export function showOutlet(outlet: string): string {
  const t = outlet.trim();
  if (t === 'unknown') return vi.doc.unknown;
  return /^unknown\b/i.test(t) ? `${vi.doc.unknownOutlet}${t.slice('unknown'.length)}` : t;
}

/** The CSS class of a status badge: the status id, with "chua-ro" for one not known (no English word in a page). */
export function statusClass(status: string): string {
  return status === 'unknown' ? 'chua-ro' : status;
}

/** The short name of a document: its code, or its title when it has none. */
export function docLabel(doc: { data: { code?: string | undefined; title: string } }): string {
  return doc.data.code ?? doc.data.title;
}

/** A province as shown: the name, or the "not known" wording. */
export function showProvince(province: string | undefined): string {
  return province === undefined ? '' : province === 'unknown' ? vi.doc.unknownProvince : province;
}
