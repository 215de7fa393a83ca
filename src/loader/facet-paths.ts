/**
 * getStaticPaths for the facet lists (loại, chủ đề, năm, khóa, tỉnh, cấp): one index page per
 * facet and one page per group, from the facet table in src/lib/site/facets.ts, so a new facet
 * needs no new page file. Organs have richer pages of their own (src/pages/co-quan).
 */
import type { Facet } from '../lib/site/facets';
import { facetSegment, facetSlug } from '../lib/site/facets';
import { laterPages } from '../lib/site/paging';
import { loadSite } from './site';

/** Facets with their own page files, not listed by the generic route. */
const OWN_PAGES: ReadonlySet<Facet['id']> = new Set(['organ']);

/** The facets the generic route lists. */
function listed(): Facet[] {
  return loadSite().facets.filter((f) => !OWN_PAGES.has(f.id));
}

/** Paths `{ facet }` for every facet's index page. */
export function facetIndexPaths() {
  return listed().map((facet) => ({ params: { facet: facetSegment(facet) }, props: { facetId: facet.id } }));
}

/** Paths `{ facet, key }` for every group of every facet, with the facet id and the group's key as props. */
export function facetGroupPaths() {
  const site = loadSite();
  return listed().flatMap((facet) =>
    (site.groups.get(facet.id) ?? []).map((group) => ({
      params: { facet: facetSegment(facet), key: facetSlug(facet, group.key) },
      props: { facetId: facet.id, groupKey: group.key },
    })),
  );
}

/** Paths `{ facet, key, page }` for page 2 on of every group too long for one page (`trang-[page]`). */
export function facetGroupLaterPaths() {
  const site = loadSite();
  return listed().flatMap((facet) =>
    (site.groups.get(facet.id) ?? []).flatMap((group) =>
      laterPages(group.docs.length).map((page) => ({
        params: { facet: facetSegment(facet), key: facetSlug(facet, group.key), page: String(page) },
        props: { facetId: facet.id, groupKey: group.key, page },
      })),
    ),
  );
}
