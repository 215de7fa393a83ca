/**
 * Importing real office files, as a specification. The test writes its own .docx (with `docx`)
 * and .pdf (with `pdfkit`) in the layout Party offices use, including awkward ones: a date split
 * across Word runs, the code alone in a table cell, "Số: 12-CTr/TU", NFD text, a PDF whose header
 * is two columns on one baseline. Each row gives the exact fields the importer must read. Then
 * files it cannot read must say why, and a folder import into a copy of the fixture site must
 * print a summary table, write entries the content check accepts, and never overwrite without --force.
 */
import { cpSync, existsSync, mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { draftFromText } from '../../src/lib/import/draft';
import { indexFor } from '../../src/lib/references/scan';
import { checkContent } from '../../src/loader/check';
import { readContent } from '../../src/loader/read';
import { extractText } from '../../tools/import/extract';
import { main } from '../../tools/import/main';
import { makeDocx, makePdf } from '../support/office-files';

const FIXTURE = resolve(import.meta.dirname, '../fixtures/site');
const dir = mkdtempSync(join(tmpdir(), 'so-tay-import-'));
const files = join(dir, 'files');
const bad = join(dir, 'bad');

const TITLE = ['thực hiện Nghị quyết số 58-NQ/TW, ngày 05/8/2020', 'của Bộ Chính trị về xây dựng và phát triển tỉnh Thanh Hóa'];
const BODY = ['-----', 'Thực hiện Nghị quyết số 58-NQ/TW, ngày 05/8/2020 của Bộ Chính trị, Ban Thường vụ Tỉnh ủy ban hành Chương trình hành động như sau:', 'I. MỤC TIÊU', '- Tăng trưởng kinh tế bình quân;', '- Thu nhập bình quân đầu người.', 'II. NHIỆM VỤ', 'Quán triệt sâu rộng trong toàn Đảng bộ.'];
const SIGN = ['Nơi nhận:', '- Ban Bí thư Trung ương Đảng,', '- Lưu Văn phòng Tỉnh ủy.', 'T/M BAN THƯỜNG VỤ', 'BÍ THƯ', 'Đỗ Trọng Hưng'];

beforeAll(async () => {
  mkdirSync(files, { recursive: true });
  mkdirSync(bad, { recursive: true });
  // The date split across three runs, as Word stores a line whose formatting changed mid-way.
  writeFileSync(join(files, 'ctr-12-split-date.docx'), await makeDocx({ left: [['TỈNH ỦY THANH HÓA'], ['*'], ['Số 12-CTr/TU']], right: [['ĐẢNG CỘNG SẢN VIỆT NAM'], ['Thanh Hóa, ngày 0', '7 tháng 4 ', 'năm 2021']], lines: ['CHƯƠNG TRÌNH HÀNH ĐỘNG', ...TITLE, ...BODY, ...SIGN] }));
  // "Số:" in one cell and the code in the next.
  writeFileSync(join(files, 'kh-45-code-cell.docx'), await makeDocx({ left: [['ĐẢNG BỘ TỈNH THANH HÓA'], ['BAN CHẤP HÀNH']], right: [['ĐẢNG CỘNG SẢN VIỆT NAM'], ['Thanh Hóa, ngày 7-12-2021']], numberRow: ['Số:', '45-KH/TU'], lines: ['KẾ HOẠCH', 'triển khai Kết luận số 21-KL/TW', '-----', 'Để triển khai Kết luận, Tỉnh ủy xây dựng kế hoạch như sau:', '1. Mục đích', '- Nắm vững nội dung.', 'T/M TỈNH ỦY', 'BÍ THƯ', 'Đỗ Trọng Hưng'] }));
  // "Số: 12-CTr/TU" and every letter decomposed (NFD), as some Mac and PDF tools write.
  writeFileSync(join(files, 'ctr-13-nfd.docx'), await makeDocx({ left: [['TỈNH ỦY THANH HÓA'.normalize('NFD')], ['Số: 13-CTr/TU'.normalize('NFD')]], right: [['ĐẢNG CỘNG SẢN VIỆT NAM'.normalize('NFD')], ['Thanh Hóa, ngày 20 tháng 5 năm 2021'.normalize('NFD')]], lines: ['CHƯƠNG TRÌNH', 'về chuyển đổi số', '-----', 'Thực hiện nhiệm vụ năm 2021, Tỉnh ủy ban hành chương trình.', ...SIGN].map((l) => l.normalize('NFD')) }));
  writeFileSync(join(files, 'nq-10-two-columns.pdf'), await makePdf({ header: [['TỈNH ỦY BÌNH THUẬN', 'ĐẢNG CỘNG SẢN VIỆT NAM'], ['*', ''], ['Số 10-NQ/TU', 'Phan Thiết, ngày 18 tháng 3 năm 2022']], lines: ['NGHỊ QUYẾT', 'về phát triển kinh tế biển', '-----', 'Thực hiện Nghị quyết số 58-NQ/TW, ngày 05/8/2020 của Bộ Chính trị, Ban Chấp hành Đảng bộ tỉnh quyết nghị những nội dung sau đây để thực hiện trong nhiệm kỳ.', 'I. MỤC TIÊU', '- Kinh tế biển tăng trưởng.', 'T/M BAN THƯỜNG VỤ', 'BÍ THƯ', 'Nguyễn Hoài Anh'] }));
  writeFileSync(join(files, 'kh-50-plain.txt'), ['TỈNH ỦY THANH HÓA', 'Số 50-KH/TU', 'ĐẢNG CỘNG SẢN VIỆT NAM', 'Thanh Hóa, ngày 02 tháng 6 năm 2023', 'KẾ HOẠCH', 'về học tập chuyên đề năm 2023', '-----', 'Căn cứ Hướng dẫn của Ban Tuyên giáo Trung ương, Ban Thường vụ Tỉnh ủy ban hành kế hoạch.', 'T/M BAN THƯỜNG VỤ', 'PHÓ BÍ THƯ', 'Lại Thế Nguyên'].join('\r\n'));
  writeFileSync(join(files, 'kl-51-notes.md'), ['**TỈNH ỦY BẮC NINH**', '', 'Số 51-KL/TU', '', 'Bắc Ninh, ngày 3-7-2023', '', '# KẾT LUẬN', '', 'về công tác cán bộ', '', '-----', '', 'Ban Thường vụ Tỉnh ủy kết luận như sau.', '', 'T/M BAN THƯỜNG VỤ', 'BÍ THƯ', 'Nguyễn Anh Tuấn'].join('\n'));

  writeFileSync(join(bad, 'scan.pdf'), await makePdf({ header: [], lines: [], noText: true }));
  writeFileSync(join(bad, 'locked.pdf'), await makePdf({ header: [['TỈNH ỦY THANH HÓA', '']], lines: ['KẾ HOẠCH'], userPassword: 'mat-khau' }));
  writeFileSync(join(bad, 'empty.docx'), '');
  writeFileSync(join(bad, 'blank.txt'), '  \n\n ');
  // Word's encrypted container (a compound file) is what a .docx with a password is on disk.
  writeFileSync(join(bad, 'locked.docx'), Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504)]));
  writeFileSync(join(bad, 'old.txt'), Buffer.from([0x54, 0xec, 0x6e, 0x68, 0x20, 0xf0, 0xfe]));
});
afterAll(() => { if (process.env['KEEP'] === undefined) rmSync(dir, { recursive: true, force: true }); else console.log('KEPT', dir); });

describe('each office file gives exact fields', () => {
  const check = checkContent(readContent(FIXTURE));
  const ctx = { organs: check.organs.map((o) => ({ id: o.id, name: o.name, shortName: o.shortName, level: o.level, province: o.province, parent: o.parent })), provinces: check.provinces.map((p) => p.name), index: indexFor(check.documents, check.organs) };
  it.each([
    ['ctr-12-split-date.docx', '12-CTr/TU', 'chuong-trinh', '2021-04-07', 'tinh-uy-thanh-hoa', 'Thanh Hóa', 'Thực hiện Nghị quyết số 58-NQ/TW, ngày 05/8/2020 của Bộ Chính trị về xây dựng và phát triển tỉnh Thanh Hóa', 'Đỗ Trọng Hưng', 'implements 58-nq-tw-2020'],
    ['kh-45-code-cell.docx', '45-KH/TU', 'ke-hoach', '2021-12-07', 'tinh-uy-thanh-hoa', 'Thanh Hóa', 'Triển khai Kết luận số 21-KL/TW', 'Đỗ Trọng Hưng', 'implements 21-kl-tw-2021'],
    ['ctr-13-nfd.docx', '13-CTr/TU', 'chuong-trinh', '2021-05-20', 'tinh-uy-thanh-hoa', 'Thanh Hóa', 'Về chuyển đổi số', 'Đỗ Trọng Hưng', ''],
    ['nq-10-two-columns.pdf', '10-NQ/TU', 'nghi-quyet', '2022-03-18', 'btv-tinh-uy-binh-thuan', 'Bình Thuận', 'Về phát triển kinh tế biển', 'Nguyễn Hoài Anh', 'implements 58-nq-tw-2020'],
    ['kh-50-plain.txt', '50-KH/TU', 'ke-hoach', '2023-06-02', 'tinh-uy-thanh-hoa', 'Thanh Hóa', 'Về học tập chuyên đề năm 2023', 'Lại Thế Nguyên', ''],
    ['kl-51-notes.md', '51-KL/TU', 'ket-luan', '2023-07-03', 'tinh-uy-bac-ninh', undefined, 'Về công tác cán bộ', 'Nguyễn Anh Tuấn', ''],
  ])('%s → %s %s %s %s %s', async (name, code, kind, issued, issuer, province, title, signer, relations) => {
    const text = await extractText(join(files, name));
    expect(text.ok).toBe(true);
    const draft = draftFromText(text.ok ? text.text : '', ctx);
    const f = draft.fields;
    expect([f.code, f.kind, f.issued, f.issuer, f.province, f.title, f.signer, f.relations.map((r) => `${r.type} ${r.target}`).join(', ')]).toEqual([code, kind, issued, issuer, province, title, signer, relations]);
  });
});

describe('files that cannot be read say why', () => {
  it.each([
    ['scan.pdf', 'scanned', /nhận dạng chữ \(OCR\)/],
    ['locked.pdf', 'password', /mật khẩu/],
    ['empty.docx', 'empty', /rỗng/],
    ['blank.txt', 'empty', /không có chữ/],
    ['locked.docx', 'password', /mật khẩu/],
    ['old.txt', 'encoding', /UTF-8/],
  ])('%s → %s', async (name, problem, reason) => {
    const result = await extractText(join(bad, name));
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.problem).toBe(problem);
      expect(result.reason).toMatch(reason);
    }
  });
});

describe('npm run import over a folder, into a copy of the fixture site', () => {
  const site = join(dir, 'site');
  const out: string[] = [];
  let code = -1;
  beforeAll(async () => {
    cpSync(FIXTURE, site, { recursive: true });
    process.env['CONTENT_ROOT'] = site;
    code = await main([files, bad], (s) => out.push(...s.split('\n')));
  });
  afterAll(() => {
    delete process.env['CONTENT_ROOT'];
  });

  it('exits 1 because some files could not be read, and names each with its reason', () => {
    expect(code).toBe(1);
    const text = out.join('\n');
    for (const name of ['scan.pdf', 'locked.pdf', 'empty.docx', 'blank.txt', 'locked.docx', 'old.txt']) expect(text).toMatch(new RegExp(`${name.replace('.', '\\.')} +\\| không đọc được`));
  });

  it('shows a progress line per file and a summary', () => {
    expect(out.filter((l) => /^\[[█░]{20}\] \d+\/12 /.test(l))).toHaveLength(12);
    expect(out.at(-1)).toBe('12 tệp: 4 mục, 2 bỏ qua, 6 không đọc được.');
  });

  it.each([
    // The fixture base holds this program already, uncoded, as "Chương trình hành động số 12" of that date.
    ['ctr-12-split-date.docx', 'đã có, bỏ qua', 'content/documents/chuong-trinh/chuong-trinh-so-12-thuc-hien-nghi-quyet-dai-hoi-2021-thanh-hoa.md', '—'],
    ['kh-45-code-cell.docx', 'đã tạo', 'content/documents/ke-hoach/45-kh-tu-2021-thanh-hoa.md', 'không (qua kiểm tra)'],
    ['ctr-13-nfd.docx', 'đã tạo', 'content/documents/chuong-trinh/13-ctr-tu-2021-thanh-hoa.md', 'không (qua kiểm tra)'],
    ['nq-10-two-columns.pdf', 'đã có, bỏ qua', 'content/documents/nghi-quyet/10-nq-tu-2022-binh-thuan.md', '—'],
    ['kh-50-plain.txt', 'đã tạo', 'content/documents/ke-hoach/50-kh-tu-2023-thanh-hoa.md', 'không (qua kiểm tra)'],
    ['kl-51-notes.md', 'đã tạo', 'content/documents/ket-luan/51-kl-tu-2023.md', 'issuer (cơ quan ban hành), province (tỉnh)'],
  ])('%s → %s %s, to complete: %s', (name, result, entry, complete) => {
    const row = out.find((l) => l.includes(`${name} `) && l.startsWith('|'));
    expect(row?.split('|').map((c) => c.trim()).slice(2, 5)).toEqual([result, entry, complete]);
    expect(existsSync(join(site, entry))).toBe(true);
  });

  it('the content check accepts every entry except the fields the summary names', () => {
    const errors = checkContent(readContent(site)).errors.map((e) => `${e.file} ${e.field ?? e.kind}`);
    expect(errors).toEqual(['content/documents/ket-luan/51-kl-tu-2023.md issuer']);
  });

  it('a second run overwrites nothing; --force does', async () => {
    const entry = join(site, 'content/documents/ke-hoach/50-kh-tu-2023-thanh-hoa.md');
    writeFileSync(entry, readFileSync(entry, 'utf8').replace('signer: Lại Thế Nguyên', 'signer: Sửa tay'));
    const again: string[] = [];
    expect(await main([join(files, 'kh-50-plain.txt')], (s) => again.push(s))).toBe(0);
    expect(again.at(-1)).toBe('\n1 tệp: 0 mục, 1 bỏ qua, 0 không đọc được.');
    expect(readFileSync(entry, 'utf8')).toContain('signer: Sửa tay');
    expect(await main([join(files, 'kh-50-plain.txt'), '--force'], () => {})).toBe(0);
    expect(readFileSync(entry, 'utf8')).toContain('signer: Lại Thế Nguyên');
  });
});
