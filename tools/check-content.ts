/**
 * `npm run check:content`: validate every file under content/ and print each problem with its
 * file, line, field and fix. Exits 1 when anything is wrong.
 */
import { formatContentErrors } from '../src/loader/errors';
import { readContent } from '../src/loader/read';
import { checkContent } from '../src/loader/check';
import { changeNoteErrors, committedTexts } from '../src/loader/change-note';

const root = process.argv[2] ?? process.cwd();
const files = readContent(root);
const result = checkContent(files);
const errors = [...result.errors, ...changeNoteErrors(files.documents, committedTexts(root))];
if (errors.length > 0) {
  console.error(formatContentErrors(errors));
  process.exit(1);
}
console.log(`Nội dung hợp lệ: ${result.documents.length} văn bản, ${result.organs.length} cơ quan, ${result.topics.length} chủ đề, ${result.reports.length} báo cáo.`);
