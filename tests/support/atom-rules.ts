/**
 * The Atom rules (RFC 4287) a feed must keep: well-formed XML (@xmldom/xmldom), then on a parsed
 * tree (fast-xml-parser) one feed element in the Atom namespace with exactly one id, title and
 * updated, an author (on the feed or on every entry), and entries each with one id, title, updated
 * and an alternate link; ids are IRIs, dates RFC 3339 date-times. Returns the broken rules, empty when the feed is valid.
 */
import { DOMParser } from '@xmldom/xmldom';
import { XMLParser } from 'fast-xml-parser';

const ATOM = 'http://www.w3.org/2005/Atom';
const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$/;
const IRI = /^[a-z][a-z0-9+.-]*:\S+$/i;

type Node = Record<string, unknown>;
const list = (x: unknown): Node[] => (x === undefined ? [] : Array.isArray(x) ? (x as Node[]) : [x as Node]);
const text = (x: unknown): string => (typeof x === 'object' && x !== null ? String((x as Node)['#text'] ?? '') : String(x ?? ''));

/** The broken Atom rules of `xml`, and its entries' link addresses. */
export function atomProblems(xml: string): { problems: string[]; links: string[]; entries: number } {
  // Well-formedness first, with a DOM parser that reports errors (fast-xml-parser is lenient).
  const errors: string[] = [];
  try {
    new DOMParser({ onError: (level, message) => (level === 'warning' ? undefined : errors.push(message)) }).parseFromString(xml, 'text/xml');
  } catch (e) {
    errors.push((e as Error).message);
  }
  if (errors.length > 0) return { problems: [`XML không hợp lệ: ${errors[0]}`], links: [], entries: 0 };
  const tree = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', isArray: (name) => ['entry', 'link', 'id', 'title', 'updated', 'author'].includes(name) }).parse(xml) as Node;
  const problems: string[] = [];
  const feed = tree['feed'] as Node | undefined;
  if (feed === undefined) return { problems: ['không có phần tử feed'], links: [], entries: 0 };
  if (feed['@xmlns'] !== ATOM) problems.push('feed không thuộc không gian tên Atom');
  const one = (node: Node, name: string, where: string): void => {
    if (list(node[name]).length !== 1) problems.push(`${where}: cần đúng một <${name}>`);
  };
  for (const name of ['id', 'title', 'updated']) one(feed, name, 'feed');
  if (!IRI.test(text(list(feed['id'])[0]))) problems.push('feed: id không phải IRI');
  if (!RFC3339.test(text(list(feed['updated'])[0]))) problems.push('feed: updated không phải ngày giờ RFC 3339');
  if (!list(feed['link']).some((l) => l['@rel'] === 'self')) problems.push('feed: thiếu link rel="self"');
  const entries = list(feed['entry']);
  const feedAuthor = list(feed['author']).length > 0;
  const links: string[] = [];
  entries.forEach((e, i) => {
    const where = `entry ${i + 1}`;
    for (const name of ['id', 'title', 'updated']) one(e, name, where);
    if (!IRI.test(text(list(e['id'])[0]))) problems.push(`${where}: id không phải IRI`);
    if (!RFC3339.test(text(list(e['updated'])[0]))) problems.push(`${where}: updated không phải ngày giờ RFC 3339`);
    if (e['published'] !== undefined && !RFC3339.test(text(e['published']))) problems.push(`${where}: published không phải ngày giờ RFC 3339`);
    if (!feedAuthor && list(e['author']).length === 0) problems.push(`${where}: thiếu author`);
    const alt = list(e['link']).filter((l) => (l['@rel'] ?? 'alternate') === 'alternate');
    if (alt.length !== 1 && e['content'] === undefined) problems.push(`${where}: cần một link rel="alternate" hoặc content`);
    for (const l of alt) links.push(String(l['@href']));
  });
  const ids = entries.map((e) => text(list(e['id'])[0]));
  if (new Set(ids).size !== ids.length) problems.push('hai entry cùng id');
  return { problems, links, entries: entries.length };
}
