/**
 * Writes the code map (src/lib/search/code-map.ts) into the built site: one classic script per
 * shard and per kind's number list, under tim-kiem/so-hieu/. Scripts, not JSON, because the
 * file:// copy cannot fetch() but can load a script from its own folder; each hands its data to
 * `window.soTayCodes(name, data)`, which the search page sets before it adds the script. The
 * vocabulary for correcting slips (src/lib/search/spelling.ts) is shipped the same way, and beside
 * it the base's syllables folded, which tell the page whether a query needs the vocabulary at all.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { bareKey } from '../../src/lib/codes/code';
import { paths } from '../../src/lib/paths';
import { buildCodeMap, codeMapInput, shardCount, type CodeMap } from '../../src/lib/search/code-map';
import { KNOWN_SYLLABLES, VOCABULARY, buildVocabulary, knownSyllables, type Vocabulary } from '../../src/lib/search/spelling';
import { documentSearchMeta } from '../../src/loader/search-doc';
import { congressOf } from '../../src/lib/congresses';
import { loadSite, type Site } from '../../src/loader/site';
import { scriptLiteral } from './script-literal';

/** The map of a loaded site. */
export function codeMapOf(site: Site): CodeMap {
  const inputs = site.documents.map((doc) => {
    const meta = documentSearchMeta(doc, site);
    return codeMapInput({
      id: doc.id,
      code: meta.code!,
      title: meta.title!,
      kind: meta.kind!,
      date: meta.date!,
      iso: meta.iso!,
      issuer: meta.issuer!,
      summary: meta.summary!,
      term: doc.data.term ?? '',
      keys: meta.keys!.split(' ').filter(Boolean),
      plenum: doc.data.plenum,
      congress: congressOf(doc.data),
      mentions: (site.referencesByDoc.get(doc.id) ?? []).flatMap((r) => (r.target.type === 'code' ? [bareKey(r.target.code)] : [])),
    });
  });
  return buildCodeMap(inputs, shardCount(site.documents.length));
}

/** The script of one part of the map. */
export function codeMapScript(name: string, data: unknown): string {
  return `window.soTayCodes&&window.soTayCodes(${JSON.stringify(name)},${scriptLiteral(data)});\n`;
}

/** The base's vocabulary for correcting slips: each document's title, summary, key points and body. */
export function vocabularyOf(site: Site): Vocabulary {
  return buildVocabulary(site.documents.map((d) => [d.data.title, d.data.summary, ...d.data.keyPoints, d.body].join('\n')));
}

/** Write the map and the vocabulary of the site at `contentRoot` into `siteDir`; returns the files and bytes written. */
export function writeCodeMap(siteDir: string, contentRoot: string): { files: number; bytes: number } {
  const site = loadSite(contentRoot);
  return writeCodeMapFiles(siteDir, codeMapOf(site), vocabularyOf(site));
}

/** Write a map and a vocabulary as the site's scripts (the build's step, and the search benchmark's corpus). */
export function writeCodeMapFiles(siteDir: string, map: CodeMap, vocabulary: Vocabulary): { files: number; bytes: number } {
  const dir = join(siteDir, dirname(paths.codeMapShard(0)).slice(1));
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  let bytes = 0;
  const write = (path: string, name: string, data: unknown) => {
    const text = codeMapScript(name, data);
    bytes += Buffer.byteLength(text);
    writeFileSync(join(siteDir, path.slice(1)), text);
  };
  map.shards.forEach((shard, i) => write(paths.codeMapShard(i), String(i), shard));
  for (const [kind, numbers] of Object.entries(map.kinds)) write(paths.codeMapKind(kind), `loai-${kind}`, numbers);
  write(paths.searchVocabulary(), VOCABULARY, vocabulary);
  // One string, spaces between: the page asks for it with every word search, so every byte counts.
  write(paths.searchSyllables(), KNOWN_SYLLABLES, knownSyllables(vocabulary).join(' '));
  return { files: map.shards.length + Object.keys(map.kinds).length + 2, bytes };
}
