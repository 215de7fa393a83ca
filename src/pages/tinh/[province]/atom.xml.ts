/** One province's Atom feed, beside its list page (/tinh/<province>/). */
import { loadSite } from '../../../loader/site';
import { feedScopes } from '../../../lib/views/feeds';
import { slugify } from '../../../lib/text/normalize';
import { feedResponse } from '../../../ui/feeds';

/** One feed per province that has a dated document. */
export function getStaticPaths() {
  const site = loadSite();
  return feedScopes(site.changes, site.context.topicName).flatMap((s) => (s.type === 'province' ? [{ params: { province: slugify(s.name) }, props: { name: s.name } }] : []));
}

/** The feed file. */
export function GET({ props }: { props: { name: string } }): Response {
  return feedResponse(loadSite().changes, { type: 'province', name: props.name });
}
