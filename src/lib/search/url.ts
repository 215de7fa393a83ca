/**
 * Search state in the URL, so a search can be shared and bookmarked:
 * `?q=…&loai=Nghị quyết&nam=2022&sap-xep=ngay`.
 */

import { parseTerm } from '../text/terms';

/** The facets, in display order; each key is both the URL parameter and the Pagefind filter name. */
export const FACETS = ['loai', 'co-quan', 'cap', 'khoa', 'nam', 'tinh', 'chu-de', 'hieu-luc'] as const;
/** A facet key. */
export type Facet = (typeof FACETS)[number];
/** Sort orders: by relevance, or newest first. */
export type SortOrder = 'lien-quan' | 'ngay';

/** What a search page shows. */
export interface SearchState {
  q: string;
  filters: Partial<Record<Facet, string[]>>;
  sort: SortOrder;
}

/** Read the state from a query string; unknown parameters are ignored. */
export function parseState(search: string | URLSearchParams): SearchState {
  const p = typeof search === 'string' ? new URLSearchParams(search) : search;
  const filters: SearchState['filters'] = {};
  for (const f of FACETS) {
    const values = p.getAll(f).filter((v) => v !== '');
    if (values.length > 0) filters[f] = [...new Set(values)];
  }
  return { q: p.get('q') ?? '', filters, sort: p.get('sap-xep') === 'ngay' ? 'ngay' : 'lien-quan' };
}

/** Write the state as a query string (without '?'), in a stable order; defaults are left out. */
export function stateToQuery(state: SearchState): string {
  const p = new URLSearchParams();
  if (state.q.trim() !== '') p.set('q', state.q.trim());
  for (const f of FACETS) for (const v of state.filters[f] ?? []) p.append(f, v);
  if (state.sort === 'ngay') p.set('sap-xep', 'ngay');
  return p.toString();
}

/** Toggle one facet value on or off, returning a new state. */
export function toggleFilter(state: SearchState, facet: Facet, value: string): SearchState {
  const current = state.filters[facet] ?? [];
  const next = current.includes(value) ? current.filter((v) => v !== value) : [...current, value];
  const filters = { ...state.filters };
  if (next.length > 0) filters[facet] = next;
  else delete filters[facet];
  return { ...state, filters };
}

/**
 * A facet's values as the filter box lists them: those with results or ticked; years and terms
 * newest first, the others most results first, then by name.
 */
export function facetValues(facet: Facet, counts: Readonly<Record<string, number>>, selected: readonly string[]): [string, number][] {
  const values = Object.entries(counts).filter(([v, n]) => n > 0 || selected.includes(v));
  // Terms are Roman numerals ("Khóa IX" < "Khóa X"): compare their numbers, not their letters.
  const termNumber = (v: string) => {
    const term = parseTerm(v);
    return term.ok ? term.number : -1;
  };
  if (facet === 'khoa') return values.sort((a, b) => termNumber(b[0]) - termNumber(a[0]));
  if (facet === 'nam') return values.sort((a, b) => b[0].localeCompare(a[0], 'vi', { numeric: true }));
  return values.sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], 'vi'));
}
