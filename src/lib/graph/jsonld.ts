/**
 * schema.org JSON-LD of type Legislation for a document page: identifier, date, type, legal force
 * from the derived status, passedBy, and the relations schema.org has terms for.
 */
import type { RelationType } from '../model';
import { derivedStatus, type Graph } from './graph';

/** schema.org property for each edge type that has one (the others stay on the page only). */
export const SCHEMA_ORG_TERMS: Partial<Record<RelationType, string>> = {
  implements: 'legislationApplies',
  amends: 'legislationAmends',
  replaces: 'legislationChanges',
  cites: 'citation',
};

/** What the JSON-LD needs besides the graph: absolute-or-base URLs, names of kinds and organs. */
export interface JsonLdContext {
  urlOf: (id: string) => string;
  kindName: (kind: string) => string;
  organName: (id: string) => string;
}

/** The JSON-LD object for `id`. */
export function legislationJsonLd(graph: Graph, id: string, ctx: JsonLdContext): Record<string, unknown> {
  const node = graph.nodes.get(id);
  if (node === undefined) throw new Error(`không có văn bản "${id}" trong đồ thị`);
  const status = derivedStatus(graph, id);
  const ld: Record<string, unknown> = {
    '@context': 'https://schema.org',
    '@type': 'Legislation',
    '@id': ctx.urlOf(id),
    url: ctx.urlOf(id),
    name: node.code === undefined ? node.title : `${ctx.kindName(node.kind)} số ${node.code}`,
    headline: node.title,
    inLanguage: 'vi',
    legislationType: ctx.kindName(node.kind),
    legislationPassedBy: { '@type': 'Organization', name: ctx.organName(node.issuer) },
  };
  if (node.code !== undefined) ld['legislationIdentifier'] = node.code;
  if (node.issued !== 'unknown') ld['legislationDate'] = node.issued;
  if (status.legalForce !== undefined) ld['legislationLegalForce'] = `https://schema.org/${status.legalForce}`;
  for (const edge of graph.outgoing.get(id) ?? []) {
    const term = SCHEMA_ORG_TERMS[edge.type];
    if (term === undefined) continue;
    const list = (ld[term] as unknown[] | undefined) ?? [];
    list.push({ '@type': 'Legislation', '@id': ctx.urlOf(edge.to), url: ctx.urlOf(edge.to) });
    ld[term] = list;
  }
  return ld;
}
