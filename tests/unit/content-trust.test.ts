/**
 * The content check against the inputs that used to slip through (issue 21: history that loops,
 * identities that look alike, dates and terms that cannot be, numbers a Vietnamese reader reads
 * otherwise), as a specification: each row is an input and the exact error an editor sees (kind,
 * file, line, field, message), or the value the input normalises to.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkContent, type CheckOptions, type ContentFiles, type FileText } from '../../src/loader/check';
import { CONTENT_ERROR_KINDS, formatContentError, formatContentErrors, type ContentError } from '../../src/loader/errors';
import { doc, kh43, nq58, organs, provinces, report, topics } from '../support/content-fixture';

const TODAY: CheckOptions = { today: '2026-12-05' };
const NQ = 'content/documents/nghi-quyet/58-nq-tw-2020.md';
const KH = 'content/documents/ke-hoach/43-kh-tu-2022.md';
const ORGANS = 'content/organs.yaml';
const PROVINCES = 'content/provinces.yaml';
const REPORT = 'content/reports/r.yaml';

interface Over {
  nq?: string;
  kh?: string;
  extra?: FileText[];
  organs?: string;
  provinces?: string;
  report?: string;
}
/** The good fixture (tests/support/content-fixture.ts) with some files replaced. */
function files(o: Over = {}): ContentFiles {
  return {
    documents: [{ path: NQ, text: doc(o.nq ?? nq58) }, { path: KH, text: doc(o.kh ?? kh43) }, ...(o.extra ?? [])],
    organs: { path: ORGANS, text: o.organs ?? organs },
    topics: { path: 'content/topics.yaml', text: topics },
    provinces: { path: PROVINCES, text: o.provinces ?? provinces },
    reports: [{ path: REPORT, text: o.report ?? report }],
  };
}
const errorsOf = (input: ContentFiles): ContentError[] => checkContent(input, TODAY).errors;

it('the fixture is good', () => {
  expect(errorsOf(files())).toEqual([]);
});

// ——— History (organs.yaml, provinces.yaml) ———
// organs.yaml of the fixture has 7 lines; organ A starts on line 8, its fields from line 12.
const ENDED = '  ended: 01/03/2025\n  sources:\n    - outlet: Báo X\n      title: Bài báo\n';
const organAB = (a: string, b = '') => `${organs}- id: tinh-uy-a\n  name: Tỉnh ủy A\n  level: province\n  province: unknown\n${a}- id: tinh-uy-b\n  name: Tỉnh ủy B\n  level: province\n  province: unknown\n${b}`;
// provinces.yaml of the fixture has 9 lines; province C starts on line 10, its field on line 12.
const provinceC = (c: string) => `${provinces}- id: tinh-c\n  name: Tỉnh C\n${c}`;
const MERGED = '  since: 01/07/2025\n  sources:\n    - outlet: Báo X\n      title: Bài báo\n';

type Row = [name: string, input: ContentFiles, expected: ContentError[]];
const history: Row[] = [
  ['an organ merged into itself', files({ organs: organAB(`  mergedInto: tinh-uy-a\n${ENDED}`) }), [{ kind: 'history-cycle', file: ORGANS, field: '[2].mergedInto', line: 12, message: 'cơ quan "tinh-uy-a" hợp nhất vào chính nó' }]],
  ['an organ that is its own parent', files({ organs: organAB('  parent: tinh-uy-a\n') }), [{ kind: 'history-cycle', file: ORGANS, field: '[2].parent', line: 12, message: 'cơ quan "tinh-uy-a" trực thuộc chính nó' }]],
  ['two organs that succeed each other', files({ organs: organAB(`  succeededBy: tinh-uy-b\n${ENDED}`, `  succeededBy: tinh-uy-a\n${ENDED}`) }), [
    { kind: 'history-cycle', file: ORGANS, field: '[2].succeededBy', line: 12, message: 'vòng lặp lịch sử: "tinh-uy-a" được kế tục bởi "tinh-uy-b" (dòng 12), "tinh-uy-b" được kế tục bởi "tinh-uy-a" (dòng 21)' },
    { kind: 'history-cycle', file: ORGANS, field: '[3].succeededBy', line: 21, message: 'vòng lặp lịch sử: "tinh-uy-b" được kế tục bởi "tinh-uy-a" (dòng 21), "tinh-uy-a" được kế tục bởi "tinh-uy-b" (dòng 12)' },
  ]],
  ['an organ merged into one placed under it (a mixture)', files({ organs: organAB(`  mergedInto: tinh-uy-b\n${ENDED}`, '  parent: tinh-uy-a\n') }), [
    { kind: 'history-cycle', file: ORGANS, field: '[2].mergedInto', line: 12, message: 'vòng lặp lịch sử: "tinh-uy-a" hợp nhất vào "tinh-uy-b" (dòng 12), "tinh-uy-b" trực thuộc "tinh-uy-a" (dòng 21)' },
    { kind: 'history-cycle', file: ORGANS, field: '[3].parent', line: 21, message: 'vòng lặp lịch sử: "tinh-uy-b" trực thuộc "tinh-uy-a" (dòng 21), "tinh-uy-a" hợp nhất vào "tinh-uy-b" (dòng 12)' },
  ]],
  ['an organ merged into an unknown organ: the line is named', files({ organs: organAB(`  mergedInto: tinh-uy-z\n${ENDED}`) }), [{ kind: 'unknown-organ', file: ORGANS, field: '[2].mergedInto', line: 12, message: 'cơ quan "tinh-uy-z" (mergedInto của tinh-uy-a) không có trong danh sách' }]],
  ['an organ succeeded by an unknown organ', files({ organs: organAB(`  succeededBy: tinh-uy-z\n${ENDED}`) }), [{ kind: 'unknown-organ', file: ORGANS, field: '[2].succeededBy', line: 12, message: 'cơ quan "tinh-uy-z" (succeededBy của tinh-uy-a) không có trong danh sách' }]],
  ['an organ under an unknown parent', files({ organs: organAB('  parent: ban-z\n') }), [{ kind: 'unknown-organ', file: ORGANS, field: '[2].parent', line: 12, message: 'cơ quan "ban-z" (parent của tinh-uy-a) không có trong danh sách' }]],
  ['an organ ended by an unknown document', files({ organs: organAB(`  mergedInto: tinh-uy-b\n${ENDED}  endedBy:\n    document: 99-qd-tw-2025\n`) }), [{ kind: 'unknown-document', file: ORGANS, field: '[2].endedBy.document', line: 18, message: 'không có văn bản mã "99-qd-tw-2025"' }]],
  ['a province merged into itself', files({ provinces: provinceC(`  mergedInto: tinh-c\n${MERGED}`) }), [{ kind: 'history-cycle', file: PROVINCES, field: '[2].mergedInto', line: 12, message: 'tỉnh "tinh-c" sáp nhập vào chính nó' }]],
  ['two provinces merged into each other', files({ provinces: provinces.replace('- id: lam-dong\n  name: Lâm Đồng\n', `- id: lam-dong\n  name: Lâm Đồng\n  mergedInto: binh-thuan\n${MERGED}`) }), [
    { kind: 'history-cycle', file: PROVINCES, field: '[0].mergedInto', line: 3, message: 'vòng lặp lịch sử: "lam-dong" sáp nhập vào "binh-thuan" (dòng 3), "binh-thuan" sáp nhập vào "lam-dong" (dòng 10)' },
    { kind: 'history-cycle', file: PROVINCES, field: '[1].mergedInto', line: 10, message: 'vòng lặp lịch sử: "binh-thuan" sáp nhập vào "lam-dong" (dòng 10), "lam-dong" sáp nhập vào "binh-thuan" (dòng 3)' },
  ]],
  ['a province merged into an unknown province: the line is named', files({ provinces: provinceC(`  mergedInto: tinh-z\n${MERGED}`) }), [{ kind: 'unknown-province', file: PROVINCES, field: '[2].mergedInto', line: 12, message: 'tỉnh "tinh-z" không có trong content/provinces.yaml' }]],
  ['an organ\'s old id that is another organ\'s id', files({ organs: organAB('  formerIds: [tinh-uy-b]\n') }), [{ kind: 'former-id', file: ORGANS, field: '[2].formerIds[0]', line: 12, message: 'mã cũ "tinh-uy-b" đang là mã hiện tại của cơ quan "tinh-uy-b" (dòng 13), nên địa chỉ đó là trang của mục kia, không chuyển hướng về đây được: xóa mã này khỏi formerIds nếu ghi nhầm' }]],
  ['one old id listed by two organs', files({ organs: organAB('  formerIds: [tinh-uy-cu]\n', '  formerIds: [tinh-uy-cu]\n') }), [{ kind: 'former-id', file: ORGANS, field: '[3].formerIds[0]', line: 17, message: 'mã cũ "tinh-uy-cu" cũng có trong formerIds của cơ quan "tinh-uy-a" (dòng 12): một địa chỉ cũ chỉ chuyển hướng tới một trang, hãy giữ nó ở mục từng mang mã này và xóa ở mục kia' }]],
  ['an organ\'s old id that is its own id', files({ organs: organAB('  formerIds: [tinh-uy-a]\n') }), [{ kind: 'former-id', file: ORGANS, field: '[2].formerIds[0]', line: 12, message: 'mã cũ "tinh-uy-a" là mã hiện tại của chính mục này: xóa nó khỏi formerIds' }]],
  ['an old id written twice by one organ', files({ organs: organAB('  formerIds: [tinh-uy-cu, tinh-uy-cu]\n') }), [{ kind: 'former-id', file: ORGANS, field: '[2].formerIds[1]', line: 12, message: 'mã cũ "tinh-uy-cu" đã ghi ở formerIds[0] của chính mục này: xóa dòng lặp lại' }]],
  ['one old id listed by two documents', files({ nq: `${nq58}\nformerIds: [nq-58-cu]`, kh: `${kh43}\nformerIds: [nq-58-cu]` }), [{ kind: 'former-id', file: KH, field: 'formerIds[0]', line: 21, message: `mã cũ "nq-58-cu" cũng có trong formerIds của ${NQ} (dòng 15): một địa chỉ cũ chỉ chuyển hướng tới một trang, hãy giữ nó ở mục từng mang mã này và xóa ở mục kia` }]],
  ['a document\'s old id that is its own id', files({ nq: `${nq58}\nformerIds: [58-nq-tw-2020]` }), [{ kind: 'former-id', file: NQ, field: 'formerIds[0]', line: 15, message: 'mã cũ "58-nq-tw-2020" là mã hiện tại của chính mục này: xóa nó khỏi formerIds' }]],
  ['a link to a renamed document says its current id', files({ nq: `${nq58}\nformerIds: [nq-58-cu]`, kh: kh43.replace('target: 58-nq-tw-2020', 'target: nq-58-cu') }), [{ kind: 'unknown-document', file: KH, field: 'relations[0].target', line: 12, message: '"nq-58-cu" là mã cũ của văn bản "58-nq-tw-2020": ghi mã hiện tại' }]],
];

describe('history without loops: each input and the exact errors', () => {
  it.each(history)('%s', (_name, input, expected) => {
    expect(errorsOf(input)).toEqual(expected);
  });
});

// ——— Identity ———
const ZWSP = '\u200b';
const CYRILLIC_TE = '\u0422';
const CYRILLIC_O = '\u043e';
const nq997 = (extra = '') => nq58.replace('58-NQ/TW', '997-NQ/TW').replace('05/08/2020', '01/01/2026').replace('term: XII', 'term: XIII') + extra;
const NQ997 = 'content/documents/nghi-quyet/997-nq-tw-2026.md';
const NQ997B = 'content/documents/nghi-quyet/997-nq-tw-2026-b.md';

const identity: Row[] = [
  ['an invisible character in a code is named by its code point', files({ nq: nq58.replace('58-NQ/TW', `"58-NQ/${ZWSP}TW"`) }), [{ kind: 'schema', file: NQ, field: 'code', line: 2, message: `số hiệu "58-NQ/${ZWSP}TW" không đọc được: có ký tự vô hình U+200B (ZERO WIDTH SPACE) sau "58-NQ/": xóa ký tự này (gõ lại số hiệu)` }]],
  ['a soft hyphen in a code', files({ nq: nq58.replace('58-NQ/TW', '"58-N\u00adQ/TW"') }), [{ kind: 'schema', file: NQ, field: 'code', line: 2, message: 'số hiệu "58-N\u00adQ/TW" không đọc được: có ký tự vô hình U+00AD (SOFT HYPHEN) sau "58-N": xóa ký tự này (gõ lại số hiệu)' }]],
  ['a letter of another script in a code', files({ nq: nq58.replace('58-NQ/TW', '58-NQ/\u0416W') }), [{ kind: 'schema', file: NQ, field: 'code', line: 2, message: 'số hiệu "58-NQ/\u0416W" không đọc được: có chữ \u0416 (U+0416, chữ Cyrillic): số hiệu chỉ dùng chữ Latinh (tiếng Việt)' }]],
  ['an invisible character in a relation target', files({ kh: kh43.replace('target: 58-nq-tw-2020', `target: "58-nq-tw${ZWSP}-2020"`) }), [{ kind: 'schema', file: KH, field: 'relations[0].target', line: 12, message: `mã "58-nq-tw${ZWSP}-2020" có ký tự vô hình U+200B (ZERO WIDTH SPACE) sau "58-nq-tw"; mã phải là chữ thường không dấu, số và dấu gạch ngang (ví dụ: tinh-uy-thanh-hoa)` }]],
  ['a Cyrillic look-alike in a relation target', files({ kh: kh43.replace('target: 58-nq-tw-2020', `target: 58-nq-tw-2${CYRILLIC_O}20`) }), [{ kind: 'schema', file: KH, field: 'relations[0].target', line: 12, message: `mã "58-nq-tw-2${CYRILLIC_O}20" có chữ ${CYRILLIC_O} (U+043E, chữ Cyrillic) trông giống o; mã phải là chữ thường không dấu, số và dấu gạch ngang (ví dụ: tinh-uy-thanh-hoa)` }]],
  ['the same code, date and issuer under two file names', files({ extra: [{ path: NQ997, text: doc(nq997()) }, { path: NQ997B, text: doc(nq997()) }] }), [{ kind: 'same-document', file: NQ997B, field: 'code', line: 2, message: `${NQ997} đã ghi văn bản này: cùng số hiệu 997-NQ/TW, ngày ban hành 01/01/2026 và cơ quan ban hành "bo-chinh-tri"` }]],
  ['an alias that spells another entry of the same date and issuer', files({ extra: [{ path: NQ997, text: doc(nq997()) }, { path: 'content/documents/nghi-quyet/998-nq-tw-2026.md', text: doc(nq997('\naliases:\n  - code: 997-NQ/TW\n    note: Bài báo in sai.').replace('997-NQ/TW', '998-NQ/TW')) }] }), [{ kind: 'same-document', file: 'content/documents/nghi-quyet/998-nq-tw-2026.md', field: 'code', line: 2, message: `${NQ997} đã ghi văn bản này: cùng cách ghi khác của số hiệu (aliases), ngày ban hành 01/01/2026 và cơ quan ban hành "bo-chinh-tri"` }]],
  ['an issue date more than a year after the build day', files({ extra: [{ path: 'content/documents/nghi-quyet/997-nq-tw-2099.md', text: doc(nq997().replace('01/01/2026', '31/12/2099')) }] }), [{ kind: 'future-date', file: 'content/documents/nghi-quyet/997-nq-tw-2099.md', field: 'issued', line: 5, message: 'ngày ban hành 31/12/2099 muộn hơn ngày dựng trang (05/12/2026) quá một năm' }]],
  ['a status dated before its document', files({ nq: `${nq58}\nstatus: in-force\nstatusAsOf: 01/01/2019\nstatusBy: 43-kh-tu-2022` }), [{ kind: 'date-order', file: NQ, field: 'statusAsOf', line: 16, message: 'tình trạng tính đến ngày 01/01/2019, trước ngày ban hành văn bản (05/08/2020)' }]],
  ['a report dated before its document', files({ report: report.replace('asOf: unknown', 'asOf: 31/12/2021') }), [{ kind: 'date-order', file: REPORT, field: 'asOf', line: 4, message: 'số liệu tính đến ngày 31/12/2021, trước ngày ban hành của "43-kh-tu-2022" (18/01/2022)' }]],
  ['a report dated more than a year ahead', files({ report: report.replace('asOf: unknown', 'asOf: 01/01/2030') }), [{ kind: 'future-date', file: REPORT, field: 'asOf', line: 4, message: 'số liệu tính đến ngày 01/01/2030, muộn hơn ngày dựng trang (05/12/2026) quá một năm' }]],
  ['a central term that had not begun', files({ nq: nq58.replace('term: XII', 'term: XIII') }), [{ kind: 'term-date', file: NQ, field: 'term', line: 7, message: 'khóa XIII (từ 01/02/2021) không chứa ngày ban hành 05/08/2020' }]],
  ['a central term that had ended', files({ nq: nq58.replace('term: XII', 'term: XI') }), [{ kind: 'term-date', file: NQ, field: 'term', line: 7, message: 'khóa XI (từ 19/01/2011 đến trước 28/01/2016) không chứa ngày ban hành 05/08/2020' }]],
  ['a term before the table', files({ nq: nq58.replace('term: XII', 'term: X') }), [{ kind: 'term-date', file: NQ, field: 'term', line: 7, message: 'khóa X (trước 19/01/2011) không chứa ngày ban hành 05/08/2020' }]],
  ['a term after the table', files({ nq: nq58.replace('term: XII', 'term: XIV') }), [{ kind: 'term-date', file: NQ, field: 'term', line: 7, message: 'khóa XIV (sau khóa XIII) không chứa ngày ban hành 05/08/2020' }]],
  ['a repeated relation', files({ kh: kh43.replace('relations:\n', 'relations:\n  - type: implements\n    target: 58-nq-tw-2020\n') }), [{ kind: 'relation-duplicate', file: KH, field: 'relations[1].target', line: 14, message: 'quan hệ "implements" tới "58-nq-tw-2020" đã ghi ở relations[0]' }]],
  ['a report none of whose results meets a target', files({ report: report.replace('of: 600', 'of: 700').replace('Đảng viên mới', 'Chi bộ mới') }), [{ kind: 'report-mismatch', file: REPORT, field: 'results', line: 7, message: 'không kết quả nào khớp một chỉ tiêu của văn bản được báo cáo: results[0] "Chi bộ mới" (đảng viên, of 700); chỉ tiêu của "43-kh-tu-2022": targets[0] "Đảng viên mới được kết nạp" (600 đảng viên)' }]],
  ['a report against a document without targets', files({ report: report.replace('document: 43-kh-tu-2022', 'document: 58-nq-tw-2020').replace('organ: tinh-uy-x', 'organ: bo-chinh-tri') }), [{ kind: 'report-mismatch', file: REPORT, field: 'results', line: 7, message: 'không kết quả nào khớp một chỉ tiêu của văn bản được báo cáo: results[0] "Đảng viên mới" (đảng viên, of 600); "58-nq-tw-2020" không có chỉ tiêu nào (targets)' }]],
];

describe('identity and time: each input and the exact errors', () => {
  it.each(identity)('%s', (_name, input, expected) => {
    expect(errorsOf(input)).toEqual(expected);
  });

  it('an implements cycle between two documents of one day is refused at both ends', () => {
    const kh = kh43.replace('18/01/2022', '05/08/2020');
    const input = files({ nq: nq58.replace('sources:', 'relations:\n  - type: implements\n    target: 43-kh-tu-2020\nsources:') });
    input.documents[1] = { path: 'content/documents/ke-hoach/43-kh-tu-2020.md', text: doc(kh) };
    input.reports[0]!.text = report.replace('43-kh-tu-2022', '43-kh-tu-2020');
    expect(errorsOf(input)).toEqual([
      { kind: 'relation-cycle', file: NQ, field: 'relations[0].target', line: 13, message: 'vòng lặp "implements": 58-nq-tw-2020 → 43-kh-tu-2020 → 58-nq-tw-2020' },
      { kind: 'relation-cycle', file: 'content/documents/ke-hoach/43-kh-tu-2020.md', field: 'relations[0].target', line: 12, message: 'vòng lặp "implements": 43-kh-tu-2020 → 58-nq-tw-2020 → 43-kh-tu-2020' },
    ]);
  });

  it('a code with a Cyrillic look-alike is the Latin code: no error, and the document is found by its code', () => {
    const input = files({ nq: nq58.replace('58-NQ/TW', `58-NQ/${CYRILLIC_TE}W`) });
    input.documents[1]!.text = doc(kh43, 'Thực hiện Nghị quyết số 58-NQ/TW, ngày 05/08/2020 của Bộ Chính trị.\n');
    const result = checkContent(input, TODAY);
    expect(result.errors).toEqual([]);
    const nq = result.documents.find((d) => d.id === '58-nq-tw-2020');
    expect(nq?.data.code).toBe('58-NQ/TW');
    expect(nq?.codeKey).toBe('58-nq-tw');
    expect(result.graph.references.map((r) => r.resolution)).toEqual([{ status: 'linked', id: '58-nq-tw-2020' }]);
  });

  it('the file-name hint for a look-alike code names a findable file', () => {
    const input = files({ nq: nq58.replace('58-NQ/TW', `58-\u039dQ/${CYRILLIC_TE}W`) });
    input.documents[0] = { path: 'content/documents/nghi-quyet/nq-thanh-hoa.md', text: input.documents[0]!.text };
    const [error] = errorsOf(input).filter((e) => e.kind === 'bad-id');
    expect(error?.message).toBe('tên tệp "nq-thanh-hoa" phải bắt đầu bằng số hiệu "58-nq-tw"');
  });

  it('one document written twice is one error: references to it are not reported as ambiguous too', () => {
    const input = files({ kh: kh43, extra: [{ path: NQ997, text: doc(nq997()) }, { path: NQ997B, text: doc(nq997()) }] });
    input.documents[1]!.text = doc(kh43, 'Thực hiện Nghị quyết số 997-NQ/TW, ngày 01/01/2026 của Bộ Chính trị.\n');
    expect(errorsOf(input).map((e) => [e.kind, e.file])).toEqual([['same-document', NQ997B]]);
  });

  it('same code and issuer on an unknown date are not judged the same document', () => {
    const undated = nq997().replace('"01/01/2026"', 'unknown').replace('01/01/2026', 'unknown');
    const input = files({ extra: [{ path: 'content/documents/nghi-quyet/997-nq-tw.md', text: doc(undated) }, { path: 'content/documents/nghi-quyet/997-nq-tw-b.md', text: doc(undated) }] });
    expect(errorsOf(input)).toEqual([]);
  });
});

// ——— Numbers the Vietnamese way ———
const target = (value: string, extra = '') => `${nq58}\ntargets:\n  - metric: Kết nạp đảng viên mới\n    value: ${value}\n    unit: đảng viên\n    comparison: at-least${extra}`;
const valueOf = (input: ContentFiles): unknown => checkContent(input, TODAY).documents.find((d) => d.id === '58-nq-tw-2020')?.data.targets[0]?.value;

const bare: [source: string, message: string][] = [
  ['1.000', '1.000 không có ngoặc kép bị YAML đọc là 1, nhưng người đọc Việt Nam hiểu là một nghìn: viết 1000 (một nghìn) hoặc "1.000" trong ngoặc kép; nếu đúng là một, viết 1'],
  ['2.500', '2.500 không có ngoặc kép bị YAML đọc là 2.5, nhưng người đọc Việt Nam hiểu là hai nghìn năm trăm: viết 2500 (hai nghìn năm trăm) hoặc "2.500" trong ngoặc kép; nếu đúng là hai phẩy năm, viết 2.5'],
  ['1.000.000', '1.000.000 không có ngoặc kép bị YAML đọc là chữ, không phải số (người đọc Việt Nam hiểu là một triệu): viết 1000000 (một triệu) hoặc "1.000.000" trong ngoặc kép'],
  ['1,5', '1,5 không có ngoặc kép bị YAML đọc là chữ, không phải số (người đọc Việt Nam hiểu là một phẩy năm): viết 1.5 (một phẩy năm) với dấu chấm thập phân, hoặc "1,5" trong ngoặc kép'],
  ['1.000,5', '1.000,5 không có ngoặc kép bị YAML đọc là chữ, không phải số (người đọc Việt Nam hiểu là một nghìn phẩy năm): viết 1000.5 (một nghìn phẩy năm) với dấu chấm thập phân, hoặc "1.000,5" trong ngoặc kép'],
  ['1,000', '1,000 không có ngoặc kép bị YAML đọc là chữ; theo cách viết Việt Nam là một, theo cách viết quốc tế là một nghìn: viết 1000 (một nghìn) hoặc 1 (một) cho rõ'],
];

describe('numbers the Vietnamese way', () => {
  it.each(bare)('a bare %s is refused, naming file, line and field, saying how to write it', (source, message) => {
    expect(errorsOf(files({ nq: target(source) }))).toEqual([{ kind: 'number-notation', file: NQ, field: 'targets[0].value', line: 17, message }]);
  });

  it.each<[string, number]>([
    ['"1.000"', 1000],
    ['"2.500"', 2500],
    ['"1.000.000"', 1000000],
    ['"8,5"', 8.5],
    ['"1.000,5"', 1000.5],
    ['"300"', 300],
    ['1000', 1000],
    ['8.5', 8.5],
    ['0.125', 0.125],
    ['1.50', 1.5],
  ])('%s is read as %d', (source, value) => {
    const input = files({ nq: target(source) });
    expect(errorsOf(input)).toEqual([]);
    expect(valueOf(input)).toBe(value);
  });

  it.each<[string, string]>([
    ['"1,000"', '"1,000" có thể là 1 (một) theo cách viết Việt Nam hoặc 1000 (một nghìn) theo cách viết quốc tế: viết "1,0" hoặc 1 nếu là một, "1.000" hoặc 1000 nếu là một nghìn'],
    ['"8.5"', '"8.5" trong ngoặc kép được đọc theo cách viết Việt Nam (dấu chấm ngăn hàng nghìn, dấu phẩy thập phân), mà 8.5 không viết theo cách đó: viết 8.5 không có ngoặc kép, hoặc "8,5"'],
    ['"nhiều"', 'cần một số, ở đây là chữ "nhiều"'],
  ])('a quoted %s in a number field is refused with how to write it', (source, message) => {
    expect(errorsOf(files({ nq: target(source) }))).toEqual([{ kind: 'schema', file: NQ, field: 'targets[0].value', line: 17, message }]);
  });

  it('the same holds in reports and in every number field (to, year, of)', () => {
    expect(errorsOf(files({ report: report.replace('value: 527', 'value: 1.527') }))).toEqual([
      { kind: 'number-notation', file: REPORT, field: 'results[0].value', line: 8, message: '1.527 không có ngoặc kép bị YAML đọc là 1.527, nhưng người đọc Việt Nam hiểu là một nghìn năm trăm hai mươi bảy: viết 1527 (một nghìn năm trăm hai mươi bảy) hoặc "1.527" trong ngoặc kép; nếu đúng là một phẩy năm trăm hai mươi bảy, viết 1.527' },
    ]);
    const input = files({ nq: target('"1.000"', '\n    to: "1.500"\n    year: "2030"') });
    expect(errorsOf(input)).toEqual([]);
    expect(checkContent(input, TODAY).documents.find((d) => d.id === '58-nq-tw-2020')?.data.targets[0]).toMatchObject({ value: 1000, to: 1500, year: 2030 });
  });

  it('a bare Vietnamese number in a text field is refused too: quote it to keep it as text', () => {
    expect(errorsOf(files({ nq: `${nq58}\nnote: 1,5` }))).toEqual([{ kind: 'number-notation', file: NQ, field: 'note', line: 15, message: bare[3]![1] }]);
    expect(errorsOf(files({ nq: `${nq58}\nnote: "1,5"` }))).toEqual([]);
  });

  it('any whole number of a thousand or more, written with Vietnamese dots, is refused bare and read right quoted', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1000, max: 999_999_999 }), (n) => {
        const dotted = String(n).replace(/\B(?=(\d{3})+$)/g, '.');
        const refused = errorsOf(files({ nq: target(dotted) }));
        expect(refused.map((e) => [e.kind, e.line, e.field])).toEqual([['number-notation', 17, 'targets[0].value']]);
        expect(refused[0]!.message).toContain(`viết ${n} (`);
        expect(valueOf(files({ nq: target(`"${dotted}"`) }))).toBe(n);
      }),
      { numRuns: 60 },
    );
  });
});

// ——— Properties: random history ———
const TYPES = ['parent', 'mergedInto', 'succeededBy'] as const;
/** organs.yaml text for organs o0…o(n-1), each with the given links. */
function organsWith(links: { from: number; to: number; type: (typeof TYPES)[number] }[], n: number): string {
  return Array.from({ length: n }, (_, i) => {
    const own = links.filter((l) => l.from === i);
    const fields = own.map((l) => `  ${l.type}: o${l.to}\n`).join('');
    const ended = own.some((l) => l.type !== 'parent') ? ENDED : '';
    return `- id: o${i}\n  name: Cơ quan ${i}\n  level: central\n${fields}${ended}`;
  }).join('');
}

describe('history properties', () => {
  it('a random cycle of organs, through any mixture of fields, is refused at every link, each error with its line', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 7 }).chain((n) => fc.tuple(fc.constant(n), fc.shuffledSubarray([...Array(n).keys()], { minLength: n, maxLength: n }), fc.array(fc.constantFrom(...TYPES), { minLength: n, maxLength: n }))),
        ([n, order, types]) => {
          // One link per organ along the shuffled order, so no organ needs two history fields of one name.
          const links = order.map((from, k) => ({ from, to: order[(k + 1) % n]!, type: types[k]! }));
          const text = organsWith(links, n);
          const errors = errorsOf(files({ organs: `${organs}${text}` }));
          const cycle = errors.filter((e) => e.kind === 'history-cycle');
          expect(cycle.length, formatContentErrors(errors)).toBe(n);
          for (const e of cycle) {
            expect(e.line).toBeGreaterThan(7);
            expect(formatContentError(e)).toContain(CONTENT_ERROR_KINDS['history-cycle']);
          }
        },
      ),
      { numRuns: 150 },
    );
  });

  it('links that always point forward in a random order never make a cycle', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 8 }).chain((n) => fc.tuple(fc.constant(n), fc.array(fc.tuple(fc.nat(n - 1), fc.nat(n - 1), fc.constantFrom(...TYPES)), { maxLength: 12 }))),
        ([n, raw]) => {
          const used = new Set<string>();
          const links = raw.flatMap(([a, b, type]) => {
            const [from, to] = a < b ? [a, b] : [b, a];
            if (from === to || used.has(`${from} ${type}`)) return [];
            used.add(`${from} ${type}`);
            return [{ from, to, type }];
          });
          // mergedInto and succeededBy together are refused by the schema; keep one of them.
          const kept = links.filter((l) => l.type !== 'succeededBy' || !links.some((m) => m.from === l.from && m.type === 'mergedInto'));
          const errors = errorsOf(files({ organs: `${organs}${organsWith(kept, n)}` }));
          expect(errors, formatContentErrors(errors)).toEqual([]);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('a random cycle of implementing documents of one day is refused at every link', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 6 }), (n) => {
        const docs = Array.from({ length: n }, (_, i) => ({
          path: `content/documents/ke-hoach/${i + 1}-kh-tu-2022.md`,
          text: doc(kh43.replace('43-KH/TU', `${i + 1}-KH/TU`).replace('target: 58-nq-tw-2020', `target: ${((i + 1) % n) + 1}-kh-tu-2022`)),
        }));
        const input = files({ extra: docs });
        const errors = errorsOf(input).filter((e) => e.kind === 'relation-cycle');
        expect(errors.map((e) => e.file).sort()).toEqual(docs.map((d) => d.path).sort());
      }),
      { numRuns: 10 },
    );
  });
});

describe('hidden characters outside codes are named too', () => {
  it.each<[string, ContentFiles, ContentError]>([
    ['in a file name', (() => {
      const input = files();
      input.documents[0] = { path: `content/documents/nghi-quyet/58-nq-tw-2020${ZWSP}.md`, text: input.documents[0]!.text };
      return input;
    })(), { kind: 'bad-id', file: `content/documents/nghi-quyet/58-nq-tw-2020${ZWSP}.md`, field: 'code', line: 2, message: `tên tệp "58-nq-tw-2020${ZWSP}" có ký tự vô hình U+200B (ZERO WIDTH SPACE) sau "58-nq-tw-2020"; tên tệp phải là chữ thường không dấu, số và dấu gạch ngang` }],
    ['in a value of a list', files({ nq: nq58.replace('scope: central', `scope: "central${ZWSP}"`) }), { kind: 'schema', file: NQ, field: 'scope', line: 8, message: `giá trị chữ "central${ZWSP}" (có ký tự vô hình U+200B (ZERO WIDTH SPACE) sau "central") không nằm trong các giá trị được phép: central, province, bloc, grassroots` }],
  ])('%s', (_name, input, expected) => {
    expect(errorsOf(input)).toContainEqual(expected);
  });
});
