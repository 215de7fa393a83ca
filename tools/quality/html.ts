/**
 * A small, forgiving reader of built HTML for the delivery checks: the start tags with their
 * attributes, the ids a page offers as anchors, the inline scripts. It does not build a tree:
 * the checks only need tags and attributes, and Astro's output is regular.
 */

/** One start tag: its lower-case name, its attributes (values decoded) and where it starts. */
export interface Tag {
  name: string;
  attrs: Record<string, string>;
  start: number;
  end: number;
}

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Decode the character references an attribute value may hold (`&amp;`, `&#47;`, `&#x2F;`). */
export function decodeEntities(value: string): string {
  return value.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (all, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return Number.isFinite(code) ? String.fromCodePoint(code) : all;
    }
    return NAMED[ref.toLowerCase()] ?? all;
  });
}

/**
 * Blank out comments and the bodies of script, style and textarea elements (same length, so
 * offsets stay true), so text inside them is never read as tags.
 */
export function maskRawText(html: string): string {
  const blank = (s: string) => s.replace(/[^\n]/g, ' ');
  return html
    .replace(/<!--[\s\S]*?-->/g, blank)
    .replace(/(<(script|style|textarea)\b[^>]*>)([\s\S]*?)(<\/\2\s*>)/gi, (_all, open: string, _n, body: string, close: string) => open + blank(body) + close);
}

const TAG = /<([a-zA-Z][\w:-]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'>]+))?)*)\s*\/?>/g;
const ATTR = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?/g;

/** Every start tag of a page, in order. */
export function startTags(html: string): Tag[] {
  const masked = maskRawText(html);
  const tags: Tag[] = [];
  for (const m of masked.matchAll(TAG)) {
    const attrs: Record<string, string> = {};
    for (const a of (m[2] ?? '').matchAll(ATTR)) {
      const name = a[1]!.toLowerCase();
      if (!(name in attrs)) attrs[name] = decodeEntities(a[2] ?? a[3] ?? a[4] ?? '');
    }
    tags.push({ name: m[1]!.toLowerCase(), attrs, start: m.index, end: m.index + m[0].length });
  }
  return tags;
}

/** The anchors a page offers: every `id`, and `name` on `<a>`. */
export function anchorIds(html: string): Set<string> {
  const ids = new Set<string>();
  for (const tag of startTags(html)) {
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

/** Every `<script>` of a page with its attributes and text (empty for external scripts). */
export function scripts(html: string): ScriptElement[] {
  const out: ScriptElement[] = [];
  const masked = maskRawText(html);
  for (const m of masked.matchAll(/<script\b[^>]*>/gi)) {
    const [tag] = startTags(m[0]);
    const bodyStart = m.index + m[0].length;
    const close = html.toLowerCase().indexOf('</script', bodyStart);
    out.push({ attrs: tag?.attrs ?? {}, text: close === -1 ? '' : html.slice(bodyStart, close) });
  }
  return out;
}
