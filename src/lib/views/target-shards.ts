/**
 * The targets overview's filters without one giant page: the overview is paged statically, and a
 * filter loads the rows it needs from a compact data file, one per value of each filter
 * (`tinh-thanh-hoa`, `chu-de-chuyen-doi-so`, `nam-2030`). With several filters set, the smallest
 * of their files is loaded and the other filters narrow it. A row travels as the text the page
 * shows (formatted at build time, src/ui/target-rows.ts), so the browser only places it.
 */
import { slugify } from '../text/normalize';
import { PAGE_SIZE, pageCount } from '../site/paging';
import { TARGET_FILTERS, type TargetFilter, type TargetFilters } from './targets-overview';

/** What was reported against a target, as shown: a figure (with a bar when it has a share), an overdue period, or nothing yet. */
export type ReportedView =
  | { type: 'none'; text: string }
  | { type: 'overdue'; text: string }
  | {
      type: 'report';
      /** The bar's width in percent, when the figure is a share of something. */
      bar?: number | undefined;
      figure: string;
      met: boolean;
      metText: string;
      /** "Tính đến 08/10/2018". */
      asOf: string;
      organ?: string | undefined;
      source?: string | undefined;
    };

/** One row of the overview as shown, with what the filters read. */
export interface TargetRowView {
  doc: { id: string; label: string; nobreak: boolean; province?: string | undefined; topics: readonly string[] };
  metric: string;
  value: string;
  commercial: boolean;
  period: string;
  endYear?: number | undefined;
  reported: ReportedView;
}

/** The values a row falls under, by filter (a row without a province or an end year has none for that filter). */
export function rowKeys(row: TargetRowView): Record<TargetFilter, readonly string[]> {
  return {
    tinh: row.doc.province === undefined ? [] : [row.doc.province],
    'chu-de': row.doc.topics,
    nam: row.endYear === undefined ? [] : [String(row.endYear)],
  };
}

/** The row matches every filter that is set. */
export function matchesFilters(row: TargetRowView, filters: TargetFilters): boolean {
  const keys = rowKeys(row);
  return TARGET_FILTERS.every((f) => filters[f] === undefined || keys[f].includes(filters[f]));
}

/** The data file of one filter value: "tinh-thanh-hoa", "chu-de-chuyen-doi-so", "nam-2030". */
export function shardName(filter: TargetFilter, value: string): string {
  return `${filter}-${slugify(value)}`;
}

/** Every data file with its rows (each row under each value it falls under), in the overview's order. */
export function targetShards(rows: readonly TargetRowView[]): Map<string, TargetRowView[]> {
  const shards = new Map<string, TargetRowView[]>();
  for (const row of rows) {
    const keys = rowKeys(row);
    for (const f of TARGET_FILTERS) {
      for (const value of new Set(keys[f])) {
        const name = shardName(f, value);
        const list = shards.get(name) ?? [];
        list.push(row);
        shards.set(name, list);
      }
    }
  }
  return shards;
}

/**
 * The file to load for these filters: of the files of the values set, the one with fewest rows
 * (`sizeOf` gives a file's row count; undefined for a value the page does not offer). Undefined
 * when no filter is set.
 */
export function shardFor(filters: TargetFilters, sizeOf: (name: string) => number | undefined): string | undefined {
  let best: { name: string; size: number } | undefined;
  for (const f of TARGET_FILTERS) {
    const value = filters[f];
    if (value === undefined) continue;
    const name = shardName(f, value);
    const size = sizeOf(name) ?? 0;
    if (best === undefined || size < best.size) best = { name, size };
  }
  return best?.name;
}

/** A data file as it travels: documents once, repeated texts once, each row as numbers. */
export interface TargetShard {
  /** [id, label, nobreak (1/0), province ("" for none), topics joined by spaces]. */
  docs: [string, string, number, string, string][];
  strings: string[];
  reported: ReportedView[];
  /** [doc, metric, value, commercial (1/0), period, end year (0 for none), reported]: indexes into the lists above. */
  rows: [number, number, number, number, number, number, number][];
}

/** Encode rows for a data file. */
export function encodeShard(rows: readonly TargetRowView[]): TargetShard {
  const docs: TargetShard['docs'] = [];
  const docIndex = new Map<string, number>();
  const strings: string[] = [];
  const stringIndex = new Map<string, number>();
  const reported: ReportedView[] = [];
  const reportedIndex = new Map<string, number>();
  const str = (s: string): number => {
    let i = stringIndex.get(s);
    if (i === undefined) stringIndex.set(s, (i = strings.push(s) - 1));
    return i;
  };
  const rep = (r: ReportedView): number => {
    const key = JSON.stringify(r);
    let i = reportedIndex.get(key);
    if (i === undefined) reportedIndex.set(key, (i = reported.push(r) - 1));
    return i;
  };
  const out = rows.map((row): TargetShard['rows'][number] => {
    let d = docIndex.get(row.doc.id);
    if (d === undefined) {
      docIndex.set(row.doc.id, (d = docs.push([row.doc.id, row.doc.label, row.doc.nobreak ? 1 : 0, row.doc.province ?? '', row.doc.topics.join(' ')]) - 1));
    }
    return [d, str(row.metric), str(row.value), row.commercial ? 1 : 0, str(row.period), row.endYear ?? 0, rep(row.reported)];
  });
  return { docs, strings, reported, rows: out };
}

/** The rows of a data file. */
export function decodeShard(shard: TargetShard): TargetRowView[] {
  const docs = shard.docs.map(([id, label, nobreak, province, topics]) => ({ id, label, nobreak: nobreak === 1, province: province === '' ? undefined : province, topics: topics === '' ? [] : topics.split(' ') }));
  return shard.rows.map(([d, metric, value, commercial, period, endYear, reported]) => ({
    doc: docs[d]!,
    metric: shard.strings[metric]!,
    value: shard.strings[value]!,
    commercial: commercial === 1,
    period: shard.strings[period]!,
    endYear: endYear === 0 ? undefined : endYear,
    reported: shard.reported[reported]!,
  }));
}

/** The rows of page `page` of the filtered rows, and how many pages there are. */
export function filteredPage(rows: readonly TargetRowView[], filters: TargetFilters, page: number, size: number = PAGE_SIZE): { rows: TargetRowView[]; total: number; page: number; count: number } {
  const matching = rows.filter((r) => matchesFilters(r, filters));
  const count = pageCount(matching.length, size);
  const at = Math.min(Math.max(1, page), count);
  return { rows: matching.slice((at - 1) * size, at * size), total: matching.length, page: at, count };
}
