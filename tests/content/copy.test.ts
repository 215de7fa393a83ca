/**
 * Every sentence is ours: no entry repeats 12 consecutive words of a seed article or of any source
 * an editor read. Both are compared through their fingerprints (tests/content/seed-fingerprints.json,
 * written by `npm run seeds:fingerprint`; tests/content/source-fingerprints.json, written by
 * `npm run sources:fingerprint` from the texts saved while researching), so the test runs wherever
 * the repository is. Quoted spans, the
 * trích yếu of any document in the base (a title is cited as it is), organ names and codes are
 * left out, as are the fields that hold a title by nature (`title`, the sources' titles, aliases).
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readContent } from '../../src/loader/read';
import { checkContent } from '../../src/loader/check';
import { BREAK, fingerprint, runs, words } from '../../tools/content/copy-rule';
import type { SourcePrints } from '../../tools/content/source-text';

const root = resolve(import.meta.dirname, '../..');
const prints = JSON.parse(readFileSync(join(import.meta.dirname, 'seed-fingerprints.json'), 'utf8')) as { seeds: string[]; runs: string[] };
const seedRuns = new Set(prints.runs);
const sourcePrints = JSON.parse(readFileSync(join(import.meta.dirname, 'source-fingerprints.json'), 'utf8')) as SourcePrints;
const sourceRuns = new Map(Object.entries(sourcePrints.runs));

/** Where a copied run comes from: the seed, or the address of the source read. */
function origin(run: string): string | undefined {
  const hash = fingerprint(run);
  if (seedRuns.has(hash)) return 'một bài trong shared/seeds';
  const index = sourceRuns.get(hash);
  return index === undefined ? undefined : sourcePrints.sources[index]?.url;
}

const result = checkContent(readContent(root));
/** Spans cited as they are: titles of documents and organ names, longest first. */
const cited = [...result.documents.map((d) => d.data.title), ...result.organs.map((o) => o.name)]
  .map((t) => words(t).join(' '))
  .filter((t) => t.split(' ').length >= 4)
  .sort((a, b) => b.length - a.length);
/** Runs of words that belong to a cited title (a title may be cited in part). */
const citedRuns = new Set(cited.flatMap((span) => [...runs(span.split(' '))]));

/** The words of `text` with every cited span turned into a break. */
function ownWords(text: string): string[] {
  let joined = ` ${words(text).join(' ')} `;
  for (const span of cited) joined = joined.split(` ${span} `).join(` ${BREAK} `);
  return joined.split(' ').filter(Boolean);
}

/** The runs of `text` that a seed or a source has too, each with where it comes from. */
function copied(text: string): string[] {
  return [...runs(ownWords(text))].flatMap((r) => {
    const from = citedRuns.has(r) ? undefined : origin(r);
    return from === undefined ? [] : [`«${r}» (${from})`];
  });
}

/** The text an entry writes in its own words: everything but the fields that hold titles. */
function ownText(value: unknown, key = ''): string[] {
  if (['title', 'aliases', 'url', 'seed', 'code', 'outlet'].includes(key)) return [];
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap((v) => ownText(v));
  if (value !== null && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => ownText(v, k));
  return [];
}

const entries: [string, string][] = [
  ...result.documents.map((d) => [d.file, [...ownText(d.data), d.body].join('\n')] as [string, string]),
  ...result.organs.map((o) => [`content/organs.yaml#${o.id}`, ownText(o).join('\n')] as [string, string]),
  ...result.reports.map((r) => [r.file, ownText(r.data).join('\n')] as [string, string]),
];

describe('no entry copies 12 consecutive words from a seed or a source', () => {
  it('has the fingerprints of every seed', () => {
    expect(prints.seeds.length).toBeGreaterThanOrEqual(5);
    expect(seedRuns.size).toBeGreaterThan(1000);
    // Where the seeds themselves are at hand, the fingerprints must be theirs (else: npm run seeds:fingerprint).
    const seedsDir = resolve(root, '../shared/seeds');
    if (existsSync(seedsDir)) expect(readdirSync(seedsDir).filter((f) => f.endsWith('.txt')).sort()).toEqual(prints.seeds);
  });

  it('keeps each source once, with the day it was read, and every run pointing at one', () => {
    expect(new Set(sourcePrints.sources.map((s) => s.url)).size).toBe(sourcePrints.sources.length);
    for (const index of sourceRuns.values()) expect(sourcePrints.sources[index]).toBeDefined();
  });

  it.each(entries)('%s', (_file, text) => {
    expect(copied(text)).toEqual([]);
  });

  it('would catch a copied sentence, and not the same facts in our words', () => {
    // A sentence of seed 003 (Báo Thanh Hóa), and the same fact in our words.
    const theirs = 'Việc học tập, quán triệt các nghị quyết, chỉ thị, chủ trương được Đảng ủy Khối Cơ quan và Doanh nghiệp tỉnh chú trọng nhằm tạo sự thống nhất trong quá trình triển khai.';
    const ours = 'Đảng ủy Khối coi trọng việc học và quán triệt nghị quyết để mọi nơi làm cùng một hướng.';
    expect(copied(theirs).length).toBeGreaterThan(0);
    expect(copied(ours)).toEqual([]);
  });
});
