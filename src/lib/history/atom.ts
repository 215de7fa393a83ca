/**
 * An Atom feed (RFC 4287) as text: the feed's id, title, updated, author and self link, and one
 * entry per change with id, title, updated, published, alternate link and summary. Ids are tag
 * URIs (RFC 4151), so they do not depend on the host the intranet serves the site from; links are
 * paths with the base, resolved against the feed's own address.
 */

/** One entry of a feed. */
export interface AtomEntry {
  id: string;
  title: string;
  /** Path with the base ("/sotay/van-ban/x/"). */
  href: string;
  /** ISO dates. */
  updated: string;
  published: string;
  summary?: string | undefined;
  category?: string | undefined;
  /** What a browser shows of the entry: paragraphs and a link to the page (XHTML content, so the link is live where the feed is read as a page). */
  content?: { paragraphs: string[]; link: string; href: string } | undefined;
}

/** A whole feed. */
export interface AtomFeed {
  id: string;
  title: string;
  subtitle?: string | undefined;
  author: string;
  /** The feed's own path and the page it mirrors (with the base). */
  self: string;
  alternate: string;
  /** ISO date; the newest entry's, or the given fallback when there is no entry. */
  updated: string;
  /** A CSS stylesheet's address (relative to the feed) that browsers show the feed with, when given. */
  stylesheet?: string | undefined;
  entries: AtomEntry[];
}

/** An entry's XHTML content: its paragraphs and the link to its page. */
function xhtmlContent(content: NonNullable<AtomEntry['content']>): string {
  const paragraphs = content.paragraphs.map((p) => `<p>${xmlEscape(p)}</p>`).join('');
  return `\n    <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">${paragraphs}<p><a href="${xmlEscape(content.href)}">${xmlEscape(content.link)}</a></p></div></content>`;
}

/** Escape text for XML content and attributes. */
export function xmlEscape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}

/** A date as an RFC 3339 date-time (Atom needs a time): midnight UTC of that day. */
export function atomDate(iso: string): string {
  return /^\d{4}-\d{2}-\d{2}$/.test(iso) ? `${iso}T00:00:00Z` : iso;
}

/** A tag URI for the site's things ("tag:so-tay-nghi-quyet,2025:van-ban/58-nq-tw-2020"). */
export function tagUri(specific: string): string {
  return `tag:so-tay-nghi-quyet,2025:${specific}`;
}

/** The feed as XML text. */
export function atomXml(feed: AtomFeed): string {
  const e = xmlEscape;
  const entries = feed.entries.map(
    (x) => `  <entry>
    <id>${e(x.id)}</id>
    <title>${e(x.title)}</title>
    <link rel="alternate" type="text/html" href="${e(x.href)}"/>
    <published>${atomDate(x.published)}</published>
    <updated>${atomDate(x.updated)}</updated>${x.category === undefined ? '' : `\n    <category term="${e(x.category)}"/>`}${x.summary === undefined ? '' : `\n    <summary>${e(x.summary)}</summary>`}${x.content === undefined ? '' : xhtmlContent(x.content)}
  </entry>`,
  );
  const style = feed.stylesheet === undefined ? '' : `<?xml-stylesheet type="text/css" href="${e(feed.stylesheet)}"?>\n`;
  return `<?xml version="1.0" encoding="utf-8"?>
${style}<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="vi">
  <id>${e(feed.id)}</id>
  <title>${e(feed.title)}</title>${feed.subtitle === undefined ? '' : `\n  <subtitle>${e(feed.subtitle)}</subtitle>`}
  <updated>${atomDate(feed.updated)}</updated>
  <author><name>${e(feed.author)}</name></author>
  <link rel="self" type="application/atom+xml" href="${e(feed.self)}"/>
  <link rel="alternate" type="text/html" href="${e(feed.alternate)}"/>
${entries.join('\n')}${entries.length > 0 ? '\n' : ''}</feed>
`;
}
