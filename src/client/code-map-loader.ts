/**
 * Code lookups in the browser from the code map (src/lib/search/code-map.ts, written by
 * tools/build/code-map.ts): loads the one shard a key lives in as a script (so file:// works
 * too), and for a number the base lacks, the kind's number list and the shards of its nearest;
 * and the vocabulary that corrects slips, shipped the same way.
 */
import { bareKey, codeKey, type DocCode } from '../lib/codes/code';
import { paths } from '../lib/paths';
import {
  kindListKey,
  nearestNumbers,
  rankOwners,
  shardOf,
  type CodeMapDoc,
  type CodeMapRef,
  type CodeMapShard,
  type LookupHints,
} from '../lib/search/code-map';
import { KNOWN_SYLLABLES, VOCABULARY, type Vocabulary } from '../lib/search/spelling';

declare global {
  interface Window {
    soTayCodes?: (name: string, data: unknown) => void;
  }
}

const waiting = new Map<string, (data: unknown) => void>();
const parts = new Map<string, Promise<unknown>>();

/** Load one part of the map by its script; resolves with its data (undefined if it is missing). */
function loadPart(name: string, src: string): Promise<unknown> {
  let part = parts.get(name);
  if (part === undefined) {
    part = new Promise((resolve) => {
      window.soTayCodes ??= (n, data) => waiting.get(n)?.(data);
      waiting.set(name, resolve);
      const script = document.createElement('script');
      script.src = src;
      // A missing part is an empty one: a kind with no numbers, a shard a small base left empty.
      script.onerror = () => resolve(undefined);
      script.onload = () => script.remove();
      document.head.append(script);
    });
    parts.set(name, part);
  }
  return part;
}

/** The base's syllables folded (src/lib/search/spelling.ts: knownSyllables), or undefined when they cannot be loaded. */
export async function loadKnownSyllables(place: CodeMapPlace): Promise<Set<string> | undefined> {
  const data = await loadPart(KNOWN_SYLLABLES, place.href(paths.searchSyllables()));
  return typeof data === 'string' ? new Set(data.split(' ')) : undefined;
}

/** The base's vocabulary for correcting slips, or undefined when it cannot be loaded. */
export async function loadVocabulary(place: CodeMapPlace): Promise<Vocabulary | undefined> {
  return (await loadPart(VOCABULARY, place.href(paths.searchVocabulary()))) as Vocabulary | undefined;
}

/** Where the map is: the number of shards and how a site path becomes a URL here. */
export interface CodeMapPlace {
  shards: number;
  href: (path: string) => string;
}

/** The row of a key. */
async function rowOf(key: string, place: CodeMapPlace) {
  const shard = shardOf(key, place.shards);
  const data = (await loadPart(String(shard), place.href(paths.codeMapShard(shard)))) as CodeMapShard | undefined;
  return data?.[key];
}

/** What the map answers for a key. */
export interface CodeAnswer {
  /** The documents the query names, best first. */
  owners: CodeMapDoc[];
  /** Documents that mention the key (at most a page of them), and how many do. */
  refs: CodeMapRef[];
  mentions: number;
}

/** Look a key up, ordering its owners by the query's hints. */
export async function lookupKey(key: string, hints: LookupHints, place: CodeMapPlace): Promise<CodeAnswer> {
  const row = await rowOf(key, place);
  return { owners: rankOwners(row, hints), refs: row?.r ?? [], mentions: row?.n ?? 0 };
}

/** The documents of the same kind whose numbers are nearest a code's number (same issuer first). */
export async function nearestOf(code: DocCode, place: CodeMapPlace): Promise<CodeMapDoc[]> {
  const kind = kindListKey(code);
  const numbers = ((await loadPart(`loai-${kind}`, place.href(paths.codeMapKind(kind)))) as number[] | undefined) ?? [];
  const near = nearestNumbers(numbers, Number(code.number));
  const rows = await Promise.all(near.map((n) => rowOf(bareKey({ ...code, number: String(n) }), place)));
  const docs = rows.flatMap((r) => r?.o ?? []);
  // "57-nq-tw" → "-nq-tw": the issuer's own series first.
  const series = code.bare ? undefined : codeKey(code).slice(codeKey(code).indexOf('-'));
  const sameIssuer = series === undefined ? [] : docs.filter((d) => d.f.some((k) => k.endsWith(series)));
  return [...new Set([...sameIssuer, ...docs])].slice(0, 5);
}
