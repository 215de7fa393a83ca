/**
 * Lists several pages share, computed once per loaded site (the loader's memo) rather than once
 * per page: a list cut into a hundred pages is sorted once, not a hundred times.
 */
import { missingReferenceGroups, type MissingGroup } from '../lib/views/missing-references';
import { sharedCodeRows, type SharedCodeRow } from '../lib/views/shared-codes';
import { loadSite, type DocEntry, type Site } from './site';
import type { RelationType } from '../lib/model';
import { sortNewest } from '../lib/site/listing';
import { cutRelatedLists } from '../lib/views/related';

/** `compute` over the current site, remembered for that site object (a new load computes again). */
function perSite<T>(compute: (site: Site) => T): () => T {
  const memo = new WeakMap<Site, T>();
  return () => {
    const site = loadSite();
    let value = memo.get(site);
    if (value === undefined) {
      value = compute(site);
      memo.set(site, value);
    }
    return value;
  };
}

/** The editors' list of unresolved references, by kind (src/lib/views/missing-references.ts). */
export const missingGroups: () => MissingGroup[] = perSite((site) => missingReferenceGroups(site.graph.references));

/** The index of shared-code and same-number pages, by spelling (src/lib/views/shared-codes.ts). */
export const sharedCodeIndex: () => SharedCodeRow[] = perSite((site) => sharedCodeRows(site.graph.codePages, site.graph.sameNumber, (id) => site.docById.get(id)?.data.code ?? id));

/** A document's incoming relation too long for its page, with every document in it, newest first. */
export interface RelatedList {
  id: string;
  type: RelationType;
  docs: DocEntry[];
}

/** Every list a document page cuts short (src/lib/views/related.ts), for its own numbered pages. */
export const relatedLists: () => RelatedList[] = perSite((site) =>
  cutRelatedLists(site.graph.graph, site.documents.map((d) => d.id)).map((l) => ({ id: l.id, type: l.type, docs: sortNewest(l.docs.map((d) => site.docById.get(d)!)) })),
);
