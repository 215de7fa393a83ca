/**
 * A document's identity. A code is not unique (numbering restarts each term; every province has
 * its own 43-KH/TU), so the id is the code plus the year, plus the province (or, where no source
 * names the province, the issuing organ) for local documents. ASCII, stable, used as the URL.
 */
import { parseViDate } from '../text/dates';
import { slugify } from '../text/normalize';

/** The fields identity depends on. */
export interface IdentityInput {
  code?: string | undefined;
  slug?: string | undefined;
  kind: string;
  issued: string;
  scope: string;
  province?: string | undefined;
  issuer: string;
}

/** The stable id of a document, e.g. `58-nq-tw-2020`, `43-kh-tu-2022-<province or issuer>`. */
export function documentId(doc: IdentityInput): string {
  const parts: string[] = [doc.code === undefined ? `${doc.kind}-${doc.slug ?? ''}` : doc.code];
  if (doc.issued !== 'unknown') parts.push(doc.issued.slice(0, 4));
  if (doc.scope !== 'central') {
    parts.push(doc.province === undefined || doc.province === 'unknown' ? doc.issuer : doc.province);
  }
  return slugify(parts.join(' '));
}

/**
 * The id from unvalidated frontmatter (as a loader sees it), or undefined when a field it needs
 * is malformed: the content check reports that case with file and field.
 */
export function rawDocumentId(data: Record<string, unknown>): string | undefined {
  const text = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
  const rawIssued = data['issued'];
  const issuedText = rawIssued instanceof Date ? rawIssued.toISOString().slice(0, 10) : text(rawIssued);
  if (issuedText === undefined || text(data['kind']) === undefined || text(data['scope']) === undefined) return undefined;
  let issued = 'unknown';
  if (issuedText !== 'unknown') {
    const parsed = parseViDate(issuedText);
    if (!parsed.ok) return undefined;
    issued = parsed.iso;
  }
  return documentId({
    code: text(data['code']),
    slug: text(data['slug']),
    kind: text(data['kind']) ?? '',
    issued,
    scope: text(data['scope']) ?? '',
    province: text(data['province']),
    issuer: text(data['issuer']) ?? '',
  });
}
