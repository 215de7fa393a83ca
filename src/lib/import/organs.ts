/**
 * Which organ of content/organs.yaml a header and a signature name. Headers print the body in
 * capitals and often in two lines ("ĐẢNG BỘ TỈNH THANH HÓA" / "BAN CHẤP HÀNH"); the signature says
 * on behalf of which body ("T/M BAN THƯỜNG VỤ"). Names are compared folded, without the
 * parenthesised other name the organ list gives ("Tỉnh ủy Thanh Hóa (Ban Chấp hành Đảng bộ tỉnh …)").
 */
import { fold, slugify } from '../text/normalize';

/** What matching needs of an organ. */
export interface OrganRef {
  id: string;
  name: string;
  shortName?: string | undefined;
  level: string;
  province?: string | undefined;
  parent?: string | undefined;
}

/** A new organ to add to organs.yaml, when the printed body is not in the list. */
export interface OrganProposal {
  id: string;
  name: string;
  level: string;
  province?: string | undefined;
}

/** The organ found, or a proposal, with the printed words it was read from. */
export interface IssuerMatch {
  organ?: OrganRef | undefined;
  proposal?: OrganProposal | undefined;
  printed: string;
}

/** Folded spellings of a name: whole, without "(…)", the "(…)" alone, without a trailing "Đảng". */
function spellings(name: string): string[] {
  const whole = fold(name);
  const outside = fold(name.replace(/\([^)]*\)/g, ' '));
  const inside = [...name.matchAll(/\(([^)]*)\)/g)].map((m) => fold(m[1]!));
  return [...new Set([whole, outside, ...inside].flatMap((s) => [s, s.replace(/ dang$/, '')]).filter((s) => s !== ''))];
}

/** The organ whose name is exactly these printed words (folded), if any. */
export function organNamed(words: string, organs: readonly OrganRef[]): OrganRef | undefined {
  const w = fold(words).replace(/ dang$/, '');
  // A spelling of one or two words ("Tỉnh ủy" of an organ whose province is unknown) names no one organ.
  return organs.find((o) => spellings(o.name).some((s) => s === w && s.split(' ').length >= 3) || (o.shortName !== undefined && fold(o.shortName) === w));
}

/** Level of an organ from its printed name, for a proposal. */
function levelOf(words: string): string {
  const f = fold(words);
  if (/trung uong|bo chinh tri|ban bi thu/.test(f) && !/khoi/.test(f)) return 'central';
  if (/khoi/.test(f)) return 'bloc';
  if (/tinh|thanh uy/.test(f)) return 'province';
  return 'grassroots';
}

/**
 * A name from printed capitals: sentence case, and the place after "Tỉnh ủy", "Huyện ủy", "Đảng ủy"
 * … in title case ("TỈNH ỦY BẮC NINH" → "Tỉnh ủy Bắc Ninh"); the editor confirms it.
 */
export function nameFromCapitals(words: string): string {
  const lower = words.toLowerCase();
  const m = /^((?:ban thường vụ |ban chấp hành )?(?:tỉnh|thành|huyện|quận|thị|đảng) (?:ủy|uỷ)(?: khối)?) (.+)$/u.exec(lower);
  const head = m ? m[1]! : lower;
  const place = m ? ` ${m[2]!.replace(/(^|\s)(\p{Ll})/gu, (_x, sp: string, ch: string) => sp + ch.toUpperCase())}` : '';
  return head.charAt(0).toUpperCase() + head.slice(1) + place;
}

/**
 * The issuer from the header bodies (outermost first) and the body signed for. The most specific
 * reading wins: the signing body under the header's organ ("BAN THƯỜNG VỤ" + "TỈNH ỦY THANH HÓA"),
 * the signing body alone ("BỘ CHÍNH TRỊ" under "BAN CHẤP HÀNH TRUNG ƯƠNG"), the header's lower
 * line under the upper one, each header line alone; a body that matches nothing is proposed.
 */
export function matchIssuer(bodies: readonly string[], onBehalf: string | undefined, organs: readonly OrganRef[], place?: string): IssuerMatch | undefined {
  const lines = bodies.filter((b) => b.trim() !== '');
  const last = lines[lines.length - 1];
  const first = lines[0];
  const readings: string[] = [];
  if (onBehalf !== undefined) {
    for (let k = lines.length - 1; k >= 0; k--) {
      readings.push(`${onBehalf} ${lines[k]}`);
      // "BAN BÍ THƯ" under "BAN CHẤP HÀNH TRUNG ƯƠNG" is the Ban Bí thư Trung ương; "TỈNH ỦY" under
      // "ĐẢNG BỘ TỈNH THANH HÓA" is the Tỉnh ủy Thanh Hóa.
      const place = lines[k]!.replace(/^(?:BAN CHẤP HÀNH|ĐẢNG BỘ (?:TỈNH|THÀNH PHỐ|HUYỆN|QUẬN))\s+/u, '');
      if (place !== lines[k]) readings.push(`${onBehalf} ${place}`);
    }
  }
  if (lines.length >= 2) readings.push(`${last} ${lines.slice(0, -1).join(' ')}`, lines.join(' '));
  if (onBehalf !== undefined) readings.push(onBehalf);
  for (let k = lines.length - 1; k >= 0; k--) readings.push(lines[k]!);
  for (const words of readings) {
    const organ = organNamed(words, organs);
    if (organ !== undefined) return { organ, printed: words };
  }
  if (last === undefined && onBehalf === undefined) return undefined;
  const printed = lines.length >= 2 && /^(?:ban chap hanh|ban thuong vu)$/.test(fold(last!)) ? `${last} ${first}` : (last ?? onBehalf)!;
  const name = nameFromCapitals(printed);
  const level = levelOf(printed);
  return { printed, proposal: { id: slugify(name), name, level, province: level === 'central' ? undefined : place } };
}
