/**
 * A document body to HTML, with Sätteri (Astro 7's native Markdown processor: parsing in Rust,
 * GFM on) and one mdast plugin that turns the references the graph already resolved into links.
 * References are not looked up again here: the loader resolved each one once, with its offsets
 * in the body, so a warm build renders exactly what a cold one does.
 */
import { parseFragment, serializeOuter, type DefaultTreeAdapterMap } from 'parse5';
import { defineMdastPlugin, markdownToHtml } from 'satteri';
import type { LocatedReference } from '../lib/references/scan';

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
  return markdownToHtml(body, { mdastPlugins: linked.length === 0 ? [] : [plugin], features: { gfm: true, smartPunctuation: true } }).html;
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
