/**
 * The code map: code lookups answered without the full-text index. At build time every code key
 * (kind + number, "nq-58") and plenum key ("tw6-XIII") a document answers to goes into one of a
 * few hundred small shards by a hash of the key, with the result rows the search page shows; a
 * lookup loads one shard of a few kB instead of Pagefind's runtime, page list and a word chunk.
 * Per kind, the numbers the base holds are listed too, so a number it lacks gets its nearest.
 */
import { bareKey, type DocCode } from '../codes/code.ts';
import { slugify } from '../text/normalize.ts';
import type { QueryPlan } from './query.ts';
import { searchWords, syllablePairs } from './terms.ts';
import { congressMapKey } from '../congresses/index.ts';

/** One document as a result row of the code map (short keys: the shards are shipped as they are). */
export interface CodeMapDoc {
  /** Document id (its page is paths.document(id)). */
  id: string;
  /** Code as printed, or ''. */
  c: string;
  /** Title (trích yếu). */
  t: string;
  /** Kind name ("Nghị quyết"). */
  k: string;
  /** Date as shown (dd/mm/yyyy, or the unknown-date word). */
  d: string;
  /** ISO date or '' (sorting, and the year a query names). */
  i: string;
  /** Issuer's name. */
  o: string;
  /** Term (Roman), or ''. */
  m: string;
  /** Summary, cut to a result's excerpt. */
  s: string;
  /** Full code keys it answers to ("18-nq-tw"), to tell 18-NQ/TW from 18-NQ/TU under one bare key. */
  f: string[];
}

/** A document that mentions a key: enough for a result row without excerpt. */
export type CodeMapRef = Pick<CodeMapDoc, 'id' | 'c' | 't' | 'k' | 'd'>;

/** What the map holds for one key. */
export interface CodeMapRow {
  /** Documents whose own code (or alias, or plenum) is the key. */
  o: CodeMapDoc[];
  /** Documents whose text mentions the key, newest first, at most {@link MAX_REFERRERS}. */
  r: CodeMapRef[];
  /** How many documents mention it in all. */
  n: number;
}

/** A shard: rows by key. */
export type CodeMapShard = Record<string, CodeMapRow>;

/** The whole map as the build writes it. */
export interface CodeMap {
  /** Shards, index = shardOf(key). */
  shards: CodeMapShard[];
  /** Per kind abbreviation slug ("nq", "qdi"), the numbers held, ascending. */
  kinds: Record<string, number[]>;
}

/** What the map needs of a document. */
export interface CodeMapInput {
  doc: CodeMapDoc;
  /** Bare keys it owns ("nq-58"), from its code and aliases. */
  bareKeys: string[];
  /** Plenum keys it owns ("tw6-XIII" and "tw6"), and its congress's key ("dh14"). */
  plenumKeys: string[];
  /** True for the national congress's resolution: first among the congresses of its ordinal. */
  national?: boolean | undefined;
  /** Bare keys its text mentions. */
  mentions: string[];
}

/** A document's fields as search shows them (the search meta), for {@link codeMapInput}. */
export interface CodeMapSource {
  id: string;
  code: string;
  title: string;
  kind: string;
  date: string;
  iso: string;
  issuer: string;
  summary: string;
  /** Term (Roman) or ''. */
  term: string;
  /** Every code key it answers to, full ("18-nq-tw") and bare ("nq-18"): documentKeys(). */
  keys: readonly string[];
  /** Its plenum, when the Central Committee issued it at one. */
  plenum?: number | undefined;
  /** Its congress, when it is a congress's resolution. */
  congress?: { number: number; national: boolean } | undefined;
  /** Bare keys of the codes its text mentions. */
  mentions: readonly string[];
}

/** The map's input for one document: its row, its own keys (bare and plenum), and what it mentions. */
export function codeMapInput(src: CodeMapSource): CodeMapInput {
  // A full key starts with the number ("18-nq-tw"), a bare key with the kind ("nq-18").
  const full = src.keys.filter((k) => /^\d/.test(k));
  return {
    doc: { id: src.id, c: src.code, t: src.title, k: src.kind, d: src.date, i: src.iso, o: src.issuer, m: src.term, s: src.summary, f: full },
    bareKeys: src.keys.filter((k) => !full.includes(k)),
    plenumKeys: [
      ...(src.plenum === undefined || src.term === '' ? [] : [plenumMapKey(src.plenum, src.term), plenumMapKey(src.plenum)]),
      ...(src.congress === undefined ? [] : [congressMapKey(src.congress.number)]),
    ],
    national: src.congress?.national,
    mentions: [...src.mentions],
  };
}

/** Referrers kept per key: a result page's worth; the full list is a word search away. */
export const MAX_REFERRERS = 10;
const EXCERPT = 220;

/** Shards for a base of `docs` documents: a power of two giving about 12 documents a shard. */
export function shardCount(docs: number): number {
  let n = 1;
  while (n < 4096 && n * 12 < docs) n *= 2;
  return n;
}

/** The shard of a key (FNV-1a over its UTF-16 units, so browser and build agree). */
export function shardOf(key: string, count: number): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    h ^= key.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0) % count;
}

/** Key of a plenum, with or without its term ("tw6-XIII", "tw6"). */
export function plenumMapKey(plenum: number, term?: string): string {
  return term === undefined ? `tw${plenum}` : `tw${plenum}-${term.toUpperCase()}`;
}

/** The kind-list key of a code ("nq" for NQ 58, "qdi" for 04-QĐi/TW). */
export function kindListKey(code: DocCode): string {
  return slugify(code.kindAbbr);
}

const cut = (text: string): string => (text.length <= EXCERPT ? text : `${text.slice(0, text.lastIndexOf(' ', EXCERPT))} …`);

/** Build the map; `count` shards (see {@link shardCount}). */
export function buildCodeMap(inputs: readonly CodeMapInput[], count: number): CodeMap {
  const rows = new Map<string, CodeMapRow>();
  const row = (key: string): CodeMapRow => {
    let r = rows.get(key);
    if (r === undefined) rows.set(key, (r = { o: [], r: [], n: 0 }));
    return r;
  };
  const kinds = new Map<string, Set<number>>();
  for (const { doc, bareKeys, plenumKeys } of inputs) {
    const full = { ...doc, s: cut(doc.s) };
    for (const key of [...new Set([...bareKeys, ...plenumKeys])]) row(key).o.push(full);
    for (const key of bareKeys) {
      const dash = key.lastIndexOf('-');
      const set = kinds.get(key.slice(0, dash)) ?? new Set<number>();
      set.add(Number(key.slice(dash + 1)));
      kinds.set(key.slice(0, dash), set);
    }
  }
  // The national congress comes first among the congresses of its ordinal ("đại hội 14"), then newest first.
  const national = new Set(inputs.flatMap((x) => (x.national === true ? [x.doc.id] : [])));
  const newest = (a: CodeMapDoc, b: CodeMapDoc) => Number(national.has(b.id)) - Number(national.has(a.id)) || b.i.localeCompare(a.i) || a.id.localeCompare(b.id);
  const referrers = new Map<string, CodeMapDoc[]>();
  for (const { doc, mentions, bareKeys } of inputs) {
    for (const key of new Set(mentions)) {
      if (bareKeys.includes(key)) continue;
      row(key);
      referrers.set(key, [...(referrers.get(key) ?? []), doc]);
    }
  }
  const shards: CodeMapShard[] = Array.from({ length: count }, () => ({}));
  for (const [key, r] of [...rows].sort(([a], [b]) => a.localeCompare(b))) {
    r.o.sort(newest);
    const refs = (referrers.get(key) ?? []).sort(newest);
    r.n = refs.length;
    r.r = refs.slice(0, MAX_REFERRERS).map(({ id, c, t, k, d }) => ({ id, c, t, k, d }));
    shards[shardOf(key, count)]![key] = r;
  }
  return { shards, kinds: Object.fromEntries([...kinds].sort(([a], [b]) => a.localeCompare(b)).map(([k, s]) => [k, [...s].sort((a, b) => a - b)])) };
}

/** What a query adds to a lookup: full key of a code with its issuer, year, term, and its other words. */
export interface LookupHints {
  /** The full key when the query wrote the issuer ("18-nq-tw"); owners must carry it. */
  fullKey?: string | undefined;
  year?: string | undefined;
  term?: string | undefined;
  /** Folded words of the query beside the code: the subject that tells namesakes apart. */
  words: readonly string[];
}

/** What to look up for a query that names a code or a plenum: the key, and the hints that order its owners. */
export interface MapLookup {
  key: string;
  hints: LookupHints;
}

/** The lookup a query plan asks of the map, or undefined when it names no code, plenum or congress. */
export function mapLookup(plan: QueryPlan): MapLookup | undefined {
  const { code, plenum, congress } = plan;
  if (code === undefined && plenum === undefined && congress === undefined) return undefined;
  return {
    key: code ? code.lookup : plenum ? plenumMapKey(plenum.number, plenum.term) : congressMapKey(congress!.number),
    hints: { fullKey: code && !code.bare ? code.key : undefined, year: plan.year, term: plan.term, words: plan.words },
  };
}

/** The owners of a row a query asks for, best first (a year or term that leaves no one is ignored). */
export function rankOwners(row: CodeMapRow | undefined, hints: LookupHints): CodeMapDoc[] {
  let owners = row?.o ?? [];
  if (hints.fullKey !== undefined) owners = owners.filter((d) => d.f.includes(hints.fullKey!));
  // A year or term narrows when it leaves someone; a wrong year never empties the answer.
  const narrow = (keep: (d: CodeMapDoc) => boolean) => {
    const kept = owners.filter(keep);
    if (kept.length > 0) owners = kept;
  };
  if (hints.year !== undefined) narrow((d) => d.i.startsWith(hints.year!));
  if (hints.term !== undefined) narrow((d) => d.m === hints.term);
  return orderNamesakes(owners, hints.words);
}

/** A namesake's words as {@link orderByWords} weighs them: its title, and everything else it shows. */
export interface NamesakeText {
  title: string;
  rest: string;
}

/**
 * Items ordered by how much of the query's words their text holds, stable otherwise. A word
 * counts 1 (2 in the title); two query words side by side found side by side count 3 more (4 in
 * the title), since a folded syllable alone is ambiguous ("tinh" is tinh and tỉnh) and a phrase is not.
 */
export function orderByWords<T>(items: readonly T[], words: readonly string[], textOf: (item: T) => NamesakeText): T[] {
  if (words.length === 0 || items.length < 2) return [...items];
  const pairsOf = (ws: readonly string[]) => new Set(syllablePairs(ws));
  const queryPairs = [...pairsOf(words)];
  const score = (item: T): number => {
    const text = textOf(item);
    const titleWords = searchWords(text.title);
    const restWords = searchWords(text.rest);
    const title = new Set(titleWords);
    const rest = new Set(restWords);
    const titlePairs = pairsOf(titleWords);
    const restPairs = pairsOf(restWords);
    let s = 0;
    for (const w of words) s += title.has(w) ? 2 : rest.has(w) ? 1 : 0;
    for (const p of queryPairs) s += titlePairs.has(p) ? 4 : restPairs.has(p) ? 3 : 0;
    return s;
  };
  const scored = items.map((item, i) => ({ item, s: score(item), i }));
  return scored.sort((a, b) => b.s - a.s || a.i - b.i).map((x) => x.item);
}

/** Namesakes (one code, several documents) of the code map, ordered by the query's other words (see {@link orderByWords}). */
export function orderNamesakes(owners: readonly CodeMapDoc[], words: readonly string[]): CodeMapDoc[] {
  return orderByWords(owners, words, (d) => ({ title: d.t, rest: `${d.s} ${d.k} ${d.o} ${d.m === '' ? '' : `khoa ${d.m}`}` }));
}

/** The numbers nearest `n` in an ascending list, closest first (at most `count`, never `n` itself). */
export function nearestNumbers(numbers: readonly number[], n: number, count = 2): number[] {
  return numbers
    .filter((x) => x !== n)
    .map((x) => ({ x, d: Math.abs(x - n) }))
    .sort((a, b) => a.d - b.d || a.x - b.x)
    .slice(0, count)
    .map((a) => a.x);
}
