/**
 * `npm run sources:fingerprint [folder]`: writes tests/content/source-fingerprints.json, the hashes
 * of every run of 12 words of the texts editors read while researching (default folder
 * ../source-texts, one .txt per source: `URL: …`, `READ: dd/mm/yyyy`, a blank line, then the
 * text as read), so the copy test compares every entry with every source, not only the seeds,
 * wherever the repository is cloned and without the sources' text. Runs merge with the file's
 * existing ones: a text read once stays guarded after its copy is gone.
 */
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fingerprint, runs, words } from './copy-rule';
import { parseSourceText, type SourcePrints } from './source-text';

const root = resolve(import.meta.dirname, '../..');
const folder = resolve(root, process.argv[2] ?? '../source-texts');
const file = join(root, 'tests/content/source-fingerprints.json');

/** Every .txt file under a folder, sorted so the output is stable. */
function textFiles(dir: string): string[] {
  return readdirSync(dir)
    .flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? textFiles(path) : name.endsWith('.txt') ? [path] : [];
    })
    .sort();
}

const previous: SourcePrints = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as SourcePrints) : { window: 12, sources: [], runs: {} };
const sources = [...previous.sources];
const byHash = new Map<string, number>(Object.entries(previous.runs));
let problems = 0;
for (const path of textFiles(folder)) {
  const parsed = parseSourceText(readFileSync(path, 'utf8'));
  if (!parsed.ok) {
    problems++;
    console.error(`${path}: ${parsed.reason}`);
    continue;
  }
  let index = sources.findIndex((s) => s.url === parsed.url);
  if (index < 0) index = sources.push({ url: parsed.url, read: parsed.read }) - 1;
  for (const run of runs(words(parsed.text))) if (!byHash.has(fingerprint(run))) byHash.set(fingerprint(run), index);
}
const sorted = Object.fromEntries([...byHash].sort(([a], [b]) => (a < b ? -1 : 1)));
writeFileSync(file, `${JSON.stringify({ window: 12, sources, runs: sorted } satisfies SourcePrints)}\n`);
console.log(`${sources.length} nguồn, ${byHash.size} chuỗi 12 từ → ${file}${problems > 0 ? ` (${problems} tệp không đọc được)` : ''}`);
if (problems > 0) process.exitCode = 1;
