/**
 * The content check, as a specification: each row breaks a known-good set of entries in one
 * way and names the error kind, file, field and (where it applies) line the editor must see.
 */
import { describe, expect, it } from 'vitest';
import { formatContentErrors } from '../../src/loader/errors';
import { checkContent, type ContentFiles, type FileText } from '../../src/loader/check';
import { decodeFile } from '../../src/loader/read';
import { doc, kh43, nq58, organs, provinces, report, topics } from '../support/content-fixture';





/** A good set of files; each case replaces or adds files. */
function files(over: { docs?: FileText[]; organs?: string; topics?: string; reports?: FileText[] } = {}): ContentFiles {
  return {
    documents: over.docs ?? [
      { path: 'content/documents/nghi-quyet/58-nq-tw-2020.md', text: doc(nq58) },
      { path: 'content/documents/ke-hoach/43-kh-tu-2022.md', text: doc(kh43) },
    ],
    organs: { path: 'content/organs.yaml', text: over.organs ?? organs },
    topics: { path: 'content/topics.yaml', text: over.topics ?? topics },
    reports: over.reports ?? [{ path: 'content/reports/r.yaml', text: report }],
  };
}
const nq = (text: string) => ({ path: 'content/documents/nghi-quyet/58-nq-tw-2020.md', text });
const withKh = (first: FileText) => [first, { path: 'content/documents/ke-hoach/43-kh-tu-2022.md', text: doc(kh43) }];

describe('the good fixture', () => {
  it('passes, each id being its file name', () => {
    const result = checkContent(files());
    expect(result.errors).toEqual([]);
    expect(result.documents.map((d) => d.id).sort()).toEqual(['43-kh-tu-2022', '58-nq-tw-2020']);
    expect(result.documents.find((d) => d.id === '58-nq-tw-2020')?.data.issued).toBe('2020-08-05');
  });
});

type Case = [name: string, input: ContentFiles, kind: string, file: string, field: string | undefined, line?: number];
const cases: Case[] = [
  ['bad date', files({ docs: withKh(nq(doc(nq58.replace('05/08/2020', '31/02/2020')))) }), 'schema', 'content/documents/nghi-quyet/58-nq-tw-2020.md', 'issued', 5],
  ['unknown kind', files({ docs: [nq(doc(nq58.replace('kind: nghi-quyet', 'kind: nghi-dinh')))] }), 'schema', 'content/documents/nghi-quyet/58-nq-tw-2020.md', 'kind', 3],
  ['code and kind disagree', files({ docs: [{ path: 'content/documents/ket-luan/58-nq-tw-2020.md', text: doc(nq58.replace('kind: nghi-quyet', 'kind: ket-luan')) }] }), 'schema', 'content/documents/ket-luan/58-nq-tw-2020.md', 'kind'],
  ['code that is not a code', files({ docs: [nq(doc(nq58.replace('58-NQ/TW', '58-XYZ/TW')))] }), 'schema', 'content/documents/nghi-quyet/58-nq-tw-2020.md', 'code'],
  ['code without issuer', files({ docs: [nq(doc(nq58.replace('58-NQ/TW', 'Nghị quyết 58')))] }), 'schema', 'content/documents/nghi-quyet/58-nq-tw-2020.md', 'code'],
  ['unknown organ', files({ docs: withKh(nq(doc(nq58.replace('issuer: bo-chinh-tri', 'issuer: bo-khong-co')))) }), 'unknown-organ', 'content/documents/nghi-quyet/58-nq-tw-2020.md', 'issuer', 6],
  ['unknown topic', files({ docs: withKh(nq(doc(nq58.replace('[xay-dung-dang]', '[dat-dai]')))) }), 'unknown-topic', 'content/documents/nghi-quyet/58-nq-tw-2020.md', 'topics[0]', 9],
  ['unknown relation target', files({ docs: [nq(doc(nq58)), { path: 'content/documents/ke-hoach/43-kh-tu-2022.md', text: doc(kh43.replace('target: 58-nq-tw-2020', 'target: 58-nq-tw-2021')) }] }), 'unknown-document', 'content/documents/ke-hoach/43-kh-tu-2022.md', 'relations[0].target', 12],
  ['relation to itself', files({ docs: [nq(doc(nq58)), { path: 'content/documents/ke-hoach/43-kh-tu-2022.md', text: doc(kh43.replace('target: 58-nq-tw-2020', 'target: 43-kh-tu-2022')) }] }), 'self-relation', 'content/documents/ke-hoach/43-kh-tu-2022.md', 'relations[0].target', 12],
  ['duplicate id', files({ docs: [nq(doc(nq58)), { path: 'content/documents/nghi-quyet/cu/58-nq-tw-2020.md', text: doc(nq58) }] }), 'duplicate-id', 'content/documents/nghi-quyet/cu/58-nq-tw-2020.md', 'code', 2],
  ['id that encodes an unknown', files({ docs: [nq(doc(nq58)), { path: 'content/documents/ke-hoach/43-kh-tu-2022-tinh-chua-xac-dinh.md', text: doc(kh43) }] }), 'bad-id', 'content/documents/ke-hoach/43-kh-tu-2022-tinh-chua-xac-dinh.md', 'code', 2],
  ['id that does not start with the code', files({ docs: [{ path: 'content/documents/nghi-quyet/nq-thanh-hoa.md', text: doc(nq58) }] }), 'bad-id', 'content/documents/nghi-quyet/nq-thanh-hoa.md', 'code', 2],
  ['id with the wrong year', files({ docs: [{ path: 'content/documents/nghi-quyet/58-nq-tw-2021.md', text: doc(nq58) }] }), 'bad-id', 'content/documents/nghi-quyet/58-nq-tw-2021.md', 'code', 2],
  ['former id that is another entry\'s id', files({ docs: [nq(doc(`${nq58}\nformerIds: [43-kh-tu-2022]`)), { path: 'content/documents/ke-hoach/43-kh-tu-2022.md', text: doc(kh43) }] }), 'former-id', 'content/documents/nghi-quyet/58-nq-tw-2020.md', 'formerIds[0]', 15],
  ['stated status without its date', files({ docs: withKh(nq(doc(`${nq58}\nstatus: in-force\nstatusSource: https://example.vn/a`))) }), 'schema', 'content/documents/nghi-quyet/58-nq-tw-2020.md', 'statusAsOf'],
  ['status source that is not among the sources', files({ docs: withKh(nq(doc(`${nq58}\nstatus: in-force\nstatusAsOf: 01/01/2025\nstatusSource: https://example.vn/a`))) }), 'schema', 'content/documents/nghi-quyet/58-nq-tw-2020.md', 'statusSource', 17],
  ['status decided by an unknown document', files({ docs: withKh(nq(doc(`${nq58}\nstatus: replaced\nstatusAsOf: 01/01/2025\nstatusBy: 99-nq-tw-2025`))) }), 'unknown-document', 'content/documents/nghi-quyet/58-nq-tw-2020.md', 'statusBy', 17],
  ['target source that is not among the sources', files({ docs: withKh(nq(doc(`${nq58}\ntargets:\n  - metric: Kết nạp\n    value: 300\n    unit: đảng viên\n    comparison: reach\n    source: https://example.vn/b`))) }), 'schema', 'content/documents/nghi-quyet/58-nq-tw-2020.md', 'targets[0].source', 20],
  ['province not in provinces.yaml', { ...files({ docs: [nq(doc(nq58)), { path: 'content/documents/ke-hoach/43-kh-tu-2022.md', text: doc(kh43.replace('province: unknown', 'province: Thanh Hoá X')) }] }), provinces: { path: 'content/provinces.yaml', text: provinces } }, 'unknown-province', 'content/documents/ke-hoach/43-kh-tu-2022.md', 'province', 8],
  ['province merged into an unknown province', { ...files(), provinces: { path: 'content/provinces.yaml', text: provinces.replace('mergedInto: lam-dong', 'mergedInto: lam-dong-moi') } }, 'unknown-province', 'content/provinces.yaml', '[1].mergedInto', 5],
  ['organ merged into an unknown organ', files({ organs: `${organs}  ended: 01/03/2025\n  mergedInto: tinh-uy-y\n  sources:\n    - outlet: Báo X\n      title: Bài báo\n` }), 'unknown-organ', 'content/organs.yaml', '[1].mergedInto', 9],
  ['organ merged without the date it ended', files({ organs: `${organs}  mergedInto: bo-chinh-tri\n` }), 'schema', 'content/organs.yaml', '[1].ended'],
  ['a provincial code on a central issuer', files({ docs: [nq(doc(nq58.replace('58-NQ/TW', '58-NQ/TU')))] }), 'issuer-level', 'content/documents/nghi-quyet/58-nq-tw-2020.md', 'code', 2],
  ['a share above 100 %', files({ docs: withKh(nq(doc(`${nq58}\ntargets:\n  - metric: Hoàn thành\n    value: 120\n    unit: "%"\n    comparison: at-least`))) }), 'schema', 'content/documents/nghi-quyet/58-nq-tw-2020.md', 'targets[0].value', 17],
  ['a source address that is not a web address', files({ docs: withKh(nq(doc(nq58.replace('seed: 003_54c9deb80d019863', 'url: htp:/bad')))) }), 'schema', 'content/documents/nghi-quyet/58-nq-tw-2020.md', 'sources[0].url', 14],
  ['MDX code in a body', files({ docs: withKh(nq(doc(nq58, 'Nội dung.\nimport Bang from "../Bang.astro";\n'))) }), 'mdx', 'content/documents/nghi-quyet/58-nq-tw-2020.md', undefined, 17],
  ['a file saved as UTF-16', files({ docs: withKh(decodeFile('content/documents/nghi-quyet/58-nq-tw-2020.md', Buffer.from(`\ufeff${doc(nq58)}`, 'utf16le'))) }), 'encoding', 'content/documents/nghi-quyet/58-nq-tw-2020.md', undefined, 1],
  ['a file in an old code page', files({ docs: withKh(decodeFile('content/documents/nghi-quyet/58-nq-tw-2020.md', Uint8Array.from([...Buffer.from('---\ntitle: '), 0xd0, 0xe0, 0x20, 0xf2, 0x0a]))) }), 'encoding', 'content/documents/nghi-quyet/58-nq-tw-2020.md', undefined, 1],
  ['a YAML timestamp that hides an impossible date', files({ docs: withKh(nq(doc(nq58.replace('issued: 05/08/2020', 'issued: !!timestamp 2020-02-31')))) }), 'schema', 'content/documents/nghi-quyet/58-nq-tw-2020.md', 'issued', 5],
  ['a field of the wrong type', files({ docs: withKh(nq(doc(nq58.replace('summary: Tóm tắt.', 'summary: 5')))) }), 'schema', 'content/documents/nghi-quyet/58-nq-tw-2020.md', 'summary', 10],
  ['malformed YAML', files({ docs: [nq(doc(`${nq58}\ntitle: [unclosed`))] }), 'yaml', 'content/documents/nghi-quyet/58-nq-tw-2020.md', undefined],
  ['no frontmatter', files({ docs: [nq('Chỉ có nội dung, không có khối thông tin.\n')] }), 'frontmatter', 'content/documents/nghi-quyet/58-nq-tw-2020.md', undefined, 1],
  ['missing title', files({ docs: [nq(doc(nq58.replace('title: Về xây dựng và phát triển tỉnh Thanh Hóa\n', '')))] }), 'schema', 'content/documents/nghi-quyet/58-nq-tw-2020.md', 'title'],
  ['bad term', files({ docs: [nq(doc(nq58.replace('term: XII', 'term: mười hai')))] }), 'schema', 'content/documents/nghi-quyet/58-nq-tw-2020.md', 'term', 7],
  ['local document without province', files({ docs: [nq(doc(nq58)), { path: 'content/documents/ke-hoach/43-kh-tu-2022.md', text: doc(kh43.replace('province: unknown\n', '')) }] }), 'schema', 'content/documents/ke-hoach/43-kh-tu-2022.md', 'province'],
  ['misspelt field name', files({ docs: [nq(doc(nq58.replace('summary:', 'sumary:')))] }), 'schema', 'content/documents/nghi-quyet/58-nq-tw-2020.md', 'sumary', 10],
  ['bad target comparison', files({ docs: [nq(doc(`${nq58}\ntargets:\n  - metric: Kết nạp\n    value: 300\n    unit: đảng viên\n    comparison: more`))] }), 'schema', 'content/documents/nghi-quyet/58-nq-tw-2020.md', 'targets[0].comparison', 19],
  ['no source', files({ docs: [nq(doc(nq58.replace(/sources:[\s\S]*$/, 'sources: []')))] }), 'schema', 'content/documents/nghi-quyet/58-nq-tw-2020.md', 'sources'],
  ['file in the wrong folder', files({ docs: [{ path: 'content/documents/chi-thi/58-nq-tw-2020.md', text: doc(nq58) }] }), 'wrong-folder', 'content/documents/chi-thi/58-nq-tw-2020.md', 'kind', 3],
  ['report with an unknown organ', files({ reports: [{ path: 'content/reports/r.yaml', text: report.replace('organ: tinh-uy-x', 'organ: ban-x') }] }), 'unknown-organ', 'content/reports/r.yaml', 'organ', 2],
  ['report about an unknown document', files({ reports: [{ path: 'content/reports/r.yaml', text: report.replace('document: 43-kh-tu-2022', 'document: 99-kh-tu-2022') }] }), 'unknown-document', 'content/reports/r.yaml', 'document', 3],
  ['duplicate organ id', files({ organs: `${organs}- id: bo-chinh-tri\n  name: Bộ Chính trị (lặp)\n  level: central\n` }), 'duplicate-entry', 'content/organs.yaml', '[2].id', 8],
  ['organ with an unknown level', files({ organs: organs.replace('level: province', 'level: district') }), 'schema', 'content/organs.yaml', '[1].level', 6],
  ['malformed organs.yaml', files({ organs: '- id: x\n  name: [a\n' }), 'yaml', 'content/organs.yaml', undefined],
];

describe('bad input fails with file, field and reason', () => {
  it.each(cases)('%s', (_name, input, kind, file, field, line) => {
    const { errors } = checkContent(input);
    const error = errors.find((e) => e.kind === kind && e.file === file && e.field === field);
    expect(error, formatContentErrors(errors)).toBeDefined();
    if (line !== undefined) expect(error?.line).toBe(line);
    expect(error?.message.length).toBeGreaterThan(5);
    const printed = formatContentErrors(errors);
    expect(printed).toContain(file);
    if (field !== undefined) expect(printed).toContain(`trường "${field}"`);
  });
});

describe('every message is in the editor\'s Vietnamese and names the value', () => {
  it.each([
    ['a tab in the indentation', nq(doc(nq58.replace('topics: [xay-dung-dang]', 'topics:\n\t- xay-dung-dang'))), 'Tab'],
    ['an unclosed quote', nq(doc(nq58.replace('title: Về xây dựng', 'title: "Về xây dựng'))), 'ngoặc kép'],
    ['a number where text is expected', nq(doc(nq58.replace('summary: Tóm tắt.', 'summary: 5'))), 'cần chữ, ở đây là số 5'],
    ['a month 13', nq(doc(nq58.replace('05/08/2020', '2024-13-01'))), '"2024-13-01"'],
    ['an impossible day', nq(doc(nq58.replace('05/08/2020', '31/02/2020'))), 'dd/mm/yyyy'],
  ])('%s', (_name, file, words) => {
    const printed = formatContentErrors(checkContent(files({ docs: withKh(file) })).errors);
    expect(printed).toContain(words);
    expect(printed).not.toMatch(/\b(Missing|Tabs are|Invalid input|expected|received)\b/);
    expect(printed).not.toContain('src/');
  });

  it('stores text in NFC and codes in their canonical form', () => {
    const nfd = 'Về xây dựng và phát triển tỉnh Thanh Hóa'.normalize('NFD');
    const result = checkContent(files({ docs: withKh(nq(doc(nq58.replace('title: Về xây dựng và phát triển tỉnh Thanh Hóa', `title: ${nfd}`).replace('code: 58-NQ/TW', 'code: "58-nq-tw "')))) }));
    expect(result.errors).toEqual([]);
    const d = result.documents.find((x) => x.id === '58-nq-tw-2020');
    expect(d?.data.title).toBe(nfd.normalize('NFC'));
    expect(d?.data.code).toBe('58-NQ/TW');
  });
});

describe('one broken file is one error', () => {
  it('a document that fails its schema is not reported again by the documents that point at it', () => {
    const { errors } = checkContent(files({ docs: withKh(nq(doc(nq58.replace('05/08/2020', '31/02/2020')))) }));
    expect(errors.map((e) => [e.kind, e.file, e.field])).toEqual([['schema', 'content/documents/nghi-quyet/58-nq-tw-2020.md', 'issued']]);
  });
});
