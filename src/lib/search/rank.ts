/**
 * Ranking after Pagefind: the documents whose own code is the one asked for come first (by the
 * query's other words, then newest first), then the rest in Pagefind's order; and what to offer: a jump to the one document,
 * or the list of documents sharing the code.
 */
import type { QueryPlan } from './query.ts';
import { searchWords } from './terms.ts';
import { orderByWords } from './code-map.ts';

/** The little a ranked result needs: its own code keys, its ISO date (yyyy-mm-dd or ''), and what it shows. */
export interface Rankable {
  keys: readonly string[];
  iso: string;
  /** Title and the rest of what it shows (summary, kind, issuer): the query's other words order namesakes by them. */
  title?: string;
  rest?: string;
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
  const byDate = results.filter((r) => r.keys.includes(key)).sort((a, b) => b.iso.localeCompare(a.iso));
  // As in the code map: the query's other words (subject, issuer) order namesakes.
  const owners = orderByWords(byDate, plan.words, (r) => ({ title: r.title ?? '', rest: r.rest ?? '' }));
  const others = results.filter((r) => !r.keys.includes(key));
  const out: Ranked<T> = { owners, ordered: [...owners, ...others], shared: owners.length > 1 };
  if (owners.length === 1) out.jump = owners[0]!;
  return out;
}

/** What {@link parentsFirst} needs of a result: its id, its title, and the ids of the documents it carries out, guides or continues. */
export interface Carrying {
  id: string;
  title: string;
  parents: readonly string[];
}

/**
 * A document ranks above the documents that carry it out, guide it or continue it when both titles
 * hold every word of the query: a program's or a follow-up conclusion's title repeats its
 * resolution's subject, and the member asked for the subject.
 */
export function parentsFirst<T extends Carrying>(results: readonly T[], words: readonly string[]): T[] {
  if (words.length === 0) return [...results];
  const holds = (r: T) => {
    const title = new Set(searchWords(r.title));
    return words.every((w) => title.has(w));
  };
  const out = [...results];
  const moved = new Set<string>();
  for (let i = 0; i < out.length; i++) {
    const child = out[i]!;
    if (!holds(child)) continue;
    const j = out.findIndex((r, k) => k > i && child.parents.includes(r.id) && !moved.has(r.id) && holds(r));
    if (j < 0) continue;
    const [parent] = out.splice(j, 1);
    moved.add(parent!.id);
    out.splice(i, 0, parent!);
    // Look at the parent's place again: what it carries out may be further down too.
    i--;
  }
  return out;
}
