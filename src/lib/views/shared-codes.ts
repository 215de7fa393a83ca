/**
 * The index of shared-code pages (/so-hieu/): every code several documents bear, every alias
 * spelling, and every number borne by documents of several kinds, each once, in Vietnamese order.
 */
import type { CodeBearer } from '../graph/analyse';
import { sortVi } from '../text/collate';

/** One row of the index: the page's key, the spellings it shows, and how many documents it holds. */
export interface SharedCodeRow {
  key: string;
  label: string;
  documents: number;
}

/** The rows of the index; `codeOf` gives a document's own code (its id when it has none). */
export function sharedCodeRows(
  codePages: ReadonlyMap<string, readonly CodeBearer[]>,
  sameNumber: ReadonlyMap<string, readonly string[]>,
  codeOf: (id: string) => string,
): SharedCodeRow[] {
  const byCode = [...codePages].map(([key, bearers]) => ({ key, label: [...new Set(bearers.map((b) => b.spelling))].join(', '), documents: bearers.length }));
  // A number page whose key is also a code page is already listed.
  const byNumber = [...sameNumber].filter(([key]) => !codePages.has(key)).map(([key, ids]) => ({ key, label: ids.map(codeOf).join(', '), documents: ids.length }));
  return sortVi([...byCode, ...byNumber], (r) => r.label);
}
