/**
 * The rules of a document's identity and time, between its fields and across entries: one
 * document is one file (same code, date and issuer twice is refused, whatever the file names), an
 * issue date is not in the far future, a status or a report is not dated before its document, a
 * central document's term holds its date, and a report's results measure the targets of the
 * document it reports against.
 */
import type { ContentError } from './errors';
import type { DocumentData } from './schemas/document';
import type { Report } from './schemas/report';
import type { ParsedYaml } from './raw';
import { formatViDate } from '../lib/text/dates';
import { TERM_STARTS, termSpan, termHoldsDate } from '../lib/text/terms';
import { resultMeetsTarget } from '../lib/views/targets';

/** A document as these rules read it. */
export interface IdentityDoc {
  id: string;
  file: string;
  data: DocumentData;
  codeKey?: string | undefined;
  aliasKeys: Map<string, string>;
  lineOf: ParsedYaml['lineOf'];
}

const show = (iso: string): string => formatViDate(iso);

/** The day one year after `iso` (29/02 → 01/03 of the next year is close enough: a string bound). */
export function yearAfter(iso: string): string {
  return `${Number(iso.slice(0, 4)) + 1}${iso.slice(4)}`;
}

/**
 * Two entries with the same code (or an alias spelling it), issue date and issuer are one document
 * written twice. Undated entries are not compared: numbering restarts each term, so the same code
 * may be two documents when the date is unknown.
 */
export function checkSameDocument(docs: readonly IdentityDoc[], errors: ContentError[]): Map<string, string> {
  /** Each entry found to repeat another → the id of the first one, so what follows from it is not reported again. */
  const sameAs = new Map<string, string>();
  const seen = new Map<string, IdentityDoc>();
  for (const doc of docs) {
    if (doc.data.issued === 'unknown') continue;
    const keys = new Set([doc.codeKey, ...doc.aliasKeys.values()].filter((k) => k !== undefined));
    for (const key of keys) {
      const identity = `${key} ${doc.data.issued} ${doc.data.issuer}`;
      const other = seen.get(identity);
      if (other !== undefined && other !== doc) {
        const spelled = doc.codeKey === key ? `số hiệu ${doc.data.code ?? ''}` : `cách ghi khác của số hiệu (aliases)`;
        errors.push({ kind: 'same-document', file: doc.file, field: 'code', line: doc.lineOf(['code']), message: `${other.file} đã ghi văn bản này: cùng ${spelled}, ngày ban hành ${show(doc.data.issued)} và cơ quan ban hành "${doc.data.issuer}"` });
        sameAs.set(doc.id, sameAs.get(other.id) ?? other.id);
        break;
      }
      seen.set(identity, doc);
    }
  }
  return sameAs;
}

/** What `term` covers in words, for a message: "khóa XII (28/01/2016 – trước 01/02/2021)". */
function termWords(term: string): string {
  const span = termSpan(term);
  if (span === undefined) return `khóa ${term}`;
  if (span.afterTable === true) return `khóa ${term} (sau khóa ${TERM_STARTS[TERM_STARTS.length - 1]!.term})`;
  if (span.from === undefined) return `khóa ${term} (trước ${show(span.until!)})`;
  return `khóa ${term} (từ ${show(span.from)}${span.until === undefined ? '' : ` đến trước ${show(span.until)}`})`;
}

/** Dates that cannot be: too far ahead of the build day, a status before the document, a term that does not hold the date. */
export function checkDocumentDates(doc: IdentityDoc, today: string, errors: ContentError[]): void {
  const { data, file, lineOf } = doc;
  const limit = yearAfter(today);
  if (data.issued !== 'unknown' && data.issued > limit) {
    errors.push({ kind: 'future-date', file, field: 'issued', line: lineOf(['issued']), message: `ngày ban hành ${show(data.issued)} muộn hơn ngày dựng trang (${show(today)}) quá một năm` });
  }
  if (data.statusAsOf !== undefined && data.issued !== 'unknown' && data.statusAsOf < data.issued) {
    errors.push({ kind: 'date-order', file, field: 'statusAsOf', line: lineOf(['statusAsOf']), message: `tình trạng tính đến ngày ${show(data.statusAsOf)}, trước ngày ban hành văn bản (${show(data.issued)})` });
  }
  if (data.scope === 'central' && data.term !== undefined && data.issued !== 'unknown' && !termHoldsDate(data.term, data.issued)) {
    errors.push({ kind: 'term-date', file, field: 'term', line: lineOf(['term']), message: `${termWords(data.term)} không chứa ngày ban hành ${show(data.issued)}` });
  }
}

/** A report as these rules read it. */
export interface IdentityReport {
  file: string;
  data: Report;
  lineOf: ParsedYaml['lineOf'];
}

/**
 * A report against a document: not dated before it, and at least one result measuring one of its
 * targets (the same match the targets page uses), else the check lists what does not match.
 */
export function checkReportAgainst(report: IdentityReport, doc: IdentityDoc | undefined, today: string, errors: ContentError[]): void {
  const { data, file, lineOf } = report;
  if (data.asOf !== 'unknown' && data.asOf > yearAfter(today)) {
    errors.push({ kind: 'future-date', file, field: 'asOf', line: lineOf(['asOf']), message: `số liệu tính đến ngày ${show(data.asOf)}, muộn hơn ngày dựng trang (${show(today)}) quá một năm` });
  }
  if (doc === undefined) return;
  if (data.asOf !== 'unknown' && doc.data.issued !== 'unknown' && data.asOf < doc.data.issued) {
    errors.push({ kind: 'date-order', file, field: 'asOf', line: lineOf(['asOf']), message: `số liệu tính đến ngày ${show(data.asOf)}, trước ngày ban hành của "${doc.id}" (${show(doc.data.issued)})` });
  }
  if (data.results.length === 0) return;
  const targets = doc.data.targets;
  if (data.results.some((r) => targets.some((t) => resultMeetsTarget(r, t)))) return;
  const results = data.results.map((r, i) => `results[${i}] "${r.metric}" (${r.unit}${r.of === undefined ? '' : `, of ${r.of}`})`).join('; ');
  const wanted = targets.length === 0 ? `"${doc.id}" không có chỉ tiêu nào (targets)` : `chỉ tiêu của "${doc.id}": ${targets.map((t, i) => `targets[${i}] "${t.metric}" (${t.value} ${t.unit})`).join('; ')}`;
  errors.push({ kind: 'report-mismatch', file, field: 'results', line: lineOf(['results']), message: `không kết quả nào khớp một chỉ tiêu của văn bản được báo cáo: ${results}; ${wanted}` });
}
