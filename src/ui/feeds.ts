/** The feeds' words from the UI dictionary, and a feed rendered under the configured base. */
import { vi } from '../i18n/vi';
import type { Change } from '../lib/history/changes';
import { feedXml, type FeedLabels, type FeedScope } from '../lib/views/feeds';

/** The words every feed is written with. */
export const feedLabels: FeedLabels = {
  siteName: vi.siteName,
  author: vi.changes.author,
  wholeTitle: vi.changes.wholeFeed,
  provinceTitle: vi.changes.provinceFeed,
  topicTitle: vi.changes.topicFeed,
  added: vi.changes.added,
  changed: vi.changes.changed,
  about: vi.changes.feedAbout,
  openPage: vi.changes.openPage,
};

/** A feed as an HTTP response body, links under the site's base path. */
export function feedResponse(changes: readonly Change[], scope: FeedScope): Response {
  return new Response(feedXml(changes, scope, import.meta.env.BASE_URL, feedLabels), { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
}
