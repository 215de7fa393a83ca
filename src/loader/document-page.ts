/**
 * What the three pages of a document (the page, its study kit, its presentation) show beyond its
 * fields, computed once per document per build and shared by the three: the document view, the
 * kit, the citation line, the reports about it and the progress of each target.
 */
import { citationLine } from '../lib/views/citation';
import { documentView, type DocumentView } from '../lib/views/document';
import { kitView, type KitView } from '../lib/views/kit';
import { targetProgress, type TargetProgress } from '../lib/views/targets';
import type { DocEntry, ReportEntry, Site } from './site';

/** The shared data of one document's pages. */
export interface DocumentPage {
  view: DocumentView;
  kit: KitView;
  citation: string;
  /** Reports of results against this document's targets. */
  reports: ReportEntry[];
  /** One entry per target, in the order of `targets`. */
  progress: TargetProgress[];
}

const memo = new WeakMap<Site, Map<string, DocumentPage>>();

/** The shared data of `doc`'s pages (memoised per site and document). */
export function documentPage(site: Site, doc: DocEntry): DocumentPage {
  let pages = memo.get(site);
  if (pages === undefined) memo.set(site, (pages = new Map()));
  let page = pages.get(doc.id);
  if (page === undefined) {
    const d = doc.data;
    const view = documentView(doc, site.graph, site.organData, (id) => site.docById.get(id)?.codeKey);
    const reports = site.reportsByDoc.get(doc.id) ?? [];
    const reported = reports.map((r) => ({ id: r.id, asOf: r.data.asOf, results: r.data.results }));
    page = {
      view,
      kit: kitView(doc.id, view.study, d.targets.length, site.graph.graph),
      citation: citationLine({ kind: d.kind, code: d.code, title: d.title, issued: d.issued, issuerName: site.organById.get(d.issuer)?.data.name, term: d.term }),
      reports,
      progress: d.targets.map((t) => targetProgress(t, reported, site.today)),
    };
    pages.set(doc.id, page);
  }
  return page;
}
