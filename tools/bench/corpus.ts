/**
 * A synthetic corpus that looks like the real one: resolutions, conclusions, directives,
 * regulations, plans and programs with codes (many shared: every province has its own
 * 43-KH/TU), titles in the house style, and long bodies in the vocabulary and structure of
 * Party documents (viewpoints, goals, tasks, organisation), citing other codes.
 * Deterministic for a seed, so two runs measure the same pages.
 */
import { bareKey } from '../../src/lib/codes/code.ts';
import { codeMapInput, codesInText, commonSyllables, extraTerms, documentKeys, type CodeMapInput } from '../../src/lib/search/index.ts';
import { slugify } from '../../src/lib/text/normalize.ts';
import { TERM_TABLE_UNTIL, termForDate } from '../../src/lib/text/terms.ts';

/** One generated document. */
export interface SynthDoc {
  id: string;
  code: string;
  kind: string;
  title: string;
  issued: string;
  issuer: string;
  scope: string;
  province: string;
  term: string;
  topics: string[];
  summary: string;
  sections: { heading: string; paragraphs: string[] }[];
  /** The plenum of a Central Committee resolution (the corpus gives one to each). */
  plenum?: number;
}

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const KINDS = [
  { abbr: 'NQ', name: 'Nghị quyết', weight: 4 },
  { abbr: 'KL', name: 'Kết luận', weight: 2 },
  { abbr: 'CT', name: 'Chỉ thị', weight: 1 },
  { abbr: 'QĐ', name: 'Quy định', weight: 1 },
  { abbr: 'KH', name: 'Kế hoạch', weight: 4 },
  { abbr: 'CTr', name: 'Chương trình', weight: 3 },
  { abbr: 'HD', name: 'Hướng dẫn', weight: 1 },
  { abbr: 'TB', name: 'Thông báo', weight: 1 },
];
const PROVINCES = ['Thanh Hóa', 'Nghệ An', 'Hà Tĩnh', 'Quảng Bình', 'Bình Thuận', 'Đắk Lắk', 'Lâm Đồng', 'Đồng Nai', 'Bình Dương', 'Cần Thơ', 'An Giang', 'Kiên Giang', 'Hải Dương', 'Thái Bình', 'Nam Định', 'Ninh Bình', 'Hòa Bình', 'Sơn La', 'Điện Biên', 'Lào Cai', 'Yên Bái', 'Tuyên Quang', 'Phú Thọ', 'Quảng Ninh', 'Khánh Hòa', 'Phú Yên', 'Bình Định', 'Quảng Ngãi', 'Quảng Nam', 'Thừa Thiên Huế'];
const TOPICS = ['xây dựng Đảng', 'chuyển đổi số', 'tổ chức bộ máy', 'phát triển kinh tế - xã hội', 'đất đai', 'giáo dục chính trị, tư tưởng', 'phòng, chống tham nhũng, tiêu cực', 'công tác cán bộ', 'khoa học, công nghệ và đổi mới sáng tạo', 'văn hóa, xã hội', 'quốc phòng, an ninh', 'nông nghiệp, nông thôn'];
const SUBJECTS = ['đẩy mạnh chuyển đổi số quốc gia', 'tiếp tục đổi mới, sắp xếp tổ chức bộ máy của hệ thống chính trị tinh gọn, hoạt động hiệu lực, hiệu quả', 'tăng cường xây dựng, chỉnh đốn Đảng', 'phát triển kinh tế tư nhân', 'đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia', 'nâng cao chất lượng tổ chức cơ sở đảng và đảng viên', 'đổi mới, hoàn thiện thể chế, chính sách, nâng cao hiệu lực, hiệu quả quản lý và sử dụng đất', 'công tác phát triển đảng viên trong doanh nghiệp ngoài Nhà nước', 'xây dựng và phát triển văn hóa, con người Việt Nam', 'hội nhập quốc tế trong tình hình mới', 'bảo đảm quốc phòng, an ninh ở cơ sở', 'phát triển nông nghiệp, nông dân, nông thôn', 'học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh', 'phòng, chống lãng phí', 'xây dựng đội ngũ cán bộ các cấp, nhất là cấp chiến lược'];
const HEADINGS = ['I. TÌNH HÌNH VÀ NGUYÊN NHÂN', 'II. QUAN ĐIỂM CHỈ ĐẠO', 'III. MỤC TIÊU', 'IV. NHIỆM VỤ, GIẢI PHÁP', 'V. TỔ CHỨC THỰC HIỆN'];
const PHRASES = [
  'các cấp ủy, tổ chức đảng', 'cán bộ, đảng viên và nhân dân', 'nâng cao năng lực lãnh đạo, sức chiến đấu của Đảng', 'phát huy sức mạnh khối đại đoàn kết toàn dân tộc',
  'đổi mới phương thức lãnh đạo', 'chuyển đổi số', 'kinh tế số, xã hội số', 'chính quyền số', 'hạ tầng số', 'dữ liệu số', 'công dân số',
  'xây dựng Đảng và hệ thống chính trị trong sạch, vững mạnh', 'quản lý nhà nước', 'phát triển kinh tế - xã hội', 'nghị quyết', 'tinh thần nghị quyết',
  'quán triệt, triển khai thực hiện', 'kiểm tra, giám sát', 'cải cách hành chính', 'tinh gọn bộ máy', 'người đứng đầu', 'đội ngũ cán bộ', 'công tác tuyên truyền',
  'mặt trận Tổ quốc và các đoàn thể chính trị - xã hội', 'doanh nghiệp nhà nước', 'khu vực kinh tế tư nhân', 'nguồn nhân lực chất lượng cao', 'khoa học và công nghệ',
  'đổi mới sáng tạo', 'tăng trưởng kinh tế', 'an sinh xã hội', 'giảm nghèo bền vững', 'văn hóa và con người', 'quốc phòng, an ninh', 'đối ngoại và hội nhập quốc tế',
  'tham nhũng, lãng phí, tiêu cực', 'suy thoái về tư tưởng chính trị, đạo đức, lối sống', 'tự diễn biến, tự chuyển hóa', 'nguyên tắc tập trung dân chủ',
  'tự phê bình và phê bình', 'sơ kết, tổng kết', 'đánh giá, xếp loại chất lượng', 'kinh tế tập thể', 'nông thôn mới', 'đô thị thông minh', 'môi trường đầu tư kinh doanh',
];
const VERBS = ['tập trung lãnh đạo, chỉ đạo', 'tiếp tục đẩy mạnh', 'nâng cao hiệu quả', 'tăng cường', 'đổi mới mạnh mẽ', 'chú trọng', 'kiên quyết khắc phục', 'quan tâm', 'huy động mọi nguồn lực cho', 'xây dựng cơ chế, chính sách về', 'rà soát, hoàn thiện quy định về', 'tổ chức thực hiện tốt'];
const LINKS = ['gắn với', 'đi đôi với', 'nhằm bảo đảm', 'góp phần', 'trên cơ sở', 'đồng thời', 'nhất là', 'trong đó'];
const ISSUERS_C = [['TW', 'Ban Chấp hành Trung ương Đảng', 'central'], ['TW', 'Bộ Chính trị', 'central'], ['TW', 'Ban Bí thư', 'central'], ['BCĐ', 'Ban Chỉ đạo Trung ương', 'central']] as const;

/** Generate `n` documents from `seed`. */
export function generate(n: number, seed = 1): SynthDoc[] {
  const r = rng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
  const kindTable = KINDS.flatMap((k) => Array(k.weight).fill(k) as (typeof k)[]);
  const sentence = (): string => {
    const parts = [pick(VERBS), pick(PHRASES), pick(LINKS), pick(PHRASES)];
    if (r() < 0.5) parts.push(pick(LINKS), pick(PHRASES));
    const s = parts.join(' ');
    return `${s[0]!.toUpperCase()}${s.slice(1)}.`;
  };
  const docs: SynthDoc[] = [];
  const central: string[] = [];
  for (let i = 0; i < n; i++) {
    const kind = pick(kindTable);
    const local = r() < 0.75;
    const province = local ? pick(PROVINCES) : '';
    const year = 2005 + Math.floor(r() * 21);
    // Numbering restarts each term and each provincial committee numbers its own: codes repeat.
    const number = 1 + Math.floor(r() * (local ? 300 : 150));
    const [suffix, issuer, scope] = local ? (['TU', `Tỉnh ủy ${province}`, 'province'] as const) : pick(ISSUERS_C);
    const code = `${String(number).padStart(2, '0')}-${kind.abbr}/${suffix}`;
    const month = 1 + Math.floor(r() * 12);
    const day = 1 + Math.floor(r() * 28);
    const issued = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    // The term holding the date (a term begins on its congress's closing day, not on 1 January).
    const term = termForDate(issued) ?? (issued > TERM_TABLE_UNTIL ? 'XIII' : 'X');
    const subject = pick(SUBJECTS);
    const cited = central.length > 0 && local ? pick(central) : '';
    const title = cited ? `${kind.name} thực hiện Nghị quyết số ${cited} về ${subject}` : `Về ${subject}`;
    const topics = [pick(TOPICS), pick(TOPICS)].filter((t, j, a) => a.indexOf(t) === j);
    const sections = HEADINGS.map((heading) => {
      const paragraphs: string[] = [];
      const count = 2 + Math.floor(r() * 4);
      for (let p = 0; p < count; p++) {
        const sentences = Array.from({ length: 3 + Math.floor(r() * 5) }, sentence);
        if (r() < 0.15 && central.length > 0) sentences.push(`Thực hiện Kết luận số ${pick(central)} của Bộ Chính trị.`);
        paragraphs.push(sentences.join(' '));
      }
      return { heading, paragraphs };
    });
    // A Central Committee resolution comes from a plenum; derived from the number, so the random
    // sequence (and every other document) stays what it was before plenums were added.
    const plenum = issuer === 'Ban Chấp hành Trung ương Đảng' && kind.abbr === 'NQ' ? 1 + (number % 15) : undefined;
    const at = plenum === undefined ? '' : ` tại Hội nghị Trung ương ${plenum} khóa ${term}`;
    const summary = `${kind.name} ${code} của ${issuer}${at} về ${subject}, ban hành ngày ${day}/${month}/${year}.`;
    if (!local && kind.abbr !== 'KH') central.push(code);
    docs.push({ id: `${slugify(code)}-${year}-${i}`, code, kind: kind.name, title, issued, issuer, scope, province, term, topics, summary, sections, ...(plenum === undefined ? {} : { plenum }) });
  }
  return docs;
}

const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function bodyHtml(d: SynthDoc): string {
  return d.sections.map((s) => `<h2>${esc(s.heading)}</h2>${s.paragraphs.map((p) => `<p>${esc(p)}</p>`).join('')}`).join('');
}

/** The page as Pagefind's defaults would see it: the same document page, no search attributes. */
export function defaultPage(d: SynthDoc): string {
  return `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>${esc(d.code)}: ${esc(d.title)}</title></head><body><header><nav>Sổ tay Nghị quyết</nav></header><main><h1>${esc(d.kind)} số ${esc(d.code)}</h1><p>${esc(d.title)}</p><h2>Tóm tắt</h2><p>${esc(d.summary)}</p>${bodyHtml(d)}</main></body></html>`;
}

/** The body's plain text (headings and paragraphs). */
export function bodyText(d: SynthDoc): string {
  return d.sections.flatMap((s) => [s.heading, ...s.paragraphs]).join('\n');
}

/** The syllables the corpus leaves out of its body bags, as the site build does (src/lib/search). */
export function corpusCommon(docs: readonly SynthDoc[]): Set<string> {
  return commonSyllables(docs.map(bodyText));
}

/**
 * The page as our site writes it: the same text plus what src/components/SearchData.astro adds,
 * with the body marked data-pagefind-ignore as src/pages/van-ban/[id].astro does.
 */
export function ourPage(d: SynthDoc, common: ReadonlySet<string>): string {
  const plenum = d.plenum === undefined ? undefined : { number: d.plenum, term: d.term };
  const extra = extraTerms({ code: d.code, title: d.title, text: [d.title, d.summary].join('\n'), body: bodyText(d), common, plenum });
  const [y, m, day] = d.issued.split('-');
  const meta: [string, string][] = [['title', d.title], ['code', d.code], ['kind', d.kind], ['date', `${day}/${m}/${y}`], ['iso', d.issued], ['issuer', d.issuer], ['keys', documentKeys([d.code]).join(' ')], ['summary', d.summary]];
  const filters: [string, string][] = [['loai', d.kind], ['co-quan', d.issuer], ['cap', d.scope], ['khoa', `Khóa ${d.term}`], ['nam', y!], ...(d.province ? [['tinh', d.province] as [string, string]] : []), ...d.topics.map((t) => ['chu-de', t] as [string, string]), ['hieu-luc', 'Chưa xác định']];
  const hidden = `<div hidden data-pagefind-ignore>${meta.map(([k, v]) => `<span data-pagefind-meta="${k}">${esc(v)}</span>`).join('')}${filters.map(([k, v]) => `<span data-pagefind-filter="${k}">${esc(v)}</span>`).join('')}<span data-pagefind-sort="ngay">${d.issued}</span></div><div hidden data-pagefind-weight="10">${extra.own}</div>${extra.mentions ? `<div hidden data-pagefind-weight="0.5">${extra.mentions}</div>` : ''}${extra.title ? `<div hidden data-pagefind-weight="5">${extra.title}</div>` : ''}${extra.words ? `<div hidden>${extra.words}</div>` : ''}${extra.body ? `<div hidden>${extra.body}</div>` : ''}`;
  return `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>${esc(d.code)}: ${esc(d.title)}</title></head><body><header><nav>Sổ tay Nghị quyết</nav></header><main><header data-pagefind-body><h1>${esc(d.kind)} số ${esc(d.code)}</h1><p>${esc(d.title)}</p></header><article data-pagefind-body><h2>Tóm tắt</h2><p>${esc(d.summary)}</p><div data-pagefind-ignore>${bodyHtml(d)}</div>${hidden}</article></main></body></html>`;
}

/** The code map's input for a generated document, as tools/build/code-map.ts makes it for a real one. */
export function codeMapInputOf(d: SynthDoc): CodeMapInput {
  const [y, m, day] = d.issued.split('-');
  return codeMapInput({
    id: d.id,
    code: d.code,
    title: d.title,
    kind: d.kind,
    date: `${day}/${m}/${y}`,
    iso: d.issued,
    issuer: d.issuer,
    summary: d.summary,
    term: d.term,
    keys: documentKeys([d.code]),
    plenum: d.plenum,
    mentions: codesInText(`${d.title}\n${bodyText(d)}`).map(bareKey),
  });
}
