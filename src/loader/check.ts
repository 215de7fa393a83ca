/**
 * The content check: every file parsed and validated against its schema, then every
 * cross-entry rule (organs, topics and relation targets exist, ids are unique, files sit in the
 * folder of their kind). Pure: it takes file texts and returns errors and valid entries.
 */
import { z } from 'zod';
import { documentSchema, type DocumentData } from './schemas/document';
import { organsFileSchema, type Organ } from './schemas/organ';
import { reportSchema, type Report } from './schemas/report';
import { topicsFileSchema, type Topic } from './schemas/topic';
import { provincesFileSchema, type Province } from './schemas/province';
import type { ContentError } from './errors';
import { idFromPath, idProblem } from './identity';
import { fold } from '../lib/text/normalize';
import { graphIntegrity } from '../lib/graph/integrity';
import { formatViDate } from '../lib/text/dates';
import { analyseContent, codeKeyOf, type ContentGraph } from '../lib/graph/analyse';
import { parseYaml, splitFrontmatter, type ParsedYaml } from './raw';
import { checkFormerIds, checkOrganHistory, checkProvinceHistory, type ListFile } from './check-history';
import { checkDocumentDates, checkReportAgainst, checkSameDocument } from './check-identity';
import { schemaError } from './messages';
import { lookupIssuer } from '../lib/codes/issuers';
import { parseCode } from '../lib/codes/code';
import { bodyMarkupProblems } from './markup';

z.config(z.locales.vi());
z.config({ customError: schemaError });

/** A file as read from disk: its path relative to the project root and its text. */
export interface FileText {
  path: string;
  text: string;
  /** Set when the file is not UTF-8 text (then `text` is empty). */
  encoding?: 'utf-16' | 'not-utf-8' | undefined;
}

/** The reason for a file that is not UTF-8, in an editor's words. */
function encodingError(file: FileText): ContentError | undefined {
  if (file.encoding === undefined) return undefined;
  const what = file.encoding === 'utf-16' ? 'tệp được lưu dạng UTF-16 (Unicode của Word hoặc Notepad)' : 'tệp không phải UTF-8 (có thể lưu bằng bảng mã cũ như Windows-1258 hoặc TCVN3)';
  return { kind: 'encoding', file: file.path, line: 1, message: what };
}

/** A document that passed its schema, with its derived id and where it came from. */
export interface ValidDocument {
  id: string;
  file: string;
  data: DocumentData;
  body: string;
  /** Line of the file where the body starts, so references found in it can name their line. */
  bodyLine: number;
  /** The code's key ("18-nq-tw"), parsed once here: pages and the graph take it from the entry. */
  codeKey?: string | undefined;
  /** Keys of the alias spellings, by alias code. */
  aliasKeys: Map<string, string>;
}

/** A report that passed its schema. */
export interface ValidReport {
  id: string;
  file: string;
  data: Report;
}

/** Everything the content check needs. */
export interface ContentFiles {
  documents: FileText[];
  organs: FileText;
  topics: FileText;
  /** content/provinces.yaml; absent in small fixture sites (then province names are not checked). */
  provinces?: FileText | undefined;
  reports: FileText[];
}

/** What the check takes besides the files. */
export interface CheckOptions {
  /** The build day (ISO): dates more than a year after it are refused. Defaults to today. */
  today?: string | undefined;
}

/** The result of the check: errors (empty when the content is good) and what did validate. */
export interface ContentCheck {
  errors: ContentError[];
  documents: ValidDocument[];
  organs: Organ[];
  topics: Topic[];
  provinces: Province[];
  reports: ValidReport[];
  /** The graph over the valid documents: references in the bodies resolved once, typed edges, shared codes. */
  graph: ContentGraph;
}

/** Field path as an editor reads it: `targets[2].value`. */
function fieldName(path: readonly PropertyKey[]): string | undefined {
  if (path.length === 0) return undefined;
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? String(p) : `.${String(p)}`)).join('');
}

/** Parse YAML and validate it against a schema, turning every issue into a located error. */
function validateYaml<T>(schema: z.ZodType<T>, parsed: ParsedYaml, file: string, errors: ContentError[], rootName = 'cả tệp'): T | undefined {
  const result = schema.safeParse(parsed.data);
  if (result.success) return result.data;
  // A bare "1,000" is already reported as a number written the Vietnamese way: one slip, one error.
  const notation = new Set(parsed.notation.map((n) => fieldName(n.path)));
  for (const issue of result.error.issues) {
    const path = issue.path as PropertyKey[];
    if (path.length > 0 && notation.has(fieldName(path))) continue;
    if (issue.code === 'unrecognized_keys') {
      // A misspelt field name: point at the key itself, not at the object holding it.
      for (const key of issue.keys) {
        const keyPath = [...path, key];
        errors.push({ kind: 'schema', file, field: fieldName(keyPath), line: parsed.lineOf(keyPath), message: `trường "${key}" không có trong lược đồ (viết sai tên trường?)` });
      }
      continue;
    }
    // An issue about the whole value (a list where fields were expected, an empty file) names it as a whole.
    errors.push({ kind: 'schema', file, field: fieldName(path) ?? rootName, line: parsed.lineOf(path) ?? 1, message: issue.message });
  }
  return undefined;
}

/** Bare values that a Vietnamese reader would read as another number ("1.000", "1,5"), as errors. */
function notationErrors(parsed: ParsedYaml, file: string, errors: ContentError[]): void {
  for (const n of parsed.notation) errors.push({ kind: 'number-notation', file, field: fieldName(n.path), line: n.line, message: n.message });
}

/** Read a whole-file YAML list (organs.yaml, topics.yaml) and validate it; `lineOf` finds a field's line. */
function checkList<T extends { id: string }>(schema: z.ZodType<T[]>, source: FileText, errors: ContentError[]): { items: T[]; file: ListFile } {
  const none = { items: [], file: { path: source.path, lineOf: () => undefined } };
  const encoding = encodingError(source);
  if (encoding !== undefined) {
    errors.push(encoding);
    return none;
  }
  const parsed = parseYaml(source.text, source.path);
  if (!parsed.ok) {
    errors.push(parsed.error);
    return none;
  }
  notationErrors(parsed.value, source.path, errors);
  const items = validateYaml(schema, parsed.value, source.path, errors) ?? [];
  const seen = new Set<string>();
  items.forEach((item, index) => {
    if (seen.has(item.id)) {
      errors.push({ kind: 'duplicate-entry', file: source.path, field: `[${index}].id`, line: parsed.value.lineOf([index, 'id']), message: `mã "${item.id}" đã dùng cho một mục khác trong tệp này` });
    }
    seen.add(item.id);
  });
  return { items, file: { path: source.path, lineOf: parsed.value.lineOf } };
}

/** Validate one document file on its own (schema and folder); cross-entry rules come later. */
function checkDocument(source: FileText, errors: ContentError[]): (ValidDocument & { lineOf: ParsedYaml['lineOf'] }) | undefined {
  const encoding = encodingError(source);
  if (encoding !== undefined) {
    errors.push(encoding);
    return undefined;
  }
  const split = splitFrontmatter(source.text.normalize('NFC'));
  if (split === undefined) {
    errors.push({ kind: 'frontmatter', file: source.path, line: 1, message: 'không tìm thấy khối thông tin (frontmatter) ở đầu tệp' });
    return undefined;
  }
  const parsed = parseYaml(split.frontmatter, source.path, 1);
  if (!parsed.ok) {
    errors.push(parsed.error);
    return undefined;
  }
  notationErrors(parsed.value, source.path, errors);
  const data = validateYaml(documentSchema, parsed.value, source.path, errors, 'khối thông tin');
  if (data === undefined) return undefined;
  const folder = source.path.split('/').slice(-2, -1)[0];
  if (folder !== data.kind) {
    errors.push({ kind: 'wrong-folder', file: source.path, field: 'kind', line: parsed.value.lineOf(['kind']), message: `văn bản loại "${data.kind}" nằm trong thư mục "${folder ?? ''}"` });
  }
  // Bodies are Markdown: MDX code (import, export, components) would be printed as text.
  split.body.split('\n').forEach((text, i) => {
    if (/^\s*(import|export)\s/.test(text)) {
      errors.push({ kind: 'mdx', file: source.path, line: split.bodyLine + i, message: `dòng "${text.trim().slice(0, 60)}" là mã MDX` });
    }
  });
  // Bodies are text: raw HTML (but <sup>, <sub>, <br>) and links that run code never reach a page.
  for (const problem of bodyMarkupProblems(split.body, split.bodyLine)) errors.push({ ...problem, file: source.path });
  const id = idFromPath(source.path);
  const problem = idProblem(id, data);
  if (problem !== undefined) errors.push({ kind: 'bad-id', file: source.path, field: 'code', line: parsed.value.lineOf(['code']), message: problem });
  const aliasKeys = new Map(data.aliases.flatMap((a) => {
    const key = codeKeyOf(a.code);
    return key === undefined ? [] : [[a.code, key] as const];
  }));
  return { id, file: source.path, data, body: split.body, bodyLine: split.bodyLine, codeKey: codeKeyOf(data.code), aliasKeys, lineOf: parsed.value.lineOf };
}

/** Check every content file and every rule between entries. */
export function checkContent(files: ContentFiles, options: CheckOptions = {}): ContentCheck {
  const today = options.today ?? new Date().toISOString().slice(0, 10);
  const errors: ContentError[] = [];
  const organList = checkList(organsFileSchema, files.organs, errors);
  const organs = organList.items;
  const topics = checkList(topicsFileSchema, files.topics, errors).items;
  const provinceList = files.provinces === undefined ? undefined : checkList(provincesFileSchema, files.provinces, errors);
  const provinces = provinceList?.items ?? [];
  const organIds = new Set(organs.map((o) => o.id));
  const organById = new Map(organs.map((o) => [o.id, o]));
  const topicIds = new Set(topics.map((t) => t.id));
  const provinceNames = new Set(provinces.map((p) => fold(p.name)));
  /** A province name that provinces.yaml does not hold (only checked when the file exists). */
  const unknownProvince = (name: string | undefined): boolean =>
    provinces.length > 0 && name !== undefined && name !== 'unknown' && !provinceNames.has(fold(name));
  if (provinceList !== undefined) checkProvinceHistory(provinces, provinceList.file, errors);
  checkOrganHistory(organs, organList.file, errors);
  organs.forEach((organ, i) => {
    if (unknownProvince(organ.province)) {
      errors.push({ kind: 'unknown-province', file: files.organs.path, field: `[${i}].province`, line: organList.file.lineOf([i, 'province']), message: `tỉnh "${organ.province}" (của ${organ.id}) không có trong content/provinces.yaml` });
    }
  });

  const checked = files.documents.map((f) => checkDocument(f, errors)).filter((d) => d !== undefined);
  // Every document file's id, valid or not: a reference to a file that has its own error is not a
  // second error (the editor fixes that file, and both are right).
  const fileIds = new Set(files.documents.map((f) => idFromPath(f.path)));
  const exists = (id: string): boolean => byId.has(id) || fileIds.has(id);
  const byId = new Map<string, (typeof checked)[number]>();
  for (const doc of checked) {
    const other = byId.get(doc.id);
    if (other !== undefined) {
      errors.push({ kind: 'duplicate-id', file: doc.file, field: 'code', line: doc.lineOf(['code']), message: `mã "${doc.id}" trùng với ${other.file} (cùng số hiệu, năm và tỉnh)` });
    } else {
      byId.set(doc.id, doc);
    }
  }
  const unique = [...byId.values()];
  checkFormerIds(unique.map((d) => ({ id: d.id, formerIds: d.data.formerIds, file: d.file, field: 'formerIds', label: d.file, lineOf: (i: number) => d.lineOf(['formerIds', i]) })), errors);
  /** The current id of a document that once had `id`, for a message about a stale link. */
  const renamedTo = new Map(unique.flatMap((d) => d.data.formerIds.map((old) => [old, d.id] as const)));
  const missing = (id: string): string => (renamedTo.has(id) ? `"${id}" là mã cũ của văn bản "${renamedTo.get(id)}": ghi mã hiện tại` : `không có văn bản mã "${id}"`);
  const sameAs = checkSameDocument(unique, errors);
  for (const doc of checked) {
    const { data, file, lineOf } = doc;
    if (unknownProvince(data.province)) {
      errors.push({ kind: 'unknown-province', file, field: 'province', line: lineOf(['province']), message: `tỉnh "${data.province}" không có trong content/provinces.yaml` });
    }
    const levelProblem = issuerLevelProblem(data.code, data.scope, organById.get(data.issuer));
    if (levelProblem !== undefined) errors.push({ kind: 'issuer-level', file, field: 'code', line: lineOf(['code']), message: levelProblem });
    checkDocumentDates(doc, today, errors);
    if (data.statusBy !== undefined && !exists(data.statusBy)) {
      errors.push({ kind: 'unknown-document', file, field: 'statusBy', line: lineOf(['statusBy']), message: missing(data.statusBy) });
    }
    if (!organIds.has(data.issuer)) {
      errors.push({ kind: 'unknown-organ', file, field: 'issuer', line: lineOf(['issuer']), message: `cơ quan "${data.issuer}" không có trong content/organs.yaml` });
    }
    data.topics.forEach((topic, i) => {
      if (!topicIds.has(topic)) errors.push({ kind: 'unknown-topic', file, field: `topics[${i}]`, line: lineOf(['topics', i]), message: `chủ đề "${topic}" không có trong content/topics.yaml` });
    });
    data.relations.forEach((relation, i) => {
      const field = `relations[${i}].target`;
      const line = lineOf(['relations', i, 'target']);
      if (relation.target === doc.id) {
        errors.push({ kind: 'self-relation', file, field, line, message: `văn bản "${doc.id}" ${relation.type} chính nó` });
      } else if (!exists(relation.target)) {
        errors.push({ kind: 'unknown-document', file, field, line, message: missing(relation.target) });
      }
    });
  }

  // The graph's own rules: no cycle of replacing or amending, no implementing a later document.
  for (const problem of graphIntegrity(checked.map((d) => ({ id: d.id, issued: d.data.issued, relations: d.data.relations })))) {
    const doc = byId.get(problem.docId)!;
    const path = ['relations', problem.relationIndex, 'target'];
    errors.push({ kind: problem.kind, file: doc.file, field: `relations[${problem.relationIndex}].target`, line: doc.lineOf(path), message: problem.message });
  }
  // A reference in a body that names several entries with nothing to choose by stops the build.
  const graph = analyseContent(unique, organs);
  for (const ref of graph.references) {
    if (ref.resolution.status !== 'ambiguous') continue;
    // Candidates that are one document written twice: that is the error, already reported.
    if (new Set(ref.resolution.candidates.map((id) => sameAs.get(id) ?? id)).size === 1) continue;
    const issued = (id: string): string => byId.get(id)?.data.issued ?? 'unknown';
    const names = ref.resolution.candidates.map((id) => `${id} (${issued(id) === 'unknown' ? 'chưa rõ ngày' : formatViDate(issued(id))})`).join(', ');
    errors.push({ kind: 'ambiguous-reference', file: ref.file, line: ref.line, message: `"${ref.text}" có thể là ${ref.resolution.candidates.length} văn bản: ${names}` });
  }

  const reports: ValidReport[] = [];
  for (const source of files.reports) {
    const encoding = encodingError(source);
    if (encoding !== undefined) {
      errors.push(encoding);
      continue;
    }
    const parsed = parseYaml(source.text, source.path);
    if (!parsed.ok) {
      errors.push(parsed.error);
      continue;
    }
    notationErrors(parsed.value, source.path, errors);
    const data = validateYaml(reportSchema, parsed.value, source.path, errors);
    if (data === undefined) continue;
    if (!organIds.has(data.organ)) {
      errors.push({ kind: 'unknown-organ', file: source.path, field: 'organ', line: parsed.value.lineOf(['organ']), message: `cơ quan "${data.organ}" không có trong content/organs.yaml` });
    }
    if (data.document !== undefined && !exists(data.document)) {
      errors.push({ kind: 'unknown-document', file: source.path, field: 'document', line: parsed.value.lineOf(['document']), message: missing(data.document) });
    }
    checkReportAgainst({ file: source.path, data, lineOf: parsed.value.lineOf }, data.document === undefined ? undefined : byId.get(data.document), today, errors);
    reports.push({ id: reportId(source.path), file: source.path, data });
  }

  const documents = [...byId.values()].map(({ lineOf: _lineOf, ...doc }) => doc);
  organs.forEach((organ, i) => {
    const doc = organ.endedBy?.document;
    if (doc !== undefined && !exists(doc)) errors.push({ kind: 'unknown-document', file: files.organs.path, field: `[${i}].endedBy.document`, line: organList.file.lineOf([i, 'endedBy', 'document']), message: missing(doc) });
  });
  return { errors, documents, organs, topics, provinces, reports, graph };
}

/** Levels a code's issuer suffix may be printed by, and the words for them. */
const LOCAL_SUFFIX_LEVELS = new Set(['province', 'district', 'grassroots', 'bloc']);

/**
 * Why a code's suffix cannot belong to the document's issuer or scope ("/TU" is a provincial
 * committee's, so a Politburo document cannot bear it), or undefined when it can.
 */
function issuerLevelProblem(code: string | undefined, scope: string, organ: Organ | undefined): string | undefined {
  if (code === undefined) return undefined;
  const parsed = parseCode(code);
  if (!parsed.ok || parsed.code.bare || parsed.code.issuer === null) return undefined;
  const suffix = lookupIssuer(parsed.code.issuer);
  if (suffix === undefined || suffix.level === 'other') return undefined;
  const local = LOCAL_SUFFIX_LEVELS.has(suffix.level);
  if (local && scope === 'central') return `số hiệu "${code}" mang ký hiệu /${suffix.suffix} (${suffix.meaning}) nhưng văn bản ghi cấp Trung ương (scope: central)`;
  if (local && organ?.level === 'central') return `số hiệu "${code}" mang ký hiệu /${suffix.suffix} (${suffix.meaning}) nhưng cơ quan ban hành "${organ.name}" là cơ quan Trung ương`;
  if (!local && scope !== 'central') return `số hiệu "${code}" mang ký hiệu /${suffix.suffix} (${suffix.meaning}) nhưng văn bản ghi cấp "${scope}"`;
  return undefined;
}

/** A report's id is its file name without extension. */
export function reportId(path: string): string {
  return (path.split('/').pop() ?? path).replace(/\.ya?ml$/, '');
}
