/**
 * References in prose, as a specification: sentences taken from the seed articles
 * (/work/shared/seeds/*.txt) are resolved as the loader resolves a body, then rendered by the
 * site's own renderer (src/loader/render.ts, Sätteri) over the fixture entries in
 * tests/fixtures/graph/content; each row says which spans become links to which entry.
 */
import { describe, expect, it } from 'vitest';
import { readContent } from '../../src/loader/read';
import { checkContent } from '../../src/loader/check';
import { findReferences } from '../../src/lib/references/find';
import { resolveText } from '../../src/lib/references/resolve';
import { indexFor, lineAt, lineFinder } from '../../src/lib/references/scan';
import { renderBody } from '../../src/loader/render';

const check = checkContent(readContent('tests/fixtures/graph'));
const index = indexFor(check.documents, check.organs);

/** The links in rendered HTML: [link text, target id]. */
async function links(markdown: string): Promise<[string, string][]> {
  const refs = resolveText(markdown, index).map((r) => ({ ...r, sourceId: '-', file: '-', line: 1 }));
  const code = renderBody(markdown, refs, (id) => `/sotay/van-ban/${id}/`);
  return [...code.matchAll(/<a href="\/sotay\/van-ban\/([^/]+)\/"[^>]*>([^<]*)<\/a>/g)].map((m) => [m[2]!, m[1]!]);
}

describe('references from the seed texts become links to the right entry', () => {
  it.each<[string, [string, string][]]>([
    // 000: a regulation with its issuer, a provincial resolution with its date.
    ['Thực hiện Quy định số 60-QĐ/TW của Ban Bí thư.', []],
    ['Nghị quyết số 10-NQ/TU, ngày 18/3/2022 của Ban Chấp hành Đảng bộ tỉnh (khóa XIV).', [['Nghị quyết số 10-NQ/TU, ngày 18/3/2022', '10-nq-tu-2022-tinh-uy-x']]],
    // 002: bare references, one of them shared by two entries with nothing to choose by.
    ['đánh giá thêm việc thực hiện Nghị quyết 18, 19', [['19', '19-nq-tw-2017']]],
    ['Nghị quyết 18, 19 (khóa XII)', [['Nghị quyết 18', '18-nq-tw-2017'], ['19', '19-nq-tw-2017']]],
    ['tăng cường kiểm tra việc thực hiện Chỉ thị 05 của Bộ Chính trị', [['Chỉ thị 05', '05-ct-tw-2016']]],
    ['Chỉ thị 05 của Bộ Chính trị và Nghị quyết Trung ương 4, tiếp tục xem', [['Chỉ thị 05', '05-ct-tw-2016']]],
    // 003: dates written with dashes, a bare number, the plenum of two terms.
    ['thực hiện Nghị quyết 58-NQ/TW, ngày 5-8-2020 của Bộ Chính trị', [['Nghị quyết 58-NQ/TW, ngày 5-8-2020', '58-nq-tw-2020']]],
    ['Để đưa Nghị quyết 58-NQ/TW, chương trình hành động', [['Nghị quyết 58-NQ/TW', '58-nq-tw-2020']]],
    ['hiện thực hóa Nghị quyết 58 của Bộ Chính trị', [['Nghị quyết 58', '58-nq-tw-2020']]],
    ['thực hiện có hiệu quả Nghị quyết Trung ương IV (khóa XI, XII) và', [['Nghị quyết Trung ương IV (khóa XI', '12-nq-tw-2012'], ['XII', '04-nq-tw-2016']]],
    ['Nghị quyết Trung ương 4 (khóa XI, XII)', [['Nghị quyết Trung ương 4 (khóa XI', '12-nq-tw-2012'], ['XII', '04-nq-tw-2016']]],
    ['nghị quyết Trung ương 4 của khóa XI và khóa XII', [['nghị quyết Trung ương 4 của khóa XI', '12-nq-tw-2012'], ['khóa XII', '04-nq-tw-2016']]],
    // 004: full codes with dates, an alias printed with the wrong suffix, a kind word that disagrees.
    ['Kế hoạch số 43-KH/TU, ngày 18/1/2022 của Ban Thường vụ Tỉnh ủy', [['Kế hoạch số 43-KH/TU, ngày 18/1/2022', '43-kh-tu-2022-tinh-uy-x']]],
    ['thực hiện Kết luận số 21-KL/TW, ngày 25/10/2021 của Ban Chấp hành Trung ương khóa XIII', [['Kết luận số 21-KL/TW, ngày 25/10/2021', '21-kl-tw-2021']]],
    ['gắn với Chỉ thị 05-CT/TW, ngày 15/5/2016 của Bộ Chính trị', [['Chỉ thị 05-CT/TW, ngày 15/5/2016', '05-ct-tw-2016']]],
    ['Chương trình 55-CTr/TU, ngày 25/4/2023 của Tỉnh ủy thực hiện Nghị quyết số 28-NQ/TW, ngày 17/11/2022', [['Chương trình 55-CTr/TU, ngày 25/4/2023', '55-ctr-tu-2023-tinh-uy-x'], ['Nghị quyết số 28-NQ/TW, ngày 17/11/2022', '28-nq-tw-2022']]],
    ['căn cứ Kết luận số 09-KL/BCĐ, ngày 24/11/2024 và Công văn số 22-KL/BCĐ, ngày 5/12/2024', [['Kết luận số 09-KL/BCĐ, ngày 24/11/2024', '09-kl-bcd-2024'], ['Công văn số 22-KL/BCĐ, ngày 5/12/2024', '22-kl-bcd-2024']]],
    ['tổng kết Nghị quyết số 18-NQ/TW, ngày 25/10/2017 của Ban Chấp hành Trung ương (khóa XII)', [['Nghị quyết số 18-NQ/TW, ngày 25/10/2017', '18-nq-tw-2017']]],
    ['Kế hoạch số 04-KH/BCĐ, ngày 13/11/2024 và Kết luận số 09-KL/TW, ngày 24/11/2024', [['Kế hoạch số 04-KH/BCĐ, ngày 13/11/2024', '04-kh-bcd-2024'], ['Kết luận số 09-KL/TW, ngày 24/11/2024', '09-kl-bcd-2024']]],
    ['tổng kết Nghị quyết số 18-NQ/TW và tham mưu thành lập Ban Chỉ đạo', []],
    ['Nghị quyết số 18-NQ/TW (khóa XIII) về đất đai', [['Nghị quyết số 18-NQ/TW', '18-nq-tw-2022']]],
    ['Nghị quyết số 18-NQ/TW, ngày 16-6-2022', [['Nghị quyết số 18-NQ/TW, ngày 16-6-2022', '18-nq-tw-2022']]],
    ['Nghị quyết 18-NQ/TW (2017)', [['Nghị quyết 18-NQ/TW (2017)', '18-nq-tw-2017']]],
    ['Quy định số 137-QĐ/TW, ngày 1/12/2023 của Ban Bí thư', []],
    // A date that matches no entry never links to the namesake.
    ['Nghị quyết số 28-NQ/TW, ngày 01/01/2019', []],
    ['Kết luận 21-KL/TW', [['Kết luận 21-KL/TW', '21-kl-tw-2021']]],
    ['Kết luận số 21-KL/TW được **gắn với Chỉ thị 05-CT/TW**', [['Kết luận số 21-KL/TW', '21-kl-tw-2021'], ['Chỉ thị 05-CT/TW', '05-ct-tw-2016']]],
    // Not references: dates, years, a number that is part of a State-style code, code spans.
    ['Ngày 25/10/2017, Hội nghị lần thứ 6', []],
    ['Kế hoạch năm 2024 của tỉnh', []],
    ['`Nghị quyết số 28-NQ/TW` trong mã', []],
  ])('%s', async (text, expected) => {
    expect(await links(text)).toEqual(expected);
  });
});

describe('what is not linked is still found and sorted', () => {
  it.each<[string, string, string]>([
    ['Nghị quyết 18 chưa rõ khóa', 'Nghị quyết 18', 'ambiguous'],
    ['Nghị quyết số 18-NQ/TW', 'Nghị quyết số 18-NQ/TW', 'ambiguous'],
    ['Nghị quyết Trung ương 4, tiếp tục', 'Nghị quyết Trung ương 4', 'ambiguous'],
    ['Quy định số 60-QĐ/TW của Ban Bí thư', 'Quy định số 60-QĐ/TW', 'unknown'],
    ['Nghị quyết số 28-NQ/TW, ngày 01/01/2019', 'Nghị quyết số 28-NQ/TW, ngày 01/01/2019', 'unknown'],
    ['Nghị quyết Trung ương 5 khóa XIII', 'Nghị quyết Trung ương 5 khóa XIII', 'unknown'],
  ])('%s → "%s" is %s', (text, span, status) => {
    const [ref] = resolveText(text, index);
    expect(ref?.text).toBe(span);
    expect(ref?.resolution.status).toBe(status);
  });

  it('a document naming itself is not a link to itself', () => {
    const [ref] = resolveText('Nghị quyết số 28-NQ/TW, ngày 17/11/2022', index, '28-nq-tw-2022');
    expect(ref?.resolution).toEqual({ status: 'self', id: '28-nq-tw-2022' });
  });

  it('a resolution named by a number alone, without "Đại hội" or a code, is not taken for a reference', () => {
    // Congress resolutions ("Nghị quyết Đại hội XIII của Đảng") are specified in references-forms.test.ts.
    expect(findReferences('Nghị quyết XVI của Đảng bộ tỉnh, Nghị quyết Đại hội XIII của Đảng').map((r) => r.text)).toEqual(['Nghị quyết Đại hội XIII của Đảng']);
  });
});

describe('the line of a reference in its file', () => {
  const body = 'một\nhai\n\nbốn 58-NQ/TW\n';
  it.each([
    [0, 10],
    [3, 10],
    [4, 11],
    [8, 12],
    [9, 13],
    [body.indexOf('58'), 13],
  ])('offset %i of a body starting on line 10 is on line %i', (offset, line) => {
    expect(lineAt(body, offset, 10)).toBe(line);
    expect(lineFinder(body, 10)(offset)).toBe(line);
  });
});
