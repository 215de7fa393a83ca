/**
 * An organ's history as its page shows it: established, ended, what took it over and by which
 * document, and the organs it took over itself. Plain data in, plain data out.
 */

/** The fields of an organ the history reads. */
export interface OrganHistoryInput {
  id: string;
  name: string;
  established?: string | undefined;
  ended?: string | undefined;
  mergedInto?: string | undefined;
  succeededBy?: string | undefined;
  endedBy?: { code?: string | undefined; document?: string | undefined; date?: string | undefined } | undefined;
}

/** What the page shows. */
export interface OrganHistory {
  established?: string | undefined;
  /** ISO date, 'unknown' when a source says it ended without saying when, undefined while it exists. */
  ended?: string | undefined;
  successor?: { id: string; name: string; how: 'merged' | 'succeeded' } | undefined;
  decidedBy?: { code?: string | undefined; document?: string | undefined; date?: string | undefined } | undefined;
  /** Organs that were merged into this one or that this one succeeded, by name. */
  predecessors: { id: string; name: string; how: 'merged' | 'succeeded' }[];
}

/** The history of `organ` among `all` organs. */
export function organHistory(organ: OrganHistoryInput, all: readonly OrganHistoryInput[]): OrganHistory {
  const byId = new Map(all.map((o) => [o.id, o]));
  const successorId = organ.mergedInto ?? organ.succeededBy;
  const successor = successorId === undefined ? undefined : byId.get(successorId);
  return {
    established: organ.established,
    ended: organ.ended,
    successor: successor === undefined ? undefined : { id: successor.id, name: successor.name, how: organ.mergedInto !== undefined ? 'merged' : 'succeeded' },
    decidedBy: organ.endedBy,
    predecessors: all
      .filter((o) => o.mergedInto === organ.id || o.succeededBy === organ.id)
      .map((o) => ({ id: o.id, name: o.name, how: o.mergedInto === organ.id ? ('merged' as const) : ('succeeded' as const) }))
      .sort((a, b) => a.name.localeCompare(b.name, 'vi')),
  };
}
