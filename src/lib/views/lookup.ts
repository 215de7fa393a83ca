/**
 * How the site reads what a member types, for the guides' live examples: the query planned as the
 * search page plans it (a code in any spelling, a plenum, a congress, or words), and the documents
 * of the base that answer it the way the code map does (the code's kind and number, the issuer when
 * written, a year or term narrowing when it leaves someone; a plenum's own resolutions; a
 * congress's resolutions, the national one first). Words are Pagefind's: no documents here.
 */
import { congressOf } from '../congresses';
import { documentKeys, planQuery } from '../search/query';

/** The fields of a document a lookup reads. */
export interface LookupDoc {
  id: string;
  data: {
    code?: string | undefined;
    kind: string;
    issued: string;
    term?: string | undefined;
    plenum?: number | undefined;
    scope: string;
    aliases: readonly { code: string }[];
  };
}

/** What a query was read as, and which documents answer it. */
export type LookupReading =
  | { as: 'code'; label: string; bare: boolean; year?: string | undefined; term?: string | undefined; ids: string[] }
  | { as: 'plenum'; number: number; term?: string | undefined; ids: string[] }
  | { as: 'congress'; number: number; national: boolean; ids: string[] }
  | { as: 'words'; words: string[]; ids: [] };

/** Keep what `keep` keeps when it keeps someone: a wrong year or term never empties the answer. */
function narrow<T>(items: T[], keep: ((item: T) => boolean) | undefined): T[] {
  if (keep === undefined) return items;
  const kept = items.filter(keep);
  return kept.length > 0 ? kept : items;
}

/** Read `query` as the search page does and find the documents of `docs` (in their order) that answer it. */
export function readLookup(query: string, docs: readonly LookupDoc[]): LookupReading {
  const plan = planQuery(query);
  const { code, plenum, congress } = plan;
  if (code !== undefined) {
    const number = String(Number(code.parsed.number));
    // Only documents whose code or an alias holds the number's digits are parsed: the rest cannot answer.
    let found = docs.filter((d) => [d.data.code, ...d.data.aliases.map((a) => a.code)].some((c) => c !== undefined && c.includes(number)));
    found = found.filter((d) => {
      const keys = documentKeys([d.data.code, ...d.data.aliases.map((a) => a.code)]);
      return keys.includes(code.lookup) && (code.bare || keys.includes(code.key));
    });
    found = narrow(found, plan.year === undefined ? undefined : (d) => d.data.issued.startsWith(plan.year!));
    found = narrow(found, plan.term === undefined ? undefined : (d) => d.data.term === plan.term);
    return { as: 'code', label: code.label, bare: code.bare, year: plan.year, term: plan.term, ids: found.map((d) => d.id) };
  }
  if (plenum !== undefined) {
    const ids = docs.filter((d) => d.data.plenum === plenum.number && (plenum.term === undefined || d.data.term === plenum.term)).map((d) => d.id);
    return { as: 'plenum', number: plenum.number, term: plenum.term, ids };
  }
  if (congress !== undefined) {
    const of = docs.flatMap((d) => {
      const c = congressOf({ kind: d.data.kind, term: d.data.term, scope: d.data.scope });
      return c?.number === congress.number ? [{ id: d.id, national: c.national }] : [];
    });
    // The national congress first, as the search page lists them.
    const ids = [...of.filter((c) => c.national), ...of.filter((c) => !c.national)].map((c) => c.id);
    return { as: 'congress', number: congress.number, national: congress.national, ids };
  }
  return { as: 'words', words: plan.words, ids: [] };
}
