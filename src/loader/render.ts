/**
 * A document body to HTML, with Sätteri (Astro 7's native Markdown processor: parsing in Rust,
 * GFM on), one mdast plugin that turns the references the graph already resolved into links, and
 * one hast plugin that keeps bodies text. References are not looked up again here: the loader
 * resolved each one once, with its offsets in the body, so a warm build renders exactly what a
 * cold one does.
 *
 * The guard is the second line of defence behind the content check (src/loader/markup.ts: the
 * same rules): a body that never met the check (a fixture, an import, a generated file) still
 * cannot put a script, a style, a redirect or a `javascript:` link on a page. Raw HTML other than
 * `<sup>`, `<sub>`, `<br>` without attributes is shown as the text it is; a link or image to an
 * address that is not http(s), mailto or tel keeps its words and loses its address.
 */
import { parseFragment, serializeOuter, type DefaultTreeAdapterMap } from 'parse5';
import { defineHastPlugin, defineMdastPlugin, markdownToHtml, type HastNode } from 'satteri';
import type { LocatedReference } from '../lib/references/scan';
import { isAllowedToken, readMarkup, unsafeScheme } from './markup';

/** What a text node is replaced by: plain text and links. */
type Piece = { type: 'text'; value: string } | { type: 'link'; url: string; children: [{ type: 'text'; value: string }]; data: { hProperties: Record<string, unknown> } };

/** Nodes whose text must stay as it is (a link in a link is not allowed; code is literal). */
const SKIP_PARENTS = new Set(['link', 'linkReference']);

/**
 * Split `value` (a text node spanning `start`..`end` of the body) around the linked references
 * that fall inside it. When the node's text is not the source text (escapes, entities), each
 * reference is found by its words instead of its offsets.
 */
export function splitAtReferences(value: string, source: string, start: number, end: number, refs: readonly LocatedReference[], href: (id: string) => string): Piece[] | undefined {
  const inside = refs.filter((r) => r.resolution.status === 'linked' && r.start >= start && r.end <= end);
  if (inside.length === 0) return undefined;
  const exact = source.slice(start, end) === value;
  const pieces: Piece[] = [];
  let at = 0;
  for (const ref of inside) {
    const from = exact ? ref.start - start : value.indexOf(ref.text, at);
    if (from < at || from < 0) continue;
    const to = from + ref.text.length;
    if (from > at) pieces.push({ type: 'text', value: value.slice(at, from) });
    const id = (ref.resolution as { id: string }).id;
    pieces.push({ type: 'link', url: href(id), children: [{ type: 'text', value: value.slice(from, to) }], data: { hProperties: { className: ['doc-ref'], dataRef: id } } });
    at = to;
  }
  if (at < value.length) pieces.push({ type: 'text', value: value.slice(at) });
  return pieces;
}

/** Parents that hold blocks: raw HTML there is a block of its own, shown as a paragraph. */
const BLOCK_PARENTS = new Set(['root', 'blockquote', 'li', 'section']);

/**
 * What a piece of raw HTML becomes: its allowed tags written anew (`<sup>`, `</sup>`, `<br>`) and
 * its text as text when every token is allowed; else the whole piece as text, shown as written.
 */
export function guardedRaw(value: string): HastNode[] {
  const tokens = readMarkup(value);
  if (!tokens.every(isAllowedToken)) return [{ type: 'text', value }];
  // Allowed tags are written anew, from their name alone.
  return tokens.flatMap((t): HastNode[] => {
    if (t.type === 'text') return [{ type: 'text', value: t.text }];
    if (t.type === 'start') return [{ type: 'raw', value: `<${t.name}>` }];
    if (t.type === 'end') return [{ type: 'raw', value: `</${t.name}>` }];
    return [];
  });
}

/** The hast plugin that keeps bodies text (see the head of this file). */
const bodyGuard = defineHastPlugin({
  name: 'so-tay-body-guard',
  raw(node, ctx) {
    const pieces = guardedRaw(node.value);
    const same = pieces.length === 1 && pieces[0]!.type === 'raw' && (pieces[0] as { value: string }).value === node.value;
    if (same) return;
    const parent = ctx.parent(node);
    const block = parent !== undefined && (parent.type === 'root' || (parent.type === 'element' && BLOCK_PARENTS.has(parent.tagName)));
    ctx.replaceNode(node, block ? [{ type: 'element', tagName: 'p', properties: {}, children: pieces as never }] : pieces);
  },
  element: {
    filter: ['a', 'img'],
    visit(node, ctx) {
      const address = node.tagName === 'a' ? node.properties.href : node.properties.src;
      if (typeof address !== 'string' || unsafeScheme(address) === undefined) return;
      // The words stay, the address goes: a link becomes its text, an image its description.
      const alt = node.properties.alt;
      ctx.replaceNode(node, node.tagName === 'a' ? (node.children as HastNode[]) : typeof alt === 'string' && alt !== '' ? [{ type: 'text', value: alt }] : []);
    },
  },
});

/** The body as HTML, each resolved reference a link made by `href(id)`. */
export function renderBody(body: string, refs: readonly LocatedReference[], href: (id: string) => string): string {
  const linked = refs.filter((r) => r.resolution.status === 'linked');
  const plugin = defineMdastPlugin({
    name: 'so-tay-references',
    options: { position: true },
    text(node, ctx) {
      const span = node.position;
      if (linked.length === 0 || span?.start.offset === undefined || span.end.offset === undefined) return;
      if (SKIP_PARENTS.has(ctx.parent(node)?.type ?? '')) return;
      const pieces = splitAtReferences(node.value, body, span.start.offset, span.end.offset, linked, href);
      if (pieces !== undefined) ctx.replaceNode(node, pieces as never);
    },
  });
  return markdownToHtml(body, { mdastPlugins: linked.length === 0 ? [] : [plugin], hastPlugins: [bodyGuard], features: { gfm: true, smartPunctuation: true } }).html;
}

/** One part of a rendered body: what comes before the first `##` heading, or a `##` heading and what follows it. */
export interface BodySection {
  /** The heading's text (undefined for the opening part). */
  heading?: string | undefined;
  html: string;
}

/** A rendered body cut at its `##` headings (read as an HTML tree, so a heading inside a quote or list is not a cut). */
export function bodySections(html: string): BodySection[] {
  const sections: { heading?: string | undefined; nodes: DefaultTreeAdapterMap['childNode'][] }[] = [{ nodes: [] }];
  for (const node of parseFragment(html).childNodes) {
    if (node.nodeName === 'h2') sections.push({ heading: textOf(node).trim(), nodes: [] });
    sections.at(-1)!.nodes.push(node);
  }
  return sections
    .filter((s) => s.heading !== undefined || s.nodes.some((n) => n.nodeName !== '#text' || textOf(n).trim() !== ''))
    .map((s) => ({ heading: s.heading, html: s.nodes.map((n) => serializeOuter(n)).join('') }));
}

/** The text of a node and all it holds. */
function textOf(node: DefaultTreeAdapterMap['node']): string {
  if (node.nodeName === '#text') return (node as DefaultTreeAdapterMap['textNode']).value;
  return 'childNodes' in node ? node.childNodes.map(textOf).join('') : '';
}
