/**
 * The graph of the whole content, built once per build from the validated entries: the reference
 * index, every reference in the bodies (linked, unknown, ambiguous), the typed edges, and the codes
 * that several entries bear or that an alias spells.
 */
import { codeKey, parseCode } from '../codes/code';
import { slugify } from '../text/normalize';
import type { DocumentRecord } from '../model';
import { indexFor, scanBodies, type LocatedReference } from '../references/scan';
import type { ReferenceIndex } from '../references/resolve';
import { buildGraph, type Graph } from './graph';

/** One entry bearing a code, directly or through an alias. */
export interface CodeBearer {
  id: string;
  /** Present when the code is an alias of the entry: where that spelling comes from. */
  aliasNote?: string | undefined;
  /** The spelling as written (the code or the alias). */
  spelling: string;
}

/** Everything the pages and the content check need from the graph. */
export interface ContentGraph {
  index: ReferenceIndex;
  references: LocatedReference[];
  graph: Graph;
  /** Code key → entries bearing it, for every key borne by several entries or spelt by an alias. */
  codePages: Map<string, CodeBearer[]>;
  /**
   * Number key ("60-tw": number and issuer suffix) → entries, where documents of different kinds
   * share a number (60-NQ/TW of 2025 and 60-QĐ/TW of 2022): the collision members are told about.
   */
  sameNumber: Map<string, string[]>;
}

/** The number key of a full code ("60-QĐ/TW" → "60-tw"), or undefined. */
export function numberKeyOf(code: string | undefined): string | undefined {
  if (code === undefined) return undefined;
  const parsed = parseCode(code);
  return parsed.ok && !parsed.code.bare && parsed.code.issuer !== null ? `${Number(parsed.code.number)}-${slugify(parsed.code.issuer)}` : undefined;
}

/** Number keys shared by documents of more than one code key (kind), with the documents. */
export function sameNumberGroups(documents: readonly DocumentRecord[]): Map<string, string[]> {
  const groups = new Map<string, { ids: string[]; keys: Set<string> }>();
  for (const d of documents) {
    const key = numberKeyOf(d.data.code);
    const own = d.codeKey ?? codeKeyOf(d.data.code);
    if (key === undefined || own === undefined) continue;
    const group = groups.get(key) ?? { ids: [], keys: new Set<string>() };
    group.ids.push(d.id);
    group.keys.add(own);
    groups.set(key, group);
  }
  return new Map([...groups].filter(([, g]) => g.keys.size > 1).map(([k, g]) => [k, g.ids.sort()] as const).sort(([a], [b]) => a.localeCompare(b)));
}

/** Code keys shared by several entries or spelt by an alias, with who bears them. */
export function codePages(documents: readonly DocumentRecord[]): Map<string, CodeBearer[]> {
  const byKey = new Map<string, CodeBearer[]>();
  const add = (key: string, bearer: CodeBearer): void => {
    byKey.set(key, [...(byKey.get(key) ?? []), bearer]);
  };
  for (const d of documents) {
    // Keys parsed once at load when the loader gave them; parsed here for plain records (tests).
    const own = d.codeKey ?? codeKeyOf(d.data.code);
    if (own !== undefined) add(own, { id: d.id, spelling: d.data.code! });
    for (const alias of d.data.aliases) {
      const key = d.aliasKeys?.get(alias.code) ?? codeKeyOf(alias.code);
      if (key !== undefined && key !== own) add(key, { id: d.id, spelling: alias.code, aliasNote: alias.note });
    }
  }
  return new Map([...byKey].filter(([, bearers]) => bearers.length > 1 || bearers.some((b) => b.aliasNote !== undefined)).sort(([a], [b]) => a.localeCompare(b)));
}

/** Build the content graph from validated documents and organs. */
export function analyseContent(documents: readonly DocumentRecord[], organs: readonly { id: string; name: string }[]): ContentGraph {
  const index = indexFor(documents, organs);
  const references = scanBodies(documents, index);
  const cites = references.flatMap((r) => (r.resolution.status === 'linked' ? [{ from: r.sourceId, to: r.resolution.id }] : []));
  const graph = buildGraph(
    documents.map((d) => ({ id: d.id, ...d.data, factDates: d.data.sources.map((s) => s.date ?? 'unknown') })),
    cites,
  );
  return { index, references, graph, codePages: codePages(documents), sameNumber: sameNumberGroups(documents) };
}

/** The code key of a code as written ("18-NQ/TW" → "18-nq-tw"), or undefined when there is no full code. */
export function codeKeyOf(code: string | undefined): string | undefined {
  if (code === undefined) return undefined;
  const parsed = parseCode(code);
  return parsed.ok && !parsed.code.bare ? codeKey(parsed.code) : undefined;
}
