/**
 * Lists in numbered static pages: a list of any length is cut into pages of PAGE_SIZE rows, page 1
 * at the list's own address and page n at `trang-n/` under it, so every page stays small at any
 * size of the base (issue 20) and each is a real file that works without JavaScript and from
 * file://. The order is the list's own (newest first, Vietnamese collation): paging only cuts it.
 */

/** Rows a page of a list holds: 100 rows stay far under 200 kB and 2,000 elements. */
export const PAGE_SIZE = 100;

/**
 * Rows a page shows of a list that has pages of its own elsewhere (a document's citing documents,
 * linked to their full list): a page holding several such lists stays small however long they grow.
 */
export const PREVIEW_SIZE = 30;

/** The URL segment of page n (n ≥ 2) of a list: "trang-2". */
export const PAGE_SEGMENT = 'trang-';

/** One page of a list. */
export interface Page<T> {
  /** 1-based. */
  number: number;
  /** How many pages the list has (at least 1, even when empty). */
  count: number;
  /** The rows on this page. */
  items: T[];
  /** The position (1-based) of this page's first row in the whole list, and the list's length. */
  from: number;
  total: number;
}

/** How many pages `total` rows take (an empty list still has its one page). */
export function pageCount(total: number, size: number = PAGE_SIZE): number {
  return Math.max(1, Math.ceil(total / size));
}

/** Page `number` of `items` (1-based; past the end gives an empty last page). */
export function pageOf<T>(items: readonly T[], number: number, size: number = PAGE_SIZE): Page<T> {
  const start = (number - 1) * size;
  return { number, count: pageCount(items.length, size), items: items.slice(start, start + size), from: Math.min(start + 1, items.length), total: items.length };
}

/** Every page of `items`, in order. */
export function paginate<T>(items: readonly T[], size: number = PAGE_SIZE): Page<T>[] {
  return Array.from({ length: pageCount(items.length, size) }, (_, i) => pageOf(items, i + 1, size));
}

/** The site path of page `number` of the list at `listPath` ("/loai/nghi-quyet/", 2 → "/loai/nghi-quyet/trang-2/"). */
export function pagePath(listPath: string, number: number): string {
  const folder = listPath.endsWith('/') ? listPath : `${listPath}/`;
  return number <= 1 ? folder : `${folder}${PAGE_SEGMENT}${number}/`;
}

/** The page number a route parameter names ("2" of `trang-[page]`), or undefined when it is not one. */
export function pageNumber(param: string | undefined): number | undefined {
  if (param === undefined || !/^[1-9]\d*$/.test(param)) return undefined;
  return Number(param);
}

/**
 * The page numbers a pager links, with gaps: always the first and last, and `around` pages either
 * side of the current one (1 … 4 5 [6] 7 8 … 37), so the pager stays short for 500 pages.
 */
export function pagerNumbers(current: number, count: number, around = 2): (number | 'gap')[] {
  const shown = new Set<number>([1, count]);
  for (let n = current - around; n <= current + around; n++) if (n >= 1 && n <= count) shown.add(n);
  const sorted = [...shown].sort((a, b) => a - b);
  const out: (number | 'gap')[] = [];
  for (const [i, n] of sorted.entries()) {
    const prev = sorted[i - 1];
    // A gap of one page is shown as that page: "1 2 3", not "1 … 3".
    if (prev !== undefined && n - prev === 2) out.push(prev + 1);
    else if (prev !== undefined && n - prev > 2) out.push('gap');
    out.push(n);
  }
  return out;
}

/** The page params of a list for a `trang-[page]` route: every page but the first (which is the list's own address). */
export function laterPages(total: number, size: number = PAGE_SIZE): number[] {
  return Array.from({ length: pageCount(total, size) - 1 }, (_, i) => i + 2);
}
