/** Provinces and cities (tỉnh, thành phố), kept in content/provinces.yaml, with the 2025 mergers. */
import { z } from 'zod';
import { idSchema, sourceSchema, viDateSchema } from './shared';

/** One province, old or new. */
export const provinceSchema = z
  .object({
    id: idSchema.describe('Mã tỉnh, không dấu: thanh-hoa, binh-thuan.'),
    name: z.string().min(1).describe('Tên tỉnh, thành như văn bản ghi: "Thanh Hóa", "Bình Thuận"; trường `province` của văn bản dùng tên này.'),
    mergedInto: idSchema.optional().describe('Mã tỉnh đã nhận tỉnh này khi sắp xếp đơn vị hành chính (từ 01/7/2025).'),
    since: viDateSchema.optional().describe('Ngày việc sáp nhập có hiệu lực (dd/mm/yyyy).'),
    note: z.string().optional().describe('Ghi chú cho người đọc.'),
    sources: z.array(sourceSchema).default([]).describe('Nguồn của việc sáp nhập.'),
  })
  .strict()
  .superRefine((p, ctx) => {
    if (p.mergedInto !== undefined && p.since === undefined) ctx.addIssue({ code: 'custom', path: ['since'], message: 'tỉnh đã sáp nhập phải ghi ngày có hiệu lực (since)' });
    if (p.mergedInto !== undefined && p.sources.length === 0) ctx.addIssue({ code: 'custom', path: ['sources'], message: 'ghi nguồn của việc sáp nhập' });
  });

/** Type of one province. */
export type Province = z.infer<typeof provinceSchema>;

/** The whole provinces.yaml file. */
export const provincesFileSchema = z.array(provinceSchema);
