/**
 * The overview of every target across documents (/chi-tieu/): one row per target with what was
 * reported against it, and the values its filters offer (province, topic, end of period).
 */
import { targetProgress, type ReportInput, type TargetInput, type TargetProgress } from './targets';

/** What the overview reads of a document. */
export interface OverviewDoc {
  id: string;
  province?: string | undefined;
  topics: readonly string[];
  targets: readonly TargetInput[];
}

/** One row: a target of a document and its progress. */
export interface OverviewRow {
  docId: string;
  index: number;
  target: TargetInput;
  progress: TargetProgress;
  province?: string | undefined;
  topics: readonly string[];
}

/** The rows (documents in the given order, targets in theirs) and the filter values, each sorted. */
export function targetsOverview(docs: readonly OverviewDoc[], reportsOf: (docId: string) => readonly ReportInput[], today: string): { rows: OverviewRow[]; provinces: string[]; topics: string[]; years: number[] } {
  const rows = docs.flatMap((doc) =>
    doc.targets.map((target, index) => ({ docId: doc.id, index, target, progress: targetProgress(target, reportsOf(doc.id), today), province: doc.province, topics: doc.topics })),
  );
  const collator = new Intl.Collator('vi');
  const provinces = [...new Set(rows.map((r) => r.province).filter((p): p is string => p !== undefined && p !== 'unknown'))].sort(collator.compare);
  const topics = [...new Set(rows.flatMap((r) => r.topics))].sort(collator.compare);
  const years = [...new Set(rows.map((r) => r.progress.endYear).filter((y): y is number => y !== undefined))].sort((a, b) => a - b);
  return { rows, provinces, topics, years };
}

/** The overview's filters, in the order of the address: each key is the select's name and the query parameter. */
export const TARGET_FILTERS = ['tinh', 'chu-de', 'nam'] as const;
/** One of {@link TARGET_FILTERS}. */
export type TargetFilter = (typeof TARGET_FILTERS)[number];
/** The chosen value of each filter that is set. */
export type TargetFilters = Partial<Record<TargetFilter, string>>;

/** The filters an address sets (`?tinh=Thanh Hóa&nam=2030`); empty and unknown parameters are ignored. */
export function parseTargetFilters(search: string | URLSearchParams): TargetFilters {
  const p = typeof search === 'string' ? new URLSearchParams(search) : search;
  const filters: TargetFilters = {};
  for (const key of TARGET_FILTERS) {
    const value = p.get(key)?.trim() ?? '';
    if (value !== '') filters[key] = value;
  }
  return filters;
}

/** The query parameter of the page of filtered rows (src/lib/views/target-shards.ts). */
export const TARGET_PAGE_PARAM = 'trang';

/** The page of filtered rows an address asks for (1 when it names none or a wrong one). */
export function parseTargetPage(search: string | URLSearchParams): number {
  const p = typeof search === 'string' ? new URLSearchParams(search) : search;
  const n = Number(p.get(TARGET_PAGE_PARAM));
  return Number.isInteger(n) && n >= 1 ? n : 1;
}

/**
 * The query string of the filters and the page of filtered rows ("?tinh=…&nam=2030&trang=2", or ""
 * with none set), in a stable order so one view has one address. Without a filter the static
 * pages are the pages: the page parameter would name nothing and is left out.
 */
export function targetFiltersQuery(filters: TargetFilters, page = 1): string {
  const p = new URLSearchParams();
  for (const key of TARGET_FILTERS) if (filters[key]) p.set(key, filters[key]);
  const query = p.toString();
  if (query === '') return '';
  return page > 1 ? `?${query}&${TARGET_PAGE_PARAM}=${page}` : `?${query}`;
}
