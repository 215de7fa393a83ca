/**
 * The document graph: typed edges between entries (from frontmatter relations and from references
 * in the bodies), read in both directions; a status derived from the edges that reach a document;
 * the implementation chain down (central → province → bloc → grassroots) and up. Pure data in, data out.
 */
import { RELATION_TYPES, type RelationType, type Status } from '../model';

/** What the graph needs of a document. */
export interface GraphNode {
  id: string;
  code?: string | undefined;
  kind: string;
  title: string;
  /** ISO date or 'unknown'. */
  issued: string;
  term?: string | undefined;
  scope: string;
  issuer: string;
  /** Status the editor stated from a source. */
  status: Status;
  /** ISO date of the source or document behind the stated status. */
  statusAsOf?: string | undefined;
  /** The document that decides the stated status, when it is in the base. */
  statusBy?: string | undefined;
  /** ISO dates of the other facts the base holds about the document (its sources' dates). */
  factDates?: readonly string[] | undefined;
  relations: readonly { type: RelationType; target: string; note?: string | undefined; conclusion?: string | undefined }[];
}

/** One typed edge: `from` implements / replaces / … `to`. */
export interface Edge {
  type: RelationType;
  from: string;
  to: string;
  note?: string | undefined;
  /** For reviews: what the review concluded. */
  conclusion?: string | undefined;
  /** 'relation' when an editor wrote it in the frontmatter, 'text' when found in the body. */
  origin: 'relation' | 'text';
}

/** The graph, with edges indexed by both ends. */
export interface Graph {
  nodes: Map<string, GraphNode>;
  edges: Edge[];
  outgoing: Map<string, Edge[]>;
  incoming: Map<string, Edge[]>;
  /**
   * Documents issued after a document that its body (our own summary) mentions, by that document's
   * id: a later development the summary tells of, never a citation by the earlier text.
   */
  later: Map<string, string[]>;
}

function push(map: Map<string, Edge[]>, key: string, edge: Edge): void {
  const list = map.get(key);
  if (list) list.push(edge);
  else map.set(key, [edge]);
}

/** Whether `to` was issued after `from`, both dates known. */
function issuedAfter(graph: Graph, from: string, to: string): boolean {
  const a = graph.nodes.get(from)?.issued ?? 'unknown';
  const b = graph.nodes.get(to)?.issued ?? 'unknown';
  return a !== 'unknown' && b !== 'unknown' && a < b;
}

/**
 * Build the graph from the entries and the citations found in their bodies. A body citation adds a
 * `cites` edge only where no relation already links the two (a program that implements 28-NQ/TW
 * and names it in its text does not also "cite" it), and only to a document issued no later than
 * the citing one: a body naming a later document is our summary telling what came after, kept in
 * `later`. Edges to unknown ids or to oneself are dropped here because the content check has
 * already refused them.
 */
export function buildGraph(nodes: readonly GraphNode[], textCites: readonly { from: string; to: string }[] = []): Graph {
  const graph: Graph = { nodes: new Map(nodes.map((n) => [n.id, n])), edges: [], outgoing: new Map(), incoming: new Map(), later: new Map() };
  const linked = new Set<string>();
  const add = (edge: Edge): void => {
    if (edge.from === edge.to || !graph.nodes.has(edge.from) || !graph.nodes.has(edge.to)) return;
    graph.edges.push(edge);
    push(graph.outgoing, edge.from, edge);
    push(graph.incoming, edge.to, edge);
    linked.add(`${edge.from}>${edge.to}`);
  };
  for (const node of nodes) for (const r of node.relations) add({ type: r.type, from: node.id, to: r.target, note: r.note, conclusion: r.conclusion, origin: 'relation' });
  const isLinked = (cite: { from: string; to: string }): boolean => linked.has(`${cite.from}>${cite.to}`) || linked.has(`${cite.to}>${cite.from}`);
  for (const cite of textCites) if (!isLinked(cite) && !issuedAfter(graph, cite.from, cite.to)) add({ type: 'cites', from: cite.from, to: cite.to, origin: 'text' });
  // Later documents last, once every citation is in: a pair already linked either way is shown once.
  for (const cite of textCites) {
    if (isLinked(cite) || !issuedAfter(graph, cite.from, cite.to)) continue;
    const list = graph.later.get(cite.from) ?? [];
    if (!list.includes(cite.to)) graph.later.set(cite.from, [...list, cite.to]);
  }
  return graph;
}

/** How a document is named in links: its code, its title when it has none, its id when unknown. */
export function nodeLabel(graph: Graph, id: string): string {
  const node = graph.nodes.get(id);
  return node?.code ?? node?.title ?? id;
}

/** Edges of one direction grouped by type, in the order of RELATION_TYPES, empty groups left out. */
export function groupByType(edges: readonly Edge[]): { type: RelationType; edges: Edge[] }[] {
  return RELATION_TYPES.map((type) => ({ type, edges: edges.filter((e) => e.type === type) })).filter((g) => g.edges.length > 0);
}

/** How many edges of each type (every type listed, zero included). */
export function edgeCounts(graph: Graph): Record<RelationType, number> {
  const counts = Object.fromEntries(RELATION_TYPES.map((t) => [t, 0])) as Record<RelationType, number>;
  for (const e of graph.edges) counts[e.type] += 1;
  return counts;
}

/** Edge types that change what a document is worth today, strongest first. */
export const STATUS_EDGES = ['replaces', 'amends', 'reviews', 'continues'] as const;
/** One of {@link STATUS_EDGES}. */
export type StatusEdge = (typeof STATUS_EDGES)[number];

/** One fact behind a derived status: "replaced by X on date". */
export interface StatusFact {
  type: StatusEdge;
  by: string;
  /** ISO date of the document that states the fact, or 'unknown'. */
  date: string;
  /** For reviews: what the review concluded. */
  conclusion?: string | undefined;
}

/** The status of a document as the graph shows it. */
export interface DerivedStatus {
  /** The status that holds: replaced by a relation first, else the newest of the stated status and the amending or reviewing relations. */
  value: Status;
  /** ISO date of the fact that decides {@link value}, or 'unknown'. */
  decidedOn: string;
  /** The document that decides {@link value}, when the base holds it. */
  decidedBy?: string | undefined;
  /** True when {@link value} comes from a relation, not from the editor's statement. */
  derived: boolean;
  /** Facts, strongest type first, newest first within a type. */
  facts: StatusFact[];
  /** schema.org legal force, when the graph or the editor can say. */
  legalForce?: 'InForce' | 'NotInForce' | undefined;
  /** ISO date of the newest fact the base holds about this document (its own date at least), or 'unknown'. */
  asOf: string;
}

/** The status a relation decides, for the relations that decide one. */
const STATUS_OF_EDGE: Partial<Record<StatusEdge, Status>> = { replaces: 'replaced', amends: 'amended', reviews: 'reviewed' };

const newestFirst = (a: string, b: string): number => (a === b ? 0 : a === 'unknown' ? 1 : b === 'unknown' ? -1 : a < b ? 1 : -1);

/** The derived status of `id`: who replaces, amends, reviews or continues it, and as of when. */
export function derivedStatus(graph: Graph, id: string): DerivedStatus {
  const node = graph.nodes.get(id);
  const incoming = graph.incoming.get(id) ?? [];
  const date = (other: string): string => graph.nodes.get(other)?.issued ?? 'unknown';
  const facts = STATUS_EDGES.flatMap((type) =>
    incoming
      .filter((e) => e.type === type)
      .map((e) => ({ type, by: e.from, date: date(e.from), conclusion: e.conclusion }))
      .sort((a, b) => newestFirst(a.date, b.date)),
  );
  const stated = node?.status ?? 'unknown';
  const statedOn = node?.statusAsOf ?? 'unknown';
  const replacedBy = facts.find((f) => f.type === 'replaces');
  const candidates = [
    ...(stated === 'unknown' ? [] : [{ value: stated, on: statedOn, by: node?.statusBy, derived: false }]),
    ...facts.flatMap((f) => {
      const value = STATUS_OF_EDGE[f.type];
      return value === undefined ? [] : [{ value, on: f.date, by: f.by as string | undefined, derived: true }];
    }),
  ].sort((a, b) => newestFirst(a.on, b.on));
  const decided = replacedBy !== undefined ? { value: 'replaced' as Status, on: replacedBy.date, by: replacedBy.by, derived: true } : candidates[0];
  const dates = [node?.issued ?? 'unknown', statedOn, ...(node?.factDates ?? []), ...incoming.map((e) => date(e.from))].filter((d) => d !== 'unknown').sort();
  const value = decided?.value ?? 'unknown';
  const legalForce = value === 'replaced' || value === 'expired' ? 'NotInForce' : value === 'unknown' ? undefined : 'InForce';
  return { value, decidedOn: decided?.on ?? 'unknown', decidedBy: decided?.by, derived: decided?.derived ?? false, facts, legalForce, asOf: dates[dates.length - 1] ?? 'unknown' };
}

/** A node of the implementation tree: a document and the documents that carry it out. */
export interface ChainTree {
  id: string;
  children: ChainTree[];
}

/** The tree down: documents that implement `id`, then those that implement them, and so on. */
export function implementationTree(graph: Graph, id: string, seen: ReadonlySet<string> = new Set()): ChainTree {
  const next = new Set(seen).add(id);
  const children = (graph.incoming.get(id) ?? [])
    .filter((e) => e.type === 'implements' && !next.has(e.from))
    .map((e) => implementationTree(graph, e.from, next))
    .sort((a, b) => a.id.localeCompare(b.id));
  return { id, children };
}

/** The paths up: from the top document down to `id`'s parent, one list per route (most have one). */
export function implementationPaths(graph: Graph, id: string, seen: ReadonlySet<string> = new Set()): string[][] {
  const next = new Set(seen).add(id);
  const parents = (graph.outgoing.get(id) ?? []).filter((e) => e.type === 'implements' && !next.has(e.to)).map((e) => e.to);
  return parents.flatMap((p) => {
    const above = implementationPaths(graph, p, next);
    return above.length === 0 ? [[p]] : above.map((path) => [...path, p]);
  });
}

/** Number of documents in a tree below its root. */
export function treeSize(tree: ChainTree): number {
  return tree.children.reduce((n, c) => n + 1 + treeSize(c), 0);
}
