/**
 * Small schema pieces shared by every collection: dates, sources, ids.
 * Plain zod (no `astro:*` imports) so the same schemas validate in unit tests and in the build.
 */
import { z } from 'zod';
import { OUTLET_TYPES, UNKNOWN } from '../../lib/model';
import { parseViDate } from '../../lib/text/dates';
import { parseQuotedNumber } from '../../lib/text/numbers';
import { hiddenCharacterProblem } from '../../lib/text/characters';

export { UNKNOWN };

/** An organ, topic or document id: lowercase ASCII words joined by hyphens. */
export const idSchema = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
  // A look-alike or invisible character is named: "58-nq-tw-2020" with a Cyrillic о looks right.
  error: (iss) => {
    const hidden = typeof iss.input === 'string' ? hiddenCharacterProblem(iss.input) : undefined;
    const rule = 'phải là chữ thường không dấu, số và dấu gạch ngang (ví dụ: tinh-uy-thanh-hoa)';
    return hidden === undefined ? rule : `mã "${String(iss.input)}" ${hidden}; mã ${rule}`;
  },
});

/**
 * A number field: a bare YAML number (1000, 8.5), or a number in Vietnamese notation in quotes
 * ("1.000" is one thousand, "8,5" is eight and a half). A bare 1.000 or 1,5 is refused before this,
 * on the YAML nodes' source text (src/loader/raw.ts), since the parser has already misread it.
 */
export function viNumber<T extends z.ZodType<number>>(schema: T) {
  return z.preprocess((value, ctx) => {
    if (typeof value !== 'string') return value;
    const read = parseQuotedNumber(value);
    if (read.ok) return read.value;
    ctx.addIssue({ code: 'custom', message: read.reason });
    return z.NEVER;
  }, schema);
}

/** Read a date as an editor wrote it, or `unknown` when that is allowed; issues name the value and the form. */
function dateTransform(allowUnknown: boolean) {
  return (value: string | Date, ctx: z.RefinementCtx): string => {
    // A YAML timestamp (!!timestamp, %YAML 1.1) arrives already turned into a date: 2020-02-31
    // would have become 2020-03-02 unseen, so such a date is refused.
    if (value instanceof Date) {
      ctx.addIssue({ code: 'custom', message: `ngày ${value.toISOString().slice(0, 10)} được YAML đọc thành kiểu ngày nên không kiểm tra được; hãy viết "dd/mm/yyyy" trong ngoặc kép, ví dụ "05/08/2020"` });
      return z.NEVER;
    }
    const text = value;
    if (allowUnknown && text === UNKNOWN) return UNKNOWN;
    const parsed = parseViDate(text);
    if (!parsed.ok) {
      ctx.addIssue({ code: 'custom', message: `ngày không hợp lệ "${text}": ${parsed.reason}; hãy viết dd/mm/yyyy, ví dụ 05/08/2020` });
      return z.NEVER;
    }
    return parsed.iso;
  };
}

/** A date as editors write it (05/08/2020, 5-8-2020, 2020-08-05 or a YAML date), stored as ISO yyyy-mm-dd. */
export const viDateSchema = z
  .union([z.string(), z.date()], { error: 'ngày phải viết dd/mm/yyyy, ví dụ 05/08/2020' })
  .transform(dateTransform(false))
  .describe('Ngày, viết dd/mm/yyyy (ví dụ 05/08/2020); lưu dạng yyyy-mm-dd.');

/** A date that may be unknown: the literal `unknown` when no source gives it. */
export const viDateOrUnknownSchema = z
  .union([z.string(), z.date()], { error: 'ngày phải viết dd/mm/yyyy (ví dụ 05/08/2020) hoặc `unknown`' })
  .transform(dateTransform(true))
  .describe('Ngày dd/mm/yyyy, hoặc `unknown` khi nguồn không nêu.');

/** A web address as a reader can open it: http(s) with a host name. */
export const webUrlSchema = z
  .url({ protocol: /^https?$/, hostname: /\./, error: (iss) => `địa chỉ "${String(iss.input)}" không phải địa chỉ web đầy đủ: cần bắt đầu bằng http:// hoặc https:// và có tên miền, ví dụ https://nhandan.vn/…` })
  .describe('Địa chỉ web http(s) đầy đủ, ví dụ https://nhandan.vn/….');

/** Where a fact came from: a press article or an official text. */
export const sourceSchema = z
  .object({
    outlet: z.string().min(1).describe('Tên báo hoặc nơi đăng; `unknown` nếu bài không ghi.'),
    title: z.string().min(1).describe('Tiêu đề bài hoặc văn bản nguồn.'),
    date: viDateOrUnknownSchema.optional().describe('Ngày đăng bài (dd/mm/yyyy) hoặc `unknown`.'),
    url: webUrlSchema.optional().describe('Địa chỉ bài gốc (http:// hoặc https://), nếu bài có ghi.'),
    outletType: z.enum(OUTLET_TYPES).optional().describe('Loại nơi đăng: party (kho văn kiện, báo, tạp chí, cổng thông tin của Đảng và cấp ủy), state (Chính phủ, Quốc hội, UBND, thông tấn xã, báo nhà nước, trường công), commercial (báo thương mại, trang tổng hợp, trang luật, trang tải về, blog). Dữ kiện chỉ dựa trên nguồn commercial được đánh dấu trên trang.'),
    accessed: viDateSchema.optional().describe('Ngày biên tập viên đọc nguồn này (dd/mm/yyyy).'),
    seed: z
      .string()
      .regex(/^\d{3}_[0-9a-f]+$/, 'là tên tệp trong shared/seeds, không có đuôi .txt, ví dụ 004_a71b0b4e8cd861a1')
      .optional()
      .describe('Tệp nguồn trong shared/seeds mà dữ kiện được lấy ra, để truy lại.'),
    supports: z.string().optional().describe('Những dữ kiện nào của mục này lấy từ nguồn này (ngày ban hành, người ký, chỉ tiêu 1–5 …).'),
    note: z.string().optional().describe('Ghi chú về nguồn (ví dụ: bài in sai số hiệu).'),
  })
  .strict();

/** Type of one source. */
export type Source = z.infer<typeof sourceSchema>;
