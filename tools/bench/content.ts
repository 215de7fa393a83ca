/**
 * The synthetic corpus (corpus.ts) written in the content format editors use: documents under
 * content/documents/<kind>/<id>.md with frontmatter (code, kind, issuer, term, scope, province,
 * topics, targets, sources, an `implements` relation for local programs), bodies with headings,
 * a targets table and references that name a code with its date; organs, topics and provinces.
 * The build benchmark builds it with the site's own build and with a bare Astro site.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { slugify } from '../../src/lib/text/normalize.ts';
import { generate, type SynthDoc } from './corpus.ts';

const KIND_FOLDER: Record<string, string> = {
  'Nghị quyết': 'nghi-quyet', 'Kết luận': 'ket-luan', 'Chỉ thị': 'chi-thi', 'Quy định': 'quy-dinh',
  'Kế hoạch': 'ke-hoach', 'Chương trình': 'chuong-trinh', 'Hướng dẫn': 'huong-dan', 'Thông báo': 'thong-bao',
};

/** Kinds a mention of a document the base lacks names (numbers from 1000: the generator never gives them). */
const UNKNOWN_KINDS = [
  { name: 'Quy định', abbr: 'QĐ' },
  { name: 'Nghị quyết', abbr: 'NQ' },
  { name: 'Kết luận', abbr: 'KL' },
  { name: 'Chỉ thị', abbr: 'CT' },
  { name: 'Hướng dẫn', abbr: 'HD' },
];

const vnDate = (iso: string): string => iso.split('-').reverse().join('/');

/** The organ id of a generated issuer name ("Tỉnh ủy Thanh Hóa" → tinh-uy-thanh-hoa). */
const organId = (name: string): string => slugify(name);

/** Write `n` documents (and organs, topics, provinces) under `dir/content`; returns the document count written. */
export function writeContentCorpus(dir: string, n: number, seed = 1): number {
  const content = join(dir, 'content');
  rmSync(content, { recursive: true, force: true });
  const docs = generate(n, seed);
  // A reference names its target by code and date, so shared codes resolve; a code and date two
  // documents share cannot be told apart by anyone: such later namesakes are left out.
  const seen = new Set<string>();
  const kept: SynthDoc[] = [];
  for (const d of docs) {
    const key = `${d.code}|${d.issued}`;
    if (seen.has(key)) continue;
    seen.add(key);
    kept.push(d);
  }
  const central = kept.filter((d) => d.scope === 'central' && d.kind !== 'Kế hoạch');
  const organs = new Map<string, { id: string; name: string; level: string; province?: string }>();
  const topics = new Set<string>();
  const provinces = new Set<string>();
  let cursor = 0;
  const byCode = new Map<string, SynthDoc>();
  for (const c of central) if (!byCode.has(c.code)) byCode.set(c.code, c);
  const sortedCentral = [...central].sort((a, b) => a.issued.localeCompare(b.issued));
  for (const [i, d] of kept.entries()) {
    const folder = KIND_FOLDER[d.kind]!;
    organs.set(organId(d.issuer), { id: organId(d.issuer), name: d.issuer, level: d.scope, ...(d.province ? { province: d.province } : {}) });
    d.topics.forEach((t) => topics.add(t));
    if (d.province) provinces.add(d.province);
    // A local document carries out a central one issued before it (never after).
    const earlier = sortedCentral.filter((c) => c.issued < d.issued);
    const parent = d.scope !== 'central' && earlier.length > 0 ? earlier[(cursor += 7) % earlier.length] : undefined;
    const cite = earlier.length > 0 ? earlier[(cursor += 13) % earlier.length] : undefined;
    const front = {
      code: d.code,
      kind: folder,
      title: d.title.replace(/Nghị quyết số [^ ]+ /, parent ? `Nghị quyết số ${parent.code} ` : ''),
      issued: vnDate(d.issued),
      issuer: organId(d.issuer),
      // One local document in ten does not know its term (the lists keep a group for those).
      ...(d.scope !== 'central' && i % 10 === 9 ? {} : { term: d.term }),
      scope: d.scope,
      ...(d.province ? { province: d.province } : {}),
      topics: d.topics.map((t) => slugify(t)),
      summary: d.summary,
      targets: [
        { metric: 'Tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ', value: 90, unit: '%', comparison: 'at-least', year: i % 2 === 0 ? 2030 : 2025 },
        { metric: 'Đảng viên mới được kết nạp mỗi năm', value: 300, unit: 'đảng viên', comparison: 'reach' },
      ],
      sources: [{ outlet: 'Báo mẫu', title: `Bài về ${d.code}`, date: vnDate(d.issued), url: `https://example.vn/${d.id}`, supports: 'số hiệu, ngày, trích yếu' }],
      ...(parent ? { relations: [{ type: 'implements', target: parent.id }] } : {}),
    };
    // The generator's citations name a code alone; with shared codes they need the date, as editors write them.
    const dated = (text: string): string => text.replace(/Thực hiện Kết luận số ([^ ]+) của Bộ Chính trị\./g, (_m, code: string) => {
      const target = byCode.get(code);
      return target === undefined ? '' : `Thực hiện văn bản số ${code}, ngày ${vnDate(target.issued)} của cấp trên.`;
    });
    const sections = d.sections.map((s, j) => {
      const ref = j === 1 && cite !== undefined ? `\n\nTiếp tục thực hiện Nghị quyết số ${cite.code}, ngày ${vnDate(cite.issued)} của cấp trên.` : '';
      // One document in three names one the base does not have: the editors' list of such mentions.
      const unknown = j === 2 && i % 3 === 0 ? `\n\nCăn cứ ${UNKNOWN_KINDS[i % UNKNOWN_KINDS.length]!.name} số ${1000 + i}-${UNKNOWN_KINDS[i % UNKNOWN_KINDS.length]!.abbr}/TW, ngày 15/5/2004 của Trung ương.` : '';
      return `## ${s.heading}\n\n${s.paragraphs.map(dated).join('\n\n')}${ref}${unknown}`;
    });
    const table = '\n\n## Chỉ tiêu chủ yếu\n\n| Chỉ tiêu | Mức | Năm |\n| --- | --- | --- |\n| Tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ | ít nhất 90% | 2030 |\n| Đảng viên mới được kết nạp | 300 | hằng năm |\n';
    const path = join(content, 'documents', folder, `${d.id}.md`);
    mkdirSync(join(content, 'documents', folder), { recursive: true });
    writeFileSync(path, `---\n${stringify(front)}---\n\n${sections.join('\n\n')}${table}`);
  }
  writeFileSync(join(content, 'organs.yaml'), stringify([...organs.values()]));
  writeFileSync(join(content, 'topics.yaml'), stringify([...topics].map((t) => ({ id: slugify(t), name: t }))));
  writeFileSync(join(content, 'provinces.yaml'), stringify([...provinces].map((p) => ({ id: slugify(p), name: p }))));
  return kept.length;
}
