/**
 * `npm run bench:large-body -- 10 100 1024 2048 4096` (sizes in kB): what one very long document
 * costs. The fixture content plus one report of each size, once plain prose and once dense with
 * references and headings (58-NQ/TW named in every sentence): the time of each phase the body
 * goes through (load and check with the graph, render the body, the search terms of the body).
 * Cost should grow with the text, and a reference cost no more than its words.
 */
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { forgetSite, loadSite } from '../../src/loader/site.ts';
import { renderBody } from '../../src/loader/render.ts';
import { extraTerms } from '../../src/lib/search/index.ts';

const root = resolve(import.meta.dirname, '../..');
const out = join(root, 'bench-out', 'large-body');
const sizes = (process.argv.slice(2).map(Number).filter((n) => n > 0).length > 0 ? process.argv.slice(2).map(Number) : [10, 100, 1024, 2048, 4096]).map((kb) => kb * 1024);

/** A body of about `target` bytes: sections of paragraphs; `refs` puts a dated reference in every sentence. */
function body(refs: boolean, target: number): string {
  const sentence = refs
    ? 'Các cấp ủy tiếp tục quán triệt Nghị quyết số 58-NQ/TW, ngày 05/8/2020 của Bộ Chính trị và cụ thể hóa thành chương trình hành động phù hợp với điều kiện của từng địa phương, đơn vị.'
    : 'Các cấp ủy tiếp tục quán triệt tinh thần chỉ đạo của cấp trên và cụ thể hóa thành chương trình hành động phù hợp với điều kiện thực tế của từng địa phương, từng cơ quan, đơn vị trực thuộc.';
  const parts: string[] = [];
  let size = 0;
  for (let section = 1; size < target; section++) {
    const text = `## Phần ${section}\n\n${Array.from({ length: 4 }, () => Array.from({ length: 5 }, () => sentence).join(' ')).join('\n\n')}\n\n`;
    parts.push(text);
    size += Buffer.byteLength(text);
  }
  return parts.join('');
}

/** Time `f` in seconds. */
function time<T>(f: () => T): [T, number] {
  const t0 = performance.now();
  const value = f();
  return [value, (performance.now() - t0) / 1000];
}

const rows: string[] = [];
for (const target of sizes) for (const refs of [false, true]) {
  const dir = join(out, refs ? 'refs' : 'prose');
  rmSync(dir, { recursive: true, force: true });
  cpSync(join(root, 'tests/fixtures/site/content'), join(dir, 'content'), { recursive: true });
  mkdirSync(join(dir, 'content/documents/bao-cao'), { recursive: true });
  const text = body(refs, target);
  const file = `---\ncode: 99-BC/TU\nkind: bao-cao\ntitle: Báo cáo rất dài\nissued: "01/10/2025"\nissuer: tinh-uy-thanh-hoa\nscope: province\nprovince: Thanh Hóa\nsummary: Một báo cáo dài để đo chi phí.\nsources:\n  - outlet: Báo mẫu\n    title: Bài mẫu\n---\n\n${text}`;
  writeFileSync(join(dir, 'content/documents/bao-cao/99-bc-tu-2025.md'), file);
  forgetSite();
  const [site, load] = time(() => loadSite(dir));
  const refsHere = site.referencesByDoc.get('99-bc-tu-2025') ?? [];
  const [html, render] = time(() => renderBody(text, refsHere, (id) => `/van-ban/${id}/`));
  const linked = refsHere.filter((r) => r.resolution.status === 'linked').length;
  const [, terms] = time(() => extraTerms({ code: '99-BC/TU', title: 'Báo cáo rất dài', text: 'Báo cáo rất dài', body: text, common: site.commonSyllables }));
  const kb = Buffer.byteLength(text) / 1024;
  rows.push(`| ${refs ? 'dày tham chiếu' : 'văn xuôi'} | ${kb < 1024 ? `${kb.toFixed(0)} kB` : `${(kb / 1024).toFixed(2)} MB`} | ${linked.toLocaleString('vi-VN')} | ${load.toFixed(2)} s | ${render.toFixed(2)} s | ${terms.toFixed(2)} s | ${(html.length / 1024).toFixed(0)} k ký tự |`);
}
console.log(['| thân văn bản | cỡ | liên kết tham chiếu | nạp, kiểm tra, đồ thị | dựng HTML thân | từ khóa tìm kiếm | HTML ra |', '| --- | --- | --- | --- | --- | --- | --- |', ...rows].join('\n'));
