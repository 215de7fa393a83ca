/**
 * The text of an office file: .docx through mammoth, .pdf through Mozilla's pdf.js (its text
 * layer, rebuilt into lines; columns on one line stay separate lines), .txt and .md as UTF-8.
 * A file that cannot be read says why: empty, password-protected, scanned (no text layer: it
 * needs text recognition first), not UTF-8, not the format its name says, or past a limit of
 * ./limits.ts (checked before parsing, so nothing can hang the import or exhaust its memory).
 */
import { readFileSync, statSync } from 'node:fs';
import { extname } from 'node:path';
import mammoth from 'mammoth';
import { decodeFile } from '../../src/loader/read';
import { archiveProblem, fileSizeProblem, pdfPagesProblem, textLengthProblem } from './limits';

/** The text of a file, or why there is none. */
export type Extracted = { ok: true; text: string; pages?: number } | { ok: false; problem: 'empty' | 'password' | 'scanned' | 'encoding' | 'unreadable' | 'unsupported' | 'too-large'; reason: string };

/** File name endings the importer reads. */
export const IMPORTABLE = ['.docx', '.pdf', '.txt', '.md'] as const;

const CFB = [0xd0, 0xcf, 0x11, 0xe0];

/** A Word file's text: paragraphs one per line (table cells too, in reading order). */
async function docxText(bytes: Buffer): Promise<Extracted> {
  // Word saves a file with a password as an encrypted compound file, not as a zip.
  if (CFB.every((b, i) => bytes[i] === b)) return { ok: false, problem: 'password', reason: 'tệp Word được bảo vệ bằng mật khẩu (hoặc là tệp .doc cũ): mở bằng Word, bỏ mật khẩu, lưu lại dạng .docx' };
  if (bytes[0] !== 0x50 || bytes[1] !== 0x4b) return { ok: false, problem: 'unreadable', reason: 'tệp không phải .docx (không phải tệp nén của Word)' };
  // Opened with limits before Word's reader inflates it whole.
  const tooLarge = archiveProblem(bytes);
  if (tooLarge !== undefined) return { ok: false, problem: 'too-large', reason: tooLarge };
  try {
    const result = await mammoth.extractRawText({ buffer: bytes });
    return { ok: true, text: result.value };
  } catch (e) {
    return { ok: false, problem: 'unreadable', reason: `không đọc được tệp Word: ${(e as Error).message}` };
  }
}

interface Item {
  str: string;
  x: number;
  y: number;
  w: number;
  h: number;
}

/** Lines of one page from pdf.js text items: same baseline → one line; a wide gap → a new line (another column). */
export function pageLines(items: readonly Item[]): string[] {
  // pdf.js fills the space between two columns with a wide blank item: blanks are dropped and the
  // gap itself decides between a space and a new line.
  const sorted = [...items].filter((i) => i.str.trim() !== '').sort((a, b) => b.y - a.y || a.x - b.x);
  const rows: Item[][] = [];
  for (const item of sorted) {
    const row = rows[rows.length - 1];
    if (row !== undefined && Math.abs(row[0]!.y - item.y) <= Math.max(2, row[0]!.h * 0.3)) row.push(item);
    else rows.push([item]);
  }
  const lines: string[] = [];
  for (const row of rows) {
    row.sort((a, b) => a.x - b.x);
    let line = '';
    let end = -Infinity;
    for (const item of row) {
      const gap = item.x - end;
      const size = item.h || 10;
      if (line !== '' && gap > size * 3) {
        lines.push(line);
        line = '';
      } else if (line !== '' && gap > size * 0.2 && !line.endsWith(' ') && !item.str.startsWith(' ')) {
        line += ' ';
      }
      line += item.str;
      end = item.x + item.w;
    }
    lines.push(line);
  }
  return lines;
}

/** A PDF's text layer as lines, page after page. */
async function pdfText(bytes: Buffer): Promise<Extracted> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  let doc;
  try {
    doc = await pdfjs.getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, useSystemFonts: false, verbosity: 0 }).promise;
  } catch (e) {
    const err = e as { name?: string; message?: string };
    if (err.name === 'PasswordException') return { ok: false, problem: 'password', reason: 'tệp PDF được bảo vệ bằng mật khẩu: cần bản không có mật khẩu' };
    return { ok: false, problem: 'unreadable', reason: `không đọc được tệp PDF: ${err.message ?? String(e)}` };
  }
  const tooMany = pdfPagesProblem(doc.numPages);
  if (tooMany !== undefined) {
    await doc.destroy();
    return { ok: false, problem: 'too-large', reason: tooMany };
  }
  const lines: string[] = [];
  let chars = 0;
  for (let p = 1; p <= doc.numPages; p++) {
    const page = await doc.getPage(p);
    const content = await page.getTextContent();
    const items = content.items.flatMap((it) => ('str' in it ? [{ str: it.str, x: it.transform[4] as number, y: it.transform[5] as number, w: it.width, h: it.height }] : []));
    const pageText = pageLines(items);
    lines.push(...pageText);
    // Stop reading pages once the text passes the limit: the rest would be refused anyway.
    chars += pageText.reduce((n, l) => n + l.length + 1, 0);
    const tooLong = textLengthProblem(chars);
    if (tooLong !== undefined) {
      await doc.destroy();
      return { ok: false, problem: 'too-large', reason: tooLong };
    }
  }
  const pages = doc.numPages;
  await doc.destroy();
  if (lines.join('').trim() === '') return { ok: false, problem: 'scanned', reason: `tệp PDF không có lớp chữ (${pages} trang ảnh quét): cần nhận dạng chữ (OCR) trước, rồi nhập bản có chữ` };
  return { ok: true, text: lines.join('\n'), pages };
}

/** Markdown kept as text: heading marks and emphasis are dropped, the words stay. */
function markdownText(text: string): string {
  return text
    .split('\n')
    .map((l) => l.replace(/^#{1,6}\s+/, '').replace(/\*\*(.*?)\*\*/g, '$1').replace(/^\*\s+/, '- '))
    .join('\n');
}

/** Read the text of one file by its name's ending. */
export async function extractText(path: string): Promise<Extracted> {
  const ext = extname(path).toLowerCase();
  if (!(IMPORTABLE as readonly string[]).includes(ext)) return { ok: false, problem: 'unsupported', reason: `không đọc loại tệp "${ext || '(không đuôi)'}" (đọc được: ${IMPORTABLE.join(', ')})` };
  const size = statSync(path).size;
  if (size === 0) return { ok: false, problem: 'empty', reason: 'tệp rỗng (0 byte)' };
  const tooBig = fileSizeProblem(size);
  if (tooBig !== undefined) return { ok: false, problem: 'too-large', reason: tooBig };
  const bytes = readFileSync(path);
  let result: Extracted;
  if (ext === '.docx') result = await docxText(bytes);
  else if (ext === '.pdf') result = await pdfText(bytes);
  else {
    const file = decodeFile(path, bytes);
    if (file.encoding !== undefined) return { ok: false, problem: 'encoding', reason: file.encoding === 'utf-16' ? 'tệp lưu dạng UTF-16: lưu lại dạng UTF-8' : 'tệp không phải UTF-8 (bảng mã cũ như TCVN3, Windows-1258?): chuyển sang Unicode UTF-8' };
    result = { ok: true, text: ext === '.md' ? markdownText(file.text) : file.text };
  }
  if (result.ok && result.text.trim() === '') return { ok: false, problem: 'empty', reason: 'tệp không có chữ nào' };
  const tooLong = result.ok ? textLengthProblem(result.text.length) : undefined;
  if (tooLong !== undefined) return { ok: false, problem: 'too-large', reason: tooLong };
  return result;
}
