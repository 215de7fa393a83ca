/** The citation line (src/lib/views/citation.ts): every kind, with and without code and date, unknowns left out. */
import { describe, expect, it } from 'vitest';
import { citationDate, citationLine, type CitationInput } from '../../src/lib/views/citation';

describe('a citation line reads as Party texts cite a document', () => {
  it.each<[string, CitationInput, string]>([
    ['the issue\'s example', { kind: 'nghi-quyet', code: '58-NQ/TW', title: 'Về xây dựng và phát triển tỉnh Thanh Hóa đến năm 2030, tầm nhìn đến năm 2045', issued: '2020-08-05', issuerName: 'Bộ Chính trị' },
      'Nghị quyết số 58-NQ/TW, ngày 05/8/2020 của Bộ Chính trị về xây dựng và phát triển tỉnh Thanh Hóa đến năm 2030, tầm nhìn đến năm 2045'],
    ['a conclusion', { kind: 'ket-luan', code: '21-KL/TW', title: 'Về đẩy mạnh xây dựng, chỉnh đốn Đảng', issued: '2021-10-25', issuerName: 'Ban Chấp hành Trung ương Đảng' },
      'Kết luận số 21-KL/TW, ngày 25/10/2021 của Ban Chấp hành Trung ương Đảng về đẩy mạnh xây dựng, chỉnh đốn Đảng'],
    ['a directive', { kind: 'chi-thi', code: '05-CT/TW', title: 'Về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh', issued: '2016-05-15', issuerName: 'Bộ Chính trị' },
      'Chỉ thị số 05-CT/TW, ngày 15/5/2016 của Bộ Chính trị về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh'],
    ['a regulation, date in December', { kind: 'quy-dinh', code: '137-QĐ/TW', title: 'Về chức năng, nhiệm vụ', issued: '2023-12-01', issuerName: 'Ban Bí thư' },
      'Quy định số 137-QĐ/TW, ngày 01/12/2023 của Ban Bí thư về chức năng, nhiệm vụ'],
    ['a decision, month February keeps its zero', { kind: 'quyet-dinh', code: '99-QĐ/TW', title: 'Về thành lập hội đồng', issued: '2021-02-01', issuerName: 'Ban Bí thư' },
      'Quyết định số 99-QĐ/TW, ngày 01/02/2021 của Ban Bí thư về thành lập hội đồng'],
    ['a title that starts with the kind drops the repeated word', { kind: 'ke-hoach', code: '43-KH/TU', title: 'Kế hoạch thực hiện Kết luận số 21-KL/TW (tỉnh chưa xác định)', issued: '2022-01-18', issuerName: 'Tỉnh ủy' },
      'Kế hoạch số 43-KH/TU, ngày 18/01/2022 của Tỉnh ủy thực hiện Kết luận số 21-KL/TW'],
    ['a programme', { kind: 'chuong-trinh', code: '55-CTr/TU', title: 'Chương trình thực hiện Nghị quyết số 28-NQ/TW', issued: '2023-03-10', issuerName: 'Tỉnh ủy' },
      'Chương trình số 55-CTr/TU, ngày 10/3/2023 của Tỉnh ủy thực hiện Nghị quyết số 28-NQ/TW'],
    ['a notice', { kind: 'thong-bao', code: '947-TB/TU', title: 'Thông báo kết luận về việc triển khai', issued: '2024-06-04', issuerName: 'Ban Thường vụ Tỉnh ủy' },
      'Thông báo số 947-TB/TU, ngày 04/6/2024 của Ban Thường vụ Tỉnh ủy kết luận về việc triển khai'],
    ['a title that names the document keeps what it is about', { kind: 'ket-luan', code: '09-KL/BCĐ', title: 'Kết luận số 09-KL/BCĐ của Ban Chỉ đạo Trung ương về tổng kết thực hiện Nghị quyết số 18-NQ/TW (trích yếu đầy đủ không được nguồn nêu)', issued: '2024-12-05', issuerName: 'Ban Chỉ đạo Trung ương' },
      'Kết luận số 09-KL/BCĐ, ngày 05/12/2024 của Ban Chỉ đạo Trung ương về tổng kết thực hiện Nghị quyết số 18-NQ/TW'],
    ['a title that names the document and nothing more', { kind: 'quy-dinh', code: '60-QĐ/TW', title: 'Quy định số 60-QĐ/TW của Ban Bí thư (trích yếu đầy đủ không được nguồn nêu)', issued: 'unknown', issuerName: 'Ban Bí thư' },
      'Quy định số 60-QĐ/TW của Ban Bí thư'],
    ['a title that is a phrase gets "về"', { kind: 'nghi-quyet', code: '12-NQ/TW', title: 'Một số vấn đề cấp bách về xây dựng Đảng hiện nay', issued: '2012-01-16', issuerName: 'Ban Chấp hành Trung ương Đảng' },
      'Nghị quyết số 12-NQ/TW, ngày 16/01/2012 của Ban Chấp hành Trung ương Đảng về một số vấn đề cấp bách về xây dựng Đảng hiện nay'],
    ['unknown date left out', { kind: 'nghi-quyet', code: '10-NQ/TU', title: 'Về chuyển đổi số', issued: 'unknown', issuerName: 'Tỉnh ủy' },
      'Nghị quyết số 10-NQ/TU của Tỉnh ủy về chuyển đổi số'],
    ['unknown issuer left out', { kind: 'nghi-quyet', code: '10-NQ/TU', title: 'Về chuyển đổi số', issued: '2022-05-09', issuerName: undefined },
      'Nghị quyết số 10-NQ/TU, ngày 09/5/2022 về chuyển đổi số'],
    ['unknown date and issuer left out', { kind: 'huong-dan', code: '01-HD/TU', title: 'Về học tập nghị quyết', issued: 'unknown' },
      'Hướng dẫn số 01-HD/TU về học tập nghị quyết'],
    ['a Congress resolution (no code) is cited by its name and date', { kind: 'nghi-quyet-dai-hoi', title: 'Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII của Đảng', issued: '2021-02-01', issuerName: 'Đại hội đại biểu toàn quốc lần thứ XIII của Đảng' },
      'Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII của Đảng, ngày 01/02/2021'],
    ['a Congress resolution without a date', { kind: 'nghi-quyet-dai-hoi', title: 'Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XVI (tỉnh chưa xác định)', issued: 'unknown', issuerName: 'Đại hội Đảng bộ tỉnh' },
      'Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XVI'],
    ['a study work without a code names its body when the title does not', { kind: 'tac-pham', title: 'Tài liệu học tập chuyên đề năm 2024', issued: '2024-03-02', issuerName: 'Ban Tuyên giáo Trung ương' },
      'Tài liệu học tập chuyên đề năm 2024, ngày 02/3/2024 của Ban Tuyên giáo Trung ương'],
  ])('%s', (_name, input, expected) => {
    expect(citationLine(input)).toBe(expected);
  });

  it('never prints the word "unknown" or an empty "ngày"', () => {
    const line = citationLine({ kind: 'ket-luan', code: '1-KL/TW', title: 'Về x', issued: 'unknown', issuerName: '' });
    expect(line).toBe('Kết luận số 1-KL/TW về x');
  });
});

describe('citation dates', () => {
  it.each([
    ['2020-08-05', '05/8/2020'],
    ['2022-11-17', '17/11/2022'],
    ['2021-01-09', '09/01/2021'],
    ['2021-02-28', '28/02/2021'],
    ['2017-10-25', '25/10/2017'],
    ['unknown', undefined],
  ])('%s → %s', (iso, shown) => {
    expect(citationDate(iso)).toBe(shown);
  });
});
