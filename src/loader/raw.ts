/**
 * Turning file text into raw entries: frontmatter split, YAML parsed with line positions kept,
 * so a schema error can point at the line of the field it is about.
 */
import { LineCounter, parseDocument, isMap, isPair, isScalar, isSeq, visit, type Document, type Node } from 'yaml';
import type { ContentError } from './errors';
import { yamlMessage } from './messages';
import { bareNumberProblem } from '../lib/text/numbers';

/** A bare YAML value a Vietnamese reader would read as another number ("1.000", "1,5"), where it stands. */
export interface NumberNotation {
  path: (string | number)[];
  line: number;
  message: string;
}

/** A parsed YAML value with a way to find the line of any path in it. */
export interface ParsedYaml {
  data: unknown;
  /** 1-based line in the file of the value at `path`, or of the nearest parent that exists. */
  lineOf(path: readonly PropertyKey[]): number | undefined;
  /** Bare values written the Vietnamese way, found on the parsed nodes' own source text. */
  notation: NumberNotation[];
}

/**
 * Every unquoted value whose source text is a number in Vietnamese notation: the parser has already
 * read "1.000" as 1 and "1,5" as text, so the node's source (what the editor typed) is what tells.
 */
function numberNotation(doc: Document, counter: LineCounter, lineOffset: number): NumberNotation[] {
  const found: NumberNotation[] = [];
  visit(doc, {
    Scalar(key, node, ancestors) {
      if (key === 'key' || node.type !== 'PLAIN' || node.source === undefined) return;
      const message = bareNumberProblem(node.source);
      if (message === undefined) return;
      const chain = [...ancestors, node];
      const path: (string | number)[] = [];
      chain.forEach((a, i) => {
        if (isPair(a)) path.push(isScalar(a.key) ? String(a.key.value) : String(a.key));
        else if (isSeq(a)) path.push(a.items.indexOf(chain[i + 1] as never));
      });
      found.push({ path, line: counter.linePos(node.range?.[0] ?? 0).line + lineOffset, message });
    },
  });
  return found;
}

/** Parse YAML text that starts at `lineOffset` lines into its file; errors name the file and line. */
export function parseYaml(text: string, file: string, lineOffset = 0): { ok: true; value: ParsedYaml } | { ok: false; error: ContentError } {
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, prettyErrors: false });
  const first = doc.errors[0];
  if (first !== undefined) {
    const line = counter.linePos(first.pos[0]).line + lineOffset;
    return { ok: false, error: { kind: 'yaml', file, line, message: `YAML không đọc được: ${yamlMessage(first.code)}` } };
  }
  const lineOf = (path: readonly PropertyKey[]): number | undefined => {
    for (let depth = path.length; depth >= 0; depth -= 1) {
      const node = doc.getIn(path.slice(0, depth) as unknown[], true) as Node | undefined;
      const range = node !== undefined && node !== null && typeof node === 'object' && 'range' in node ? node.range : undefined;
      if (range) return counter.linePos(range[0]).line + lineOffset;
      if (depth === 0 && (isMap(doc.contents) || isSeq(doc.contents)) && doc.contents.range) {
        return counter.linePos(doc.contents.range[0]).line + lineOffset;
      }
    }
    return undefined;
  };
  let data: unknown;
  try {
    data = nfcDeep(doc.toJS());
  } catch {
    // toJS resolves aliases (*name): one without its anchor (&name) cannot be read.
    return { ok: false, error: { kind: 'yaml', file, line: lineOffset + 1, message: `YAML không đọc được: ${yamlMessage('BAD_ALIAS')}` } };
  }
  return { ok: true, value: { data, lineOf, notation: numberNotation(doc, counter, lineOffset) } };
}

/** Split `---\nfrontmatter\n---\nbody`; the frontmatter starts on line 2 of the file. */
export function splitFrontmatter(text: string): { frontmatter: string; body: string; bodyLine: number } | undefined {
  const match = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/.exec(text);
  if (!match) return undefined;
  const frontmatter = match[1] ?? '';
  return { frontmatter, body: text.slice(match[0].length), bodyLine: frontmatter.split('\n').length + 3 };
}

/**
 * Every string of a parsed value in NFC (composed) form: NFD text typed or pasted in is stored as
 * NFC. Throws on a value that contains itself (a YAML anchor used inside its own value).
 */
export function nfcDeep(value: unknown, open: Set<object> = new Set()): unknown {
  if (typeof value === 'string') return value.normalize('NFC');
  if (value === null || typeof value !== 'object' || value instanceof Date) return value;
  if (open.has(value)) throw new Error('giá trị tự chứa chính nó');
  open.add(value);
  const out = Array.isArray(value) ? value.map((v) => nfcDeep(v, open)) : Object.fromEntries(Object.entries(value).map(([k, v]) => [k.normalize('NFC'), nfcDeep(v, open)]));
  open.delete(value);
  return out;
}
