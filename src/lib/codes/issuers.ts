/**
 * Issuer suffixes (the part after '/' in 58-NQ/TW) as data. A suffix names a level of the
 * Party, not one organ: "/TW" is used by the Central Committee, the Politburo and the
 * Secretariat alike, so a document's actual issuer is a separate field (an organ id).
 */
import { lettersMatch } from './kinds.ts';

/** Level of the Party apparatus a suffix belongs to. */
export type IssuerLevel = 'central' | 'province' | 'district' | 'grassroots' | 'bloc' | 'other';

/** One issuer suffix. */
export interface IssuerInfo {
  /** Canonical spelling printed in codes ("TW", "BCĐ"). */
  readonly suffix: string;
  /** Other printed spellings meaning the same suffix ("TƯ" for "TW"). */
  readonly aliases: readonly string[];
  /** What the suffix stands for, in Vietnamese. */
  readonly meaning: string;
  /** Level of the apparatus. */
  readonly level: IssuerLevel;
}

/** Known issuer suffixes. Unknown all-letter suffixes are still accepted by the parser (committees invent them). */
export const ISSUERS: readonly IssuerInfo[] = [
  { suffix: 'TW', aliases: ['TƯ'], meaning: 'Trung ương (Ban Chấp hành Trung ương, Bộ Chính trị, Ban Bí thư)', level: 'central' },
  { suffix: 'TU', aliases: [], meaning: 'Tỉnh ủy, Thành ủy', level: 'province' },
  { suffix: 'HU', aliases: [], meaning: 'Huyện ủy', level: 'district' },
  { suffix: 'QU', aliases: [], meaning: 'Quận ủy', level: 'district' },
  { suffix: 'ĐU', aliases: [], meaning: 'Đảng ủy', level: 'grassroots' },
  { suffix: 'ĐUK', aliases: [], meaning: 'Đảng ủy Khối', level: 'bloc' },
  { suffix: 'ĐUKCQTW', aliases: [], meaning: 'Đảng ủy Khối các cơ quan Trung ương', level: 'bloc' },
  { suffix: 'ĐUKDNTW', aliases: [], meaning: 'Đảng ủy Khối Doanh nghiệp Trung ương', level: 'bloc' },
  { suffix: 'QUTW', aliases: [], meaning: 'Quân ủy Trung ương', level: 'central' },
  { suffix: 'ĐUCA', aliases: [], meaning: 'Đảng ủy Công an Trung ương', level: 'central' },
  { suffix: 'BCĐ', aliases: [], meaning: 'Ban Chỉ đạo', level: 'other' },
  { suffix: 'BCSĐ', aliases: [], meaning: 'Ban cán sự đảng', level: 'other' },
  { suffix: 'ĐĐ', aliases: [], meaning: 'Đảng đoàn', level: 'other' },
  { suffix: 'VPTW', aliases: [], meaning: 'Văn phòng Trung ương Đảng', level: 'central' },
  { suffix: 'BTCTW', aliases: [], meaning: 'Ban Tổ chức Trung ương', level: 'central' },
  { suffix: 'BTGTW', aliases: [], meaning: 'Ban Tuyên giáo Trung ương', level: 'central' },
  { suffix: 'BDVTW', aliases: [], meaning: 'Ban Dân vận Trung ương', level: 'central' },
  { suffix: 'BTGDVTW', aliases: [], meaning: 'Ban Tuyên giáo và Dân vận Trung ương', level: 'central' },
  { suffix: 'BNCTW', aliases: [], meaning: 'Ban Nội chính Trung ương', level: 'central' },
  { suffix: 'BKTTW', aliases: [], meaning: 'Ban Kinh tế Trung ương', level: 'central' },
  { suffix: 'BĐNTW', aliases: [], meaning: 'Ban Đối ngoại Trung ương', level: 'central' },
  { suffix: 'UBKTTW', aliases: [], meaning: 'Ủy ban Kiểm tra Trung ương', level: 'central' },
  { suffix: 'VPTU', aliases: [], meaning: 'Văn phòng Tỉnh ủy, Thành ủy', level: 'province' },
  { suffix: 'BTCTU', aliases: [], meaning: 'Ban Tổ chức Tỉnh ủy, Thành ủy', level: 'province' },
  { suffix: 'BTGTU', aliases: [], meaning: 'Ban Tuyên giáo Tỉnh ủy, Thành ủy', level: 'province' },
  { suffix: 'BDVTU', aliases: [], meaning: 'Ban Dân vận Tỉnh ủy, Thành ủy', level: 'province' },
  { suffix: 'BTGDVTU', aliases: [], meaning: 'Ban Tuyên giáo và Dân vận Tỉnh ủy, Thành ủy', level: 'province' },
  { suffix: 'BNCTU', aliases: [], meaning: 'Ban Nội chính Tỉnh ủy, Thành ủy', level: 'province' },
  { suffix: 'UBKTTU', aliases: [], meaning: 'Ủy ban Kiểm tra Tỉnh ủy, Thành ủy', level: 'province' },
];

/**
 * The known suffix an input spells (any case, D for Đ, aliases such as TƯ), or undefined.
 * Exact spellings win over D-for-Đ matches, so "TƯ" is TW and never confused with "TU".
 */
export function lookupIssuer(input: string): IssuerInfo | undefined {
  const up = input.normalize('NFC').toUpperCase();
  return (
    ISSUERS.find((i) => i.suffix === up || i.aliases.includes(up)) ??
    ISSUERS.find((i) => lettersMatch(up, i.suffix) || i.aliases.some((a) => lettersMatch(up, a)))
  );
}

/** Regex source (no anchors, flags 'iu') for known suffixes or any run of letters, for prose finders. */
export function issuerPatternSource(): string {
  const known = ISSUERS.flatMap((i) => [i.suffix, ...i.aliases])
    .sort((a, b) => b.length - a.length)
    .map((s) => s.replace(/Đ/g, '[ĐD]'));
  return `(?:${known.join('|')}|\\p{L}+)`;
}
