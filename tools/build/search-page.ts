/**
 * The search page's last touches, once the index is written: what its script needs to start a
 * word search without waiting on one file after another. Its form is given the merged index
 * folders (`data-shards`), a cache tag for Pagefind's entry files (`data-index-tag`: they change
 * only when the index does) and the files a word search fetches first (`data-preload`, from
 * src/lib/search/pagefind.ts), which the script asks for at once, for words only (a code is
 * answered by the code map without Pagefind). Its head gets a `modulepreload` for every module its
 * scripts import (and the scripts themselves), so the browser fetches them all at once, and
 * before its styles comes a small inline script (src/client/search-early.ts) that asks for
 * Pagefind's files as the page is parsed when the query can only be words.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build, type Plugin } from 'esbuild';
import { SEARCH_EARLY_ID, SEARCH_EARLY_SCRIPT } from './search-early';
import { pagefindFirstFetches, type PagefindIndexFiles } from '../../src/lib/search/pagefind';
import { paths } from '../../src/lib/paths';
import { applyEdits, attrValue, headEnd, readPageForRewrite, type Edit, type Tag } from '../quality/html';

/** Where the search page is in the built site. */
export const SEARCH_PAGE = `${paths.search().slice(1)}index.html`;

/** The modules a module script of the site imports statically (not its dynamic imports), as files of the site. */
export async function staticImports(site: string, file: string, base: string): Promise<string[]> {
  const siteDir = resolve(site);
  const fromSite: Plugin = {
    name: 'site-files',
    setup(b) {
      b.onResolve({ filter: /.*/ }, (args) => {
        if (args.kind === 'entry-point') return undefined;
        if (args.kind === 'dynamic-import') return { path: args.path, external: true };
        // An absolute site path ("/sotay/_astro/x.js") is a file of the site folder.
        if (args.path.startsWith(base)) return { path: join(siteDir, args.path.slice(base.length)) };
        return undefined;
      });
    },
  };
  const result = await build({
    entryPoints: [join(siteDir, file)],
    bundle: true,
    write: false,
    metafile: true,
    format: 'esm',
    absWorkingDir: siteDir,
    logLevel: 'silent',
    plugins: [fromSite],
  });
  return Object.keys(result.metafile.inputs).filter((input) => input !== file).sort();
}

/** An attribute of a start tag set to `value`: replaced where it is written, else added. */
function setAttr(tag: Tag, name: string, value: string): Edit {
  const text = `${name}="${attrValue(value)}"`;
  const span = tag.attrSpans[name];
  return span === undefined ? { start: tag.end - 1, end: tag.end - 1, text: ` ${text}` } : { start: span.start, end: span.end, text };
}

/**
 * Finish the search page of `siteDir` for the Pagefind indexes in `indexDirs` (from the site
 * root, the first one first: "pagefind/", "pagefind-2/" …). Does nothing when the site has no
 * search page.
 */
export async function finishSearchPage(siteDir: string, indexDirs: readonly string[]): Promise<void> {
  const file = join(siteDir, SEARCH_PAGE);
  if (!existsSync(file)) return;
  const html = readFileSync(file, 'utf8');
  const { tags } = readPageForRewrite(html);
  const form = tags.find((t) => t.name === 'form' && t.attrs.id === 'search-form');
  if (form === undefined) return;
  const base = form.attrs['data-base'] ?? '/';
  const language = tags.find((t) => t.name === 'html')?.attrs.lang ?? 'vi';
  const entryTexts = indexDirs.map((dir) => readFileSync(join(siteDir, dir, 'pagefind-entry.json'), 'utf8'));
  const indexes: PagefindIndexFiles[] = indexDirs.map((dir, i) => ({ dir, entry: JSON.parse(entryTexts[i]!) as PagefindIndexFiles['entry'] }));
  // The entries name every other file by its content hash: theirs stand for the whole index.
  const tag = createHash('sha256').update(entryTexts.join('\n')).digest('hex').slice(0, 10);
  const preload = pagefindFirstFetches(indexes, tag, language).join(' ');
  const edits: Edit[] = [
    setAttr(form, 'data-shards', indexDirs.slice(1).join(',')),
    setAttr(form, 'data-index-tag', tag),
    setAttr(form, 'data-preload', preload),
  ];
  const preloaded = new Set(tags.filter((t) => t.name === 'link' && t.attrs.rel === 'modulepreload').map((t) => t.attrs.href));
  const modules = tags.filter((t) => t.name === 'script' && t.attrs.type === 'module' && t.attrs.src?.startsWith(base));
  const links: string[] = [];
  for (const script of modules) {
    const entry = script.attrs.src!.slice(base.length);
    // The script itself too: it comes last in the page, and the parser reaches it late.
    for (const dep of [entry, ...(await staticImports(siteDir, entry, base))]) {
      const href = `${base}${dep}`;
      if (preloaded.has(href)) continue;
      preloaded.add(href);
      links.push(`<link rel="modulepreload" href="${attrValue(href)}">`);
    }
  }
  const at = headEnd(tags);
  if (at !== undefined && links.length > 0) edits.push({ start: at, end: at, text: links.join('') });
  // Before the styles (a script after them waits for them); once: a page finished again (the
  // search benchmark's) has its script replaced.
  const scripts = paths.searchSyllables().slice(1);
  const data = { base, preload, scripts, tag, shards: indexDirs.slice(1).join(',') };
  const early = `<script id="${SEARCH_EARLY_ID}"${Object.entries(data).map(([k, v]) => ` data-${k}="${attrValue(v)}"`).join('')}>${SEARCH_EARLY_SCRIPT}</script>`;
  const old = tags.find((t) => t.name === 'script' && t.attrs.id === SEARCH_EARLY_ID);
  const styles = tags.find((t) => t.name === 'link' && t.attrs.rel === 'stylesheet');
  if (old !== undefined) edits.push({ start: old.element.start, end: old.element.end, text: early });
  else if (styles !== undefined) edits.push({ start: styles.element.start, end: styles.element.start, text: early });
  else if (at !== undefined) edits.push({ start: at, end: at, text: early });
  writeFileSync(file, applyEdits(html, edits));
}

/** Set attributes of the search page's form (the search benchmark gives a page built on other content its code-map shard count). */
export function setSearchFormAttributes(siteDir: string, attrs: Readonly<Record<string, string>>): void {
  const file = join(siteDir, SEARCH_PAGE);
  const html = readFileSync(file, 'utf8');
  const form = readPageForRewrite(html).tags.find((t) => t.name === 'form' && t.attrs.id === 'search-form');
  if (form === undefined) throw new Error(`${file}: không có form#search-form`);
  writeFileSync(file, applyEdits(html, Object.entries(attrs).map(([name, value]) => setAttr(form, name, value))));
}
