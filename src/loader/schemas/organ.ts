/** Issuing bodies (cơ quan ban hành), kept in content/organs.yaml, with their history. */
import { z } from 'zod';
import { LEVELS } from '../../lib/model';
import { idSchema, sourceSchema, viDateOrUnknownSchema, viDateSchema } from './shared';

/** The document that ended (or merged) an organ, as the source cites it. */
export const endedBySchema = z
  .object({
    code: z.string().min(1).optional().describe('Số hiệu văn bản quyết định, như nguồn ghi: "Quyết định số 304-QĐ/TW".'),
    document: idSchema.optional().describe('Mã văn bản đó, nếu Sổ tay có.'),
    date: viDateSchema.optional().describe('Ngày của văn bản quyết định (dd/mm/yyyy).'),
  })
  .strict();

/** One issuing body. */
export const organSchema = z
  .object({
    id: idSchema.describe('Mã cơ quan, không dấu, dùng trong đường dẫn và trong trường `issuer` của văn bản; không đổi khi biết thêm dữ kiện.'),
    name: z.string().min(1).describe('Tên đầy đủ, có dấu: "Bộ Chính trị", "Ban Thường vụ Tỉnh ủy Thanh Hóa".'),
    shortName: z.string().optional().describe('Tên ngắn hiển thị trong danh sách, ví dụ "BCT".'),
    level: z.enum(LEVELS).describe('Cấp: central (Trung ương), province (tỉnh), bloc (khối), grassroots (cơ sở).'),
    parent: idSchema.optional().describe('Mã cơ quan cấp trên, nếu có.'),
    province: z.string().optional().describe('Tỉnh, thành của cơ quan địa phương (tên như trong content/provinces.yaml); `unknown` nếu nguồn không nêu.'),
    note: z.string().optional().describe('Ghi chú cho người đọc (ví dụ: nguồn không nêu tên tỉnh).'),
    established: viDateOrUnknownSchema.optional().describe('Ngày thành lập (dd/mm/yyyy) hoặc `unknown`.'),
    ended: viDateOrUnknownSchema.optional().describe('Ngày kết thúc hoạt động (dd/mm/yyyy) hoặc `unknown` khi biết đã kết thúc mà không rõ ngày.'),
    mergedInto: idSchema.optional().describe('Mã cơ quan đã nhận cơ quan này khi hợp nhất, sáp nhập.'),
    succeededBy: idSchema.optional().describe('Mã cơ quan kế tục (khi không phải hợp nhất).'),
    endedBy: endedBySchema.optional().describe('Văn bản quyết định việc kết thúc, hợp nhất.'),
    formerIds: z.array(idSchema).default([]).describe('Mã cũ của cơ quan: đường dẫn cũ trở thành trang chuyển hướng.'),
    sources: z.array(sourceSchema).default([]).describe('Nguồn của các dữ kiện về lịch sử cơ quan.'),
  })
  .strict()
  .superRefine((o, ctx) => {
    if (o.mergedInto !== undefined && o.succeededBy !== undefined) ctx.addIssue({ code: 'custom', path: ['succeededBy'], message: 'chỉ ghi một trong hai: mergedInto (hợp nhất vào) hoặc succeededBy (kế tục)' });
    if ((o.mergedInto !== undefined || o.succeededBy !== undefined) && o.ended === undefined) ctx.addIssue({ code: 'custom', path: ['ended'], message: 'cơ quan đã hợp nhất hoặc có cơ quan kế tục phải ghi ngày kết thúc (ended), hoặc `unknown`' });
    if ((o.ended !== undefined || o.established !== undefined) && o.sources.length === 0) ctx.addIssue({ code: 'custom', path: ['sources'], message: 'ghi nguồn cho ngày thành lập, kết thúc' });
  });

/** Type of one organ. */
export type Organ = z.infer<typeof organSchema>;

/** The whole organs.yaml file: a list of organs. */
export const organsFileSchema = z.array(organSchema);
