/** Reported results (kết quả) against targets, one YAML file each under content/reports/. */
import { z } from 'zod';
import { targetSchema } from './document';
import { idSchema, sourceSchema, viDateOrUnknownSchema, viNumber } from './shared';

/** One reported figure. */
export const resultSchema = z
  .object({
    metric: z.string().min(1).describe('Điều được đo: "Đảng viên mới được kết nạp".'),
    value: viNumber(z.number()).describe('Con số đạt được.'),
    unit: z.string().min(1).describe('Đơn vị: "đảng viên", "%", "tổ chức đảng".'),
    of: viNumber(z.number()).optional().describe('Mẫu số khi nguồn nêu dạng "527/600": ở đây là 600.'),
    note: z.string().optional().describe('Ghi chú, ví dụ cách nguồn diễn đạt.'),
  })
  .strict();

/** One report: what an organ achieved as of a date, with its source. */
export const reportSchema = z
  .object({
    title: z.string().min(1).describe('Tên ngắn của báo cáo: "Kết quả công tác xây dựng Đảng năm 2022".'),
    organ: idSchema.describe('Mã cơ quan báo cáo (trong content/organs.yaml).'),
    document: idSchema.optional().describe('Mã văn bản có các chỉ tiêu được báo cáo, nếu có.'),
    asOf: viDateOrUnknownSchema.describe('Số liệu tính đến ngày (dd/mm/yyyy) hoặc `unknown`.'),
    period: z.string().min(1).describe('Thời kỳ: "năm 2022", "từ đầu nhiệm kỳ 2015–2020 đến tháng 6/2018".'),
    results: z.array(resultSchema).default([]).describe('Các con số đạt được.'),
    targets: z.array(targetSchema).default([]).describe('Chỉ tiêu cơ quan đặt ra cho kỳ sau, khi nguồn nêu mà không gắn với một văn bản cụ thể.'),
    source: sourceSchema.describe('Bài báo hoặc văn bản nêu các con số.'),
  })
  .strict()
  .refine((r) => r.results.length + r.targets.length > 0, { message: 'cần ít nhất một kết quả (results) hoặc chỉ tiêu (targets)', path: ['results'] });

/** Type of a validated report. */
export type Report = z.infer<typeof reportSchema>;
