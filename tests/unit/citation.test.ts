/**
 * The citation line (src/lib/views/citation.ts), the one rule behind the page, the kit, the
 * handout, the slides, the packet and the copy button: every kind, every issuer level, with and
 * without code, date and issuer; and every document of the real base.
 */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { KINDS } from '../../src/lib/codes/kinds';
import { citationDate, citationLine, citedIssuer, type CitationInput } from '../../src/lib/views/citation';
import { documentPage } from '../../src/loader/document-page';
import { loadSite } from '../../src/loader/site';

describe('a citation line reads as Party texts cite a document', () => {
  it.each<[string, CitationInput, string]>([
    // Central level: the Central Committee with its term, the Politburo, the Secretariat, a steering committee, a central board.
    ['Central Committee: "khóa N" after its name', { kind: 'nghi-quyet', code: '28-NQ/TW', title: 'Về tiếp tục đổi mới phương thức lãnh đạo, cầm quyền của Đảng đối với hệ thống chính trị trong giai đoạn mới', issued: '2022-11-17', issuerName: 'Ban Chấp hành Trung ương Đảng', term: 'XIII' },
      'Nghị quyết số 28-NQ/TW, ngày 17/11/2022 của Ban Chấp hành Trung ương Đảng khóa XIII về tiếp tục đổi mới phương thức lãnh đạo, cầm quyền của Đảng đối với hệ thống chính trị trong giai đoạn mới'],
    ['Central Committee, a trích yếu that is a phrase is quoted', { kind: 'nghi-quyet', code: '18-NQ/TW', title: 'Một số vấn đề về tiếp tục đổi mới, sắp xếp tổ chức bộ máy của hệ thống chính trị tinh gọn, hoạt động hiệu lực, hiệu quả', issued: '2017-10-25', issuerName: 'Ban Chấp hành Trung ương Đảng', term: 'XII' },
      'Nghị quyết số 18-NQ/TW, ngày 25/10/2017 của Ban Chấp hành Trung ương Đảng khóa XII “Một số vấn đề về tiếp tục đổi mới, sắp xếp tổ chức bộ máy của hệ thống chính trị tinh gọn, hoạt động hiệu lực, hiệu quả”'],
    ['Central Committee, term unknown: left out', { kind: 'nghi-quyet', code: '12-NQ/TW', title: 'Một số vấn đề cấp bách về xây dựng Đảng hiện nay', issued: '2012-01-16', issuerName: 'Ban Chấp hành Trung ương Đảng' },
      'Nghị quyết số 12-NQ/TW, ngày 16/1/2012 của Ban Chấp hành Trung ương Đảng “Một số vấn đề cấp bách về xây dựng Đảng hiện nay”'],
    ['a plenum resolution named by its plenum stands for the issuer', { kind: 'nghi-quyet', code: '60-NQ/TW', title: 'Hội nghị lần thứ 11 Ban Chấp hành Trung ương Đảng khóa XIII', issued: '2025-04-12', issuerName: 'Ban Chấp hành Trung ương Đảng', term: 'XIII' },
      'Nghị quyết số 60-NQ/TW, ngày 12/4/2025 của Hội nghị lần thứ 11 Ban Chấp hành Trung ương Đảng khóa XIII'],
    ['Politburo (no term)', { kind: 'nghi-quyet', code: '58-NQ/TW', title: 'Về xây dựng và phát triển tỉnh Thanh Hóa đến năm 2030, tầm nhìn đến năm 2045', issued: '2020-08-05', issuerName: 'Bộ Chính trị', term: 'XII' },
      'Nghị quyết số 58-NQ/TW, ngày 5/8/2020 của Bộ Chính trị về xây dựng và phát triển tỉnh Thanh Hóa đến năm 2030, tầm nhìn đến năm 2045'],
    ['Secretariat, a regulation', { kind: 'quy-dinh', code: '137-QĐ/TW', title: 'Về chức năng, nhiệm vụ', issued: '2023-12-01', issuerName: 'Ban Bí thư Trung ương Đảng', term: 'XIII' },
      'Quy định số 137-QĐ/TW, ngày 1/12/2023 của Ban Bí thư Trung ương Đảng về chức năng, nhiệm vụ'],
    ['a steering committee, a title that names the document keeps what it is about', { kind: 'ket-luan', code: '09-KL/BCĐ', title: 'Kết luận số 09-KL/BCĐ của Ban Chỉ đạo Trung ương về tổng kết thực hiện Nghị quyết số 18-NQ/TW (trích yếu đầy đủ không được nguồn nêu)', issued: '2024-12-05', issuerName: 'Ban Chỉ đạo Trung ương' },
      'Kết luận số 09-KL/BCĐ, ngày 5/12/2024 của Ban Chỉ đạo Trung ương về tổng kết thực hiện Nghị quyết số 18-NQ/TW'],
    ['a title that names the document and nothing more', { kind: 'quy-dinh', code: '60-QĐ/TW', title: 'Quy định số 60-QĐ/TW của Ban Bí thư (trích yếu đầy đủ không được nguồn nêu)', issued: 'unknown', issuerName: 'Ban Bí thư' },
      'Quy định số 60-QĐ/TW của Ban Bí thư'],
    ['a central board, a guidance', { kind: 'huong-dan', code: '31-HD/BTCTW', title: 'Về việc thành lập tổ chức đảng', issued: '2025-04-23', issuerName: 'Ban Tổ chức Trung ương' },
      'Hướng dẫn số 31-HD/BTCTW, ngày 23/4/2025 của Ban Tổ chức Trung ương về việc thành lập tổ chức đảng'],
    // Province level: the name without the editor's remark or its other name, never a term.
    ['province: the organ\'s other name in brackets is left out', { kind: 'nghi-quyet', code: '10-NQ/TU', title: 'Về chuyển đổi số đến năm 2025, định hướng đến năm 2030', issued: '2022-03-18', issuerName: 'Tỉnh ủy Bình Thuận (Ban Chấp hành Đảng bộ tỉnh Bình Thuận)', term: 'XIV' },
      'Nghị quyết số 10-NQ/TU, ngày 18/3/2022 của Tỉnh ủy Bình Thuận về chuyển đổi số đến năm 2025, định hướng đến năm 2030'],
    ['province unknown: the remark is left out, never printed', { kind: 'chuong-trinh', code: '55-CTr/TU', title: 'Thực hiện Nghị quyết số 28-NQ/TW', issued: '2023-04-25', issuerName: 'Tỉnh ủy (chưa rõ tỉnh; bài về Ban Tổ chức Tỉnh ủy năm 2024)' },
      'Chương trình số 55-CTr/TU, ngày 25/4/2023 của Tỉnh ủy thực hiện Nghị quyết số 28-NQ/TW'],
    ['a program named "hành động" in its title keeps it in the head', { kind: 'chuong-trinh', code: '12-CTr/TU', title: 'Chương trình hành động thực hiện Nghị quyết số 57-NQ/TW', issued: '2025-03-10', issuerName: 'Tỉnh ủy Lâm Đồng' },
      'Chương trình hành động số 12-CTr/TU, ngày 10/3/2025 của Tỉnh ủy Lâm Đồng thực hiện Nghị quyết số 57-NQ/TW'],
    ['a plan whose title starts with its kind drops the repeated word', { kind: 'ke-hoach', code: '43-KH/TU', title: 'Kế hoạch thực hiện Kết luận số 21-KL/TW (tỉnh chưa xác định)', issued: '2022-01-18', issuerName: 'Ban Thường vụ Tỉnh ủy' },
      'Kế hoạch số 43-KH/TU, ngày 18/1/2022 của Ban Thường vụ Tỉnh ủy thực hiện Kết luận số 21-KL/TW'],
    ['a notice of conclusions', { kind: 'thong-bao', code: '947-TB/TU', title: 'Thông báo kết luận về việc triển khai', issued: '2024-06-04', issuerName: 'Ban Thường vụ Tỉnh ủy Thanh Hóa' },
      'Thông báo kết luận số 947-TB/TU, ngày 4/6/2024 của Ban Thường vụ Tỉnh ủy Thanh Hóa về việc triển khai'],
    ['a provincial congress resolution: its name, no issuer repeated, no date', { kind: 'nghi-quyet-dai-hoi', title: 'Nghị quyết Đại hội Đảng bộ tỉnh Thanh Hóa lần thứ XIX, nhiệm kỳ 2020–2025', issued: '2020-10-28', issuerName: 'Đại hội đại biểu Đảng bộ tỉnh Thanh Hóa' },
      'Nghị quyết Đại hội Đảng bộ tỉnh Thanh Hóa lần thứ XIX, nhiệm kỳ 2020–2025'],
    ['a provincial congress whose province is unknown', { kind: 'nghi-quyet-dai-hoi', title: 'Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XVI (tỉnh chưa xác định)', issued: 'unknown', issuerName: 'Đại hội Đảng bộ tỉnh (chưa rõ tỉnh)' },
      'Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XVI'],
    // National congress.
    ['the national congress resolution', { kind: 'nghi-quyet-dai-hoi', title: 'Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIV của Đảng', issued: '2026-01-23', issuerName: 'Đại hội đại biểu toàn quốc của Đảng', term: 'XIV' },
      'Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIV của Đảng'],
    // Bloc level: a program without a code is cited by kind, date and body.
    ['bloc: a program without a code', { kind: 'chuong-trinh', title: 'Thực hiện Nghị quyết số 58-NQ/TW về xây dựng và phát triển tỉnh Thanh Hóa', issued: '2021-04-07', issuerName: 'Đảng ủy Khối Cơ quan và Doanh nghiệp tỉnh Thanh Hóa' },
      'Chương trình ngày 7/4/2021 của Đảng ủy Khối Cơ quan và Doanh nghiệp tỉnh Thanh Hóa thực hiện Nghị quyết số 58-NQ/TW về xây dựng và phát triển tỉnh Thanh Hóa'],
    ['bloc: a directive', { kind: 'chi-thi', code: '05-CT/ĐU', title: 'Về tăng cường công tác dân vận', issued: '2023-09-15', issuerName: 'Đảng ủy Khối Cơ quan và Doanh nghiệp tỉnh Bình Thuận' },
      'Chỉ thị số 05-CT/ĐU, ngày 15/9/2023 của Đảng ủy Khối Cơ quan và Doanh nghiệp tỉnh Bình Thuận về tăng cường công tác dân vận'],
    // Grassroots level.
    ['grassroots: a decision', { kind: 'quyet-dinh', code: '99-QĐ/ĐU', title: 'Về thành lập tổ công tác', issued: '2021-02-01', issuerName: 'Đảng ủy xã Quảng Thạch' },
      'Quyết định số 99-QĐ/ĐU, ngày 1/2/2021 của Đảng ủy xã Quảng Thạch về thành lập tổ công tác'],
    ['grassroots: a report quoted', { kind: 'bao-cao', code: '15-BC/ĐU', title: 'Kết quả 5 năm thực hiện Chỉ thị số 05-CT/TW', issued: '2021-05-10', issuerName: 'Đảng ủy phường Ba Đình' },
      'Báo cáo số 15-BC/ĐU, ngày 10/5/2021 của Đảng ủy phường Ba Đình “Kết quả 5 năm thực hiện Chỉ thị số 05-CT/TW”'],
    // The remaining kinds.
    ['a conclusion', { kind: 'ket-luan', code: '21-KL/TW', title: 'Về đẩy mạnh xây dựng, chỉnh đốn Đảng', issued: '2021-10-25', issuerName: 'Ban Chấp hành Trung ương Đảng', term: 'XIII' },
      'Kết luận số 21-KL/TW, ngày 25/10/2021 của Ban Chấp hành Trung ương Đảng khóa XIII về đẩy mạnh xây dựng, chỉnh đốn Đảng'],
    ['a directive', { kind: 'chi-thi', code: '05-CT/TW', title: 'Về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh', issued: '2016-05-15', issuerName: 'Bộ Chính trị' },
      'Chỉ thị số 05-CT/TW, ngày 15/5/2016 của Bộ Chính trị về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh'],
    ['a rule book', { kind: 'quy-che', code: '03-QC/TW', title: 'Quy chế làm việc của Ban Chấp hành Trung ương', issued: '2021-03-16', issuerName: 'Ban Chấp hành Trung ương Đảng', term: 'XIII' },
      'Quy chế số 03-QC/TW, ngày 16/3/2021 của Ban Chấp hành Trung ương Đảng khóa XIII “Quy chế làm việc của Ban Chấp hành Trung ương”'],
    ['an official letter', { kind: 'cong-van', code: '43-CV/BCĐ', title: 'Về Kế hoạch tiếp tục sắp xếp tổ chức bộ máy', issued: '2025-03-20', issuerName: 'Ban Chỉ đạo Trung ương' },
      'Công văn số 43-CV/BCĐ, ngày 20/3/2025 của Ban Chỉ đạo Trung ương về Kế hoạch tiếp tục sắp xếp tổ chức bộ máy'],
    ['a scheme', { kind: 'de-an', code: '02-ĐA/TU', title: 'Phát triển nguồn nhân lực chất lượng cao', issued: '2022-07-01', issuerName: 'Tỉnh ủy Thanh Hóa' },
      'Đề án số 02-ĐA/TU, ngày 1/7/2022 của Tỉnh ủy Thanh Hóa “Phát triển nguồn nhân lực chất lượng cao”'],
    ['a submission', { kind: 'to-trinh', code: '10-TTr/TU', title: 'Về việc đề nghị phê duyệt đề án', issued: '2022-06-20', issuerName: 'Ban Thường vụ Tỉnh ủy Thanh Hóa' },
      'Tờ trình số 10-TTr/TU, ngày 20/6/2022 của Ban Thường vụ Tỉnh ủy Thanh Hóa về việc đề nghị phê duyệt đề án'],
    ['a study work without a code: its quoted title, date and body', { kind: 'tac-pham', title: 'Tài liệu học tập chuyên đề năm 2024', issued: '2024-03-02', issuerName: 'Ban Tuyên giáo Trung ương' },
      '“Tài liệu học tập chuyên đề năm 2024”, ngày 2/3/2024 của Ban Tuyên giáo Trung ương'],
    // Unknown parts.
    ['unknown date left out', { kind: 'nghi-quyet', code: '10-NQ/TU', title: 'Về chuyển đổi số', issued: 'unknown', issuerName: 'Tỉnh ủy' },
      'Nghị quyết số 10-NQ/TU của Tỉnh ủy về chuyển đổi số'],
    ['unknown issuer left out', { kind: 'nghi-quyet', code: '10-NQ/TU', title: 'Về chuyển đổi số', issued: '2022-05-09', issuerName: undefined },
      'Nghị quyết số 10-NQ/TU, ngày 9/5/2022 về chuyển đổi số'],
    ['unknown date and issuer left out', { kind: 'huong-dan', code: '01-HD/TU', title: 'Về học tập nghị quyết', issued: 'unknown' },
      'Hướng dẫn số 01-HD/TU về học tập nghị quyết'],
    ['an empty issuer name is left out', { kind: 'ket-luan', code: '1-KL/TW', title: 'Về x', issued: 'unknown', issuerName: '' },
      'Kết luận số 1-KL/TW về x'],
  ])('%s', (_name, input, expected) => {
    expect(citationLine(input)).toBe(expected);
  });

  it('has a row for every kind', () => {
    const kinds = new Set(['nghi-quyet', 'ket-luan', 'chi-thi', 'quy-dinh', 'quyet-dinh', 'quy-che', 'huong-dan', 'ke-hoach', 'chuong-trinh', 'thong-bao', 'bao-cao', 'cong-van', 'de-an', 'to-trinh', 'nghi-quyet-dai-hoi', 'tac-pham']);
    expect(new Set(KINDS.map((k) => k.id))).toEqual(kinds);
  });
});

describe('the issuer as cited', () => {
  it.each<[string | undefined, string | undefined, string | undefined]>([
    ['Ban Chấp hành Trung ương Đảng', 'XIII', 'Ban Chấp hành Trung ương Đảng khóa XIII'],
    ['Ban Chấp hành Trung ương Đảng', undefined, 'Ban Chấp hành Trung ương Đảng'],
    ['Ban Chấp hành Trung ương Đảng khóa XII', 'XII', 'Ban Chấp hành Trung ương Đảng khóa XII'],
    ['Bộ Chính trị', 'XIII', 'Bộ Chính trị'],
    ['Tỉnh ủy Thanh Hóa (Ban Chấp hành Đảng bộ tỉnh Thanh Hóa)', 'XIX', 'Tỉnh ủy Thanh Hóa'],
    ['Ban Thường vụ Tỉnh ủy (chưa rõ tỉnh; bài về Ban Tổ chức Tỉnh ủy năm 2024)', undefined, 'Ban Thường vụ Tỉnh ủy'],
    [' ', undefined, undefined],
    [undefined, 'XIII', undefined],
  ])('%s, khóa %s → %s', (name, term, cited) => {
    expect(citedIssuer(name, term)).toBe(cited);
  });
});

describe('citation dates, d/m/yyyy as Party texts write them', () => {
  it.each([
    ['2020-08-05', '5/8/2020'],
    ['2022-11-17', '17/11/2022'],
    ['2021-01-09', '9/1/2021'],
    ['2021-02-28', '28/2/2021'],
    ['2017-10-25', '25/10/2017'],
    ['unknown', undefined],
  ])('%s → %s', (iso, shown) => {
    expect(citationDate(iso)).toBe(shown);
  });
});

describe('every document of the real base', () => {
  const site = loadSite(resolve(import.meta.dirname, '../..'));
  const rows = site.documents.map((doc) => [doc.id, doc, documentPage(site, doc).citation] as const);

  it.each(rows)('%s', (_id, doc, line) => {
    const d = doc.data;
    const organ = site.organById.get(d.issuer)?.data.name;
    const issuer = citedIssuer(organ, d.term);
    expect(line).not.toMatch(/unknown/i);
    expect(line).not.toMatch(/\bvề về\b/i);
    expect(line).not.toMatch(/\(chưa|chưa rõ|chưa xác định|không được nguồn nêu/);
    expect(line).not.toMatch(/ngày\s*(,|$)|\s{2}|,\s*,|\s$/);
    // The document is named by its code, or for one without a code by its kind or its own title.
    if (d.code !== undefined) expect(line).toContain(`số ${d.code}`);
    // The issuer appears once at most beside its trích yếu (which may cite another text of the same organ), and the Central Committee with its term.
    const times = (text: string, part: string): number => text.split(part).length - 1;
    if (issuer !== undefined) expect(times(line, issuer) - times(d.title, issuer), line).toBeLessThanOrEqual(1);
    if (d.issuer === 'bch-tw' && d.term !== undefined && d.kind !== 'nghi-quyet-dai-hoi') expect(line).toContain(`Ban Chấp hành Trung ương Đảng khóa ${d.term}`);
    if (d.issued !== 'unknown' && d.code !== undefined) expect(line).toContain(`ngày ${Number(d.issued.slice(8))}/${Number(d.issued.slice(5, 7))}/${d.issued.slice(0, 4)}`);
  });

  it.each([
    ['28-nq-tw-2022', 'Nghị quyết số 28-NQ/TW, ngày 17/11/2022 của Ban Chấp hành Trung ương Đảng khóa XIII về tiếp tục đổi mới phương thức lãnh đạo, cầm quyền của Đảng đối với hệ thống chính trị trong giai đoạn mới'],
    ['18-nq-tw-2017', 'Nghị quyết số 18-NQ/TW, ngày 25/10/2017 của Ban Chấp hành Trung ương Đảng khóa XII “Một số vấn đề về tiếp tục đổi mới, sắp xếp tổ chức bộ máy của hệ thống chính trị tinh gọn, hoạt động hiệu lực, hiệu quả”'],
    ['nghi-quyet-dai-hoi-toan-quoc-xiv-2026', 'Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIV của Đảng'],
  ])('the issue\'s cases: %s', (id, expected) => {
    const doc = site.docById.get(id);
    expect(doc, id).toBeDefined();
    expect(documentPage(site, doc!).citation).toBe(expected);
  });
});
