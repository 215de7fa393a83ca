/**
 * Ranking after Pagefind: the documents whose own code is the one asked for come first (newest
 * first), then the rest in Pagefind's order; and what to offer: a jump to the one document,
 * or the list of documents sharing the code.
 */
import type { QueryPlan } from './query.ts';

/** The little a ranked result needs: its own code keys and its date (yyyy-mm-dd or ''). */
export interface Rankable {
  keys: readonly string[];
  date: string;
}

/** The outcome of ranking. */
export interface Ranked<T> {
  /** Results whose own code is the asked code. */
  owners: T[];
  /** All results, owners first. */
  ordered: T[];
  /** The one document the query names, when exactly one owns the code. */
  jump?: T;
  /** True when several documents carry the code (numbering restarts each term). */
  shared: boolean;
}

/** Order results so owners of the asked code come first; see {@link Ranked}. */
export function rankResults<T extends Rankable>(plan: QueryPlan, results: readonly T[]): Ranked<T> {
  const key = plan.code?.key;
  if (key === undefined) return { owners: [], ordered: [...results], shared: false };
  const owners = results.filter((r) => r.keys.includes(key)).sort((a, b) => b.date.localeCompare(a.date));
  const others = results.filter((r) => !r.keys.includes(key));
  const out: Ranked<T> = { owners, ordered: [...owners, ...others], shared: owners.length > 1 };
  if (owners.length === 1) out.jump = owners[0]!;
  return out;
}
