/**
 * The import's limits as a specification: each kind of oversized or hostile file is refused before
 * parsing, with the limit in an editor's words; a Word archive is measured while inflating (its own
 * headers may lie), in slices, so a small "zip bomb" costs no more memory than the limit.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Zip, ZipDeflate, strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { archiveProblem, fileSizeProblem, IMPORT_LIMITS, megabytes, pdfPagesProblem, textLengthProblem } from '../../tools/import/limits';
import { extractText } from '../../tools/import/extract';

/** A .docx-shaped archive: `files` by name, each of the given text. */
const archive = (files: Record<string, string>): Uint8Array => zipSync(Object.fromEntries(Object.entries(files).map(([name, text]) => [name, strToU8(text)])), { level: 9 });

/** An archive whose one XML file expands to `bytes` spaces, built in pieces so the test holds little. */
function bomb(bytes: number): Uint8Array {
  const parts: Uint8Array[] = [];
  const zip = new Zip((err, chunk) => {
    if (err) throw err;
    parts.push(chunk);
  });
  const entry = new ZipDeflate('word/document.xml', { level: 9 });
  zip.add(entry);
  const piece = strToU8(' '.repeat(1024 * 1024));
  for (let done = 0; done < bytes; done += piece.length) entry.push(piece, done + piece.length >= bytes);
  zip.end();
  return Buffer.concat(parts);
}

const SMALL = { ...IMPORT_LIMITS, archiveEntries: 3, expandedBytes: 1000, xmlBytes: 600 };

describe('archiveProblem: a Word archive measured while it inflates', () => {
  it.each<[string, Uint8Array, string | undefined]>([
    ['within every limit', archive({ 'word/document.xml': 'x'.repeat(500), '[Content_Types].xml': 'y' }), undefined],
    ['too many files inside', archive({ a: '1', b: '2', c: '3', d: '4' }), 'tệp Word chứa hơn 3 tệp con'],
    ['XML past its limit', archive({ 'word/document.xml': 'x'.repeat(700) }), 'phần chữ của tệp Word giải nén ra hơn 1 kB'],
    ['pictures past the whole limit', archive({ 'word/media/a.png': 'p'.repeat(1200) }), 'tệp Word giải nén ra hơn 1 kB'],
    // Nothing inflates, so no limit is passed: Word's reader then says it cannot read the file.
    ['not an archive at all', strToU8('PK not really a zip'), undefined],
  ])('%s', (_name, bytes, expected) => {
    const problem = archiveProblem(bytes, SMALL);
    if (expected === undefined) expect(problem).toBeUndefined();
    else expect(problem).toContain(expected);
  });

  it('a small file that expands to 96 MB is refused at the limit, not inflated whole', { timeout: 60_000 }, () => {
    const bytes = bomb(96 * 1024 * 1024);
    expect(bytes.length).toBeLessThan(1024 * 1024);
    const before = process.memoryUsage().rss;
    expect(archiveProblem(bytes)).toContain(`phần chữ của tệp Word giải nén ra hơn ${megabytes(IMPORT_LIMITS.xmlBytes)}`);
    // Memory is the point of the limit: nothing like the expanded size is ever held.
    expect(process.memoryUsage().rss - before).toBeLessThan(128 * 1024 * 1024);
  });
});

describe('the other limits, in an editor\'s words', () => {
  it.each<[string, string | undefined, string | undefined]>([
    ['a 40 MB file', fileSizeProblem(40 * 1024 * 1024), 'tệp lớn 40 MB, quá giới hạn 32 MB của việc nhập'],
    ['a 1 MB file', fileSizeProblem(1024 * 1024), undefined],
    ['9 million characters', textLengthProblem(9_000_000), 'tệp có 9.000.000 ký tự, quá giới hạn 8.000.000 ký tự của việc nhập'],
    ['a long resolution', textLengthProblem(400_000), undefined],
    ['a PDF of 5,000 pages', pdfPagesProblem(5000), 'tệp PDF có 5.000 trang, quá giới hạn 2.000 trang'],
  ])('%s', (_name, problem, expected) => {
    if (expected === undefined) expect(problem).toBeUndefined();
    else expect(problem).toContain(expected);
  });
});

describe('extractText refuses what passes a limit before parsing', () => {
  const dir = mkdtempSync(join(tmpdir(), 'so-tay-limits-'));
  it.each<[string, () => Uint8Array | string, string]>([
    ['bom.docx', () => bomb(24 * 1024 * 1024), 'phần chữ của tệp Word giải nén ra hơn'],
    ['dai.txt', () => 'Một dòng chữ của văn bản rất dài.\n'.repeat(300_000), 'quá giới hạn 8.000.000 ký tự'],
  ])('%s', async (name, make, expected) => {
    writeFileSync(join(dir, name), make());
    const result = await extractText(join(dir, name));
    expect(result).toMatchObject({ ok: false, problem: 'too-large' });
    expect(result.ok ? '' : result.reason).toContain(expected);
  });
});
