/**
 * What a document page gives the search index beyond its visible text: result metadata, filter
 * values, the date to sort by and the extra terms. The filters are the site's facets themselves
 * (name = the facet's URL segment, value = the facet's label), so lists, search and the URL speak
 * one vocabulary; the status filter is the status the graph decides.
 */
import { documentKeys, extraTerms } from '../search';
import { congressOf } from '../congresses';
import { formatViDate } from '../text/dates';
import { facetSegment, type Facet, type FacetDoc } from '../site/facets';

/** The fields of a document the search data reads. */
export interface SearchDoc extends FacetDoc {
  body: string;
  data: FacetDoc['data'] & {
    summary: string;
    keyPoints: readonly string[];
    aliases: readonly { code: string }[];
    plenum?: number | undefined;
    relations?: readonly { type: string; target: string }[];
  };
}

/** Words the data is labelled with. */
export interface SearchDataLabels {
  kindName: (kind: string) => string;
  organName: (id: string) => string;
  /** The status as shown, already decided by the graph. */
  status: string;
  unknownDate: string;
  /** The documents that replaced document `id`: a search ranks them above it, as it ranks a document above what carries it out. */
  replacedBy?: ((id: string) => readonly string[]) | undefined;
}

/** Everything SearchData.astro writes, as [name, value] pairs and term strings. */
export interface SearchData {
  meta: [string, string][];
  filters: [string, string][];
  sortKey: string;
  extra: ReturnType<typeof extraTerms>;
}

// Relations by which a document carries another out or follows it up: a search ranks the one it follows first.
const CARRYING = new Set(['implements', 'guides', 'continues']);

/**
 * What a result shows and how it ranks: title, code, kind, date, issuer, code keys, summary, and
 * the ids of the documents it carries out and of those that replaced it (`parents`), so those can rank above it.
 */
export function searchMeta(doc: SearchDoc, labels: Pick<SearchDataLabels, 'kindName' | 'organName' | 'unknownDate' | 'replacedBy'>): [string, string][] {
  const d = doc.data;
  const known = d.issued !== 'unknown';
  return [
    ['title', d.title],
    ['code', d.code ?? ''],
    ['kind', labels.kindName(d.kind)],
    ['date', known ? formatViDate(d.issued) : labels.unknownDate],
    ['iso', known ? d.issued : ''],
    ['issuer', labels.organName(d.issuer)],
    ['keys', documentKeys([d.code, ...d.aliases.map((a) => a.code)]).join(' ')],
    ['summary', d.summary],
    ['parents', [...(d.relations ?? []).filter((r) => CARRYING.has(r.type)).map((r) => r.target), ...(labels.replacedBy?.(doc.id) ?? [])].join(' ')],
  ];
}

/** The search data of one document. */
export function searchData(doc: SearchDoc, facets: readonly Facet[], common: ReadonlySet<string>, labels: SearchDataLabels): SearchData {
  const d = doc.data;
  const aliases = d.aliases.map((a) => a.code);
  const filters: [string, string][] = [
    ...facets.flatMap((facet) => facet.keysOf(doc).map((key) => [facetSegment(facet), facet.labelOf(key)] as [string, string])),
    ['hieu-luc', labels.status],
  ];
  return {
    meta: searchMeta(doc, labels),
    filters,
    sortKey: d.issued !== 'unknown' ? d.issued : '0000-00-00',
    extra: extraTerms({
      code: d.code,
      aliases,
      title: d.title,
      text: [d.title, d.summary, ...d.keyPoints].join('\n'),
      body: doc.body,
      common,
      plenum: d.plenum !== undefined && d.term !== undefined ? { number: d.plenum, term: d.term } : undefined,
      congress: congressOf(d)?.number,
    }),
  };
}
