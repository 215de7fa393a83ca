/** getStaticPaths for facet pages: one page per group of a facet (a kind, a year, a province …). */
import type { Facet } from '../lib/site/facets';
import { facetSlug } from '../lib/site/facets';
import { loadSite } from './site';

/** Paths `{ key }` with the facet id and the group's key as props. */
export async function facetStaticPaths(facetId: Facet['id']) {
  const site = loadSite();
  const facet = site.facets.find((f) => f.id === facetId);
  if (facet === undefined) throw new Error(`Không có cách duyệt "${facetId}"`);
  return (site.groups.get(facetId) ?? []).map((group) => ({
    params: { key: facetSlug(facet, group.key) },
    props: { facetId, groupKey: group.key },
  }));
}
