/**
 * The one reader of the content. `loadSite()` reads the content folder, checks every file and
 * every rule between entries, builds the document graph (references resolved once) and the facet
 * groups, all once per process: the integration (before the build), every page, the search
 * terms and the offline copy take from it. Nothing else reads content from disk.
 *
 * Why a memo on globalThis: Astro runs the integration from the config and renders pages from a
 * separately bundled copy of this module, in the same process; a module-level variable would be
 * two variables, globalThis is one.
 */
import { resolve } from 'node:path';
import { facetGroups, facets, type Facet, type FacetContext } from '../lib/site/facets';
import { sortNewest, type Group } from '../lib/site/listing';
import type { ContentGraph } from '../lib/graph/analyse';
import type { LocatedReference } from '../lib/references/scan';
import { commonSyllables } from '../lib/search/terms';
import { vi } from '../i18n/vi';
import { fold } from '../lib/text/normalize';
import { formatViDate } from '../lib/text/dates';
import { readContent } from './read';
import { readHistory } from './history';
import { changeNoteErrors, committedTexts } from './change-note';
import { latestChanges, type Change } from '../lib/history/changes';
import type { FileDates } from '../lib/history/git-log';
import { checkContent, type ContentCheck, type ValidDocument, type ValidReport } from './check';
import { formatContentErrors, type ContentError } from './errors';
import type { Organ } from './schemas/organ';
import type { Province } from './schemas/province';
import type { Topic } from './schemas/topic';

/** A document as the pages use it: id, file, validated data, body. */
export type DocEntry = ValidDocument;
/** An organ, shaped like the documents (`id` and `data`). */
export interface OrganEntry {
  id: string;
  data: Organ;
}
/** A topic. */
export interface TopicEntry {
  id: string;
  data: Topic;
}
/** A province, old or new. */
export interface ProvinceEntry {
  id: string;
  data: Province;
}
/** A report of results against targets. */
export type ReportEntry = ValidReport;

/** What every page may need, built once. */
export interface Site {
  documents: DocEntry[];
  organs: OrganEntry[];
  topics: TopicEntry[];
  provinces: ProvinceEntry[];
  reports: ReportEntry[];
  docById: Map<string, DocEntry>;
  organById: Map<string, OrganEntry>;
  /** Provinces by their folded name (fold of `name`): documents and organs name their province. */
  provinceByName: Map<string, ProvinceEntry>;
  /** Every organ's data, for the views that read organ history. */
  organData: Organ[];
  /** The day of the build (ISO): target periods that ended by then say so. */
  today: string;
  /** Reports by the document whose targets they report against. */
  reportsByDoc: Map<string, ReportEntry[]>;
  /** Old document ids (formerIds) → the current id, for redirect pages. */
  formerDocIds: Map<string, string>;
  /** Old organ ids → the current id. */
  formerOrganIds: Map<string, string>;
  context: FacetContext;
  facets: Facet[];
  /** Every facet's groups over the documents, by facet id: grouped once per build, not on every page. */
  groups: Map<Facet['id'], Group<DocEntry>[]>;
  /** The document graph: edges both ways, references in the bodies, shared codes and aliases. */
  graph: ContentGraph;
  /** The references found in each document's body (resolved once, with their offsets), by document id. */
  referencesByDoc: Map<string, LocatedReference[]>;
  /** Each document's added and last-changed dates, newest change first (fields, else the content's git history). */
  changes: Change<DocEntry>[];
  /** Syllables too common across the bodies to index alone (search/terms.ts `commonSyllables`). */
  commonSyllables: Set<string>;
}

/** The content had errors: the message lists every one with file, line, field and fix. */
export class ContentCheckError extends Error {
  /** The errors, for tools that print them their own way. */
  readonly errors: readonly ContentError[];
  constructor(errors: readonly ContentError[]) {
    super(formatContentErrors(errors));
    this.name = 'ContentCheckError';
    this.errors = errors;
  }
}

/** Assemble the site's data from a passing check. */
export function siteFromCheck(check: ContentCheck, history: ReadonlyMap<string, FileDates> = new Map()): Site {
  const organs = check.organs.map((o) => ({ id: o.id, data: o }));
  const topics = check.topics.map((t) => ({ id: t.id, data: t }));
  const organById = new Map(organs.map((o) => [o.id, o]));
  const provinceById = new Map(check.provinces.map((p) => [p.id, p]));
  const provinces = check.provinces.map((p) => ({ id: p.id, data: p }));
  const provinceByName = new Map(provinces.map((p) => [fold(p.data.name), p]));
  const topicById = new Map(topics.map((t) => [t.id, t]));
  const context: FacetContext = {
    organName: (id) => organById.get(id)?.data.name ?? id,
    topicName: (id) => topicById.get(id)?.data.name ?? id,
    provinceLabel: (name) => {
      const province = provinceByName.get(fold(name))?.data;
      const into = province?.mergedInto === undefined ? undefined : provinceById.get(province.mergedInto);
      return into === undefined || province?.since === undefined ? name : vi.province.mergedLabel(name, into.name, formatViDate(province.since));
    },
    labels: { ...vi.list, unknownProvince: vi.doc.unknownProvince, scope: vi.scope },
  };
  const sorted = sortNewest(check.documents);
  const allFacets = facets(context);
  return {
    documents: sorted,
    organs,
    topics,
    provinces,
    provinceByName,
    reports: check.reports,
    docById: new Map(check.documents.map((d) => [d.id, d])),
    organById,
    organData: check.organs,
    today: new Date().toISOString().slice(0, 10),
    reportsByDoc: Map.groupBy(check.reports.filter((r) => r.data.document !== undefined), (r) => r.data.document!),
    formerDocIds: new Map(check.documents.flatMap((d) => d.data.formerIds.map((old) => [old, d.id] as const))),
    formerOrganIds: new Map(check.organs.flatMap((o) => o.formerIds.map((old) => [old, o.id] as const))),
    context,
    facets: allFacets,
    groups: new Map(allFacets.map((f) => [f.id, facetGroups(f, sorted)])),
    graph: check.graph,
    referencesByDoc: Map.groupBy(check.graph.references, (r) => r.sourceId),
    changes: latestChanges(check.documents, history),
    commonSyllables: commonSyllables(check.documents.map((d) => d.body)),
  };
}

const MEMO = Symbol.for('so-tay-nghi-quyet.site');
type Memo = Map<string, Site>;

/** Where the content lives: CONTENT_ROOT (fixture sites in tests) or the working directory. */
function contentRoot(): string {
  return resolve(process.env.CONTENT_ROOT ?? process.cwd());
}

/**
 * The site data for the content under `root` (memoised per process). Throws
 * {@link ContentCheckError} when any file or rule fails.
 */
export function loadSite(root: string = contentRoot()): Site {
  const memo = ((globalThis as Record<symbol, Memo | undefined>)[MEMO] ??= new Map());
  const key = resolve(root);
  let site = memo.get(key);
  if (site === undefined) {
    if (process.env.SO_TAY_TRACE_LOAD === '1') console.log(`[loader] đọc nội dung: ${key}`);
    const files = readContent(key);
    const check = checkContent(files);
    const errors = [...check.errors, ...changeNoteErrors(files.documents, committedTexts(key))];
    if (errors.length > 0) throw new ContentCheckError(errors);
    site = siteFromCheck(check, readHistory(key));
    memo.set(key, site);
  }
  return site;
}

/** Forget what was loaded (the dev server calls this when a content file changes). */
export function forgetSite(): void {
  (globalThis as Record<symbol, Memo | undefined>)[MEMO]?.clear();
}
