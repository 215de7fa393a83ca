/**
 * A document's identity. The id is the file's name, chosen once and never moved: learning a fact
 * later (a province, a date) must not change a URL. A code is not unique (numbering restarts each
 * term; every province has its own 43-KH/TU), so a coded document's id starts with its code and
 * year; a local one adds what tells it apart (its province, when known). An id never encodes what
 * is unknown; a renamed file keeps its old ids in `formerIds`, which become redirect pages.
 */
import { slugify } from '../lib/text/normalize';
import { hiddenCharacterProblem } from '../lib/text/characters';

/** The fields identity depends on. */
export interface IdentityInput {
  code?: string | undefined;
  slug?: string | undefined;
  kind: string;
  /** ISO date or 'unknown'. */
  issued: string;
  scope: string;
  province?: string | undefined;
  issuer: string;
}

/** Words an id must not hold: they encode what a source did not say. */
const UNKNOWN_WORDS = /(?:^|-)(?:chua-xac-dinh|chua-ro|unknown|khong-ro)(?:-|$)/;

/** The id a new document should get, e.g. `58-nq-tw-2020`, `43-kh-tu-2022-thanh-hoa` (what `npm run new` proposes). */
export function documentId(doc: IdentityInput): string {
  const parts: string[] = [doc.code === undefined ? `${doc.kind}-${doc.slug ?? ''}` : doc.code];
  if (doc.issued !== 'unknown') parts.push(doc.issued.slice(0, 4));
  if (doc.scope !== 'central' && doc.province !== undefined && doc.province !== 'unknown') parts.push(doc.province);
  return slugify(parts.join(' '));
}

/** The id of a document file: its name without folder and extension. */
export function idFromPath(path: string): string {
  return (path.split('/').pop() ?? path).replace(/\.mdx?$/, '');
}

/** Why `id` does not fit the document (reason in Vietnamese), or undefined when it does. */
export function idProblem(id: string, doc: IdentityInput): string | undefined {
  if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id)) {
    const hidden = hiddenCharacterProblem(id);
    return `tên tệp "${id}" ${hidden === undefined ? '' : `${hidden}; tên tệp `}phải là chữ thường không dấu, số và dấu gạch ngang`;
  }
  if (UNKNOWN_WORDS.test(id)) return `tên tệp "${id}" ghi điều chưa biết; mã phải giữ nguyên khi biết thêm dữ kiện`;
  if (doc.code === undefined) return undefined;
  const prefix = slugify(doc.code);
  if (id !== prefix && !id.startsWith(`${prefix}-`)) return `tên tệp "${id}" phải bắt đầu bằng số hiệu "${prefix}"`;
  // The year is added when known; a year learned later does not rename the file, but a wrong one is refused.
  const year = /^-(\d{4})(?:-|$)/.exec(id.slice(prefix.length))?.[1];
  if (year !== undefined && doc.issued !== 'unknown' && year !== doc.issued.slice(0, 4)) return `tên tệp "${id}" ghi năm ${year}, nhưng văn bản ban hành năm ${doc.issued.slice(0, 4)}`;
  return undefined;
}
