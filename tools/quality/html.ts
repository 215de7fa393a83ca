/**
 * Reading built HTML with real HTML parsers, never patterns: the start tags with their attributes
 * and where they are, the ids a page offers as anchors, the scripts with their exact text.
 * The build's pass over every page uses htmlparser2's tokenizer (5× faster than building a tree
 * on our pages: the pass is the cost of a large base); the rewrites of the file:// copy, which
 * need each attribute's position, use parse5's tree (`readPageForRewrite`).
 */
import { Parser } from 'htmlparser2';
import { parse, type DefaultTreeAdapterMap } from 'parse5';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

/** One start tag: its lower-case name, its attributes (values decoded) and where it starts. */
export interface Tag {
  name: string;
  attrs: Record<string, string>;
  start: number;
  end: number;
  /** Where the whole element is (start tag to end tag, or the start tag alone for void elements). */
  element: { start: number; end: number };
  /** Where its end tag starts, when the source has one (content is inserted before it). */
  endTagStart?: number | undefined;
  /** Where each attribute is written (`name="value"`), by name: only from `readPageForRewrite`. */
  attrSpans: Record<string, { start: number; end: number }>;
}

/** One change to a page's text: replace `start`..`end` by `text` (an insertion when they are equal). */
export interface Edit {
  start: number;
  end: number;
  text: string;
}

/**
 * Apply edits found on the parsed page to its text. An edit inside a range another edit replaces
 * is dropped with that range (removing an element removes what is in it); an insertion at the
 * start of a replaced range goes before it.
 */
export function applyEdits(html: string, edits: readonly Edit[]): string {
  let out = '';
  let at = 0;
  const ordered = [...edits].sort((a, b) => a.start - b.start || Number(b.start === b.end) - Number(a.start === a.end) || b.end - a.end);
  for (const e of ordered) {
    if (e.start < at) continue;
    out += html.slice(at, e.start) + e.text;
    at = e.end;
  }
  return out + html.slice(at);
}

/** Escape text for an attribute value in double quotes. */
export function attrValue(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
}

/** Every element written in the source (not those the parser adds), in document order. */
function* elements(node: Node): Generator<Element> {
  const children = 'childNodes' in node ? node.childNodes : [];
  for (const child of children) {
    if ('tagName' in child) {
      if (child.sourceCodeLocation?.startTag !== undefined) yield child;
      if (child.tagName === 'template' && 'content' in child) yield* elements(child.content as Node);
    }
    yield* elements(child);
  }
}

/** The parsed page with source positions. */
function tree(html: string): Node {
  return parse(html, { sourceCodeLocationInfo: true });
}

/** A page read once: its start tags and its scripts with their exact text. */
export interface ReadPage {
  tags: Tag[];
  scripts: ScriptElement[];
}

/** Elements that have no end tag. */
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr']);

/** The attribute spans of a tag read by the tokenizer: none (only `readPageForRewrite` records them), one shared object. */
const NO_SPANS: Record<string, { start: number; end: number }> = Object.freeze({}) as Record<string, { start: number; end: number }>;

/**
 * Parse a page once, for every check that needs its tags or scripts (htmlparser2's tokenizer).
 * The pass over a large base calls this for every page, so it allocates little: the tokenizer's
 * own attribute object is kept (it makes a new one per tag), and an end tag finds its element on
 * the stack without building a list of names.
 */
export function readPage(html: string): ReadPage {
  const tags: Tag[] = [];
  const found: ScriptElement[] = [];
  const open: Tag[] = [];
  const parser = new Parser(
    {
      onopentag(name, attribs) {
        const start = parser.startIndex;
        const end = parser.endIndex + 1;
        const tag: Tag = { name, attrs: attribs, start, end, element: { start, end }, attrSpans: NO_SPANS };
        tags.push(tag);
        if (!VOID.has(name)) open.push(tag);
      },
      onclosetag(name, implied) {
        if (VOID.has(name)) return;
        let index = open.length - 1;
        while (index >= 0 && open[index]!.name !== name) index--;
        if (index === -1) return;
        const tag = open[index]!;
        open.length = index;
        if (!implied) {
          tag.endTagStart = parser.startIndex;
          tag.element.end = parser.endIndex + 1;
        }
        if (name === 'script') found.push({ attrs: tag.attrs, text: tag.endTagStart === undefined ? '' : html.slice(tag.end, tag.endTagStart) });
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true, recognizeSelfClosing: false },
  );
  parser.end(html);
  return { tags, scripts: found };
}

/** Parse a page into parse5's tree, with the position of every attribute, for rewriting it. */
export function readPageForRewrite(html: string): ReadPage {
  const tags: Tag[] = [];
  const found: ScriptElement[] = [];
  for (const el of elements(tree(html))) {
    const attrs: Record<string, string> = {};
    for (const a of el.attrs) if (!(a.name in attrs)) attrs[a.name] = a.value;
    const loc = el.sourceCodeLocation!;
    const attrSpans: Record<string, { start: number; end: number }> = {};
    const spans = (loc.startTag as { attrs?: Record<string, { startOffset: number; endOffset: number }> }).attrs ?? {};
    for (const [name, span] of Object.entries(spans)) attrSpans[name] = { start: span.startOffset, end: span.endOffset };
    tags.push({
      name: el.tagName,
      attrs,
      start: loc.startTag!.startOffset,
      end: loc.startTag!.endOffset,
      element: { start: loc.startOffset, end: loc.endOffset },
      endTagStart: loc.endTag?.startOffset,
      attrSpans,
    });
    if (el.tagName === 'script') found.push({ attrs, text: loc.startTag && loc.endTag ? html.slice(loc.startTag.endOffset, loc.endTag.startOffset) : '' });
  }
  return { tags, scripts: found };
}

/** Every start tag of a page, in order. */
export function startTags(html: string): Tag[] {
  return readPage(html).tags;
}


/** The anchors a page offers: every `id`, and `name` on `<a>`. */
export function anchorIds(html: string): Set<string> {
  return anchorIdsOf(startTags(html));
}

/** The anchors offered by already read tags. */
export function anchorIdsOf(tags: readonly Tag[]): Set<string> {
  const ids = new Set<string>();
  for (const tag of tags) {
    if (tag.attrs.id !== undefined) ids.add(tag.attrs.id);
    if (tag.name === 'a' && tag.attrs.name !== undefined) ids.add(tag.attrs.name);
  }
  return ids;
}

/** A script element: its attributes and, for inline scripts, its exact text. */
export interface ScriptElement {
  attrs: Record<string, string>;
  text: string;
}

/** Every `<script>` of a page with its attributes and exact text (empty for external scripts). */
export function scripts(html: string): ScriptElement[] {
  return readPage(html).scripts;
}

/** Where to insert into <head>: after the charset declaration (it must stay first), else at the start of <head>. */
export function headInsertionPoint(tags: readonly Tag[]): number | undefined {
  const charset = tags.find((t) => t.name === 'meta' && t.attrs.charset !== undefined);
  if (charset !== undefined) return charset.element.end;
  return tags.find((t) => t.name === 'head')?.end;
}

/** Where the end of <head> is (before its end tag), for what must come last in it. */
export function headEnd(tags: readonly Tag[]): number | undefined {
  const head = tags.find((t) => t.name === 'head');
  return head === undefined ? undefined : (head.endTagStart ?? head.element.end);
}
