/**
 * `npm run seeds:fingerprint`: writes tests/content/seed-fingerprints.json, the hashes of every
 * run of 12 words of the seed articles (../shared/seeds), so the copy test runs wherever the
 * repository is cloned, without the articles' text. Run it when a seed is added.
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fingerprint, runs, words } from './copy-rule';

const root = resolve(import.meta.dirname, '../..');
const seedsDir = resolve(root, process.argv[2] ?? '../shared/seeds');
const seeds = readdirSync(seedsDir).filter((f) => f.endsWith('.txt')).sort();
const hashes = new Set<string>();
for (const seed of seeds) for (const run of runs(words(readFileSync(join(seedsDir, seed), 'utf8')))) hashes.add(fingerprint(run));
const file = join(root, 'tests/content/seed-fingerprints.json');
writeFileSync(file, `${JSON.stringify({ seeds, window: 12, runs: [...hashes].sort() })}\n`);
console.log(`${seeds.length} bài nguồn, ${hashes.size} chuỗi 12 từ → ${file}`);
