/**
 * `npm run new -- "<code>" <dd/mm/yyyy> [province]`: print a skeleton document for an editor,
 * with the folder and file name the content check expects. Writes nothing itself unless
 * `--write` is given, so an editor can look first.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { formatCode, parseCode } from '../src/lib/codes/code';
import { documentId } from '../src/loader/identity';
import { parseViDate, formatViDate } from '../src/lib/text/dates';

const args = process.argv.slice(2).filter((a) => a !== '--write');
const write = process.argv.includes('--write');
const [codeText, dateText, province] = args;
if (codeText === undefined || dateText === undefined) {
  console.error('Cách dùng: npm run new -- "43-KH/TU" 18/01/2022 [tỉnh] [--write]');
  process.exit(1);
}
const code = parseCode(codeText);
if (!code.ok || code.code.bare) {
  console.error(`Số hiệu "${codeText}" không dùng được: ${code.ok ? 'thiếu cơ quan ban hành (ví dụ /TU)' : code.reason}`);
  process.exit(1);
}
const date = parseViDate(dateText);
if (!date.ok) {
  console.error(`Ngày "${dateText}" không dùng được: ${date.reason}`);
  process.exit(1);
}
const kind = code.code.kinds[0] ?? 'nghi-quyet';
const central = code.code.issuer === 'TW' || code.code.issuer.endsWith('TW');
const scope = central ? 'central' : 'province';
const issuer = 'ma-co-quan-trong-organs-yaml';
const id = documentId({ code: formatCode(code.code), kind, issued: date.iso, scope, province: central ? undefined : (province ?? 'unknown'), issuer });
const file = join('content', 'documents', kind, `${id}.md`);
const text = `---
code: "${formatCode(code.code)}"
kind: ${kind}${code.code.kinds.length > 1 ? `   # hoặc: ${code.code.kinds.slice(1).join(', ')}` : ''}
title: "Trích yếu: về việc gì"
issued: "${formatViDate(date.iso)}"
issuer: ${issuer}
# term: XIII
scope: ${scope}${central ? '' : `\nprovince: ${province ?? 'unknown'}`}
topics: []
summary: "Tóm tắt hai, ba câu bằng lời của mình."
keyPoints: []
sources:
  - outlet: "Tên báo hoặc unknown"
    title: "Tiêu đề bài nguồn"
relations: []
---

## Nội dung chính

Viết bằng lời của mình, chỉ những gì nguồn nói.
`;
if (write) {
  if (existsSync(file)) {
    console.error(`${file} đã có, không ghi đè.`);
    process.exit(1);
  }
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text);
  console.log(`Đã tạo ${file}. Sửa "issuer" và các trường còn lại, rồi chạy npm run check:content.`);
} else {
  console.log(`# ${file}\n${text}`);
}
