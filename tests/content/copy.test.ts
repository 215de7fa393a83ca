/**
 * Every sentence is ours: no entry repeats 12 consecutive words of a seed article. Quoted spans,
 * the trích yếu of any document in the base (a title is cited as it is), organ names and codes are
 * left out of the comparison, as are the fields that hold a title by nature (`title`, the
 * sources' titles, aliases).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readContent } from '../../src/loader/read';
import { checkContent } from '../../src/loader/check';
import { normalizeTone } from '../../src/lib/text/normalize';

const root = resolve(import.meta.dirname, '../..');
const seedsDir = resolve(root, '../shared/seeds');
const WINDOW = 12;
const BREAK = '\u0000';

const result = checkContent(readContent(root));
/** Spans cited as they are: titles of documents and organ names, longest first. */
const cited = [...result.documents.map((d) => d.data.title), ...result.organs.map((o) => o.name)]
  .map((t) => words(t).join(' '))
  .filter((t) => t.split(' ').length >= 4)
  .sort((a, b) => b.length - a.length);

/** Lower-case words with tone placement unified, punctuation dropped; quotes and codes become breaks. */
function words(text: string): string[] {
  const unquoted = normalizeTone(text.normalize('NFC'))
    .replace(/\b(?:https?:\/\/|www\.)\S+/g, ` ${BREAK} `)
    .replace(/"[^"\n]*"|“[^”\n]*”|«[^»\n]*»/g, ` ${BREAK} `)
    // The name of a congress resolution is cited as it is, like a code.
    .replace(/nghị quyết đại hội[\p{L} ]*? lần thứ [ivxlc]+/giu, ` ${BREAK} `)
    .replace(/\b\d+[-/][\p{L}\d/-]*/gu, ` ${BREAK} `)
    .toLowerCase();
  return unquoted.split(/[^\p{L}\p{N}\u0000]+/u).filter(Boolean);
}

/** The words of `text` with every cited span turned into a break. */
function ownWords(text: string): string[] {
  let joined = ` ${words(text).join(' ')} `;
  for (const span of cited) joined = joined.split(` ${span} `).join(` ${BREAK} `);
  return joined.split(' ').filter(Boolean);
}

/** Every run of WINDOW words that has no break in it. */
function grams(tokens: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i + WINDOW <= tokens.length; i++) {
    const slice = tokens.slice(i, i + WINDOW);
    if (!slice.includes(BREAK)) out.add(slice.join(' '));
  }
  return out;
}

/** Runs of words that belong to a cited title (a title may be cited in part). */
const citedGrams = new Set(cited.flatMap((span) => [...grams(span.split(' '))]));

const seedGrams = new Set(readdirSync(seedsDir).filter((f) => f.endsWith('.txt')).flatMap((f) => [...grams(words(readFileSync(join(seedsDir, f), 'utf8')))]));

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

describe('no entry copies 12 consecutive words from a seed', () => {
  it('the seeds are there to compare with', () => {
    expect(seedGrams.size).toBeGreaterThan(1000);
  });

  it.each(entries)('%s', (_file, text) => {
    const copied = [...grams(ownWords(text))].filter((g) => seedGrams.has(g) && !citedGrams.has(g));
    expect(copied).toEqual([]);
  });

  it('would catch a copied sentence', () => {
    const seed = readFileSync(join(seedsDir, readdirSync(seedsDir).find((f) => f.endsWith('.txt'))!), 'utf8');
    const sentence = words(seed).filter((w) => w !== BREAK).slice(40, 60).join(' ');
    expect([...grams(ownWords(sentence))].some((g) => seedGrams.has(g))).toBe(true);
  });
});
