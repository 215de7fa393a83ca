/**
 * The rules of history in organs.yaml and provinces.yaml: every `parent`, `mergedInto` and
 * `succeededBy` names a known entry, none leads back to the entry it starts from (alone or mixed:
 * an organ merged into one that it succeeds, or placed under its own successor), and an old id
 * (`formerIds`) redirects to exactly one entry. Every error names the line of the field.
 */
import type { ContentError } from './errors';
import type { Organ } from './schemas/organ';
import type { Province } from './schemas/province';
import type { ParsedYaml } from './raw';
import { cycleEdges } from '../lib/graph/cycles';

/** A whole-file YAML list as checked: its path and the line of any path in it. */
export interface ListFile {
  path: string;
  lineOf: ParsedYaml['lineOf'];
}

/** A field of an entry that names another entry of the same list, with what it says in words. */
interface Link {
  field: string;
  target: string;
  verb: string;
}

/** The history fields of an organ, in the order the rules read them. */
function organLinks(organ: Organ): Link[] {
  const links: Link[] = [];
  if (organ.parent !== undefined) links.push({ field: 'parent', target: organ.parent, verb: 'trực thuộc' });
  if (organ.mergedInto !== undefined) links.push({ field: 'mergedInto', target: organ.mergedInto, verb: 'hợp nhất vào' });
  if (organ.succeededBy !== undefined) links.push({ field: 'succeededBy', target: organ.succeededBy, verb: 'được kế tục bởi' });
  return links;
}

/** The history field of a province. */
function provinceLinks(province: Province): Link[] {
  return province.mergedInto === undefined ? [] : [{ field: 'mergedInto', target: province.mergedInto, verb: 'sáp nhập vào' }];
}

/**
 * Unknown targets, self-references and cycles among the links of one list. `what` names an entry
 * ("cơ quan", "tỉnh"); `unknown` builds the error for a target the list does not hold.
 */
function checkLinks<T extends { id: string }>(
  entries: readonly T[],
  linksOf: (entry: T) => Link[],
  file: ListFile,
  what: string,
  unknown: (entry: T, index: number, link: Link) => ContentError,
  errors: ContentError[],
): void {
  const indexById = new Map<string, number>();
  entries.forEach((e, i) => {
    if (!indexById.has(e.id)) indexById.set(e.id, i);
  });
  const lineOf = (i: number, field: string): number | undefined => file.lineOf([i, field]);
  const known = new Map<string, Link[]>();
  entries.forEach((entry, i) => {
    if (indexById.get(entry.id) !== i) return; // a repeated id is an error of its own
    const good: Link[] = [];
    for (const link of linksOf(entry)) {
      if (!indexById.has(link.target)) errors.push(unknown(entry, i, link));
      else if (link.target === entry.id) errors.push({ kind: 'history-cycle', file: file.path, field: `[${i}].${link.field}`, line: lineOf(i, link.field), message: `${what} "${entry.id}" ${link.verb} chính nó` });
      else good.push(link);
    }
    known.set(entry.id, good);
  });
  const next = (id: string): string[] => (known.get(id) ?? []).map((l) => l.target);
  for (const { from, to, cycle } of cycleEdges([...known.keys()], next)) {
    const i = indexById.get(from)!;
    const link = known.get(from)!.find((l) => l.target === to)!;
    const steps = cycle.slice(0, -1).map((id, k) => {
      const step = known.get(id)!.find((l) => l.target === cycle[k + 1])!;
      return `"${id}" ${step.verb} "${step.target}" (dòng ${lineOf(indexById.get(id)!, step.field) ?? '?'})`;
    });
    errors.push({ kind: 'history-cycle', file: file.path, field: `[${i}].${link.field}`, line: lineOf(i, link.field), message: `vòng lặp lịch sử: ${steps.join(', ')}` });
  }
}

/** The rules of organs.yaml: history links and old ids. */
export function checkOrganHistory(organs: readonly Organ[], file: ListFile, errors: ContentError[]): void {
  checkLinks(
    organs,
    organLinks,
    file,
    'cơ quan',
    (organ, i, link) => ({ kind: 'unknown-organ', file: file.path, field: `[${i}].${link.field}`, line: file.lineOf([i, link.field]), message: `cơ quan "${link.target}" (${link.field} của ${organ.id}) không có trong danh sách` }),
    errors,
  );
  checkFormerIds(
    organs.map((o, i) => ({ id: o.id, formerIds: o.formerIds, file: file.path, field: `[${i}].formerIds`, label: `cơ quan "${o.id}"`, idLine: file.lineOf([i, 'id']), lineOf: (k: number) => file.lineOf([i, 'formerIds', k]) })),
    errors,
  );
}

/** The rules of provinces.yaml: a merger names a known province and never leads back. */
export function checkProvinceHistory(provinces: readonly Province[], file: ListFile, errors: ContentError[]): void {
  checkLinks(
    provinces,
    provinceLinks,
    file,
    'tỉnh',
    (_p, i, link) => ({ kind: 'unknown-province', file: file.path, field: `[${i}].${link.field}`, line: file.lineOf([i, link.field]), message: `tỉnh "${link.target}" không có trong content/provinces.yaml` }),
    errors,
  );
}

/** One entry's old ids, with where they are written. */
export interface FormerIdEntry {
  id: string;
  formerIds: readonly string[];
  file: string;
  /** The field holding the list: `formerIds` in a document, `[3].formerIds` in organs.yaml. */
  field: string;
  /** How another entry's message names this one: its file, or `cơ quan "x"`. */
  label: string;
  /** The line of its id, when entries share a file. */
  idLine?: number | undefined;
  lineOf(index: number): number | undefined;
}

/**
 * An old id becomes a redirect page to one entry: it cannot be any entry's current id (that page
 * exists), nor be listed by two entries, nor twice by one. Each error says which entry holds it.
 */
export function checkFormerIds(entries: readonly FormerIdEntry[], errors: ContentError[]): void {
  const current = new Map<string, FormerIdEntry>();
  for (const e of entries) if (!current.has(e.id)) current.set(e.id, e);
  const former = new Map<string, { entry: FormerIdEntry; index: number }>();
  for (const entry of entries) {
    entry.formerIds.forEach((old, index) => {
      const at = { kind: 'former-id' as const, file: entry.file, field: `${entry.field}[${index}]`, line: entry.lineOf(index) };
      const holder = current.get(old);
      const earlier = former.get(old);
      if (old === entry.id) {
        errors.push({ ...at, message: `mã cũ "${old}" là mã hiện tại của chính mục này: xóa nó khỏi formerIds` });
      } else if (holder !== undefined) {
        errors.push({ ...at, message: `mã cũ "${old}" đang là mã hiện tại của ${holder.label}${holder.idLine === undefined ? '' : ` (dòng ${holder.idLine})`}, nên địa chỉ đó là trang của mục kia, không chuyển hướng về đây được: xóa mã này khỏi formerIds nếu ghi nhầm` });
      } else if (earlier !== undefined && earlier.entry === entry) {
        errors.push({ ...at, message: `mã cũ "${old}" đã ghi ở formerIds[${earlier.index}] của chính mục này: xóa dòng lặp lại` });
      } else if (earlier !== undefined) {
        errors.push({ ...at, message: `mã cũ "${old}" cũng có trong formerIds của ${earlier.entry.label} (dòng ${earlier.entry.lineOf(earlier.index) ?? '?'}): một địa chỉ cũ chỉ chuyển hướng tới một trang, hãy giữ nó ở mục từng mang mã này và xóa ở mục kia` });
      }
      if (earlier === undefined) former.set(old, { entry, index });
    });
  }
}
