/**
 * The feeds and the "Mới cập nhật" page as data: which documents each feed lists (the whole base,
 * one province, one topic), newest change first, with links under the base path. Words come in
 * as labels, so the domain holds no UI string.
 */
import type { Change, ChangeDoc } from '../history/changes';
import { atomXml, tagUri, type AtomFeed } from '../history/atom';
import { paths, relativePath, withBase } from '../paths';
import { formatViDate } from '../text/dates';
import { slugify } from '../text/normalize';

/** The words a feed is written with. */
export interface FeedLabels {
  siteName: string;
  author: string;
  wholeTitle: string;
  provinceTitle: (name: string) => string;
  topicTitle: (name: string) => string;
  added: string;
  changed: string;
  /** The subtitle a browser shows above the entries: what a feed is and how to use it. */
  about: string;
  /** The link from an entry to its page. */
  openPage: string;
}

/** Which feed: the whole base, a province (its name) or a topic (id and name). */
export type FeedScope = { type: 'all' } | { type: 'province'; name: string } | { type: 'topic'; id: string; name: string };

/** How many changes a feed and the page list. */
export const FEED_LENGTH = 50;

/** The changes a feed lists. */
export function changesFor<T extends ChangeDoc>(changes: readonly Change<T>[], scope: FeedScope): Change<T>[] {
  if (scope.type === 'all') return [...changes];
  if (scope.type === 'province') return changes.filter((c) => c.doc.data.province === scope.name);
  return changes.filter((c) => c.doc.data.topics?.includes(scope.id) === true);
}

/** The line a change is shown with: "Thêm mới 05/08/2025" or "Cập nhật 05/08/2025: what changed". */
export function changeLine(change: Change, labels: Pick<FeedLabels, 'added' | 'changed'>): string {
  const what = change.kind === 'added' ? labels.added : labels.changed;
  return `${what} ${formatViDate(change.changed)}${change.note === undefined ? '' : `: ${change.note}`}`;
}

/** One feed as Atom XML, links under `base`. */
export function feedXml(all: readonly Change[], scope: FeedScope, base: string, labels: FeedLabels): string {
  const changes = changesFor(all, scope).slice(0, FEED_LENGTH);
  const self = scope.type === 'all' ? paths.feed() : scope.type === 'province' ? paths.provinceFeed(scope.name) : paths.topicFeed(scope.id);
  const page = scope.type === 'all' ? paths.changes() : scope.type === 'province' ? paths.province(scope.name) : paths.topic(scope.id);
  const title = scope.type === 'all' ? labels.wholeTitle : scope.type === 'province' ? labels.provinceTitle(scope.name) : labels.topicTitle(scope.name);
  // A feed with no entry still needs a date: the base's newest change, which is when it last could have had one.
  const updated = changes[0]?.changed ?? all[0]?.changed ?? '2025-01-01';
  const feed: AtomFeed = {
    id: tagUri(scope.type === 'all' ? 'moi-cap-nhat' : scope.type === 'province' ? `tinh/${slugify(scope.name)}` : `chu-de/${scope.id}`),
    title: `${title} · ${labels.siteName}`,
    subtitle: labels.about,
    author: labels.author,
    // Relative, so the feed shows as a page from the `file://` copy too.
    stylesheet: relativePath(self, paths.feedStyle()),
    self: withBase(base, self),
    alternate: withBase(base, page),
    updated,
    entries: changes.map((c) => ({
      id: tagUri(`van-ban/${c.doc.id}`),
      title: c.doc.data.code === undefined ? c.doc.data.title : `${c.doc.data.code}: ${c.doc.data.title}`,
      href: withBase(base, paths.document(c.doc.id)),
      updated: c.changed,
      published: c.added,
      category: c.kind,
      summary: `${changeLine(c, labels)}. ${c.doc.data.summary ?? ''}`.trim(),
      content: { paragraphs: [changeLine(c, labels), ...(c.doc.data.summary === undefined ? [] : [c.doc.data.summary])], link: labels.openPage, href: relativePath(self, paths.document(c.doc.id)) },
    })),
  };
  return atomXml(feed);
}

/** The feeds the site publishes: the whole base, each province and topic that has a dated document. */
export function feedScopes(changes: readonly Change[], topicName: (id: string) => string): FeedScope[] {
  const provinces = [...new Set(changes.flatMap((c) => (c.doc.data.province === undefined || c.doc.data.province === 'unknown' ? [] : [c.doc.data.province])))];
  const topics = [...new Set(changes.flatMap((c) => [...(c.doc.data.topics ?? [])]))];
  return [{ type: 'all' }, ...provinces.map((name) => ({ type: 'province' as const, name })), ...topics.map((id) => ({ type: 'topic' as const, id, name: topicName(id) }))];
}
