/**
 * The site's data, loaded from the collections once per build and shared by every page.
 * Pages import `loadSite()`; everything it returns is plain data built by src/lib/.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { facetGroups, facets, type Facet, type FacetContext } from '../lib/site/facets';
import { sortNewest, type Group } from '../lib/site/listing';
import { analyseContent, type ContentGraph } from '../lib/graph/analyse';
import { readContent } from './read';
import { checkContent } from './check';
import { commonSyllables } from '../lib/search/terms';

/** A document entry as the pages use it. */
export type DocEntry = CollectionEntry<'documents'>;
/** An organ entry. */
export type OrganEntry = CollectionEntry<'organs'>;
/** A report entry. */
export type ReportEntry = CollectionEntry<'reports'>;

/** What every page may need, built once. */
export interface Site {
  documents: DocEntry[];
  organs: OrganEntry[];
  topics: CollectionEntry<'topics'>[];
  reports: ReportEntry[];
  docById: Map<string, DocEntry>;
  organById: Map<string, OrganEntry>;
  context: FacetContext;
  facets: Facet[];
  /** Every facet's groups over the documents, by facet id: grouped once per build, not on every page. */
  groups: Map<Facet['id'], Group<DocEntry>[]>;
  /** The document graph: edges both ways, references in the bodies, shared codes and aliases. */
  graph: ContentGraph;
  /** Syllables too common across the bodies to index alone (search/terms.ts `commonSyllables`). */
  commonSyllables: Set<string>;
}

let cached: Promise<Site> | undefined;

async function build(): Promise<Site> {
  const [documents, organs, topics, reports] = await Promise.all([
    getCollection('documents'),
    getCollection('organs'),
    getCollection('topics'),
    getCollection('reports'),
  ]);
  const organById = new Map(organs.map((o) => [o.id, o]));
  const topicById = new Map(topics.map((t) => [t.id, t]));
  const context: FacetContext = {
    organName: (id) => organById.get(id)?.data.name ?? id,
    topicName: (id) => topicById.get(id)?.data.name ?? id,
  };
  const sorted = sortNewest(documents);
  const allFacets = facets(context);
  return {
    documents: sorted,
    organs,
    topics,
    reports,
    docById: new Map(documents.map((d) => [d.id, d])),
    organById,
    context,
    facets: allFacets,
    groups: new Map(allFacets.map((f) => [f.id, facetGroups(f, sorted)])),
    graph: contentGraph(),
    commonSyllables: commonSyllables(documents.map((d) => d.body ?? '')),
  };
}

/** The graph over the same content files the content check validated (bodies with their lines). */
function contentGraph(): ContentGraph {
  const check = checkContent(readContent(process.cwd()));
  return analyseContent(check.documents, check.organs);
}

/** The site data (memoised: collections are read and indexed once per build). */
export function loadSite(): Promise<Site> {
  cached ??= build();
  return cached;
}
