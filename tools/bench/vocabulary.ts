/**
 * `npx tsx tools/bench/vocabulary.ts [--docs 10000]`: the size of the spelling vocabulary
 * (src/lib/search/spelling.ts) as the browser would fetch it, for the real content and for a
 * synthetic corpus, with the time to build it and its lookup. Prints numbers; not a test.
 */
import { gzipSync } from 'node:zlib';
import { buildVocabulary, correctQuery, spellingIndex, type Vocabulary } from '../../src/lib/search/spelling.ts';
import { loadSite } from '../../src/loader/site.ts';
import { bodyText, generate } from './corpus.ts';

const i = process.argv.indexOf('--docs');
const N = Number(i >= 0 ? process.argv[i + 1] : '10000');

function report(name: string, docs: number, texts: string[]): Vocabulary {
  let t = performance.now();
  const vocab = buildVocabulary(texts);
  const build = performance.now() - t;
  t = performance.now();
  const index = spellingIndex(vocab);
  const lookup = performance.now() - t;
  const kb = (value: unknown) => {
    const json = JSON.stringify(value);
    return `${(Buffer.byteLength(json) / 1024).toFixed(1)} KB JSON, ${(gzipSync(json, { level: 9 }).length / 1024).toFixed(1)} KB gzip`;
  };
  console.log(
    `${name}: ${docs} documents; ${vocab.words.length} spellings (${index.byFolded.size} folded forms), ${vocab.pairs.length} pairs; ` +
      `file ${kb(vocab)} (words alone ${kb(vocab.words)}); build ${build.toFixed(0)} ms, index ${lookup.toFixed(1)} ms`,
  );
  return vocab;
}

const site = loadSite();
const real = report(
  'real content',
  site.documents.length,
  site.documents.map((d) => [d.data.title, d.data.summary, d.body].join('\n')),
);
const synth = generate(N);
report(`synthetic (tools/bench/corpus.ts)`, synth.length, synth.map((d) => [d.title, d.summary, bodyText(d)].join('\n')));

const queries = ['nghj quyết', 'kết luâng', 'chuyển đổi sô', 'tinh gon bo mayy', 'phat trien kinh tê tư nhânn', 'quoc phongg an ninh'];
const t = performance.now();
for (let k = 0; k < 100; k++) for (const q of queries) correctQuery(q, real);
console.log(`correctQuery, real vocabulary: ${((performance.now() - t) / (100 * queries.length)).toFixed(3)} ms per query`);
for (const q of queries) console.log(`  ${q} → ${correctQuery(q, real)?.query ?? '(unchanged)'}`);
