/**
 * `npm run import -- <file or folder> [--force] [--dry-run]`: turn office files (.docx, .pdf with a
 * text layer, .txt, .md) into content entries. Per file it prints what it found and what it
 * could not; a folder gets a progress line per file and a summary table. An existing entry is
 * never overwritten without --force. After writing, the content check runs and the summary names,
 * per entry, the fields still to complete. Exits 1 when a file could not be read (with the reason).
 * CONTENT_ROOT chooses the project whose content/ receives the entries (tests use a copy).
 */
import { existsSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, extname, join, relative, resolve } from 'node:path';
import { checkContent } from '../../src/loader/check';
import { readContent } from '../../src/loader/read';
import { bodyMarkupProblems } from '../../src/loader/markup';
import { documentId } from '../../src/loader/identity';
import { indexFor } from '../../src/lib/references/scan';
import { draftFromText, type Draft } from '../../src/lib/import/draft';
import { formatViDate } from '../../src/lib/text/dates';
import { slugify } from '../../src/lib/text/normalize';
import { extractText, IMPORTABLE } from './extract';
import { entryText, organYaml } from './entry';

const FIELD_NAMES: Record<string, string> = { code: 'số hiệu', kind: 'loại', title: 'trích yếu', issued: 'ngày ban hành', issuer: 'cơ quan ban hành', signer: 'người ký', scope: 'cấp', province: 'tỉnh', term: 'khóa', summary: 'tóm tắt' };

/** One file's outcome, for the summary table. */
interface Row {
  file: string;
  result: 'đã tạo' | 'đã ghi đè' | 'đã có, bỏ qua' | 'không đọc được' | 'thử (không ghi)';
  entry?: string;
  complete: string[];
  reason?: string;
}

/** Files to import under a path: the file itself, or the importable files of a folder, sorted. */
function filesUnder(path: string): string[] {
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path)
    .sort()
    .flatMap((name) => {
      const full = join(path, name);
      if (statSync(full).isDirectory()) return filesUnder(full);
      return (IMPORTABLE as readonly string[]).includes(extname(name).toLowerCase()) ? [full] : [];
    });
}

/** A progress bar of `width` cells. */
function bar(done: number, total: number, width = 20): string {
  const full = Math.round((done / total) * width);
  return `${'█'.repeat(full)}${'░'.repeat(width - full)}`;
}

/** A plain-text table with aligned columns. */
function table(head: string[], rows: string[][]): string {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]): string => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
  return [line(head), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.map(line)].join('\n');
}

/** What one file gave, in an editor's words. */
function report(draft: Draft, log: (s: string) => void): void {
  const f = draft.fields;
  const shown = (label: string, value: string | undefined): void => log(`    ${value === undefined ? '✗' : '✓'} ${label}: ${value ?? 'không tìm thấy'}`);
  shown('cơ quan (đầu văn bản)', draft.bodies.length > 0 ? draft.bodies.join(' / ') : undefined);
  shown('số hiệu', f.code);
  shown('nơi, ngày', f.issued === undefined ? undefined : `${draft.place ?? '—'}, ${formatViDate(f.issued)}`);
  shown('loại', f.kind);
  shown('trích yếu', f.title);
  shown('cơ quan ban hành', f.issuer === undefined ? undefined : draft.organProposal !== undefined ? `${f.issuer} (đề xuất, chưa có trong organs.yaml)` : `${f.issuer} (theo "${draft.issuerPrinted}")`);
  shown('cấp, tỉnh, khóa', f.scope === undefined ? undefined : [f.scope, f.province, f.term].filter((x) => x !== undefined).join(', '));
  const s = draft.signature;
  shown('ký', s.name === undefined && s.position === undefined ? undefined : [s.mode, s.onBehalf, s.position, s.name].filter((x) => x !== undefined).join(' · '));
  shown('nơi nhận', draft.recipients.length === 0 ? undefined : `${draft.recipients.length} nơi`);
  for (const r of draft.references) {
    const what = r.status === 'linked' ? `→ ${r.target} (${r.type})` : r.status === 'ambiguous' ? `nhiều văn bản: ${r.candidates!.join(', ')}` : r.status === 'self' ? 'chính văn bản này' : 'chưa có trong Sổ tay';
    log(`    · tham chiếu "${r.text}": ${what}`);
  }
  for (const id of draft.laterTargets) log(`    · bỏ quan hệ tới ${id}: văn bản đó ban hành sau`);
  if (draft.organProposal !== undefined) log(`    Đề xuất thêm vào content/organs.yaml:\n${organYaml(draft.organProposal).replace(/^/gm, '      ')}`);
}

/** Run the import; returns the exit code. */
export async function main(argv: string[], log: (s: string) => void = console.log): Promise<number> {
  const force = argv.includes('--force');
  const dryRun = argv.includes('--dry-run');
  const paths = argv.filter((a) => !a.startsWith('--'));
  if (paths.length === 0) {
    log('Cách dùng: npm run import -- <tệp hoặc thư mục> [--force] [--dry-run]');
    return 2;
  }
  const root = resolve(process.env['CONTENT_ROOT'] ?? process.cwd());
  const before = checkContent(readContent(root));
  const organs = before.organs.map((o) => ({ id: o.id, name: o.name, shortName: o.shortName, level: o.level, province: o.province, parent: o.parent }));
  const ctx = { organs, provinces: before.provinces.map((p) => p.name), index: indexFor(before.documents, before.organs) };
  const organName = new Map(before.organs.map((o) => [o.id, o.name]));
  const label = (id: string): string => {
    const d = before.documents.find((x) => x.id === id);
    return d?.data.code === undefined ? id : `${d.data.kind === 'nghi-quyet' ? 'Nghị quyết' : 'văn bản'} số ${d.data.code}`;
  };

  const files = paths.flatMap((p) => (existsSync(p) ? filesUnder(p) : []));
  const missingPaths = paths.filter((p) => !existsSync(p));
  const rows: Row[] = missingPaths.map((p) => ({ file: p, result: 'không đọc được', complete: [], reason: 'không có tệp hoặc thư mục này' }));
  const written = new Map<string, Row>();
  const many = files.length > 1;
  for (const [i, file] of files.entries()) {
    const name = relative(process.cwd(), file) || basename(file);
    log(many ? `[${bar(i + 1, files.length)}] ${i + 1}/${files.length} ${name}` : name);
    const text = await extractText(file);
    if (!text.ok) {
      log(`    ✗ không đọc được: ${text.reason}`);
      rows.push({ file: name, result: 'không đọc được', complete: [], reason: text.reason });
      continue;
    }
    const draft = draftFromText(text.text, ctx);
    report(draft, log);
    // The body is written with HTML and link syntax escaped (src/lib/import/body.ts): markup in the
    // file becomes visible text on the page, never code. Each kind is named so the editor removes it.
    for (const p of bodyMarkupProblems(text.text)) log(`    · giữ thành chữ, không chạy trên trang (nên xóa): ${p.message}, dòng ${p.line} của chữ đọc được`);
    const f = draft.fields;
    const id = f.code !== undefined && f.kind !== undefined
      ? documentId({ code: f.code, kind: f.kind, issued: f.issued ?? 'unknown', scope: f.scope ?? 'province', province: f.province, issuer: f.issuer ?? '' })
      : `${f.kind ?? 'van-ban'}-${slugify(basename(file, extname(file)))}`;
    const path = join('content', 'documents', f.kind ?? 'chua-phan-loai', `${id}.md`);
    const full = join(root, path);
    const exists = existsSync(full) || written.has(path);
    const row: Row = { file: name, result: 'đã tạo', entry: path, complete: [] };
    const other = draft.existing.filter((id) => before.documents.find((d) => d.id === id)?.file !== path);
    if (other.length > 0) {
      // The same code (or declared spelling) and date: a second entry would make every reference to it ambiguous.
      const files = other.map((id) => before.documents.find((d) => d.id === id)!.file);
      log(`    đã có trong Sổ tay: ${files.join(', ')} (cùng số hiệu và ngày): không tạo mục thứ hai`);
      rows.push({ ...row, result: 'đã có, bỏ qua', entry: files.join(', ') });
      continue;
    }
    if (exists && !force) {
      log(`    ${path} đã có: không ghi đè (thêm --force để ghi đè)`);
      rows.push({ ...row, result: 'đã có, bỏ qua' });
      continue;
    }
    const content = entryText(draft, { fileName: basename(file), issuerName: f.issuer === undefined ? undefined : (organName.get(f.issuer) ?? draft.organProposal?.name), targetLabel: label });
    if (dryRun) {
      log(`    (thử) sẽ ghi ${path}`);
      row.result = 'thử (không ghi)';
    } else {
      mkdirSync(dirname(full), { recursive: true });
      writeFileSync(full, content);
      row.result = exists ? 'đã ghi đè' : 'đã tạo';
      log(`    → ${path}`);
    }
    // Fields the text did not give are to complete until the check says otherwise.
    row.complete = draft.missing.filter((m) => m !== 'summary' || !content.includes('\nsummary:'));
    rows.push(row);
    written.set(path, row);
  }

  if (!dryRun && written.size > 0) {
    const after = checkContent(readContent(root));
    const old = new Set(before.errors.map((e) => `${e.file}:${e.line}:${e.message}`));
    for (const [path, row] of written) {
      const errors = after.errors.filter((e) => e.file === path);
      const fields = errors.map((e) => e.field?.replace(/\[\d+\].*$/, '') ?? (e.kind === 'ambiguous-reference' ? 'body' : e.kind));
      // Errors the new entry causes elsewhere: a reference in another document that now names two.
      const id = basename(path, '.md');
      const elsewhere = after.errors.filter((e) => e.file !== path && !old.has(`${e.file}:${e.line}:${e.message}`) && e.message.includes(id));
      if (elsewhere.length > 0) fields.push(`tham chiếu ở ${elsewhere.length} văn bản khác`);
      // What the text did not give stays to complete even where the check accepts "unknown".
      row.complete = [...new Set([...fields, ...row.complete])];
      for (const e of [...errors, ...elsewhere]) log(`    ${e.file}:${e.line ?? 1} ${e.field === undefined ? '' : `trường "${e.field}": `}${e.message}`);
    }
  }

  log('');
  log(table(
    ['tệp', 'kết quả', 'mục', 'cần bổ sung'],
    rows.map((r) => [r.file, r.result, r.entry ?? '—', r.reason ?? (r.result === 'đã có, bỏ qua' ? '—' : r.complete.length === 0 ? 'không (qua kiểm tra)' : r.complete.map((c) => `${c}${FIELD_NAMES[c] === undefined ? '' : ` (${FIELD_NAMES[c]})`}`).join(', '))]),
  ));
  const unread = rows.filter((r) => r.result === 'không đọc được').length;
  log(`\n${files.length} tệp: ${rows.filter((r) => r.result === 'đã tạo' || r.result === 'đã ghi đè' || r.result === 'thử (không ghi)').length} mục, ${rows.filter((r) => r.result === 'đã có, bỏ qua').length} bỏ qua, ${unread} không đọc được.`);
  return unread > 0 ? 1 : 0;
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  process.exitCode = await main(process.argv.slice(2));
}
