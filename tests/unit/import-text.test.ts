/**
 * Reading an office document's text into a draft entry, as a specification. Each table gives the
 * printed input and exactly what the importer must read from it: the header lines (code after
 * "Số", the place-and-date line in its forms, the kind heading), the issuer mapped to an organ or
 * proposed, the trích yếu, the signature block, "Nơi nhận", the term from the date, and relations
 * typed by the words before a reference and resolved by the build's own reference rules.
 */
import { describe, expect, it } from 'vitest';
import { draftFromText, type ImportContext } from '../../src/lib/import/draft';
import { kindOfHeading, parseNumberLine, parsePlaceDate } from '../../src/lib/import/header';
import { matchIssuer, nameFromCapitals, type OrganRef } from '../../src/lib/import/organs';
import { relationFromWords } from '../../src/lib/import/relations';
import { termForDate } from '../../src/lib/import/terms';
import { toMarkdown } from '../../src/lib/import/body';
import { buildReferenceIndex } from '../../src/lib/references/resolve';

const ORGANS: OrganRef[] = [
  { id: 'bch-tw', name: 'Ban Chấp hành Trung ương Đảng', shortName: 'BCH TW', level: 'central' },
  { id: 'bo-chinh-tri', name: 'Bộ Chính trị', shortName: 'BCT', level: 'central', parent: 'bch-tw' },
  { id: 'ban-bi-thu', name: 'Ban Bí thư Trung ương Đảng', shortName: 'BBT', level: 'central', parent: 'bch-tw' },
  { id: 'tinh-uy-thanh-hoa', name: 'Tỉnh ủy Thanh Hóa (Ban Chấp hành Đảng bộ tỉnh Thanh Hóa)', level: 'province', province: 'Thanh Hóa' },
  { id: 'btv-tinh-uy-binh-thuan', name: 'Ban Thường vụ Tỉnh ủy Bình Thuận', level: 'province', province: 'Bình Thuận', parent: 'tinh-uy-binh-thuan' },
  { id: 'tinh-uy-binh-thuan', name: 'Tỉnh ủy Bình Thuận (Ban Chấp hành Đảng bộ tỉnh Bình Thuận)', level: 'province', province: 'Bình Thuận' },
];
const CTX: ImportContext = {
  organs: ORGANS,
  provinces: ['Thanh Hóa', 'Bình Thuận', 'Bắc Ninh'],
  index: buildReferenceIndex([
    { id: '58-nq-tw-2020', code: '58-NQ/TW', kind: 'nghi-quyet', issued: '2020-08-05', issuerName: 'Bộ Chính trị', aliases: [] },
    { id: '18-nq-tw-2017', code: '18-NQ/TW', kind: 'nghi-quyet', issued: '2017-10-25', issuerName: 'Ban Chấp hành Trung ương Đảng', aliases: [] },
    { id: '18-nq-tw-2022', code: '18-NQ/TW', kind: 'nghi-quyet', issued: '2022-06-16', issuerName: 'Ban Chấp hành Trung ương Đảng', aliases: [] },
    { id: '05-ct-tw-2016', code: '05-CT/TW', kind: 'chi-thi', issued: '2016-05-15', issuerName: 'Bộ Chính trị', aliases: [] },
    { id: '21-kl-tw-2021', code: '21-KL/TW', kind: 'ket-luan', issued: '2021-10-25', issuerName: 'Ban Chấp hành Trung ương Đảng', aliases: [] },
  ]),
};

describe('the place-and-date line in its printed forms', () => {
  it.each([
    ['Thanh Hóa, ngày 07 tháng 4 năm 2021', 'Thanh Hóa', '2021-04-07'],
    ['Hà Nội, ngày 7-4-2021', 'Hà Nội', '2021-04-07'],
    ['ngày 7/4/2021', undefined, '2021-04-07'],
    ['Phan Thiết, ngày 18 tháng 3 năm 2022.', 'Phan Thiết', '2022-03-18'],
    ['Thanh Hóa, ngày 0 7 tháng 4 năm 20 21', 'Thanh Hóa', '2021-04-07'],
    ['Thanh Hoá, ngày 05 tháng 8, năm 2020', 'Thanh Hoá', '2020-08-05'],
  ])('%s → %s, %s', (line, place, iso) => {
    expect(parsePlaceDate(line)).toEqual({ place, iso });
  });
  it.each(['Thanh Hóa, ngày 31 tháng 2 năm 2021', 'Ngày hội đại đoàn kết', 'Số 12-CTr/TU'])('%s is no date line', (line) => {
    expect(parsePlaceDate(line)).toBeUndefined();
  });
});

describe('"Số …" with the code', () => {
  it.each([
    ['Số 12-CTr/TU', '12-CTr/TU', ['chuong-trinh']],
    ['Số: 12-CTr/TU', '12-CTr/TU', ['chuong-trinh']],
    ['SỐ 45 - KH/TU', '45-KH/TU', ['ke-hoach']],
    ['Số 58-NQ/TW', '58-NQ/TW', ['nghi-quyet']],
    ['45-KH/TU', '45-KH/TU', ['ke-hoach']],
  ])('%s → %s', (line, code, kinds) => {
    expect(parseNumberLine(line)).toEqual({ code, kinds });
  });
  it.each(['Số:', 'Số lượng đảng viên tăng', 'Số 12'])('%s has no code', (line) => {
    expect(parseNumberLine(line)).toBeUndefined();
  });
});

describe('the kind heading', () => {
  it.each([
    ['NGHỊ QUYẾT', 'nghi-quyet'],
    ['CHƯƠNG TRÌNH HÀNH ĐỘNG', 'chuong-trinh'],
    ['KẾ HOẠCH', 'ke-hoach'],
    ['KẾT LUẬN', 'ket-luan'],
    ['QUY ĐỊNH', 'quy-dinh'],
    ['Kế hoạch', undefined],
    ['ĐẢNG CỘNG SẢN VIỆT NAM', undefined],
    ['TỈNH ỦY THANH HÓA', undefined],
  ])('%s → %s', (line, kind) => {
    expect(kindOfHeading(line)).toBe(kind);
  });
});

describe('the issuer: header bodies and the body signed for, mapped to organs.yaml or proposed', () => {
  it.each([
    [['TỈNH ỦY THANH HÓA'], 'BAN THƯỜNG VỤ', 'tinh-uy-thanh-hoa'],
    [['ĐẢNG BỘ TỈNH THANH HÓA', 'BAN CHẤP HÀNH'], undefined, 'tinh-uy-thanh-hoa'],
    [['TỈNH ỦY BÌNH THUẬN'], 'BAN THƯỜNG VỤ', 'btv-tinh-uy-binh-thuan'],
    [['BAN CHẤP HÀNH TRUNG ƯƠNG'], 'BỘ CHÍNH TRỊ', 'bo-chinh-tri'],
    [['BAN CHẤP HÀNH TRUNG ƯƠNG'], 'BAN BÍ THƯ', 'ban-bi-thu'],
    [['BAN CHẤP HÀNH TRUNG ƯƠNG'], 'BAN CHẤP HÀNH TRUNG ƯƠNG', 'bch-tw'],
  ])('%j signed for %s → %s', (bodies, onBehalf, id) => {
    expect(matchIssuer(bodies, onBehalf, ORGANS)?.organ?.id).toBe(id);
  });
  it('a body not in the list is proposed, with its level and province', () => {
    expect(matchIssuer(['TỈNH ỦY BẮC NINH'], 'BAN THƯỜNG VỤ', ORGANS, 'Bắc Ninh')?.proposal).toEqual({ id: 'tinh-uy-bac-ninh', name: 'Tỉnh ủy Bắc Ninh', level: 'province', province: 'Bắc Ninh' });
  });
});

describe('a proposed organ\'s name from printed capitals', () => {
  it.each([
    ['TỈNH ỦY BẮC NINH', 'Tỉnh ủy Bắc Ninh'],
    ['HUYỆN ỦY GIA BÌNH', 'Huyện ủy Gia Bình'],
    ['BAN TUYÊN GIÁO TỈNH ỦY', 'Ban tuyên giáo tỉnh ủy'],
  ])('%s → %s', (printed, name) => {
    expect(nameFromCapitals(printed)).toBe(name);
  });
});

describe('the relation the words before a reference suggest', () => {
  it.each([
    ['Thực hiện ', 'implements'],
    ['Chương trình hành động thực hiện ', 'implements'],
    ['triển khai thực hiện ', 'implements'],
    ['Tiếp tục thực hiện ', 'continues'],
    ['sửa đổi, bổ sung một số điều của ', 'amends'],
    ['Quy định này thay thế ', 'replaces'],
    ['Sơ kết 5 năm thực hiện ', 'reviews'],
    ['Hướng dẫn thực hiện ', 'guides'],
    ['Theo tinh thần của ', 'cites'],
    ['Thực hiện nhiệm vụ năm 2024. Theo ', 'cites'],
  ])('"%s…" → %s', (before, type) => {
    expect(relationFromWords(before)).toBe(type);
  });
});

describe('the term (khóa) of a central document from its date', () => {
  it.each([
    ['2016-05-15', 'XII'],
    ['2021-01-31', 'XII'],
    ['2021-02-01', 'XIII'],
    ['2024-12-22', 'XIII'],
    ['2012-01-16', 'XI'],
    ['2026-03-01', undefined],
    ['2009-01-01', undefined],
  ])('%s → %s', (iso, term) => {
    expect(termForDate(iso)).toBe(term);
  });
});

describe('body lines as Markdown: sections, sub-sections, lists, wrapped lines joined', () => {
  it.each([
    [['I. MỤC TIÊU', '1. Mục tiêu chung', 'Xây dựng tỉnh', 'kiểu mẫu.'], '## I. MỤC TIÊU\n\n### 1. Mục tiêu chung\n\nXây dựng tỉnh kiểu mẫu.'],
    [['- Một;', '- Hai;', '+ Ba.'], '- Một;\n- Hai;\n- Ba.'],
    [['PHẦN THỨ NHẤT', 'Nội dung'], '## PHẦN THỨ NHẤT\n\nNội dung'],
    [['Thực hiện Nghị quyết số 36-NQ/TW, ngày 22/10/2018 của Ban Chấp hành', 'Trung ương, Ban Chấp hành Đảng bộ tỉnh quyết nghị:', 'I. MỤC TIÊU'], 'Thực hiện Nghị quyết số 36-NQ/TW, ngày 22/10/2018 của Ban Chấp hành Trung ương, Ban Chấp hành Đảng bộ tỉnh quyết nghị:\n\n## I. MỤC TIÊU'],
    [['Một dòng ngắn', 'Dòng khác'], 'Một dòng ngắn\n\nDòng khác'],
    [['1. Tăng trưởng 7%/năm.'], '1. Tăng trưởng 7%/năm.'],
    [['Dùng <b> và {x} *đậm*'], 'Dùng \\<b\\> và \\{x\\} \\*đậm\\*'],
  ])('%j', (lines, md) => {
    expect(toMarkdown(lines)).toBe(md);
  });
});

const PROGRAM = `TỈNH ỦY THANH HÓA
*
Số: 12-CTr/TU
ĐẢNG CỘNG SẢN VIỆT NAM
Thanh Hóa, ngày 07 tháng 4 năm 2021
CHƯƠNG TRÌNH HÀNH ĐỘNG
thực hiện Nghị quyết số 58-NQ/TW, ngày 05/8/2020
của Bộ Chính trị về xây dựng và phát triển tỉnh Thanh Hóa
-----
Thực hiện Nghị quyết số 58-NQ/TW, ngày 05/8/2020 của Bộ Chính trị, Ban Thường vụ Tỉnh ủy ban hành Chương trình hành động như sau:
I. MỤC TIÊU
- Tăng trưởng kinh tế;
- Thu nhập bình quân.
Nơi nhận:
- Ban Bí thư Trung ương Đảng,
- Lưu Văn phòng Tỉnh ủy.
T/M BAN THƯỜNG VỤ
BÍ THƯ
Đỗ Trọng Hưng
`;
const RESOLUTION = `BAN CHẤP HÀNH TRUNG ƯƠNG
*
Số 99-NQ/TW
ĐẢNG CỘNG SẢN VIỆT NAM
Hà Nội, ngày 2-3-2023
NGHỊ QUYẾT
CỦA BỘ CHÍNH TRỊ
về một lĩnh vực thử nghiệm
Tiếp tục thực hiện Chỉ thị số 05-CT/TW, ngày 15/5/2016 của Bộ Chính trị và Nghị quyết số 18-NQ/TW, Bộ Chính trị quyết nghị:
I. QUAN ĐIỂM
1. Quan điểm chung
Sửa đổi, bổ sung Kết luận số 21-KL/TW.
T/M BỘ CHÍNH TRỊ
TỔNG BÍ THƯ
Nguyễn Văn A
Nơi nhận:
- Các tỉnh ủy, thành ủy,
- Lưu Văn phòng Trung ương Đảng.
`;
const UNKNOWN_ORGAN = `ĐẢNG BỘ TỈNH BẮC NINH
HUYỆN ỦY GIA BÌNH
Số 7-KH/HU
Gia Bình, ngày 9 tháng 9 năm 2022
KẾ HOẠCH
về học tập chuyên đề năm 2022
Căn cứ Hướng dẫn của Ban Tuyên giáo, Huyện ủy xây dựng kế hoạch như sau.
K/T BÍ THƯ
PHÓ BÍ THƯ
Trần Thị B
`;

describe('a whole document: exact fields, what could not be read, relations', () => {
  it.each([
    ['provincial program', PROGRAM, { code: '12-CTr/TU', kind: 'chuong-trinh', title: 'Thực hiện Nghị quyết số 58-NQ/TW, ngày 05/8/2020 của Bộ Chính trị về xây dựng và phát triển tỉnh Thanh Hóa', issued: '2021-04-07', issuer: 'tinh-uy-thanh-hoa', scope: 'province', province: 'Thanh Hóa', signer: 'Đỗ Trọng Hưng', relations: [{ type: 'implements', target: '58-nq-tw-2020' }] }, ['summary']],
    ['central resolution', RESOLUTION, { code: '99-NQ/TW', kind: 'nghi-quyet', title: 'Về một lĩnh vực thử nghiệm', issued: '2023-03-02', issuer: 'bo-chinh-tri', scope: 'central', term: 'XIII', signer: 'Nguyễn Văn A', relations: [{ type: 'continues', target: '05-ct-tw-2016' }, { type: 'amends', target: '21-kl-tw-2021' }] }, ['summary']],
    ['organ not in the list', UNKNOWN_ORGAN, { code: '7-KH/HU', kind: 'ke-hoach', title: 'Về học tập chuyên đề năm 2022', issued: '2022-09-09', issuer: 'huyen-uy-gia-binh', scope: 'grassroots', province: 'Bắc Ninh', signer: 'Trần Thị B', relations: [] }, ['issuer', 'summary']],
    ['the same program in NFD', PROGRAM.normalize('NFD'), { code: '12-CTr/TU', kind: 'chuong-trinh', title: 'Thực hiện Nghị quyết số 58-NQ/TW, ngày 05/8/2020 của Bộ Chính trị về xây dựng và phát triển tỉnh Thanh Hóa', issued: '2021-04-07', issuer: 'tinh-uy-thanh-hoa', scope: 'province', province: 'Thanh Hóa', signer: 'Đỗ Trọng Hưng', relations: [{ type: 'implements', target: '58-nq-tw-2020' }] }, ['summary']],
  ])('%s', (_name, text, fields, missing) => {
    const draft = draftFromText(text, CTX);
    expect(Object.fromEntries(Object.entries(draft.fields).filter(([, v]) => v !== undefined))).toEqual(fields);
    expect(draft.missing).toEqual(missing);
  });

  it('the signature block and "Nơi nhận", in either order', () => {
    expect([draftFromText(PROGRAM, CTX), draftFromText(RESOLUTION, CTX)].map((d) => [d.signature, d.recipients])).toEqual([
      [{ mode: 'T/M', onBehalf: 'BAN THƯỜNG VỤ', position: 'BÍ THƯ', name: 'Đỗ Trọng Hưng' }, ['Ban Bí thư Trung ương Đảng', 'Lưu Văn phòng Tỉnh ủy']],
      [{ mode: 'T/M', onBehalf: 'BỘ CHÍNH TRỊ', position: 'TỔNG BÍ THƯ', name: 'Nguyễn Văn A' }, ['Các tỉnh ủy, thành ủy', 'Lưu Văn phòng Trung ương Đảng']],
    ]);
  });

  it('every reference is reported: linked, ambiguous (two 18-NQ/TW), not in the base, issued later', () => {
    const draft = draftFromText(RESOLUTION, CTX);
    expect(draft.references.map((r) => [r.text, r.type, r.status, r.target ?? r.candidates ?? null])).toEqual([
      ['Chỉ thị số 05-CT/TW, ngày 15/5/2016', 'continues', 'linked', '05-ct-tw-2016'],
      ['Nghị quyết số 18-NQ/TW', 'continues', 'ambiguous', ['18-nq-tw-2017', '18-nq-tw-2022']],
      ['Kết luận số 21-KL/TW', 'amends', 'linked', '21-kl-tw-2021'],
    ]);
    expect(draft.laterTargets).toEqual([]);
  });

  it('a relation to a document issued after this one is left out and named', () => {
    const draft = draftFromText(PROGRAM.replace('I. MỤC TIÊU', 'Thực hiện Kết luận số 21-KL/TW.'), CTX);
    expect([draft.fields.relations, draft.laterTargets]).toEqual([[{ type: 'implements', target: '58-nq-tw-2020' }], ['21-kl-tw-2021']]);
  });

  it('the body keeps sections and lists and leaves out the header, signature and recipients', () => {
    expect(draftFromText(PROGRAM, CTX).body).toBe(
      'Thực hiện Nghị quyết số 58-NQ/TW, ngày 05/8/2020 của Bộ Chính trị, Ban Thường vụ Tỉnh ủy ban hành Chương trình hành động như sau:\n\n## I. MỤC TIÊU\n\n- Tăng trưởng kinh tế;\n- Thu nhập bình quân.',
    );
  });
});
