/** Issuing bodies (cơ quan ban hành), kept in content/organs.yaml. */
import { z } from 'zod';
import { idSchema } from './shared';

/** Level of an organ or document in the Party hierarchy. */
export const LEVELS = ['central', 'province', 'bloc', 'grassroots'] as const;
/** One of {@link LEVELS}. */
export type Level = (typeof LEVELS)[number];

/** One issuing body. */
export const organSchema = z
  .object({
    id: idSchema.describe('Mã cơ quan, không dấu, dùng trong đường dẫn và trong trường `issuer` của văn bản.'),
    name: z.string().min(1).describe('Tên đầy đủ, có dấu: "Bộ Chính trị", "Ban Thường vụ Tỉnh ủy Thanh Hóa".'),
    shortName: z.string().optional().describe('Tên ngắn hiển thị trong danh sách, ví dụ "BCT".'),
    level: z.enum(LEVELS).describe('Cấp: central (Trung ương), province (tỉnh), bloc (khối), grassroots (cơ sở).'),
    parent: idSchema.optional().describe('Mã cơ quan cấp trên, nếu có.'),
    province: z.string().optional().describe('Tỉnh, thành của cơ quan địa phương; `unknown` nếu nguồn không nêu.'),
    note: z.string().optional().describe('Ghi chú cho người đọc (ví dụ: nguồn không nêu tên tỉnh).'),
  })
  .strict();

/** Type of one organ. */
export type Organ = z.infer<typeof organSchema>;

/** The whole organs.yaml file: a list of organs. */
export const organsFileSchema = z.array(organSchema);
