/**
 * Provenance a reader can weigh: which kind of outlet a fact rests on (party, state, commercial),
 * so a page can mark a fact that rests only on a commercial site, and the editors can count how
 * many targets of central documents rest on a Party or State outlet.
 */
import type { OutletType } from '../model';

/** A source as provenance reads it. */
export interface ProvenanceSource {
  url?: string | undefined;
  outletType?: OutletType | undefined;
}

/** The outlet a fact rests on: the type of its own source, or the best type among the document's sources. */
export type Provenance = OutletType | 'unrecorded';

// Party before State before commercial: a fact also printed by a Party outlet rests on it.
const RANK: readonly OutletType[] = ['party', 'state', 'commercial'];

/**
 * What a fact with source address `source` rests on, among the document's `sources`: the outlet
 * type of the source it names; a fact that names none rests on the best-typed of the document's
 * sources. 'unrecorded' when the source (or every source) has no outlet type yet.
 */
export function provenanceOf(source: string | undefined, sources: readonly ProvenanceSource[]): Provenance {
  const named = source === undefined ? sources : sources.filter((s) => s.url === source);
  const types = new Set(named.flatMap((s) => (s.outletType === undefined ? [] : [s.outletType])));
  return RANK.find((t) => types.has(t)) ?? 'unrecorded';
}

/** Whether a fact rests only on a commercial outlet (to be marked on the page). */
export function restsOnCommercial(source: string | undefined, sources: readonly ProvenanceSource[]): boolean {
  return provenanceOf(source, sources) === 'commercial';
}

/** How many facts rest on each kind of outlet, and the share on a Party or State outlet. */
export interface ProvenanceCount {
  total: number;
  party: number;
  state: number;
  commercial: number;
  unrecorded: number;
  /** (party + state) / total, in percent with one decimal; undefined when there is nothing to count. */
  partyOrStateShare: number | undefined;
}

/** Count the provenance of facts, each given as its source address and its document's sources. */
export function provenanceCount(facts: readonly { source?: string | undefined; sources: readonly ProvenanceSource[] }[]): ProvenanceCount {
  const count = { total: 0, party: 0, state: 0, commercial: 0, unrecorded: 0 };
  for (const f of facts) {
    count.total += 1;
    count[provenanceOf(f.source, f.sources)] += 1;
  }
  const partyOrStateShare = count.total === 0 ? undefined : Math.round(((count.party + count.state) / count.total) * 1000) / 10;
  return { ...count, partyOrStateShare };
}
