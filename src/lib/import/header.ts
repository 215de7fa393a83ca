/**
 * The header of a Party document as offices lay it out (Quy định về thể thức văn bản của Đảng):
 * the parent body and the issuing body on the left, "ĐẢNG CỘNG SẢN VIỆT NAM" on the right, "Số …"
 * with the code, the place-and-date line, then the kind in capitals. Word tables and PDF columns
 * give these lines in either order, so each is recognised by its own shape, not by position.
 */
import { formatCode, parseCode } from '../codes/code';
import { KINDS } from '../codes/kinds';
import { parseViDate } from '../text/dates';
import { fold } from '../text/normalize';
import { isSeparator, isUpperLine } from './lines';

/** What the header says, each part with the line it came from (0-based), when found. */
export interface Header {
  /** The bodies printed top left, outermost first ("ĐẢNG BỘ TỈNH THANH HÓA", "BAN CHẤP HÀNH"). */
  bodies: string[];
  /** The code as printed after "Số" ("12-CTr/TU"), in canonical form. */
  code?: string | undefined;
  /** Kind ids the code's abbreviation allows. */
  codeKinds: string[];
  /** The place before the date ("Thanh Hóa"). */
  place?: string | undefined;
  /** The date (ISO). */
  issued?: string | undefined;
  /** The kind heading's kind id, and the words after the kind on the same line ("HÀNH ĐỘNG"). */
  kind?: string | undefined;
  kindLine?: number | undefined;
  /** The body a heading names under the kind ("NGHỊ QUYẾT" / "CỦA BỘ CHÍNH TRỊ" → "BỘ CHÍNH TRỊ"). */
  headingBody?: string | undefined;
  /** Line where the header ends (the kind heading, or the first line of running text). */
  end: number;
}

const PARTY = 'dang cong san viet nam';
// "Số 12-CTr/TU", "Số: 12-CTr/TU", "SỐ 12 - CTr/TU"; the code may stand alone in the next cell.
const NUMBER_LINE = /^s[oố]\s*:?\s*(.*)$/iu;
// "Thanh Hóa, ngày 07 tháng 4 năm 2021", "Hà Nội, ngày 7-4-2021", "ngày 7/4/2021".
const DATE_LINE = /^(?:(?<place>[^,\d]{2,60}),\s*)?ngày\s*(?<d>\d{1,2})\s*(?:tháng\s*(?<m>\d{1,2})\s*,?\s*năm\s*(?<y>\d{4})|(?<sep>[-/.])\s*(?<m2>\d{1,2})\s*\k<sep>\s*(?<y2>\d{4}))\s*\.?$/iu;

/** The place and ISO date of a place-and-date line, or undefined when the line is not one. */
export function parsePlaceDate(line: string): { place?: string | undefined; iso: string } | undefined {
  // Dates split across Word runs or PDF items come with stray spaces inside the numbers ("0 7").
  const joined = line.replace(/(\d)\s+(?=\d)/g, '$1');
  const m = DATE_LINE.exec(joined);
  if (!m) return undefined;
  const g = m.groups!;
  const parsed = parseViDate(`${g['d']}/${g['m'] ?? g['m2']}/${g['y'] ?? g['y2']}`);
  if (!parsed.ok) return undefined;
  const place = g['place']?.trim();
  return { place: place === undefined || place === '' ? undefined : place, iso: parsed.iso };
}

/** The code on a "Số …" line (or a line that is only a code), canonical, with the kinds it allows. */
export function parseNumberLine(line: string): { code: string; kinds: string[] } | undefined {
  const m = NUMBER_LINE.exec(line);
  const rest = (m ? m[1]! : line).trim();
  if (rest === '' || (!m && !/^\d/.test(rest))) return undefined;
  const parsed = parseCode(rest);
  if (!parsed.ok || parsed.code.bare) return undefined;
  return { code: formatCode(parsed.code), kinds: [...parsed.code.kinds] };
}

/** True for a "Số" or "Số:" cell whose code is in the next cell. */
function isNumberLabel(line: string): boolean {
  return /^s[oố]\s*:?$/iu.test(line.trim());
}

/** The kind a heading line names ("KẾ HOẠCH", "CHƯƠNG TRÌNH HÀNH ĐỘNG", "NGHỊ QUYẾT"), if it is one. */
export function kindOfHeading(line: string): string | undefined {
  if (!isUpperLine(line)) return undefined;
  const f = fold(line);
  // Longest names first, so "NGHỊ QUYẾT ĐẠI HỘI" is not taken for "NGHỊ QUYẾT".
  const kinds = [...KINDS].sort((a, b) => b.name.length - a.name.length);
  for (const k of kinds) {
    const name = fold(k.name);
    if (f === name || (f.startsWith(`${name} `) && f.split(' ').length <= name.split(' ').length + 3)) return k.id;
  }
  return undefined;
}

/** Read the header from the first lines of a document. */
export function readHeader(lines: readonly string[]): Header {
  const header: Header = { bodies: [], codeKinds: [], end: 0 };
  const limit = Math.min(lines.length, 40);
  for (let i = 0; i < limit; i++) {
    const line = lines[i]!;
    const kind = kindOfHeading(line);
    if (kind !== undefined && fold(line) !== PARTY) {
      header.kind = kind;
      header.kindLine = i;
      header.end = i + 1;
      const next = lines[i + 1];
      if (next !== undefined && isUpperLine(next) && /^của\s+/iu.test(next)) {
        header.headingBody = next.replace(/^của\s+/iu, '');
        header.end = i + 2;
      }
      return header;
    }
    if (header.code === undefined) {
      const next = lines[i + 1];
      const num = isNumberLabel(line) && next !== undefined ? parseNumberLine(next) : NUMBER_LINE.test(line) || /^\d/.test(line) ? parseNumberLine(line) : undefined;
      if (num) {
        header.code = num.code;
        header.codeKinds = num.kinds;
        if (isNumberLabel(line)) i++;
        continue;
      }
    }
    if (header.issued === undefined) {
      const pd = parsePlaceDate(line);
      if (pd) {
        header.issued = pd.iso;
        header.place = pd.place;
        continue;
      }
    }
    if (isSeparator(line) || fold(line) === PARTY) continue;
    if (isUpperLine(line) && header.kindLine === undefined && !/^\d/.test(line)) {
      header.bodies.push(line);
      continue;
    }
    // Running text before any kind heading: the document has none (or it was not recognised).
    if (!isUpperLine(line) && (header.code !== undefined || header.issued !== undefined)) {
      header.end = i;
      return header;
    }
  }
  header.end = Math.min(lines.length, header.end);
  return header;
}
