/**
 * Two more forms of references in prose, as a specification:
 *  1. words between the kind and the number ("chương trình hành động số 12", "Thông báo Kết luận số
 *     947-TB/TU", "Công văn số 22-KL/BCĐ"): the code decides the kind; an uncoded entry is reached
 *     only through a spelling it declares in `aliases`, never through a number in its title;
 *  2. congress resolutions, which carry no code ("Nghị quyết Đại hội XIII của Đảng", "… Đảng bộ tỉnh
 *     lần thứ XIX"): kind + congress number + level words, and where the text names no province,
 *     the province of the document the sentence is written in. What the words cannot pin down stays
 *     unresolved (the editors' page lists it): never a link to the wrong document.
 * Each row: sentence, the document it is written in ('-' for none), and each span found with the
 * entry it links to, or 'self' / 'unknown' / 'ambiguous'.
 */
import { describe, expect, it } from 'vitest';
import { buildReferenceIndex, resolveText, type IndexDoc } from '../../src/lib/references/resolve';
import { renderBody } from '../../src/loader/render';

const doc = (id: string, kind: string, scope: string, province: string | undefined, issuerName: string, extra: Partial<IndexDoc> = {}): IndexDoc => ({
  id, kind, scope, province, issuerName, issued: 'unknown', aliases: [], ...extra,
});

// Entries shaped like content/documents: the uncoded Thanh Hóa program no. 12 declares how the
// source writes it; congress resolutions carry their congress number as `term`.
const DOCS: IndexDoc[] = [
  doc('58-nq-tw-2020', 'nghi-quyet', 'central', undefined, 'Bộ Chính trị', { code: '58-NQ/TW', issued: '2020-08-05', term: 'XIII' }),
  doc('10-nq-tu-2022-bt', 'nghi-quyet', 'province', 'Bình Thuận', 'Tỉnh ủy Bình Thuận', { code: '10-NQ/TU', issued: '2022-03-18' }),
  doc('947-tb-tu-2024', 'thong-bao', 'province', 'unknown', 'Ban Thường vụ Tỉnh ủy (tỉnh chưa xác định)', { code: '947-TB/TU', issued: '2024-02-02' }),
  doc('22-kl-bcd-2024', 'ket-luan', 'central', undefined, 'Ban Chỉ đạo Trung ương', { code: '22-KL/BCĐ', issued: '2024-12-05', aliases: ['Công văn số 22-KL/BCĐ'] }),
  doc('05-kh-duk-2022', 'ke-hoach', 'bloc', 'Thanh Hóa', 'Đảng ủy Khối Cơ quan và Doanh nghiệp tỉnh Thanh Hóa', { code: '05-KH/ĐUK', issued: '2022-01-10' }),
  doc('ctr-12-th', 'chuong-trinh', 'bloc', 'Thanh Hóa', 'Đảng ủy Khối Cơ quan và Doanh nghiệp tỉnh Thanh Hóa', { issued: '2021-04-07', aliases: ['Chương trình hành động số 12'] }),
  doc('dh-xiii', 'nghi-quyet-dai-hoi', 'central', undefined, 'Đại hội đại biểu toàn quốc của Đảng', { issued: '2021-02-01', term: 'XIII' }),
  doc('dh-tinh-xix-th', 'nghi-quyet-dai-hoi', 'province', 'Thanh Hóa', 'Đại hội đại biểu Đảng bộ tỉnh Thanh Hóa', { term: 'XIX' }),
  doc('dh-khoi-xx-th', 'nghi-quyet-dai-hoi', 'bloc', 'Thanh Hóa', 'Đại hội Đảng bộ Khối Cơ quan và Doanh nghiệp tỉnh Thanh Hóa', { term: 'XX' }),
  doc('dh-khoi-i-bt', 'nghi-quyet-dai-hoi', 'bloc', 'Bình Thuận', 'Đại hội Đảng bộ Khối Cơ quan và Doanh nghiệp tỉnh Bình Thuận', { term: 'I' }),
  doc('dh-khoi-ix-x', 'nghi-quyet-dai-hoi', 'bloc', 'unknown', 'Đại hội Đảng bộ Khối các cơ quan tỉnh (tỉnh chưa xác định)', { term: 'IX' }),
  doc('dh-tinh-xvi-x', 'nghi-quyet-dai-hoi', 'province', 'unknown', 'Đại hội Đảng bộ tỉnh (tỉnh chưa xác định)', { term: 'XVI' }),
  doc('kl-khoi-x', 'ket-luan', 'bloc', 'unknown', 'Đảng ủy Khối các cơ quan tỉnh (tỉnh chưa xác định)', { code: '30-KL/ĐUK', issued: '2018-10-08' }),
];
const index = buildReferenceIndex(DOCS);

type Row = [text: string, source: string, expected: [span: string, outcome: string][]];

/** Each span found in `text` written in `source`, with the entry it links to or its status. */
function outcomes(text: string, source: string, idx = index): [string, string][] {
  return resolveText(text, idx, source === '-' ? undefined : source).map((r) => [r.text, r.resolution.status === 'linked' ? r.resolution.id : r.resolution.status]);
}

describe('words between the kind and the number; the code decides the kind', () => {
  it.each<Row>([
    ['chương trình hành động số 12 của Đảng ủy Khối Cơ quan và Doanh nghiệp tỉnh Thanh Hóa đặt nhiệm vụ', '58-nq-tw-2020', [['chương trình hành động số 12', 'ctr-12-th']]],
    ['Chương trình hành động số 12 của Đảng ủy Khối', '-', [['Chương trình hành động số 12', 'ctr-12-th']]],
    ['ban hành chương trình hành động số 12 ngày 07/4/2021', 'ctr-12-th', [['chương trình hành động số 12', 'self']]],
    ['Kế hoạch hành động số 5 của Đảng ủy Khối', '-', [['Kế hoạch hành động số 5', '05-kh-duk-2022']]],
    ['Kế hoạch hành động số 05-KH/ĐUK', '-', [['Kế hoạch hành động số 05-KH/ĐUK', '05-kh-duk-2022']]],
    ['Chương trình hành động thực hiện Nghị quyết 58-NQ/TW của Bộ Chính trị', '-', [['Nghị quyết 58-NQ/TW', '58-nq-tw-2020']]],
    ['Thông báo Kết luận số 947-TB/TU, ngày 2/2/2024', '-', [['Thông báo Kết luận số 947-TB/TU, ngày 2/2/2024', '947-tb-tu-2024']]],
    ['Thông báo Kết luận số 947-TB/TU', '-', [['Thông báo Kết luận số 947-TB/TU', '947-tb-tu-2024']]],
    ['Công văn số 22-KL/BCĐ của Ban Chỉ đạo', '-', [['Công văn số 22-KL/BCĐ', '22-kl-bcd-2024']]],
    // A number with nothing fitting stays unresolved; "hành động" without "số" is not a reference.
    ['Chương trình hành động số 7', '-', [['Chương trình hành động số 7', 'unknown']]],
    ['Kế hoạch hành động 2024 của tỉnh', '-', []],
    ['chương trình hành động của Ban Chấp hành Đảng bộ tỉnh', '-', []],
    ['Nghị quyết hành động số 3', '-', []],
  ])('%s (in %s)', (text, source, expected) => {
    expect(outcomes(text, source)).toEqual(expected);
  });

  it.each<[string, IndexDoc[], string]>([
    // Only codes and declared aliases are looked up: "số 12" in a title is not a code.
    ['the uncoded program without the alias', [doc('ctr-12-th', 'chuong-trinh', 'bloc', 'Thanh Hóa', 'Đảng ủy Khối', { aliases: [] })], 'unknown'],
    ['the program with the alias', [doc('ctr-12-th', 'chuong-trinh', 'bloc', 'Thanh Hóa', 'Đảng ủy Khối', { aliases: ['Chương trình hành động số 12'] })], 'ctr-12-th'],
    [
      'the alias and a coded program no. 12 elsewhere',
      [
        doc('ctr-12-th', 'chuong-trinh', 'bloc', 'Thanh Hóa', 'Đảng ủy Khối', { aliases: ['Chương trình hành động số 12'] }),
        doc('12-ctr-tu-bt', 'chuong-trinh', 'province', 'Bình Thuận', 'Tỉnh ủy Bình Thuận', { code: '12-CTr/TU' }),
      ],
      'ambiguous',
    ],
  ])('"chương trình hành động số 12" with %s is %s', (_, docs, expected) => {
    expect(outcomes('chương trình hành động số 12', '-', buildReferenceIndex(docs))).toEqual([['chương trình hành động số 12', expected]]);
  });
});

describe('congress resolutions: congress number, level words, and the citing document’s province', () => {
  it.each<Row>([
    // The national congress: "toàn quốc", "của Đảng", "Đại hội Đảng".
    ['thực hiện nghị quyết Đại hội XIII của Đảng và', 'dh-tinh-xvi-x', [['nghị quyết Đại hội XIII của Đảng', 'dh-xiii']]],
    ['Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII', '-', [['Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII', 'dh-xiii']]],
    ['Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII của Đảng', 'ctr-12-th', [['Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII của Đảng', 'dh-xiii']]],
    ['Nghị quyết Đại hội Đảng toàn quốc lần thứ XIII', '-', [['Nghị quyết Đại hội Đảng toàn quốc lần thứ XIII', 'dh-xiii']]],
    ['Nghị quyết Đại hội Đảng lần thứ XIII', '-', [['Nghị quyết Đại hội Đảng lần thứ XIII', 'dh-xiii']]],
    ['Nghị quyết Đại hội XII của Đảng', '-', [['Nghị quyết Đại hội XII của Đảng', 'unknown']]],
    // No level words: the congress of the citing document's own level (and province).
    ['Nghị quyết Đại hội lần thứ XIII', '58-nq-tw-2020', [['Nghị quyết Đại hội lần thứ XIII', 'dh-xiii']]],
    ['Nghị quyết Đại hội lần thứ XIII', 'ctr-12-th', [['Nghị quyết Đại hội lần thứ XIII', 'unknown']]],
    ['Nghị quyết Đại hội lần thứ XX', 'ctr-12-th', [['Nghị quyết Đại hội lần thứ XX', 'dh-khoi-xx-th']]],
    ['Nghị quyết Đại hội lần thứ XIII', '-', [['Nghị quyết Đại hội lần thứ XIII', 'unknown']]],
    ['sau nửa nhiệm kỳ thực hiện Nghị quyết Đại hội lần thứ IX', 'dh-khoi-ix-x', [['Nghị quyết Đại hội lần thứ IX', 'self']]],
    ['kết quả thực hiện Nghị quyết Đại hội lần thứ IX', 'kl-khoi-x', [['Nghị quyết Đại hội lần thứ IX', 'unknown']]],
    // "Đảng bộ tỉnh" without a name: the citing document's province, if it has one.
    ['nghị quyết Đại hội Đảng bộ tỉnh lần thứ XIX và', 'ctr-12-th', [['nghị quyết Đại hội Đảng bộ tỉnh lần thứ XIX', 'dh-tinh-xix-th']]],
    ['Nghị quyết Đại hội lần thứ XIX của Đảng bộ tỉnh', 'ctr-12-th', [['Nghị quyết Đại hội lần thứ XIX của Đảng bộ tỉnh', 'dh-tinh-xix-th']]],
    ['Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XIX', '58-nq-tw-2020', [['Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XIX', 'unknown']]],
    ['Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XIX', '10-nq-tu-2022-bt', [['Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XIX', 'unknown']]],
    ['Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XIX', '-', [['Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XIX', 'unknown']]],
    ['Nghị quyết Đại hội Đảng bộ tỉnh Thanh Hóa lần thứ XIX', '-', [['Nghị quyết Đại hội Đảng bộ tỉnh Thanh Hóa lần thứ XIX', 'dh-tinh-xix-th']]],
    ['Nghị quyết Đại hội lần thứ XIX của Đảng bộ tỉnh Thanh Hóa', '-', [['Nghị quyết Đại hội lần thứ XIX của Đảng bộ tỉnh', 'dh-tinh-xix-th']]],
    // A province named in the words is never overridden by the citing document's.
    ['Nghị quyết Đại hội lần thứ XIX của Đảng bộ tỉnh Bình Thuận', 'ctr-12-th', [['Nghị quyết Đại hội lần thứ XIX của Đảng bộ tỉnh', 'unknown']]],
    ['Nghị quyết Đại hội Đảng bộ tỉnh Bình Thuận lần thứ XIX', 'ctr-12-th', [['Nghị quyết Đại hội Đảng bộ tỉnh Bình Thuận lần thứ XIX', 'unknown']]],
    ['nghị quyết Đại hội Đảng bộ tỉnh lần thứ XVI', 'dh-tinh-xvi-x', [['nghị quyết Đại hội Đảng bộ tỉnh lần thứ XVI', 'self']]],
    ['nghị quyết Đại hội XIII và nghị quyết Đại hội Đảng bộ tỉnh lần thứ XVI', 'dh-xiii', [['nghị quyết Đại hội XIII', 'self'], ['nghị quyết Đại hội Đảng bộ tỉnh lần thứ XVI', 'unknown']]],
    // "Đảng bộ Khối", with or without the bloc's name.
    ['cùng nghị quyết Đại hội Đảng bộ Khối lần thứ XX.', 'dh-tinh-xix-th', [['nghị quyết Đại hội Đảng bộ Khối lần thứ XX', 'dh-khoi-xx-th']]],
    ['Nghị quyết Đại hội Đảng bộ Khối Cơ quan và Doanh nghiệp tỉnh Thanh Hóa lần thứ XX, nhiệm kỳ 2020–2025', '-', [['Nghị quyết Đại hội Đảng bộ Khối Cơ quan và Doanh nghiệp tỉnh Thanh Hóa lần thứ XX', 'dh-khoi-xx-th']]],
    ['Nghị quyết Đại hội Đảng bộ Khối Cơ quan và Doanh nghiệp tỉnh Bình Thuận lần thứ I', 'ctr-12-th', [['Nghị quyết Đại hội Đảng bộ Khối Cơ quan và Doanh nghiệp tỉnh Bình Thuận lần thứ I', 'dh-khoi-i-bt']]],
    ['Nghị quyết Đại hội Đảng bộ Khối Cơ quan và Doanh nghiệp tỉnh Bình Thuận lần thứ XX', '-', [['Nghị quyết Đại hội Đảng bộ Khối Cơ quan và Doanh nghiệp tỉnh Bình Thuận lần thứ XX', 'unknown']]],
    ['Nghị quyết Đại hội Đảng bộ Khối lần thứ XX', '10-nq-tu-2022-bt', [['Nghị quyết Đại hội Đảng bộ Khối lần thứ XX', 'unknown']]],
    // Not references to a resolution: the congress itself, no "Đại hội", no number, a lower-case word.
    ['công tác chuẩn bị Đại hội Đảng bộ tỉnh lần thứ XVII, nhiệm kỳ 2025–2030', 'dh-tinh-xvi-x', []],
    ['tiến tới Đại hội XIV của Đảng', '-', []],
    ['Nghị quyết XVI của Đảng bộ tỉnh', 'dh-tinh-xvi-x', []],
    ['việc thực hiện nghị quyết đại hội các cấp', '-', []],
    ['Nghị quyết Đại hội vi phạm', '-', []],
    ['Nghị quyết Đại hội Đảng bộ huyện lần thứ XX', 'ctr-12-th', []],
    ['Nghị quyết Đại hội Đoàn toàn quốc lần thứ XII', '-', []],
    ['Nghị quyết Đại hội Công đoàn tỉnh lần thứ XVIII', 'ctr-12-th', []],
  ])('%s (in %s)', (text, source, expected) => {
    expect(outcomes(text, source)).toEqual(expected);
  });

  it('two blocs of one province with the same congress number are ambiguous, not a guess', () => {
    const docs = [
      ...DOCS,
      doc('dh-khoi-xx-th-2', 'nghi-quyet-dai-hoi', 'bloc', 'Thanh Hóa', 'Đại hội Đảng bộ Khối Doanh nghiệp tỉnh Thanh Hóa', { term: 'XX' }),
    ];
    expect(outcomes('Nghị quyết Đại hội Đảng bộ Khối lần thứ XX', 'dh-tinh-xix-th', buildReferenceIndex(docs))).toEqual([['Nghị quyết Đại hội Đảng bộ Khối lần thứ XX', 'ambiguous']]);
    expect(outcomes('Nghị quyết Đại hội Đảng bộ Khối Doanh nghiệp tỉnh Thanh Hóa lần thứ XX', '-', buildReferenceIndex(docs))).toEqual([
      ['Nghị quyết Đại hội Đảng bộ Khối Doanh nghiệp tỉnh Thanh Hóa lần thứ XX', 'dh-khoi-xx-th-2'],
    ]);
  });
});

// The citing document decides what its words mean (its province, itself), as the loader resolves each body.

describe('rendered as the site renders a body, the citing document decides', () => {
  /** Links in the HTML rendered for `markdown` written in the file of `source`: [text, target]. */
  async function links(markdown: string, source: string): Promise<[string, string][]> {
    const refs = resolveText(markdown, index, source).map((r) => ({ ...r, sourceId: source, file: '-', line: 1 }));
    const code = renderBody(markdown, refs, (id) => `/sotay/van-ban/${id}/`);
    return [...code.matchAll(/<a href="\/sotay\/van-ban\/([^/]+)\/"[^>]*>([^<]*)<\/a>/g)].map((m) => [m[2]!, m[1]!]);
  }

  it.each<[string, string, [string, string][]]>([
    ['Ban hành chương trình hành động số 12 để cụ thể hóa nghị quyết Đại hội Đảng bộ tỉnh lần thứ XIX và nghị quyết Đại hội Đảng bộ Khối lần thứ XX.', 'dh-khoi-xx-th', [
      ['chương trình hành động số 12', 'ctr-12-th'],
      ['nghị quyết Đại hội Đảng bộ tỉnh lần thứ XIX', 'dh-tinh-xix-th'],
    ]],
    ['Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XIX', 'ctr-12-th', [['Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XIX', 'dh-tinh-xix-th']]],
    ['Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XIX', '10-nq-tu-2022-bt', []],
    ['thực hiện **nghị quyết Đại hội XIII của Đảng** và Thông báo Kết luận số 947-TB/TU', 'dh-tinh-xvi-x', [
      ['nghị quyết Đại hội XIII của Đảng', 'dh-xiii'],
      ['Thông báo Kết luận số 947-TB/TU', '947-tb-tu-2024'],
    ]],
    ['Công văn số 22-KL/BCĐ và Chương trình hành động thực hiện Nghị quyết 58-NQ/TW', 'ctr-12-th', [
      ['Công văn số 22-KL/BCĐ', '22-kl-bcd-2024'],
      ['Nghị quyết 58-NQ/TW', '58-nq-tw-2020'],
    ]],
  ])('%s (in %s)', async (markdown, source, expected) => {
    expect(await links(markdown, source)).toEqual(expected);
  });
});
