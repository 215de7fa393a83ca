/**
 * The targets overview as the pages and its filters' data files show it: which rows there are and
 * in what order is the domain's (src/lib/views/targets-overview.ts, over the loader's documents and
 * reports), and the text of each row (the document's label and wording, the reporting organ, the
 * report's source) is printed from the entries of the content collections, like every other page.
 *
 * A build computes it once and shares it between the overview's pages and its data files (a list
 * cut into a hundred pages is sorted once); the dev server computes it for each request, since the
 * loader may have read a save that Astro has not yet written to its store.
 */
import { getCollection } from 'astro:content';
import { loadSite, type Site } from '../loader/site';
import { targetsOverview } from '../lib/views/targets-overview';
import { targetShards, type TargetRowView } from '../lib/views/target-shards';
import { entriesOf, resolved } from './entries';
import { targetRowView } from './target-rows';
import { buildMemo } from './build-memo';

/** The targets overview: every row as shown (newest document first, its targets in order), the filters' values and their data files. */
export interface TargetOverviewData {
  rows: TargetRowView[];
  provinces: string[];
  /** The topics the filter offers, with their names from the topics collection. */
  topics: { id: string; name: string }[];
  years: number[];
  shards: Map<string, TargetRowView[]>;
}

/** The overview of `site`, its rows printed from the collections (a row whose document the store does not hold yet is left out). */
async function compute(site: Site): Promise<TargetOverviewData> {
  const reportsOf = (id: string) => (site.reportsByDoc.get(id) ?? []).map((r) => ({ id: r.id, asOf: r.data.asOf, results: r.data.results }));
  const view = targetsOverview(
    site.documents.map((d) => ({ id: d.id, province: d.data.province, topics: d.data.topics, targets: d.data.targets })),
    reportsOf,
    site.today,
  );
  const [docs, reports, topics] = await Promise.all([
    entriesOf('documents', [...new Set(view.rows.map((row) => row.docId))]),
    getCollection('reports'),
    entriesOf('topics', view.topics),
  ]);
  const docById = new Map(docs.map((e) => [e.id, e]));
  const reportById = new Map(reports.map((r) => [r.id, r]));
  const organName = new Map((await resolved([...new Map(reports.map((r) => [r.data.organ.id, r.data.organ])).values()])).map((o) => [o.id, o.data.name]));
  const rows = view.rows
    .filter((row) => docById.has(row.docId))
    .map((row) =>
      targetRowView(row, {
        doc: (id) => docById.get(id)!,
        report: (id) => {
          const r = reportById.get(id);
          return r === undefined ? undefined : { organ: organName.get(r.data.organ.id) ?? r.data.organ.id, source: r.data.source.title };
        },
      }),
    );
  return { rows, provinces: view.provinces, topics: topics.map((t) => ({ id: t.id, name: t.data.name })), years: view.years, shards: targetShards(rows) };
}

const memo = buildMemo(compute);

/** The targets overview of the current site (once per loaded site in a build; afresh in the dev server). */
export function targetOverview(): Promise<TargetOverviewData> {
  return memo() ?? compute(loadSite());
}
