/**
 * An imported file cannot bring code onto a page: a text file holding a script, an event
 * attribute, a style, a redirect and links that run code is imported into a copy of the fixture
 * site. The import names each piece of markup in its report, writes a body where each is plain
 * text (escaped Markdown), and that body passes the content check and renders without any of it.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/loader/check';
import { splitFrontmatter } from '../../src/loader/raw';
import { readContent } from '../../src/loader/read';
import { renderBody } from '../../src/loader/render';
import { main } from '../../tools/import/main';

const FIXTURE = resolve(import.meta.dirname, '../fixtures/site');
const dir = mkdtempSync(join(tmpdir(), 'so-tay-import-markup-'));
const site = join(dir, 'site');
const file = join(dir, 'kh-61-markup.txt');
const ENTRY = 'content/documents/ke-hoach/61-kh-tu-2023-thanh-hoa.md';

const HOSTILE = [
  'Mục một <script>alert(1)</script> hết.',
  'Ảnh <img src=x onerror=alert(2)> đây.',
  'Xem [đây](javascript:alert(3)) và <javascript:alert(4)>.',
  '<style>body{display:none}</style>',
  '<meta http-equiv="refresh" content="0;url=https://example.com">',
];
const out: string[] = [];

beforeAll(async () => {
  cpSync(FIXTURE, site, { recursive: true });
  writeFileSync(file, ['TỈNH ỦY THANH HÓA', 'Số 61-KH/TU', 'ĐẢNG CỘNG SẢN VIỆT NAM', 'Thanh Hóa, ngày 02 tháng 6 năm 2023', 'KẾ HOẠCH', 'về học tập năm 2023', '-----', ...HOSTILE, 'T/M BAN THƯỜNG VỤ', 'BÍ THƯ', 'Đỗ Trọng Hưng'].join('\n'));
  process.env['CONTENT_ROOT'] = site;
  await main([file], (s) => out.push(...s.split('\n')));
});
afterAll(() => {
  delete process.env['CONTENT_ROOT'];
  rmSync(dir, { recursive: true, force: true });
});

describe('markup in an imported file', () => {
  it.each([
    ['thẻ <script> chạy mã JavaScript trên máy người đọc, dòng 8'],
    ['thẻ <img onerror=…>: thuộc tính onerror chạy mã JavaScript trên máy người đọc, dòng 9'],
    ['thẻ <style> đổi cách trình bày của cả trang (có thể ẩn nội dung), dòng 11'],
    ['thẻ <meta> có thể chuyển người đọc sang trang khác (http-equiv="refresh"), dòng 12'],
    ['liên kết tới "javascript:alert(3)": địa chỉ javascript: chạy mã trên máy người đọc, dòng 10'],
    ['liên kết tới "javascript:alert(4)": địa chỉ javascript: chạy mã trên máy người đọc, dòng 10'],
  ])('is named in the report: %s', (line) => {
    expect(out).toContain(`    · giữ thành chữ, không chạy trên trang (nên xóa): ${line} của chữ đọc được`);
  });

  it('is written as text the check accepts, and renders as text', () => {
    const text = readFileSync(join(site, ENTRY), 'utf8');
    const errors = checkContent(readContent(site)).errors.filter((e) => e.file === ENTRY);
    expect(errors).toEqual([]);
    const html = renderBody(splitFrontmatter(text)!.body, [], (id) => id);
    expect(html).toContain('Mục một &lt;script&gt;alert(1)&lt;/script&gt; hết.');
    expect(html).toContain('Ảnh &lt;img src=x onerror=alert(2)&gt; đây.');
    expect(html).toContain('Xem [đây](javascript:alert(3)) và &lt;javascript:alert(4)&gt;.');
    expect(html).not.toContain('<script');
    expect(html).not.toContain('<a ');
  });
});
