/**
 * One Party document (văn bản): a file under content/documents/<kind>/.
 * Every field carries a description an editor can read; cross-entry rules (organ, topic and
 * relation targets exist, ids are unique) are checked in src/lib/content/validate.ts.
 */
import { z } from 'zod';
import { KIND_IDS } from '../../lib/codes/kinds';
import { parseCode } from '../../lib/codes/code';
import { parseTerm } from '../../lib/text/terms';
import { COMPARISONS, LEVELS, RELATION_TYPES, STATUSES, UNKNOWN } from '../../lib/model';
import { idSchema, sourceSchema, viDateOrUnknownSchema, viDateSchema, viNumber, webUrlSchema } from './shared';
import { formatCode } from '../../lib/codes/code';

/** A measurable target (chỉ tiêu). */
export const targetSchema = z
  .object({
    metric: z.string().min(1).describe('Điều được đo, viết thành câu ngắn: "Tổ chức đảng được xếp loại hoàn thành nhiệm vụ".'),
    value: viNumber(z.number()).describe('Con số của chỉ tiêu, ví dụ 95; với một khoảng ("10–12 %/năm") là đầu dưới, đầu trên ghi ở `to`; với comparison top là thứ hạng N ("nhóm 3 nước").'),
    to: viNumber(z.number()).optional().describe('Đầu trên khi nguồn nêu một khoảng: "10–12 %/năm" → value 10, to 12. Phải lớn hơn value.'),
    group: z.string().min(1).optional().describe('Với comparison top: nhóm được xếp hạng, như nguồn viết ("nước dẫn đầu Đông Nam Á" → "thuộc nhóm 3 nước dẫn đầu Đông Nam Á").'),
    unit: z.string().min(1).describe('Đơn vị: "%", "đảng viên", "tổ chức cơ sở đảng".'),
    comparison: z.enum(COMPARISONS).describe('Như nguồn viết: at-least (ít nhất, trở lên), more-than (trên), at-most (tối đa, không quá), less-than (dưới), exactly (đúng bằng), about (khoảng), reach (nguồn chỉ nêu con số: "đạt 90%"), top (thứ hạng: thuộc nhóm N …, cần `group`).'),
    aim: z.boolean().optional().describe('true khi nguồn viết "phấn đấu": chỉ tiêu là mục tiêu phấn đấu, không phải cam kết.'),
    year: viNumber(z.number().int().min(1930).max(2100)).optional().describe('Năm mốc của chỉ tiêu ("đến năm 2030" → 2030).'),
    period: z.string().optional().describe('Thời kỳ áp dụng: "mỗi năm", "năm 2024", "nhiệm kỳ 2020–2025".'),
    source: webUrlSchema.optional().describe('Địa chỉ của nguồn nêu con số này (một trong các địa chỉ ở `sources`).'),
    note: z.string().optional().describe('Ghi chú thêm.'),
  })
  .strict();

/** A typed link to another document, by that document's id. */
export const relationSchema = z
  .object({
    type: z.enum(RELATION_TYPES).describe('implements (thực hiện), guides (hướng dẫn), amends (sửa đổi), replaces (thay thế), reviews (sơ kết, tổng kết), cites (dẫn chiếu), continues (tiếp tục thực hiện).'),
    target: idSchema.describe('Mã (id) của văn bản đích, ví dụ 58-nq-tw-2020.'),
    note: z.string().optional().describe('Ghi chú về quan hệ.'),
    conclusion: z.string().optional().describe('Với reviews: văn bản sơ kết, tổng kết kết luận gì về văn bản đích.'),
  })
  .strict();

/** Another spelling of the code seen in the wild, with where it comes from. */
export const aliasSchema = z
  .object({
    code: z.string().min(1).describe('Cách ghi khác, ví dụ "09-KL/TW".'),
    note: z.string().min(1).describe('Cách ghi này xuất hiện ở đâu và vì sao.'),
  })
  .strict();

/** Study material for trainers (báo cáo viên). */
export const studySchema = z
  .object({
    background: z.array(z.string()).default([]).describe('Bối cảnh: vì sao ban hành, tiếp nối văn bản nào.'),
    viewpoints: z.array(z.string()).default([]).describe('Quan điểm chỉ đạo.'),
    generalGoal: z.string().optional().describe('Mục tiêu tổng quát, một đoạn.'),
    goals: z.array(z.string()).default([]).describe('Mục tiêu cụ thể, bằng lời (con số đưa vào `targets`).'),
    tasks: z.array(z.string()).default([]).describe('Nhiệm vụ, giải pháp.'),
    organisation: z.array(z.string()).default([]).describe('Tổ chức thực hiện: ai làm gì.'),
    whatsNew: z.array(z.string()).default([]).describe('Những điểm mới so với văn bản trước.'),
    questions: z.array(z.string()).default([]).describe('Câu hỏi thảo luận.'),
    reflections: z.array(z.string()).default([]).describe('Gợi ý liên hệ bản thân.'),
  })
  .strict();

/** A source that calls the document by another kind than its code says (a KL cited as a "công văn"). */
export const kindAsCitedSchema = z
  .object({
    kind: z.enum(KIND_IDS).describe('Loại văn bản theo cách nguồn gọi, ví dụ cong-van.'),
    note: z.string().min(1).describe('Nguồn nào gọi như vậy và vì sao Sổ tay vẫn xếp theo số hiệu.'),
  })
  .strict();

/** The fields of a document's frontmatter, before the rules between fields (the open data's JSON Schema is written from it). */
export const documentFieldsSchema = z
  .object({
    code: z.string().min(1).optional().describe('Số hiệu như in trên văn bản, ví dụ "58-NQ/TW". Bỏ trống với văn bản không có số hiệu (Nghị quyết Đại hội, tác phẩm).'),
    kind: z.enum(KIND_IDS).describe('Loại văn bản (nghi-quyet, ket-luan, chi-thi, quy-dinh, quyet-dinh, ke-hoach, chuong-trinh, thong-bao, …); phải khớp với số hiệu.'),
    slug: idSchema.optional().describe('Bắt buộc khi không có số hiệu: phần tên dùng làm đường dẫn, ví dụ dai-hoi-xiii.'),
    title: z.string().min(1).describe('Trích yếu: văn bản về việc gì.'),
    issued: viDateOrUnknownSchema.describe('Ngày ban hành, dd/mm/yyyy; `unknown` nếu nguồn không nêu.'),
    issuer: idSchema.describe('Mã cơ quan thực sự ban hành (trong content/organs.yaml): hậu tố "/TW" dùng chung cho Ban Chấp hành TW, Bộ Chính trị và Ban Bí thư.'),
    term: z
      .union([z.string(), z.number()])
      .transform((value, ctx) => {
        const parsed = parseTerm(value);
        if (!parsed.ok) {
          ctx.addIssue({ code: 'custom', message: `khóa không hợp lệ "${value}": ${parsed.reason}; hãy viết số La Mã, ví dụ XIII` });
          return z.NEVER;
        }
        return parsed.roman;
      })
      .optional()
      .describe('Khóa của cơ quan ban hành, số La Mã (XIII); cũng nhận 13.'),
    plenum: viNumber(z.number().int().min(1).max(30)).optional().describe('Với nghị quyết, kết luận của Hội nghị Trung ương: hội nghị lần thứ mấy của khóa (Hội nghị Trung ương 6 → 6).'),
    fullText: webUrlSchema.optional().describe('Địa chỉ nơi đăng toàn văn chính thức (kho văn kiện của Đảng, hoặc báo, cổng thông tin của Đảng, Nhà nước đăng trọn văn bản); trang hiện liên kết «Toàn văn».'),
    signer: z.string().optional().describe('Người ký, nếu nguồn nêu; `unknown` nếu không.'),
    scope: z.enum(LEVELS).describe('Cấp: central, province, bloc, grassroots.'),
    province: z.string().optional().describe('Tỉnh, thành với văn bản địa phương; `unknown` khi nguồn không nêu tỉnh nào.'),
    topics: z.array(idSchema).default([]).describe('Mã chủ đề (trong content/topics.yaml).'),
    summary: z.string().min(1).describe('Tóm tắt hai, ba câu bằng lời của chúng ta.'),
    note: z.string().optional().describe('Ghi chú biên tập hiển thị riêng, ngoài trích yếu (ví dụ: nguồn không nêu số hiệu, tỉnh).'),
    kindAsCited: kindAsCitedSchema.optional().describe('Khi nguồn gọi văn bản bằng một loại khác với số hiệu (loại được đánh dấu là chưa chắc chắn).'),
    formerIds: z.array(idSchema).default([]).describe('Mã (tên tệp) cũ của văn bản: đường dẫn cũ trở thành trang chuyển hướng.'),
    keyPoints: z.array(z.string()).default([]).describe('Những điểm chính.'),
    targets: z.array(targetSchema).default([]).describe('Chỉ tiêu đo được.'),
    status: z.enum(STATUSES).default('unknown').describe('Tình trạng theo nguồn có ngày: in-force (còn hiệu lực), amended (đã sửa đổi), replaced (đã thay thế), reviewed (đã sơ kết, tổng kết), expired (hết hiệu lực), unknown.'),
    statusAsOf: viDateSchema.optional().describe('Ngày của nguồn hoặc văn bản làm căn cứ cho tình trạng (dd/mm/yyyy).'),
    statusBy: idSchema.optional().describe('Mã văn bản (có trong Sổ tay) quyết định tình trạng, nếu có.'),
    statusSource: webUrlSchema.optional().describe('Địa chỉ nguồn làm căn cứ cho tình trạng (một trong các địa chỉ ở `sources`).'),
    statusNote: z.string().optional().describe('Căn cứ của tình trạng, bằng lời của chúng ta.'),
    aliases: z.array(aliasSchema).default([]).describe('Cách ghi số hiệu khác thấy trong nguồn.'),
    sources: z.array(sourceSchema).min(1, 'cần ít nhất một nguồn').describe('Nguồn của các dữ kiện.'),
    relations: z.array(relationSchema).default([]).describe('Quan hệ với văn bản khác.'),
    study: studySchema.optional().describe('Tư liệu cho báo cáo viên.'),
    added: viDateSchema.optional().describe('Ngày mục này được thêm vào Sổ tay (dd/mm/yyyy); bỏ trống thì lấy từ lịch sử git của thư mục content.'),
    updated: viDateSchema.optional().describe('Ngày sửa nội dung gần nhất (dd/mm/yyyy); bỏ trống thì lấy từ lịch sử git.'),
    changeNote: z.string().min(1).optional().describe('Lần sửa gần nhất thay đổi gì, một câu ngắn (hiện ở trang "Mới cập nhật" và trong nguồn tin Atom).'),
  })
  .strict();

/** The frontmatter of one document file. */
export const documentSchema = documentFieldsSchema
  .superRefine((doc, ctx) => {
    if (doc.code === undefined) {
      if (doc.slug === undefined) {
        ctx.addIssue({ code: 'custom', path: ['slug'], message: 'văn bản không có số hiệu phải có `slug` (ví dụ dai-hoi-xiii) để làm đường dẫn' });
      }
    } else {
      const parsed = parseCode(doc.code);
      if (!parsed.ok) {
        ctx.addIssue({ code: 'custom', path: ['code'], message: `số hiệu "${doc.code}" không đọc được: ${parsed.reason}` });
      } else if (parsed.code.bare || parsed.code.issuer === null) {
        ctx.addIssue({ code: 'custom', path: ['code'], message: `số hiệu "${doc.code}" thiếu phần cơ quan ban hành (ví dụ /TW, /TU)` });
      } else if (!parsed.code.kinds.includes(doc.kind)) {
        ctx.addIssue({ code: 'custom', path: ['kind'], message: `loại "${doc.kind}" không khớp số hiệu "${doc.code}" (số hiệu cho biết: ${parsed.code.kinds.join(' hoặc ')})` });
      }
    }
    if (doc.status !== 'unknown') {
      if (doc.statusAsOf === undefined) ctx.addIssue({ code: 'custom', path: ['statusAsOf'], message: `tình trạng "${doc.status}" cần ngày của căn cứ (statusAsOf, dd/mm/yyyy)` });
      if (doc.statusSource === undefined && doc.statusBy === undefined) ctx.addIssue({ code: 'custom', path: ['status'], message: `tình trạng "${doc.status}" cần căn cứ: statusSource (địa chỉ nguồn) hoặc statusBy (mã văn bản quyết định)` });
    }
    const urls = new Set(doc.sources.flatMap((s) => (s.url === undefined ? [] : [s.url])));
    if (doc.statusSource !== undefined && !urls.has(doc.statusSource)) ctx.addIssue({ code: 'custom', path: ['statusSource'], message: `địa chỉ "${doc.statusSource}" không có trong sources` });
    doc.targets.forEach((t, i) => {
      if (t.source !== undefined && !urls.has(t.source)) ctx.addIssue({ code: 'custom', path: ['targets', i, 'source'], message: `địa chỉ "${t.source}" không có trong sources` });
      if (t.to !== undefined && !(t.to > t.value)) ctx.addIssue({ code: 'custom', path: ['targets', i, 'to'], message: `đầu trên của khoảng (${t.to}) phải lớn hơn đầu dưới value (${t.value}); một con số thì bỏ trường to` });
      if (t.comparison === 'top' && t.group === undefined) ctx.addIssue({ code: 'custom', path: ['targets', i, 'group'], message: 'chỉ tiêu thứ hạng (comparison: top) cần `group`: nhóm được xếp hạng, ví dụ "nước dẫn đầu Đông Nam Á"' });
      if (t.comparison !== 'top' && t.group !== undefined) ctx.addIssue({ code: 'custom', path: ['targets', i, 'group'], message: '`group` chỉ dùng với comparison: top (thứ hạng trong một nhóm)' });
      // A share cannot pass the whole, nor fall below nothing: 120% "at least" is a typing slip.
      if (t.unit.trim() === '%' && (t.value > 100 || t.value < 0)) {
        ctx.addIssue({ code: 'custom', path: ['targets', i, 'value'], message: `tỉ lệ ${t.value}% không thể có (phải từ 0 đến 100%); nếu là mức tăng, hãy ghi đơn vị khác, ví dụ "% so với năm trước"` });
      }
      if (t.value < 0 && t.comparison !== 'exactly' && t.comparison !== 'reach' && t.comparison !== 'about') {
        ctx.addIssue({ code: 'custom', path: ['targets', i, 'value'], message: `chỉ tiêu âm (${t.value}) với "${t.comparison}" không có nghĩa: hãy ghi mức giảm là số dương và nói "giảm" trong nội dung` });
      }
    });
    if (doc.scope !== 'central' && doc.province === undefined) {
      ctx.addIssue({ code: 'custom', path: ['province'], message: `văn bản cấp "${doc.scope}" phải ghi tỉnh, hoặc \`${UNKNOWN}\` nếu nguồn không nêu` });
    }
  })
  // The code as printed everywhere (page, title, JSON-LD, search) is its canonical form: "58-nq-tw " → "58-NQ/TW".
  .transform((doc) => {
    if (doc.code === undefined) return doc;
    const parsed = parseCode(doc.code);
    return parsed.ok ? { ...doc, code: formatCode(parsed.code) } : doc;
  });

/** Type of a validated document's frontmatter. */
export type DocumentData = z.infer<typeof documentSchema>;
/** Type of one relation. */
export type Relation = z.infer<typeof relationSchema>;
/** Type of one target. */
export type Target = z.infer<typeof targetSchema>;
