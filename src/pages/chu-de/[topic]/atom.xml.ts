/** One topic's Atom feed, beside its list page (/chu-de/<topic>/). */
import { loadSite } from '../../../loader/site';
import { feedScopes } from '../../../lib/views/feeds';
import { feedResponse } from '../../../ui/feeds';

/** One feed per topic that has a dated document. */
export function getStaticPaths() {
  const site = loadSite();
  return feedScopes(site.changes, site.context.topicName).flatMap((s) => (s.type === 'topic' ? [{ params: { topic: s.id }, props: { id: s.id, name: s.name } }] : []));
}

/** The feed file. */
export function GET({ props }: { props: { id: string; name: string } }): Response {
  return feedResponse(loadSite().changes, { type: 'topic', id: props.id, name: props.name });
}
