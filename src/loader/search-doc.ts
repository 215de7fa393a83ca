/**
 * A document's search data with the site's labels (kind and organ names, the status the graph
 * decides): what its page gives Pagefind and what its row in the code map shows, from one place.
 */
import { vi } from '../i18n/vi';
import { getKind } from '../lib/codes/kinds';
import { derivedStatus } from '../lib/graph/graph';
import { searchData, searchMeta, type SearchData } from '../lib/views/search-data';
import type { DocEntry, Site } from './site';

const labels = (site: Site) => ({
  kindName: (kind: string) => getKind(kind)?.name ?? kind,
  organName: site.context.organName,
  unknownDate: vi.doc.unknown,
  replacedBy: (id: string) => (site.graph.graph.incoming.get(id) ?? []).filter((e) => e.type === 'replaces').map((e) => e.from),
});

/** The search data of one document of the site. */
export function documentSearchData(doc: DocEntry, site: Site): SearchData {
  const status = vi.status[derivedStatus(site.graph.graph, doc.id).value] ?? vi.status.unknown!;
  return searchData(doc, site.facets, site.commonSyllables, { ...labels(site), status });
}

/** The result fields of one document, by name (no index terms: cheap, for the code map). */
export function documentSearchMeta(doc: DocEntry, site: Site): Record<string, string> {
  return Object.fromEntries(searchMeta(doc, labels(site)));
}
