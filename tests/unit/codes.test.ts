import { describe, expect, it, test } from 'vitest';
import fc from 'fast-check';
import {
  ISSUERS,
  KINDS,
  KIND_ABBREVIATIONS,
  KIND_IDS,
  type KindInfo,
  bareKey,
  codeKey,
  codePatternSource,
  formatCode,
  formatCodeLong,
  getKind,
  isKindCompatible,
  kindForWord,
  kindsForAbbreviation,
  kindsForCode,
  lookupIssuer,
  normalizeCode,
  parseCode,
  parseCodeOrThrow,
  sameCode,
} from '../../src/lib/codes/index.ts';
import { normalizePunctuation, slugify } from '../../src/lib/text/index.ts';

const nfd = (s: string) => s.normalize('NFD');

// input → canonical form, codeKey, kinds
describe('parseCode: full codes in every spelling', () => {
  test.each([
    ['58-NQ/TW', '58-NQ/TW', '58-nq-tw', ['nghi-quyet']],
    ['58 - NQ / TW', '58-NQ/TW', '58-nq-tw', ['nghi-quyet']],
    // Cyrillic and Greek look-alikes (a keyboard left in another layout) are the Latin letters.
    ['58-NQ/\u0422W', '58-NQ/TW', '58-nq-tw', ['nghi-quyet']], // Cyrillic Т
    ['58-\u039dQ/\u03a4W', '58-NQ/TW', '58-nq-tw', ['nghi-quyet']], // Greek Ν, Τ
    ['05-\u0421\u0422/TW', '05-CT/TW', '5-ct-tw', ['chi-thi']], // Cyrillic С, Т
    ['43-\u041a\u041d/TU', '43-KH/TU', '43-kh-tu', ['ke-hoach']], // Cyrillic К, Н
    ['21-\u039aL/\u0422W', '21-KL/TW', '21-kl-tw', ['ket-luan']], // Greek Κ, Cyrillic Т
    ['58-nq/t\u0445', '58-NQ/TX', '58-nq-tx', ['nghi-quyet']], // Cyrillic х is x
    ['58-nq/tw', '58-NQ/TW', '58-nq-tw', ['nghi-quyet']],
    ['58 NQ TW', '58-NQ/TW', '58-nq-tw', ['nghi-quyet']],
    ['58NQ/TW', '58-NQ/TW', '58-nq-tw', ['nghi-quyet']],
    ['58-NQ-TW', '58-NQ/TW', '58-nq-tw', ['nghi-quyet']],
    ['Nghị quyết số 58-NQ/TW', '58-NQ/TW', '58-nq-tw', ['nghi-quyet']],
    ['Nghị quyết 58-NQ/TW', '58-NQ/TW', '58-nq-tw', ['nghi-quyet']],
    ['Nghi quyet so 58-NQ/TW', '58-NQ/TW', '58-nq-tw', ['nghi-quyet']],
    ['NGHỊ QUYẾT SỐ 58-NQ/TW', '58-NQ/TW', '58-nq-tw', ['nghi-quyet']],
    ['Số: 58-NQ/TW', '58-NQ/TW', '58-nq-tw', ['nghi-quyet']],
    ['58/NQ-TW', '58-NQ/TW', '58-nq-tw', ['nghi-quyet']],
    ['58 / NQ - TW', '58-NQ/TW', '58-nq-tw', ['nghi-quyet']],
    ['05-CT/TƯ', '05-CT/TW', '5-ct-tw', ['chi-thi']],
    ['05-ct/tư', '05-CT/TW', '5-ct-tw', ['chi-thi']],
    ['137-QD/TW', '137-QĐ/TW', '137-qd-tw', ['quy-dinh', 'quyet-dinh']],
    ['137-QĐ/TW', '137-QĐ/TW', '137-qd-tw', ['quy-dinh', 'quyet-dinh']],
    ['137-qđ/tw', '137-QĐ/TW', '137-qd-tw', ['quy-dinh', 'quyet-dinh']],
    ['Quy định số 137-QĐ/TW', '137-QĐ/TW', '137-qd-tw', ['quy-dinh']],
    ['Quyết định 137-QĐ/TW', '137-QĐ/TW', '137-qd-tw', ['quyet-dinh']],
    ['12-QĐi/TW', '12-QĐi/TW', '12-qdi-tw', ['quy-dinh']],
    ['12-qdi/tw', '12-QĐi/TW', '12-qdi-tw', ['quy-dinh']],
    ['55-CTr/TU', '55-CTr/TU', '55-ctr-tu', ['chuong-trinh']],
    ['55-ctr/tu', '55-CTr/TU', '55-ctr-tu', ['chuong-trinh']],
    ['55-CT/TU', '55-CT/TU', '55-ct-tu', ['chi-thi']],
    ['9-KL/BCĐ', '9-KL/BCĐ', '9-kl-bcd', ['ket-luan']],
    ['09-KL/BCD', '09-KL/BCĐ', '9-kl-bcd', ['ket-luan']],
    ['22-KL/BCĐ', '22-KL/BCĐ', '22-kl-bcd', ['ket-luan']],
    ['43-KH/TU', '43-KH/TU', '43-kh-tu', ['ke-hoach']],
    ['947-TB/TU', '947-TB/TU', '947-tb-tu', ['thong-bao']],
    ['10-NQ/TU', '10-NQ/TU', '10-nq-tu', ['nghi-quyet']],
    ['15-ĐA/TU', '15-ĐA/TU', '15-da-tu', ['de-an']],
    ['15-DA/TU', '15-ĐA/TU', '15-da-tu', ['de-an']],
    ['03-NQ/ĐU', '03-NQ/ĐU', '3-nq-du', ['nghi-quyet']],
    ['03-NQ/DU', '03-NQ/ĐU', '3-nq-du', ['nghi-quyet']],
    ['07-NQ/ĐUK', '07-NQ/ĐUK', '7-nq-duk', ['nghi-quyet']],
    ['12-TTr/VPTW', '12-TTr/VPTW', '12-ttr-vptw', ['to-trinh']],
    ['45-HD/BTCTW', '45-HD/BTCTW', '45-hd-btctw', ['huong-dan']],
    ['8-BC/UBKTTU', '8-BC/UBKTTU', '8-bc-ubkttu', ['bao-cao']],
    ['3-QC/TW', '3-QC/TW', '3-qc-tw', ['quy-che']],
    ['120-CV/BTGTW', '120-CV/BTGTW', '120-cv-btgtw', ['cong-van']],
    [nfd('137-QĐ/TW'), '137-QĐ/TW', '137-qd-tw', ['quy-dinh', 'quyet-dinh']],
    [nfd('Nghị quyết số 18-NQ/TƯ'), '18-NQ/TW', '18-nq-tw', ['nghi-quyet']],
    ['58–NQ/TW', '58-NQ/TW', '58-nq-tw', ['nghi-quyet']],
    ['58—NQ—TW', '58-NQ/TW', '58-nq-tw', ['nghi-quyet']],
    ['58‐NQ／TW', '58-NQ/TW', '58-nq-tw', ['nghi-quyet']],
    ['５８－ＮＱ／ＴＷ', '58-NQ/TW', '58-nq-tw', ['nghi-quyet']],
    ['   58-NQ/TW.  ', '58-NQ/TW', '58-nq-tw', ['nghi-quyet']],
    ['“58-NQ/TW”', '58-NQ/TW', '58-nq-tw', ['nghi-quyet']],
    ['137-QÐ/TW', '137-QĐ/TW', '137-qd-tw', ['quy-dinh', 'quyet-dinh']], // eth for Đ
  ])('%j → %s', (input, canonical, key, kinds) => {
    const r = parseCode(input);
    expect(r).toMatchObject({ ok: true, code: { bare: false, kinds } });
    if (!r.ok) return;
    expect(formatCode(r.code)).toBe(canonical);
    expect(codeKey(r.code)).toBe(key);
  });

  it('returns the documented shape', () => {
    expect(parseCode('58-NQ/TW')).toEqual({
      ok: true,
      code: { number: '58', kindAbbr: 'NQ', issuer: 'TW', kinds: ['nghi-quyet'], bare: false, knownIssuer: true },
    });
  });

  test.each([
    ['58-NQ/XYZ', 'XYZ'],
    ['4-KH/ĐUKCCQ', 'ĐUKCCQ'],
    ['4-kh/btcthu', 'BTCTHU'],
  ])('unknown letter suffix %j is accepted, flagged knownIssuer:false', (input, issuer) => {
    expect(parseCode(input)).toMatchObject({ ok: true, code: { issuer, knownIssuer: false } });
  });
});

describe('parseCode: bare references (kind + number, issuer unknown)', () => {
  test.each([
    ['NQ58', 'NQ 58', 'nq-58', ['nghi-quyet']],
    ['nq 58', 'NQ 58', 'nq-58', ['nghi-quyet']],
    ['nq-58', 'NQ 58', 'nq-58', ['nghi-quyet']],
    ['nq58', 'NQ 58', 'nq-58', ['nghi-quyet']],
    ['NQ 58', 'NQ 58', 'nq-58', ['nghi-quyet']],
    ['58-NQ', 'NQ 58', 'nq-58', ['nghi-quyet']],
    ['Nghị quyết 58', 'NQ 58', 'nq-58', ['nghi-quyet']],
    ['nghi quyet 28', 'NQ 28', 'nq-28', ['nghi-quyet']],
    ['Nghị quyết số 28', 'NQ 28', 'nq-28', ['nghi-quyet']],
    [nfd('Nghị quyết số 28'), 'NQ 28', 'nq-28', ['nghi-quyet']],
    ['KL 21', 'KL 21', 'kl-21', ['ket-luan']],
    ['Kết luận 21', 'KL 21', 'kl-21', ['ket-luan']],
    ['Chỉ thị 05', 'CT 05', 'ct-5', ['chi-thi']],
    ['Quy định 137', 'QĐ 137', 'qd-137', ['quy-dinh']],
    ['Quyết định 137', 'QĐ 137', 'qd-137', ['quyet-dinh']],
    ['QĐ 137', 'QĐ 137', 'qd-137', ['quy-dinh', 'quyet-dinh']],
    ['Chương trình 55', 'CTr 55', 'ctr-55', ['chuong-trinh']],
    ['ctr 55', 'CTr 55', 'ctr-55', ['chuong-trinh']],
    ['CTr55', 'CTr 55', 'ctr-55', ['chuong-trinh']],
    ['ct 55', 'CT 55', 'ct-55', ['chi-thi']],
    ['Kế hoạch số 43', 'KH 43', 'kh-43', ['ke-hoach']],
    ['ke hoach so 43', 'KH 43', 'kh-43', ['ke-hoach']],
    ['Quy chế 3', 'QC 3', 'qc-3', ['quy-che']],
    ['Hướng dẫn 45', 'HD 45', 'hd-45', ['huong-dan']],
    ['Thông báo 947', 'TB 947', 'tb-947', ['thong-bao']],
    ['Báo cáo 8', 'BC 8', 'bc-8', ['bao-cao']],
    ['Công văn 120', 'CV 120', 'cv-120', ['cong-van']],
    ['Đề án 15', 'ĐA 15', 'da-15', ['de-an']],
    ['de an 15', 'ĐA 15', 'da-15', ['de-an']],
    ['Tờ trình 12', 'TTr 12', 'ttr-12', ['to-trinh']],
    // A kind's longer name: the qualifier words belong to the name, not the number.
    ['Chương trình hành động số 55', 'CTr 55', 'ctr-55', ['chuong-trinh']],
    ['chuong trinh hanh dong so 55', 'CTr 55', 'ctr-55', ['chuong-trinh']],
    ['CHƯƠNG TRÌNH HÀNH ĐỘNG 55', 'CTr 55', 'ctr-55', ['chuong-trinh']],
    ['Kế hoạch hành động số 43', 'KH 43', 'kh-43', ['ke-hoach']],
    ['Thông báo kết luận số 947', 'TB 947', 'tb-947', ['thong-bao']],
    ['thong bao ket luan 947', 'TB 947', 'tb-947', ['thong-bao']],
    // "số" after an abbreviation, as after a kind word.
    ['NQ số 58', 'NQ 58', 'nq-58', ['nghi-quyet']],
    ['ctr so 55', 'CTr 55', 'ctr-55', ['chuong-trinh']],
  ])('%j → %s (%s)', (input, canonical, key, kinds) => {
    const r = parseCode(input);
    expect(r).toMatchObject({ ok: true, code: { issuer: null, bare: true, kinds } });
    if (!r.ok) return;
    expect(formatCode(r.code)).toBe(canonical);
    expect(codeKey(r.code)).toBe(key);
    expect(bareKey(r.code)).toBe(key);
  });
});

describe('parseCode: every kind named in words before a number', () => {
  const named: readonly KindInfo[] = KINDS.filter((k) => k.abbreviations.length > 0);
  const spellings = (k: KindInfo) => {
    const names = [k.name, ...(k.qualifiers ?? []).map((q) => `${k.name} ${q}`)];
    return names.flatMap((n) => [`${n} 12`, `${n} số 12`, `${slugify(n).replace(/-/g, ' ')} so 12`, `${n.toUpperCase()} SỐ: 12`]);
  };
  test.each(named.flatMap((k) => spellings(k).map((s) => [s, k.id] as const)))('%j is kind %s, number 12', (input, kind) => {
    const r = parseCode(input);
    expect(r).toMatchObject({ ok: true, code: { number: '12', bare: true, kinds: [kind] } });
  });
});

describe('parseCode: garbage is refused with a reason', () => {
  test.each([
    ['', 'không có số hiệu'],
    ['   ', 'không có số hiệu'],
    ['abc', 'không phải số hiệu'],
    ['NQ', 'thiếu số'],
    ['58', 'thiếu loại văn bản'],
    ['58-XYZ/TW', "'XYZ' không phải loại văn bản đã biết"],
    ['-NQ/TW', 'thiếu số'],
    ['NQ/TW', 'thiếu số'],
    ['hello world 2020', 'không nhận ra số hiệu'],
    ['58-NQ/', "thiếu phần sau '/'"],
    ['25/10/2017', 'là ngày tháng'],
    ['25-10-2017', 'là ngày tháng'],
    ['25.10.2017', 'là ngày tháng'],
    ['2020-08-05', 'là ngày tháng'],
    ['Nghị quyết', 'thiếu số'],
    ['Nghị quyết 12-CT/TW', 'không khớp'],
    ['Quyết định 12-QĐi/TW', 'không khớp'],
    ['0-NQ/TW', 'không hợp lệ'],
    ['1234567-NQ/TW', 'quá dài'],
    ['58-NQ/T', 'không phải ký hiệu cơ quan ban hành'],
    ['58 NQ hello', 'không phải cơ quan ban hành đã biết'],
    ['58-HĐ/TW', "'HĐ' không phải loại văn bản đã biết"], // Đ typed must be a Đ in the table
    ['58-NQ/TW?', 'ký tự ? (U+003F) không dùng trong số hiệu'],
    // Invisible characters are named by code point; letters of another script by script.
    ['58-NQ/\u200bTW', 'có ký tự vô hình U+200B (ZERO WIDTH SPACE) sau "58-NQ/"'],
    ['\ufeff58-NQ/TW', 'có ký tự vô hình U+FEFF (ZERO WIDTH NO-BREAK SPACE) ở đầu'],
    ['58-N\u00adQ/TW', 'có ký tự vô hình U+00AD (SOFT HYPHEN) sau "58-N"'],
    ['58-NQ/T\u200dW', 'U+200D (ZERO WIDTH JOINER)'],
    ['58-NQ/T\u200cW', 'U+200C (ZERO WIDTH NON-JOINER)'],
    ['58-NQ/T\u2060W', 'U+2060 (WORD JOINER)'],
    ['58-NQ/ЖW', 'có chữ Ж (U+0416, chữ Cyrillic): số hiệu chỉ dùng chữ Latinh'],
    ['58-NQ/λW', 'có chữ λ (U+03BB, chữ Greek)'],
    ['58NQTW', 'không phải loại văn bản'],
  ])('%j: %s', (input, reason) => {
    const r = parseCode(input);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toContain(reason);
  });
  it('parseCodeOrThrow throws with the reason', () => {
    expect(() => parseCodeOrThrow('58-XYZ/TW')).toThrow(/XYZ/);
    expect(parseCodeOrThrow('58-NQ/TW').number).toBe('58');
  });
});

describe('keys, equality, formatting', () => {
  it('leading zeros are kept in print but ignored in keys', () => {
    const a = parseCodeOrThrow('09-KL/BCĐ');
    const b = parseCodeOrThrow('9-KL/BCĐ');
    expect(formatCode(a)).toBe('09-KL/BCĐ');
    expect(formatCode(b)).toBe('9-KL/BCĐ');
    expect(codeKey(a)).toBe(codeKey(b));
    expect(sameCode('09-KL/BCD', '9-kl/bcđ')).toBe(true);
    expect(sameCode('12-QĐi/TW', '12-QĐ/TW')).toBe(false); // different printed series
    expect(sameCode('58-NQ/TW', 'garbage')).toBe(false);
  });
  test.each([
    ['58-NQ/TW', undefined, 'Nghị quyết số 58-NQ/TW'],
    ['Quy định 137-QĐ/TW', undefined, 'Quy định số 137-QĐ/TW'],
    ['137-QĐ/TW', 'quyet-dinh', 'Quyết định số 137-QĐ/TW'],
    ['137-QĐ/TW', undefined, 'Quy định/quyết định số 137-QĐ/TW'],
    ['nq 58', undefined, 'Nghị quyết số 58'],
  ] as const)('formatCodeLong(%j, %s) = %s', (input, kind, out) => {
    expect(formatCodeLong(parseCodeOrThrow(input), kind)).toBe(out);
  });
  test.each([
    ['58 nq tw', '58-NQ/TW'],
    ['nq58', 'NQ 58'],
    ['xyz', null],
  ])('normalizeCode(%j) = %j', (input, out) => {
    expect(normalizeCode(input)).toBe(out);
  });
});

describe('kinds and issuers tables', () => {
  it('ids are unique ASCII slugs; every kind has a name and plural', () => {
    expect(new Set(KIND_IDS).size).toBe(KINDS.length);
    for (const k of KINDS) {
      expect(slugify(k.id)).toBe(k.id);
      expect(k.name.length).toBeGreaterThan(0);
      expect(k.plural.length).toBeGreaterThan(0);
    }
    expect(getKind('nghi-quyet-dai-hoi')?.abbreviations).toEqual([]);
    expect(getKind('tac-pham')?.name).toBe('Tác phẩm, tài liệu học tập');
  });
  test.each([
    ['QĐ', ['quy-dinh', 'quyet-dinh']],
    ['qd', ['quy-dinh', 'quyet-dinh']],
    ['QĐi', ['quy-dinh']],
    ['NQ', ['nghi-quyet']],
    ['CTr', ['chuong-trinh']],
    ['CT', ['chi-thi']],
    ['da', ['de-an']],
    ['XYZ', []],
  ])('kindsForAbbreviation(%j) = %j', (abbr, kinds) => {
    expect(kindsForAbbreviation(abbr)).toEqual(kinds);
  });
  it('kindForWord ignores diacritics and case', () => {
    expect(kindForWord('NGHI QUYET')?.id).toBe('nghi-quyet');
    expect(kindForWord('quy định')?.id).toBe('quy-dinh');
    expect(kindForWord('quyết định')?.id).toBe('quyet-dinh');
    expect(kindForWord('bánh mì')).toBeUndefined();
  });
  test.each([
    ['quy-dinh', '137-QĐ/TW', true],
    ['quyet-dinh', '137-QĐ/TW', true],
    ['nghi-quyet', '137-QĐ/TW', false],
    ['quyet-dinh', '12-QĐi/TW', false],
    ['quyet-dinh', 'Quy định 137-QĐ/TW', false],
    ['chuong-trinh', '55-CTr/TU', true],
    ['chi-thi', '55-CTr/TU', false],
    ['nghi-quyet', 'garbage', false],
  ])('isKindCompatible(%s, %j) = %s', (kind, code, ok) => {
    expect(isKindCompatible(kind, code)).toBe(ok);
  });
  it('kindsForCode accepts strings and parsed codes', () => {
    expect(kindsForCode('137-QĐ/TW')).toEqual(['quy-dinh', 'quyet-dinh']);
    expect(kindsForCode(parseCodeOrThrow('58-NQ/TW'))).toEqual(['nghi-quyet']);
  });
  it('issuer spellings are unambiguous once D stands for Đ', () => {
    const keys = ISSUERS.flatMap((i) => [i.suffix, ...i.aliases]).map((s) => s.replace(/Đ/g, 'D'));
    expect(new Set(keys).size).toBe(keys.length);
    const abbrKeys = KIND_ABBREVIATIONS.map((s) => s.toUpperCase().replace(/Đ/g, 'D'));
    expect(new Set(abbrKeys).size).toBe(abbrKeys.length);
  });
  test.each([
    ['TƯ', 'TW'],
    ['tư', 'TW'],
    ['TU', 'TU'],
    ['bcd', 'BCĐ'],
    ['DUK', 'ĐUK'],
    ['bdvtw', 'BDVTW'],
    ['BNCTW', 'BNCTW'],
  ])('lookupIssuer(%j) = %s', (input, suffix) => {
    expect(lookupIssuer(input)?.suffix).toBe(suffix);
  });
  it('codePatternSource finds codes in prose', () => {
    const re = new RegExp(codePatternSource(), 'giu');
    const text = normalizePunctuation('Thực hiện Nghị quyết số 18–NQ/TW và Kết luận 09-KL/BCD; xem 25/10/2017, NQ58.');
    const found = [...text.matchAll(re)].map((m) => `${m.groups!.number}|${m.groups!.abbr}|${m.groups!.issuer}`);
    expect(found).toEqual(['18|NQ|TW', '09|KL|BCD']);
  });
});

// ---- properties ----
const validCode = fc.record({
  n: fc.integer({ min: 1, max: 9999 }),
  zeros: fc.constantFrom('', '0'),
  abbr: fc.constantFrom(...KIND_ABBREVIATIONS),
  issuer: fc.constantFrom(...ISSUERS.map((i) => i.suffix)),
});
type Gen = { n: number; zeros: string; abbr: string; issuer: string };
const canonical = (g: Gen) => `${g.zeros}${g.n}-${g.abbr}/${g.issuer}`;
const dForD = (s: string) => s.replace(/Đ/g, 'D').replace(/đ/g, 'd');
const respell: Array<(g: Gen) => string> = [
  (g) => canonical(g).toLowerCase(),
  (g) => `${g.zeros}${g.n} - ${g.abbr} / ${g.issuer}`,
  (g) => `${g.n}/${g.abbr}-${g.issuer}`, // State order
  (g) => dForD(canonical(g)),
  (g) => dForD(`${g.n} ${g.abbr} ${g.issuer}`).toLowerCase(),
  (g) => canonical(g).normalize('NFD'),
  (g) => `${g.n}–${g.abbr}/${g.issuer}`,
  (g) => `Số: ${g.n}${g.abbr}/${g.issuer}`,
];

describe('code properties', () => {
  it('formatCode(parse(formatCode(x))) is stable', () => {
    fc.assert(
      fc.property(validCode, (g) => {
        const printed = formatCode(parseCodeOrThrow(canonical(g)));
        expect(printed).toBe(canonical(g));
        expect(formatCode(parseCodeOrThrow(printed))).toBe(printed);
      }),
      { numRuns: 500 },
    );
  });
  it('every re-spelling gives the same codeKey', () => {
    fc.assert(
      fc.property(validCode, fc.constantFrom(...respell), (g, spell) => {
        const key = codeKey(parseCodeOrThrow(canonical(g)));
        const r = parseCode(spell(g));
        expect(r.ok, `${spell(g)}: ${r.ok ? '' : r.reason}`).toBe(true);
        if (r.ok) expect(codeKey(r.code)).toBe(key);
      }),
      { numRuns: 1000 },
    );
  });
  it('a code with any of its Latin letters swapped for a Cyrillic or Greek look-alike is the same code', () => {
    const alike: Record<string, string[]> = { A: ['\u0410', '\u0391'], B: ['\u0412', '\u0392'], C: ['\u0421', '\u03f9'], E: ['\u0415', '\u0395'], H: ['\u041d', '\u0397'], I: ['\u0406', '\u0399'], K: ['\u041a', '\u039a'], M: ['\u041c', '\u039c'], N: ['\u039d'], O: ['\u041e', '\u039f'], P: ['\u0420', '\u03a1'], T: ['\u0422', '\u03a4'], X: ['\u0425', '\u03a7'], Y: ['\u04ae', '\u03a5'], Z: ['\u0396'] };
    fc.assert(
      fc.property(validCode, fc.infiniteStream(fc.nat()), (g, picks) => {
        const text = canonical(g);
        const swapped = [...text].map((ch) => {
          const options = alike[ch];
          const pick = picks.next().value;
          return options === undefined || pick % 2 === 0 ? ch : options[pick % options.length]!;
        }).join('');
        const r = parseCode(swapped);
        expect(r.ok, `${swapped}: ${r.ok ? '' : r.reason}`).toBe(true);
        if (r.ok) expect(formatCode(r.code)).toBe(text);
      }),
      { numRuns: 500 },
    );
  });
  it('bare spellings give the same bareKey as the full code', () => {
    fc.assert(
      fc.property(validCode, fc.constantFrom(' ', '', '-'), (g, sep) => {
        const full = parseCodeOrThrow(canonical(g));
        const b = parseCodeOrThrow(`${g.abbr.toLowerCase()}${sep}${g.n}`);
        expect(b.bare).toBe(true);
        expect(bareKey(b)).toBe(bareKey(full));
      }),
      { numRuns: 300 },
    );
  });
  it('unknown letter suffixes round-trip with knownIssuer:false', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 9999 }), fc.stringMatching(/^[A-Z]{2,8}$/), (n, suffix) => {
        const r = parseCode(`${n}-NQ/${suffix}`);
        expect(r.ok).toBe(true);
        if (!r.ok || r.code.bare) return;
        expect(r.code.knownIssuer).toBe(lookupIssuer(suffix) !== undefined);
        expect(formatCode(parseCodeOrThrow(formatCode(r.code)))).toBe(formatCode(r.code));
      }),
    );
  });
  it('parseCode never throws; keys are ASCII', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (s) => {
        const r = parseCode(s);
        if (r.ok) expect(codeKey(r.code)).toMatch(/^[a-z0-9-]+$/);
        else expect(r.reason.length).toBeGreaterThan(0);
      }),
      { numRuns: 2000 },
    );
  });
});
