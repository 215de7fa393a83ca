/** The Atom feed of the whole base: the latest additions and changes. */
import { loadSite } from '../../loader/site';
import { feedResponse } from '../../ui/feeds';

/** The feed file. */
export function GET(): Response {
  return feedResponse(loadSite().changes, { type: 'all' });
}
