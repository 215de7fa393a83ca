/**
 * The ways into the documents (loại, cơ quan, chủ đề, năm, khóa, tỉnh, cấp): each facet says
 * which keys a document falls under, how a key is named, where its page is, and how groups sort.
 */
import { getKind, KINDS } from '../codes/kinds';
import { LEVELS } from '../model';
import { fromRoman } from '../text/terms';
import { paths } from '../paths';
import { slugify } from '../text/normalize';
import { groupBy, type Group, type Listable } from './listing';

/** The fields facets read, beyond what listings read. */
export interface FacetDoc extends Listable {
  data: Listable['data'] & {
    kind: string;
    issuer: string;
    term?: string | undefined;
    scope: string;
    province?: string | undefined;
    topics: readonly string[];
  };
}

/** The words facets are named with (the UI dictionary's `list` section and level names). */
export interface FacetLabels {
  byKind: string;
  byOrgan: string;
  byTopic: string;
  byYear: string;
  byTerm: string;
  byProvince: string;
  byScope: string;
  unknownYear: string;
  unknownTerm: string;
  unknownProvince: string;
  year: (year: string) => string;
  term: (roman: string) => string;
  scope: Readonly<Record<string, string>>;
}

/** Names of organs and topics, and the words for the facets themselves. */
export interface FacetContext {
  organName: (id: string) => string;
  topicName: (id: string) => string;
  /** A province as listed: its name, and what became of it (merged into another since a date). */
  provinceLabel?: ((name: string) => string) | undefined;
  labels: FacetLabels;
}

/** One facet. */
export interface Facet {
  id: 'kind' | 'organ' | 'topic' | 'year' | 'term' | 'province' | 'scope';
  title: string;
  indexPath: string;
  keysOf: (doc: FacetDoc) => string[];
  /** The group's name: the value lists, search filters and the URL share ("2017", "Khóa XIII", "Nghị quyết"). */
  labelOf: (key: string) => string;
  /** The group's heading where the bare value reads badly on its own ("Năm 2017"); defaults to the label. */
  headingOf?: (key: string) => string;
  pathOf: (key: string) => string;
  order?: (a: Group<FacetDoc>, b: Group<FacetDoc>) => number;
}

const kindOrder = new Map<string, number>(KINDS.map((k, i) => [k.id, i]));
const scopeOrder = new Map<string, number>(LEVELS.map((l, i) => [l, i]));
const UNKNOWN_KEY = 'chua-ro';

/** All facets, in the order the site lists them. */
export function facets(ctx: FacetContext): Facet[] {
  const { labels } = ctx;
  const showProvince = (p: string): string => (p === 'unknown' ? labels.unknownProvince : (ctx.provinceLabel?.(p) ?? p));
  return [
    {
      id: 'kind', title: labels.byKind, indexPath: paths.kinds(),
      keysOf: (d) => [d.data.kind], labelOf: (k) => getKind(k)?.name ?? k, pathOf: paths.kind,
      order: (a, b) => (kindOrder.get(a.key) ?? 99) - (kindOrder.get(b.key) ?? 99),
    },
    { id: 'organ', title: labels.byOrgan, indexPath: paths.organs(), keysOf: (d) => [d.data.issuer], labelOf: ctx.organName, pathOf: paths.organ },
    { id: 'topic', title: labels.byTopic, indexPath: paths.topics(), keysOf: (d) => [...d.data.topics], labelOf: ctx.topicName, pathOf: paths.topic },
    {
      id: 'year', title: labels.byYear, indexPath: paths.years(),
      keysOf: (d) => [d.data.issued === 'unknown' ? UNKNOWN_KEY : d.data.issued.slice(0, 4)],
      labelOf: (k) => (k === UNKNOWN_KEY ? labels.unknownYear : k),
      headingOf: (k) => (k === UNKNOWN_KEY ? labels.unknownYear : labels.year(k)),
      pathOf: paths.year,
      order: (a, b) => (a.key === UNKNOWN_KEY ? 1 : b.key === UNKNOWN_KEY ? -1 : b.key.localeCompare(a.key)),
    },
    {
      id: 'term', title: labels.byTerm, indexPath: paths.terms(),
      keysOf: (d) => [d.data.term ?? UNKNOWN_KEY],
      labelOf: (k) => (k === UNKNOWN_KEY ? labels.unknownTerm : labels.term(k)), pathOf: (k) => paths.term(k),
      order: (a, b) => (fromRoman(b.key) ?? -1) - (fromRoman(a.key) ?? -1),
    },
    {
      id: 'province', title: labels.byProvince, indexPath: paths.provinces(),
      keysOf: (d) => (d.data.province === undefined ? [] : [d.data.province]),
      labelOf: (k) => showProvince(k), pathOf: (k) => paths.province(k === 'unknown' ? UNKNOWN_KEY : k),
    },
    {
      id: 'scope', title: labels.byScope, indexPath: paths.scopes(),
      keysOf: (d) => [d.data.scope], labelOf: (k) => labels.scope[k] ?? k, pathOf: paths.scope,
      order: (a, b) => (scopeOrder.get(a.key) ?? -1) - (scopeOrder.get(b.key) ?? -1),
    },
  ];
}

/** The groups of one facet over the documents. */
export function facetGroups<T extends FacetDoc>(facet: Facet, docs: readonly T[]): Group<T>[] {
  return groupBy(docs, facet.keysOf, facet.labelOf, facet.order as ((a: Group<T>, b: Group<T>) => number) | undefined);
}

/** The last URL segment of a group's page, as Astro's getStaticPaths needs it. */
export function facetSlug(facet: Facet, key: string): string {
  const path = facet.pathOf(key);
  return path.split('/').filter(Boolean).pop() ?? slugify(key);
}

/** The URL segment of a facet's index page ("/loai/" → "loai"): also the facet's name in search filters and the URL. */
export function facetSegment(facet: Pick<Facet, 'indexPath' | 'id'>): string {
  return facet.indexPath.split('/').filter(Boolean)[0] ?? facet.id;
}
