/**
 * Document kinds (loại văn bản) as data: id (ASCII, used in URLs and frontmatter), the
 * abbreviations printed in codes, and the Vietnamese words that name the kind in prose.
 */
import { fold } from '../text/normalize.ts';

/** One kind of Party document. */
export interface KindInfo {
  /** ASCII slug used in URLs and frontmatter `kind`. */
  readonly id: string;
  /** Abbreviations printed in the code, canonical spelling first; empty for kinds without a code. */
  readonly abbreviations: readonly string[];
  /** Vietnamese name, capitalised as a heading ("Nghị quyết"). */
  readonly name: string;
  /** Heading for a list of this kind ("Các nghị quyết"). */
  readonly plural: string;
  /** Words that name the kind before a number in prose ("Nghị quyết số 58"); empty if none. */
  readonly words: readonly string[];
  /**
   * Words that may follow the kind's word before the number in its longer name ("Chương trình
   * hành động số 55", "Thông báo kết luận số 947"): still the same kind and code.
   */
  readonly qualifiers?: readonly string[];
}

/** Every kind, in the order they are listed on the site. */
export const KINDS = [
  { id: 'nghi-quyet', abbreviations: ['NQ'], name: 'Nghị quyết', plural: 'Các nghị quyết', words: ['Nghị quyết'] },
  { id: 'ket-luan', abbreviations: ['KL'], name: 'Kết luận', plural: 'Các kết luận', words: ['Kết luận'] },
  { id: 'chi-thi', abbreviations: ['CT'], name: 'Chỉ thị', plural: 'Các chỉ thị', words: ['Chỉ thị'] },
  // QĐi is the Central Committee's spelling for some regulations (e.g. 08-QĐi/TW); it is never a decision.
  { id: 'quy-dinh', abbreviations: ['QĐ', 'QĐi'], name: 'Quy định', plural: 'Các quy định', words: ['Quy định'] },
  { id: 'quyet-dinh', abbreviations: ['QĐ'], name: 'Quyết định', plural: 'Các quyết định', words: ['Quyết định'] },
  { id: 'quy-che', abbreviations: ['QC'], name: 'Quy chế', plural: 'Các quy chế', words: ['Quy chế'] },
  { id: 'huong-dan', abbreviations: ['HD'], name: 'Hướng dẫn', plural: 'Các hướng dẫn', words: ['Hướng dẫn'] },
  { id: 'ke-hoach', abbreviations: ['KH'], name: 'Kế hoạch', plural: 'Các kế hoạch', words: ['Kế hoạch'], qualifiers: ['hành động'] },
  { id: 'chuong-trinh', abbreviations: ['CTr'], name: 'Chương trình', plural: 'Các chương trình', words: ['Chương trình'], qualifiers: ['hành động'] },
  { id: 'thong-bao', abbreviations: ['TB'], name: 'Thông báo', plural: 'Các thông báo', words: ['Thông báo'], qualifiers: ['kết luận'] },
  { id: 'bao-cao', abbreviations: ['BC'], name: 'Báo cáo', plural: 'Các báo cáo', words: ['Báo cáo'] },
  { id: 'cong-van', abbreviations: ['CV'], name: 'Công văn', plural: 'Các công văn', words: ['Công văn'] },
  { id: 'de-an', abbreviations: ['ĐA'], name: 'Đề án', plural: 'Các đề án', words: ['Đề án'] },
  { id: 'to-trinh', abbreviations: ['TTr'], name: 'Tờ trình', plural: 'Các tờ trình', words: ['Tờ trình'] },
  { id: 'nghi-quyet-dai-hoi', abbreviations: [], name: 'Nghị quyết Đại hội', plural: 'Nghị quyết Đại hội', words: [] },
  { id: 'tac-pham', abbreviations: [], name: 'Tác phẩm, tài liệu học tập', plural: 'Tác phẩm, tài liệu học tập', words: [] },
] as const satisfies readonly KindInfo[];

/** Id of a kind ('nghi-quyet', 'quy-dinh', …). */
export type KindId = (typeof KINDS)[number]['id'];

/** All kind ids, for schema enums (z.enum(KIND_IDS)). */
export const KIND_IDS = KINDS.map((k) => k.id) as [KindId, ...KindId[]];

const BY_ID = new Map<string, KindInfo>(KINDS.map((k) => [k.id, k]));

/** The kind with this id, or undefined. */
export function getKind(id: string): KindInfo | undefined {
  return BY_ID.get(id);
}

/** True if `id` is a known kind id (type guard). */
export function isKindId(id: string): id is KindId {
  return BY_ID.has(id);
}

/**
 * Letter-wise equality for code parts: case-insensitive, and an input D may stand for Đ
 * (people type without diacritics) but an input Đ must be a Đ in the table ("HĐ" is not "HD").
 */
export function lettersMatch(input: string, canonical: string): boolean {
  const a = [...input.toUpperCase()];
  const b = [...canonical.toUpperCase()];
  if (a.length !== b.length) return false;
  return a.every((ch, i) => ch === b[i] || (ch === 'D' && b[i] === 'Đ'));
}

/** Every distinct canonical abbreviation (NQ, KL, CT, QĐ, QĐi, …), longest first for regex alternation. */
export const KIND_ABBREVIATIONS: readonly string[] = [
  ...new Set(KINDS.flatMap((k): readonly string[] => k.abbreviations)),
].sort((a, b) => b.length - a.length);

/** Canonical spelling of an abbreviation typed in any case / with D for Đ ('qd' → 'QĐ', 'ctr' → 'CTr'), or null. */
export function canonicalAbbreviation(input: string): string | null {
  return KIND_ABBREVIATIONS.find((abbr) => lettersMatch(input, abbr)) ?? null;
}

/** Kinds that print this abbreviation ('QĐ' → ['quy-dinh', 'quyet-dinh']: the code alone cannot tell). */
export function kindsForAbbreviation(abbr: string): KindId[] {
  const canon = canonicalAbbreviation(abbr);
  if (canon === null) return [];
  return KINDS.filter((k) => (k.abbreviations as readonly string[]).includes(canon)).map((k) => k.id);
}

// The kinds by their words folded, built once: every code and reference in every body asks.
const KIND_BY_FOLDED_WORD: ReadonlyMap<string, KindInfo> = (() => {
  const map = new Map<string, KindInfo>();
  for (const k of KINDS) for (const x of k.words as readonly string[]) if (!map.has(fold(x))) map.set(fold(x), k);
  return map;
})();

/** Kind named by a prose word, diacritics and case ignored ('nghi quyet' → nghi-quyet), or undefined. */
export function kindForWord(word: string): KindInfo | undefined {
  return KIND_BY_FOLDED_WORD.get(fold(word));
}

/** Every kind word folded ('nghi quyet', 'ket luan', …), longest first, for prefix matching and regexes. */
export const KIND_WORDS_FOLDED: readonly string[] = [
  ...new Set(KINDS.flatMap((k): readonly string[] => k.words).map((w) => fold(w))),
].sort((a, b) => b.length - a.length);

/** Regex source (no anchors, use with flags 'iu') matching any kind abbreviation, D allowed for Đ. */
export function abbreviationPatternSource(): string {
  return KIND_ABBREVIATIONS.map((a) => a.replace(/Đ/g, '[ĐD]')).join('|');
}
