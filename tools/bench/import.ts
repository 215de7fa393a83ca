/**
 * `npm run bench:import`: what an import costs against the size of what it reads. Generates Word
 * and text files of growing text (0.5 to 8 MB, in the office layout the importer reads), a Word
 * file of 150 MB of text that compresses to a few hundred kB, a "zip bomb" (a small .docx that
 * expands to 1 GiB) and an oversized text file; imports each with --dry-run in a fresh process and
 * prints the wall time, the peak memory (the process's max RSS) and the outcome, then writes
 * docs/import-benchmark.md and .json. Cost should grow linearly with the text and memory stay
 * under 1 GB; what passes a limit is refused before parsing (tools/import/limits.ts).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, statSync, writeFileSync, openSync, writeSync, closeSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Zip, ZipDeflate, strToU8, zipSync } from 'fflate';
import { IMPORT_LIMITS, megabytes } from '../import/limits.ts';

const root = resolve(import.meta.dirname, '../..');
const out = join(root, 'bench-out', 'import');
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });

const HEAD = ['TỈNH ỦY THANH HÓA', 'Số 12-CTr/TU', 'Thanh Hóa, ngày 07 tháng 4 năm 2021', 'CHƯƠNG TRÌNH', 'thực hiện Nghị quyết số 58-NQ/TW, ngày 05/8/2020 của Bộ Chính trị'];
const SENTENCE = 'Các cấp ủy tiếp tục quán triệt tinh thần chỉ đạo của cấp trên và cụ thể hóa thành nhiệm vụ phù hợp với điều kiện của từng địa phương';

/** Body lines of about `bytes` of UTF-8: numbered sections, paragraphs, list items, some wrapped without punctuation. */
function* bodyLines(bytes: number): Generator<string> {
  let size = 0;
  for (let i = 1; size < bytes; i++) {
    const line = i % 25 === 0 ? `${i / 25}. Nhiệm vụ thứ ${i / 25}` : i % 4 === 0 ? `- ${SENTENCE}.` : i % 7 === 0 ? `${SENTENCE} và` : `${SENTENCE}.`;
    size += Buffer.byteLength(line) + 1;
    yield line;
  }
}

const xmlEscape = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
const paragraph = (line: string): string => `<w:p><w:r><w:t xml:space="preserve">${xmlEscape(line)}</w:t></w:r></w:p>`;
const CONTENT_TYPES = '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>';
const RELS = '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>';
const DOC_OPEN = '<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>';
const DOC_CLOSE = '</w:body></w:document>';

/** A .docx whose document is the given lines, streamed into the archive so even a gigabyte needs little memory here. */
function writeDocx(path: string, lines: Iterable<string>): void {
  const fd = openSync(path, 'w');
  const zip = new Zip((err, chunk) => {
    if (err) throw err;
    writeSync(fd, chunk);
  });
  for (const [name, text] of [['[Content_Types].xml', CONTENT_TYPES], ['_rels/.rels', RELS]] as const) {
    const entry = new ZipDeflate(name, { level: 6 });
    zip.add(entry);
    entry.push(strToU8(text), true);
  }
  const doc = new ZipDeflate('word/document.xml', { level: 9 });
  zip.add(doc);
  doc.push(strToU8(DOC_OPEN));
  let batch: string[] = [];
  let size = 0;
  for (const line of lines) {
    const p = paragraph(line);
    batch.push(p);
    size += p.length;
    if (size >= 1024 * 1024) {
      doc.push(strToU8(batch.join('')));
      batch = [];
      size = 0;
    }
  }
  doc.push(strToU8(batch.join('') + DOC_CLOSE), true);
  zip.end();
  closeSync(fd);
}

/** Lines repeated until they hold `bytes` of text. */
function* repeated(bytes: number): Generator<string> {
  yield* HEAD;
  yield* bodyLines(bytes);
}

interface Row {
  file: string;
  kind: string;
  fileSize: number;
  textMB: number;
  seconds: number;
  peakMB: number;
  outcome: string;
}

/** Import one file with --dry-run in a fresh process; its time, peak memory and outcome. */
function run(file: string, kind: string, textMB: number): Row {
  const script = `import { main } from ${JSON.stringify(join(root, 'tools/import/main.ts'))};
const lines = []; const t0 = performance.now();
const code = await main([${JSON.stringify(file)}, '--dry-run'], (s) => lines.push(s));
const seconds = (performance.now() - t0) / 1000;
const refused = lines.find((l) => l.includes('✗ không đọc được:'));
console.log(JSON.stringify({ code, seconds, peakKB: process.resourceUsage().maxRSS, outcome: refused === undefined ? 'đọc được' : refused.trim() }));`;
  const child = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { cwd: root, encoding: 'utf8', env: { ...process.env, CONTENT_ROOT: root }, maxBuffer: 64 * 1024 * 1024 });
  const last = child.stdout.trim().split('\n').pop() ?? '';
  let parsed: { seconds: number; peakKB: number; outcome: string };
  try {
    parsed = JSON.parse(last);
  } catch {
    parsed = { seconds: NaN, peakKB: NaN, outcome: `lỗi: ${(child.stderr || last).slice(0, 200)}` };
  }
  return { file: file.slice(out.length + 1), kind, fileSize: statSync(file).size, textMB, seconds: parsed.seconds, peakMB: parsed.peakKB / 1024, outcome: parsed.outcome };
}

const rows: Row[] = [];
for (const mb of [0.5, 1, 2, 4, 8, 14]) {
  const txt = join(out, `van-ban-${mb}mb.txt`);
  writeFileSync(txt, [...repeated(mb * 1024 * 1024)].join('\n'));
  rows.push(run(txt, 'văn bản .txt', mb));
  const docx = join(out, `van-ban-${mb}mb.docx`);
  writeDocx(docx, repeated(mb * 1024 * 1024));
  rows.push(run(docx, 'Word .docx', mb));
  console.log(rows.slice(-2).map((r) => `${r.file}: ${r.seconds.toFixed(2)} s, ${r.peakMB.toFixed(0)} MB`).join('\n'));
}
const huge = join(out, 'van-ban-150mb-chu.docx');
writeDocx(huge, repeated(150 * 1024 * 1024));
rows.push(run(huge, 'Word .docx, 150 MB chữ', 150));
const bomb = join(out, 'bom-nen-1gib.docx');
writeDocx(bomb, (function* () {
  yield* HEAD;
  const blank = ' '.repeat(1024 * 1024);
  for (let i = 0; i < 1024; i++) yield blank;
})());
rows.push(run(bomb, 'Word .docx giải nén 1 GiB', 1024));
const big = join(out, 'van-ban-40mb.txt');
writeFileSync(big, [...repeated(40 * 1024 * 1024)].join('\n'));
rows.push(run(big, 'văn bản .txt 40 MB', 40));
console.log(rows.slice(-3).map((r) => `${r.file}: ${r.seconds.toFixed(2)} s, ${r.peakMB.toFixed(0)} MB, ${r.outcome}`).join('\n'));

const fmt = (n: number, d = 2): string => (Number.isFinite(n) ? n.toFixed(d) : '—');
const table = [
  '| tệp | loại | cỡ tệp | chữ (MB) | thời gian (s) | bộ nhớ đỉnh (MB) | kết quả |',
  '| --- | --- | --- | --- | --- | --- | --- |',
  ...rows.map((r) => `| ${r.file} | ${r.kind} | ${megabytes(r.fileSize)} | ${r.textMB} | ${fmt(r.seconds)} | ${fmt(r.peakMB, 0)} | ${r.outcome.replace(/\|/g, '\\|')} |`),
].join('\n');
const md = `# Import benchmark

\`npm run bench:import\` (tools/bench/import.ts), ${new Date().toISOString().slice(0, 10)}, on this machine (2 cores). Each file is imported
with \`--dry-run\` in a fresh Node process against the real content; time is the import's own
(reading, parsing, references, report), peak memory is the process's max RSS (Node and the loaded
content included: about 150 MB before any file is read).

Limits (tools/import/limits.ts), checked before parsing: file ${megabytes(IMPORT_LIMITS.fileBytes)}; a .docx
at most ${IMPORT_LIMITS.archiveEntries} files expanding to ${megabytes(IMPORT_LIMITS.expandedBytes)} (counted while inflating, in constant
memory), of which at most ${megabytes(IMPORT_LIMITS.xmlBytes)} of XML; a PDF at most ${IMPORT_LIMITS.pdfPages} pages; at most ${IMPORT_LIMITS.textChars.toLocaleString('vi-VN')} characters of text.

${table}
`;
mkdirSync(join(root, 'docs'), { recursive: true });
writeFileSync(join(root, 'docs/import-benchmark.md'), md);
writeFileSync(join(root, 'docs/import-benchmark.json'), `${JSON.stringify(rows, null, 2)}\n`);
console.log(`\n${table}\n→ docs/import-benchmark.md`);
