/**
 * Reading built HTML for the delivery checks, with parse5 (the HTML standard's parsing, as a
 * browser does it): the start tags with their attributes and where they are, the ids a page
 * offers as anchors, the scripts with their exact text.
 */
import { parse, type DefaultTreeAdapterMap } from 'parse5';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

/** One start tag: its lower-case name, its attributes (values decoded) and where it starts. */
export interface Tag {
  name: string;
  attrs: Record<string, string>;
  start: number;
  end: number;
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

/** Parse a page once, for every check that needs its tags or scripts. */
export function readPage(html: string): ReadPage {
  const tags: Tag[] = [];
  const found: ScriptElement[] = [];
  for (const el of elements(tree(html))) {
    const attrs: Record<string, string> = {};
    for (const a of el.attrs) if (!(a.name in attrs)) attrs[a.name] = a.value;
    const loc = el.sourceCodeLocation!;
    tags.push({ name: el.tagName, attrs, start: loc.startTag!.startOffset, end: loc.startTag!.endOffset });
    if (el.tagName === 'script') found.push({ attrs, text: loc.startTag && loc.endTag ? html.slice(loc.startTag.endOffset, loc.endTag.startOffset) : '' });
  }
  return { tags, scripts: found };
}

/** Every start tag of a page, in order. */
export function startTags(html: string): Tag[] {
  return readPage(html).tags;
}

/**
 * Blank out comments and the bodies of script, style and textarea elements (same length, so
 * offsets stay true), so a rewriter that works on the text never touches what is not markup.
 */
export function maskRawText(html: string): string {
  const chars = html.split('');
  const blank = (from: number, to: number): void => {
    for (let i = from; i < to; i++) if (chars[i] !== '\n') chars[i] = ' ';
  };
  const walk = (node: Node): void => {
    for (const child of 'childNodes' in node ? node.childNodes : []) {
      if (child.nodeName === '#comment' && child.sourceCodeLocation) blank(child.sourceCodeLocation.startOffset, child.sourceCodeLocation.endOffset);
      if ('tagName' in child && ['script', 'style', 'textarea'].includes(child.tagName)) {
        const loc = child.sourceCodeLocation;
        if (loc?.startTag && loc.endTag) blank(loc.startTag.endOffset, loc.endTag.startOffset);
        continue;
      }
      walk(child);
    }
  };
  walk(tree(html));
  return chars.join('');
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
