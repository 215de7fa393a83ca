/**
 * The targets overview's rows as the text the page shows (src/lib/views/target-shards.ts): the
 * static pages render them, and the filters' data files carry the same text, so a filtered row
 * reads exactly like a static one.
 */
import { vi } from '../i18n/vi';
import type { OverviewRow } from '../lib/views/targets-overview';
import type { ReportedView, TargetRowView } from '../lib/views/target-shards';
import { restsOnCommercial, type ProvenanceSource } from '../lib/views/provenance';
import { docLabel, progressFigure, showDate, showQuantity, showTarget, type TargetWording } from './format';

/** What a row needs of its document and of the report behind its figure. */
export interface TargetRowContext {
  doc: (id: string) => { id: string; data: { code?: string | undefined; title: string; targets: readonly TargetWording[]; sources: readonly ProvenanceSource[] } };
  /** The reporting organ's name and the source's title of a report. */
  report: (id: string) => { organ: string; source: string } | undefined;
}

/** What was reported, as shown. */
function reportedView(row: OverviewRow, ctx: TargetRowContext): ReportedView {
  const rep = row.progress.reported;
  if (rep === undefined) {
    return row.progress.overdue ? { type: 'overdue', text: vi.target.overdue(String(row.progress.endYear)) } : { type: 'none', text: vi.target.none };
  }
  const by = ctx.report(rep.reportId);
  return {
    type: 'report',
    bar: rep.progress?.bar,
    figure: rep.progress === undefined ? showQuantity(rep.value, rep.unit) : progressFigure(rep.value, rep.against, rep.unit, rep.progress.percent),
    met: rep.met,
    metText: rep.met ? vi.target.met : vi.target.notMet,
    asOf: `${vi.report.asOf} ${showDate(rep.asOf)}`,
    organ: by?.organ,
    source: by?.source,
  };
}

/** One row of the overview as shown. */
export function targetRowView(row: OverviewRow, ctx: TargetRowContext): TargetRowView {
  const doc = ctx.doc(row.docId);
  return {
    doc: { id: doc.id, label: docLabel(doc), nobreak: doc.data.code !== undefined, province: row.province === undefined || row.province === 'unknown' ? undefined : row.province, topics: row.topics },
    metric: row.target.metric,
    value: showTarget(doc.data.targets[row.index]!),
    commercial: restsOnCommercial(row.target.source, doc.data.sources),
    period: [row.target.period, row.target.year !== undefined ? vi.target.year(row.target.year) : undefined].filter(Boolean).join('; '),
    endYear: row.progress.endYear,
    reported: reportedView(row, ctx),
  };
}
