/**
 * The words of the content check: the YAML parser's and the schema library's complaints put in an
 * editor's Vietnamese, each naming what was found and what is expected. One table a source.
 */
import type { z } from 'zod';
import { hiddenCharacterProblem } from '../lib/text/characters';

/** The YAML parser's error codes in Vietnamese (the parser's own text is English and technical). */
const YAML_MESSAGES: Record<string, string> = {
  MISSING_CHAR: 'thiếu một ký tự đóng (dấu ngoặc kép, ngoặc vuông) hoặc thiếu giá trị sau dấu hai chấm',
  TAB_AS_INDENT: 'dùng phím Tab để thụt lề; YAML chỉ nhận dấu cách',
  DUPLICATE_KEY: 'một trường được viết hai lần',
  BAD_INDENT: 'thụt lề không đúng (các mục cùng cấp phải thẳng hàng)',
  BLOCK_AS_IMPLICIT_KEY: 'hai dấu hai chấm trên một dòng, hoặc thụt lề lệch: hãy đặt giá trị có dấu hai chấm trong ngoặc kép',
  MULTILINE_IMPLICIT_KEY: 'tên trường bị xuống dòng hoặc thụt lề lệch',
  UNEXPECTED_TOKEN: 'có nội dung không đúng chỗ (thường là thụt lề lệch hoặc thiếu dấu gạch đầu dòng)',
  BAD_SCALAR_START: 'giá trị bắt đầu bằng một ký tự đặc biệt: hãy đặt nó trong ngoặc kép',
  BAD_DQ_ESCAPE: 'dấu gạch chéo ngược trong ngoặc kép không hợp lệ',
  TAG_RESOLVE_FAILED: 'giá trị không đọc được theo kiểu đã ghi',
  BAD_ALIAS: 'một giá trị bắt đầu bằng dấu * (cú pháp tham chiếu của YAML): hãy đặt giá trị đó trong ngoặc kép',
};

/** A YAML parser error in Vietnamese. */
export function yamlMessage(code: string): string {
  return YAML_MESSAGES[code] ?? 'cú pháp YAML sai ở khoảng dòng này';
}

/** The kind of a value, as an editor would call it. */
function kindOfValue(value: unknown): string {
  if (value === null || value === undefined) return 'trống';
  if (Array.isArray(value)) return 'một danh sách';
  if (value instanceof Date) return 'một ngày';
  switch (typeof value) {
    case 'string':
      return `chữ "${value.length > 40 ? `${value.slice(0, 40)}…` : value}"`;
    case 'number':
      return `số ${value}`;
    case 'boolean':
      return value ? 'true' : 'false';
    case 'object':
      return 'một nhóm trường';
    default:
      return typeof value;
  }
}

/** What a schema type is called. */
const EXPECTED: Record<string, string> = {
  string: 'chữ',
  number: 'một số',
  int: 'một số nguyên',
  boolean: 'true hoặc false',
  array: 'một danh sách (mỗi mục một dòng bắt đầu bằng "- ")',
  object: 'một nhóm trường',
  date: 'một ngày dd/mm/yyyy',
};

/** Schema issues in Vietnamese: what was found, what is expected. Other issues keep the messages the schemas give. */
export const schemaError: z.core.$ZodErrorMap = (issue) => {
  if (issue.code === 'invalid_type') {
    if (issue.input === undefined) return 'thiếu trường này (bắt buộc)';
    return `cần ${EXPECTED[issue.expected] ?? issue.expected}, ở đây là ${kindOfValue(issue.input)}`;
  }
  if (issue.code === 'invalid_value') {
    // "nghi-quyet" with a zero-width space looks allowed: name what is hidden in it.
    const hidden = typeof issue.input === 'string' ? hiddenCharacterProblem(issue.input) : undefined;
    return `giá trị ${kindOfValue(issue.input)}${hidden === undefined ? '' : ` (${hidden})`} không nằm trong các giá trị được phép: ${issue.values.map(String).join(', ')}`;
  }
  if (issue.code === 'too_small' && issue.origin === 'string') return 'không được để trống';
  if (issue.code === 'too_small' && issue.origin === 'array') return `cần ít nhất ${String(issue.minimum)} mục`;
  if (issue.code === 'too_big' && issue.origin === 'number') return `giá trị ${kindOfValue(issue.input)} quá lớn (tối đa ${String(issue.maximum)})`;
  if (issue.code === 'too_small' && issue.origin === 'number') return `giá trị ${kindOfValue(issue.input)} quá nhỏ (tối thiểu ${String(issue.minimum)})`;
  if (issue.code === 'invalid_format' && issue.format === 'url') return `địa chỉ ${kindOfValue(issue.input)} không phải địa chỉ web http:// hoặc https://`;
  if (issue.code === 'invalid_union') return `giá trị ${kindOfValue(issue.input)} không đúng dạng của trường này`;
  return undefined;
};
