/**
 * The content check under random input: a known-good set of files (the two documents, organs,
 * topics and report of content-check.test.ts) broken at random, in the frontmatter (a field
 * removed, another type, control characters, NFD text, very long strings, huge or negative
 * numbers, arrays where strings are expected, unknown keys), in the body (reference-like text,
 * Markdown, control characters) and in organs.yaml. Whatever the input, checkContent returns
 * (never throws), and every error it reports is one an editor can act on: a file (one of the
 * input files), a message, a field for every schema error, and a line inside the file.
 */
import fc from 'fast-check';
import { kh43, nq58, organs, provinces, report, topics } from '../support/content-fixture';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { checkContent, type ContentFiles, type FileText } from '../../src/loader/check';
import { formatContentErrors, type ContentError } from '../../src/loader/errors';

// ——— The good base (tests/support/content-fixture.ts) ———
const organsText = organs;
const topicsText = topics;
const reportText = report;
const provincesText = provinces;


const NQ_PATH = 'content/documents/nghi-quyet/58-nq-tw-2020.md';
const KH_PATH = 'content/documents/ke-hoach/43-kh-tu-2022.md';
const nqBody = 'Nghị quyết số 58-NQ/TW, ngày 05/08/2020 của Bộ Chính trị.\n';
const khBody = 'Thực hiện Nghị quyết số 58-NQ/TW, ngày 05/08/2020 của Bộ Chính trị.\n';
const base = { nq: parse(nq58) as Record<string, unknown>, kh: parse(kh43) as Record<string, unknown>, organs: parse(organsText) as unknown[] };

const docText = (front: string, body: string): string => `---\n${front.replace(/\n$/, '')}\n---\n${body}`;

interface Parts {
  nq?: string;
  kh?: string;
  nqBody?: string;
  khBody?: string;
  organs?: string;
  provinces?: boolean;
}
function files(p: Parts = {}): ContentFiles {
  return {
    documents: [
      { path: NQ_PATH, text: docText(p.nq ?? nq58, p.nqBody ?? nqBody) },
      { path: KH_PATH, text: docText(p.kh ?? kh43, p.khBody ?? khBody) },
    ],
    organs: { path: 'content/organs.yaml', text: p.organs ?? organsText },
    topics: { path: 'content/topics.yaml', text: topicsText },
    provinces: p.provinces === true ? { path: 'content/provinces.yaml', text: provincesText } : undefined,
    reports: [{ path: 'content/reports/r.yaml', text: reportText }],
  };
}

// ——— The invariant ———
function allFiles(input: ContentFiles): FileText[] {
  return [...input.documents, input.organs, input.topics, ...(input.provinces === undefined ? [] : [input.provinces]), ...input.reports];
}
const clip = (s: string, n = 600): string => (s.length > n ? `${s.slice(0, n)}… (${s.length} ký tự)` : s);

/** What is wrong with one error, or undefined when an editor can act on it. */
function errorProblem(e: ContentError, lineCount: Map<string, number>): string | undefined {
  if (typeof e.file !== 'string' || e.file.length === 0) return 'no file';
  if (!lineCount.has(e.file)) return `file "${e.file}" is not an input file`;
  if (typeof e.message !== 'string' || e.message.trim().length === 0) return 'no message';
  // A field named "" (an unknown key written `"": …`) is named as it is written: defined is enough.
  if (e.kind === 'schema' && typeof e.field !== 'string') return 'schema error without a field';
  // Every error names its line: an editor opens the file there (issue 21: a YAML error without a line is a bug).
  if (e.line === undefined) return 'no line';
  if (!Number.isInteger(e.line) || e.line < 1 || e.line > lineCount.get(e.file)!) {
    return `line ${String(e.line)} outside the file (1…${lineCount.get(e.file)!})`;
  }
  return undefined;
}

/** checkContent returns, and every error names its file (an input file), a message, a field when it is a schema error. */
function holds(input: ContentFiles): void {
  let errors: ContentError[];
  try {
    errors = checkContent(input).errors;
  } catch (error) {
    throw new Error(`checkContent threw ${error instanceof Error ? error.stack ?? error.message : String(error)}\ninput:\n${allFiles(input).map((f) => `== ${f.path}\n${clip(JSON.stringify(f.text))}`).join('\n')}`);
  }
  const lineCount = new Map(allFiles(input).map((f) => [f.path, f.text.split('\n').length]));
  const bad = errors.flatMap((e) => {
    const problem = errorProblem(e, lineCount);
    return problem === undefined ? [] : [`${problem}: ${clip(JSON.stringify(e))}`];
  });
  if (bad.length > 0) {
    const inputs = allFiles(input).filter((f) => errors.some((e) => e.file === f.path) || !lineCount.has(f.path));
    throw new Error(`${bad.join('\n')}\ninput:\n${inputs.map((f) => `== ${f.path}\n${clip(JSON.stringify(f.text))}`).join('\n')}`);
  }
  // The build prints them: printing must not throw either.
  formatContentErrors(errors);
}

// ——— Random values ———
const vietnamese = ['Nghị quyết', 'Bộ Chính trị', 'Tỉnh ủy Thanh Hóa', 'Đảng viên', 'khóa XIII', 'Hội nghị Trung ương 6', 'Lâm Đồng', 'Thanh Hoá'];
const nfdText = fc.oneof(
  fc.constantFrom(...vietnamese).map((s) => s.normalize('NFD')),
  fc.string({ unit: 'grapheme', maxLength: 20 }).map((s) => `${s}${vietnamese[s.length % vietnamese.length]}`.normalize('NFD')),
);
const controlText = fc.string({ unit: 'binary-ascii', minLength: 1, maxLength: 30 });
const unicodeText = fc.string({ unit: 'binary', maxLength: 30 });
const longText = fc
  .tuple(fc.constantFrom('a', 'Nghị quyết số ', '58-NQ/TW', '58-NQ/TW, ngày 05/08/2020 ', '/', '-', '9', ' ', 'ă\u0301', 'x\u0000'), fc.integer({ min: 1_000, max: 20_000 }))
  .map(([unit, n]) => unit.repeat(Math.ceil(n / unit.length)));
const plausible = fc.constantFrom(
  '', ' ', 'unknown', '58-NQ/TW', '58-nq-tw-2020', '43-kh-tu-2022', 'bo-chinh-tri', 'xay-dung-dang', '31/02/2020', '00/00/0000', '2020-13-45',
  '05/08/2020', 'XIII', '13', 'central', 'province', 'nghi-quyet', 'implements', 'replaces', 'in-force', 'https://example.vn/a', 'http://x', '%',
  'Nghị quyết 58', '---', '\ufeff', 'a\u2028b', 'NaN', 'null', '0x10', '1e400',
);
const numbers = fc.oneof(
  fc.integer(),
  fc.double(),
  fc.constantFrom(1e308, -1e308, Number.MAX_SAFE_INTEGER + 2, -Number.MAX_SAFE_INTEGER, -1, -0, 0, 1930, 2100, 101, -100, 1e21, 0.5, Infinity, -Infinity, Number.NaN),
);
const scalar = fc.oneof(
  { weight: 3, arbitrary: plausible },
  { weight: 2, arbitrary: controlText },
  { weight: 2, arbitrary: nfdText },
  { weight: 1, arbitrary: unicodeText },
  { weight: 1, arbitrary: longText },
  { weight: 3, arbitrary: numbers },
  { weight: 1, arbitrary: fc.constantFrom(null, true, false) },
);
/** A value of any shape: a scalar, an array (of strings or anything), an object. */
const weird: fc.Arbitrary<unknown> = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    { weight: 6, arbitrary: scalar },
    { weight: 2, arbitrary: fc.array(fc.oneof(plausible, controlText, nfdText), { maxLength: 4 }) },
    { weight: 1, arbitrary: fc.array(tie('value'), { maxLength: 3 }) },
    { weight: 1, arbitrary: fc.dictionary(fc.oneof(plausible, fc.string({ maxLength: 8 })), tie('value'), { maxKeys: 3 }) },
  ),
})).value;
const unknownKey = fc.oneof(fc.constantFrom('sumary', 'Code', 'code ', 'ｃｏｄｅ', 'tóm tắt', '__proto__', 'constructor', 'toString', 'relations.target', ''), fc.string({ unit: 'binary', maxLength: 12 }));

// ——— Mutations of a YAML value (frontmatter, organs.yaml) ———
type Path = (string | number)[];
type Mutation =
  | { op: 'delete'; at: number }
  | { op: 'set'; at: number; value: unknown }
  | { op: 'wrap'; at: number }
  | { op: 'addKey'; at: number; key: string; value: unknown }
  | { op: 'duplicate'; at: number };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ op: fc.constant('delete' as const), at: fc.nat() }),
  fc.record({ op: fc.constant('set' as const), at: fc.nat(), value: weird }),
  fc.record({ op: fc.constant('wrap' as const), at: fc.nat() }),
  fc.record({ op: fc.constant('addKey' as const), at: fc.nat(), key: unknownKey, value: weird }),
  fc.record({ op: fc.constant('duplicate' as const), at: fc.nat() }),
);

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Every path inside `value`, the root excluded. */
function pathsOf(value: unknown, prefix: Path = []): Path[] {
  const children: [string | number, unknown][] = Array.isArray(value) ? value.map((v, i) => [i, v]) : isObject(value) ? Object.entries(value) : [];
  return children.flatMap(([k, v]) => [[...prefix, k], ...pathsOf(v, [...prefix, k])]);
}
function getAt(root: unknown, path: Path): unknown {
  return path.reduce<unknown>((v, k) => (v as Record<string | number, unknown>)[k], root);
}
/** Apply a mutation to a deep copy of `root` (paths chosen among those that exist). */
function mutate(root: unknown, m: Mutation): unknown {
  const copy = structuredClone(root);
  const paths = pathsOf(copy);
  if (m.op === 'addKey') {
    const containers: Path[] = [[], ...paths.filter((p) => isObject(getAt(copy, p)))];
    const target = getAt(copy, containers[m.at % containers.length]!);
    if (isObject(target)) Object.defineProperty(target, m.key, { value: m.value, enumerable: true, writable: true, configurable: true });
    return copy;
  }
  if (paths.length === 0) return copy;
  const path = paths[m.at % paths.length]!;
  const parent = getAt(copy, path.slice(0, -1)) as Record<string | number, unknown> | unknown[];
  const key = path[path.length - 1]!;
  if (m.op === 'delete') {
    if (Array.isArray(parent)) parent.splice(key as number, 1);
    else delete parent[key];
  } else if (m.op === 'set') {
    (parent as Record<string | number, unknown>)[key] = m.value;
  } else if (m.op === 'wrap') {
    const v = (parent as Record<string | number, unknown>)[key];
    (parent as Record<string | number, unknown>)[key] = [v, typeof v === 'string' ? `${v} khác` : 'chuỗi'];
  } else if (Array.isArray(parent)) {
    parent.splice(key as number, 0, structuredClone(parent[key as number]));
  } else {
    (parent as Record<string | number, unknown>)[key] = structuredClone((parent as Record<string | number, unknown>)[key]);
  }
  return copy;
}
const mutations = fc.array(mutation, { minLength: 1, maxLength: 4 });
const applyAll = (root: unknown, ms: Mutation[]): unknown => ms.reduce(mutate, root);
const yamlOf = (value: unknown): string => stringify(value, { lineWidth: 0 });

// ——— Mutations of raw text ———
type TextEdit =
  | { op: 'insert'; at: number; text: string }
  | { op: 'cut'; at: number; length: number }
  | { op: 'truncate'; at: number }
  | { op: 'repeatLine'; at: number }
  | { op: 'replaceValue'; at: number; text: string };
/** What an editor may type after `key: ` that YAML reads as syntax: anchors and aliases, tags, flow collections, block scalars. */
const yamlValue = fc.oneof(
  fc.constantFrom(
    '*a', '&a x', '*Quan trọng* về việc', '&a [*a]', '!!binary aGVsbG8=', '!!timestamp 2020-02-31', '!!timestamp abc', '!foo x', '!!set {a, b}',
    '!!omap [a: 1]', '[a', '{a: 1}', '{', '|', '>-', '"chưa đóng', "'x", '@x', '`x', '%x', '? x', ': x', '- x', '~', '.nan', '-.inf', '0o17', '0x1F',
    '1_000', '1e999', '2020-08-05', '"\\x00"', '"\\uD800"', '<<: *a', 'a: b: c', 'x # chú thích', '"a" b', '&a', '*', '!!str', '!!int x',
  ),
  plausible,
);
const textEdit: fc.Arbitrary<TextEdit> = fc.oneof(
  fc.record({ op: fc.constant('replaceValue' as const), at: fc.nat(), text: yamlValue }),
  fc.record({ op: fc.constant('insert' as const), at: fc.nat(), text: fc.oneof(controlText, nfdText, unicodeText, plausible, fc.constantFrom('\n', ':', ': ', '- ', '  ', '"', "'", '[', '{', '#', '&a', '*a', '!!binary', '---\n', '\r\n', '\t')) }),
  fc.record({ op: fc.constant('cut' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 40 }) }),
  fc.record({ op: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({ op: fc.constant('repeatLine' as const), at: fc.nat() }),
);
function editText(text: string, e: TextEdit): string {
  const at = e.at % (text.length + 1);
  switch (e.op) {
    case 'insert':
      return text.slice(0, at) + e.text + text.slice(at);
    case 'cut':
      return text.slice(0, at) + text.slice(at + e.length);
    case 'truncate':
      return text.slice(0, at);
    case 'replaceValue': {
      // The value of one `key: value` line (any depth) replaced.
      const lines = text.split('\n');
      const keyed = lines.flatMap((l, i) => (/^\s*(?:- )?[A-Za-z]+:/.test(l) ? [i] : []));
      if (keyed.length === 0) return text;
      const i = keyed[e.at % keyed.length]!;
      lines[i] = lines[i]!.replace(/^(\s*(?:- )?[A-Za-z]+:).*$/, `$1 ${e.text}`);
      return lines.join('\n');
    }
    case 'repeatLine': {
      const lines = text.split('\n');
      const i = e.at % lines.length;
      lines.splice(i, 0, lines[i]!);
      return lines.join('\n');
    }
  }
}
const textEdits = fc.array(textEdit, { minLength: 1, maxLength: 4 });

// ——— Bodies ———
const referenceLike = fc
  .tuple(
    fc.constantFrom('Nghị quyết', 'nghị quyết', 'Kết luận', 'Chỉ thị', 'Quy định', 'Quyết định', 'Chương trình', 'Chương trình hành động', 'Kế hoạch', 'Thông báo', 'NQ', 'KL', 'Hội nghị Trung ương', 'Đại hội', 'Đại hội đại biểu Đảng bộ tỉnh', ''),
    fc.constantFrom(' số ', ' ', ' số', '', ' lần thứ '),
    fc.oneof(fc.integer({ min: 0, max: 200 }).map(String), fc.constantFrom('58', '43', '05', '0', '999999999999999999999', '-1', 'XIII', 'XII', '6')),
    fc.constantFrom('-NQ/TW', '-KH/TU', '-KL/TW', '-QĐ/TW', '-QD/TW', '-CTr/TU', '-CT/TW', '-TB/TU', '-NQ/', '/TW', '-KH/BCĐ', '', '-XYZ/TW', '-NQ/TW/TW'),
    fc.constantFrom('', ', ngày 05/08/2020', ', ngày 18/01/2022', ', ngày 31/02/2020', ', ngày 00/00/0000', ' ngày 5/8/2020', ' năm 2020', ' năm 99999', ' khóa XII', ' khóa 13', ' của Bộ Chính trị', ' của Tỉnh ủy X', ' (khóa XIII)', ' lần thứ XIII'),
  )
  .map((parts) => parts.join(''));
const bodyPiece = fc.oneof(
  { weight: 4, arbitrary: referenceLike },
  { weight: 1, arbitrary: controlText },
  { weight: 1, arbitrary: nfdText.map((s) => `${s} ${'Nghị quyết số 58-NQ/TW'.normalize('NFD')}`) },
  { weight: 1, arbitrary: unicodeText },
  { weight: 1, arbitrary: fc.constantFrom('\n', '\n\n', '\r\n', '# ', '## Tiêu đề\n', '- ', '| a | b |\n|---|---|\n| 1 | 2 |\n', '```\n', '[liên kết](/van-ban/58-nq-tw-2020/)', '<script>alert(1)</script>', '<!-- x -->', '---\n', '\u00a0', '\ufeff', 'import x from "y"\n', '{1+1}', '<Foo />') },
  { weight: 1, arbitrary: longText },
);
const body = fc.array(bodyPiece, { maxLength: 12 }).map((pieces) => pieces.join(' '));

describe('checkContent on random input never throws and reports actionable errors', () => {
  it('the base is good', () => {
    expect(checkContent(files()).errors).toEqual([]);
    expect(checkContent(files({ provinces: true })).errors).toEqual([]);
  });

  it('frontmatter fields removed, retyped, wrapped in arrays, duplicated, or unknown keys added', () => {
    fc.assert(
      fc.property(fc.constantFrom<'nq' | 'kh'>('nq', 'kh'), mutations, fc.boolean(), (which, ms, provinces) => {
        holds(files({ [which]: yamlOf(applyAll(base[which], ms)), provinces }));
      }),
      { numRuns: 300 },
    );
  }, 30_000);

  it('both frontmatters mutated at once (relations, ids and codes between the two documents)', () => {
    fc.assert(
      fc.property(mutations, mutations, (a, b) => {
        holds(files({ nq: yamlOf(applyAll(base.nq, a)), kh: yamlOf(applyAll(base.kh, b)) }));
      }),
      { numRuns: 200 },
    );
  }, 30_000);

  it('a frontmatter that is not a mapping (a string, a number, a list, null)', () => {
    fc.assert(
      fc.property(fc.constantFrom<'nq' | 'kh'>('nq', 'kh'), weird, (which, value) => {
        holds(files({ [which]: yamlOf(value) }));
      }),
      { numRuns: 100 },
    );
  }, 30_000);

  it('raw text of a document file edited (YAML syntax, control characters, truncation)', () => {
    fc.assert(
      fc.property(fc.constantFrom<'nq' | 'kh'>('nq', 'kh'), textEdits, (which, edits) => {
        const input = files();
        const i = which === 'nq' ? 0 : 1;
        input.documents[i] = { ...input.documents[i]!, text: edits.reduce(editText, input.documents[i]!.text) };
        holds(input);
      }),
      { numRuns: 300 },
    );
  }, 30_000);

  it('bodies of random text, references, Markdown and control characters', () => {
    fc.assert(
      fc.property(body, body, (a, b) => {
        holds(files({ nqBody: a, khBody: b }));
      }),
      { numRuns: 300 },
    );
  }, 30_000);

  it('a reference followed by a long run of whitespace is checked in linear time', () => {
    // 25,000 newlines or spaces after a reference: linear work takes milliseconds; work that grows
    // with the square of the run takes seconds (and a body of blank lines or padding is not rare).
    for (const tail of ['\n', ' ', '\t']) {
      const body = `Nghị quyết số 58${tail.repeat(25_000)}Kế hoạch 43-KH/TU${tail.repeat(25_000)}.`;
      const started = performance.now();
      holds(files({ khBody: body }));
      const ms = performance.now() - started;
      expect(ms, `${JSON.stringify(tail)} × 25.000 sau một tham chiếu: ${ms.toFixed(0)} ms`).toBeLessThan(1_000);
    }
  }, 60_000);

  it('organs.yaml entries mutated', () => {
    fc.assert(
      fc.property(mutations, fc.boolean(), (ms, provinces) => {
        holds(files({ organs: yamlOf(applyAll(base.organs, ms)), provinces }));
      }),
      { numRuns: 300 },
    );
  }, 30_000);

  it('organs.yaml that is not a list (a string, a number, a mapping, null)', () => {
    fc.assert(
      fc.property(weird, (value) => {
        holds(files({ organs: yamlOf(value) }));
      }),
      { numRuns: 100 },
    );
  }, 30_000);

  it('organs.yaml text edited (YAML syntax, control characters, truncation)', () => {
    fc.assert(
      fc.property(textEdits, (edits) => {
        holds(files({ organs: edits.reduce(editText, organsText) }));
      }),
      { numRuns: 200 },
    );
  }, 30_000);
});
