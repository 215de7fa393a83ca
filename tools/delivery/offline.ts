/**
 * The copy of the site that works from file:// (a USB stick, a shared folder): every internal
 * URL becomes a relative path to an exact file ("../../van-ban/x/index.html"), since there is no
 * server to map "/" to the site's folder or a folder to its index.html.
 */
import { applyEdits, attrValue, readPageForRewrite, type Edit } from '../quality/html';
import { fileForPath, resolveRef, type SiteLayout } from '../quality/links';
import { baseFolder } from '../../src/lib/paths';

/** The relative URL from the page file `from` to the site file `to` (both from the site root). */
export function relativeUrl(from: string, to: string): string {
  const fromDirs = from.split('/').slice(0, -1);
  const toParts = to.split('/');
  let common = 0;
  while (common < fromDirs.length && common < toParts.length - 1 && fromDirs[common] === toParts[common]) common++;
  const up = fromDirs.length - common;
  const rel = [...Array<string>(up).fill('..'), ...toParts.slice(common)].join('/');
  return encodeURI(rel);
}

/**
 * The file:// form of one URL found in `fromFile`, or undefined to leave it as it is (another
 * origin, mailto:, an anchor on the same page, a path the site does not have).
 */
export function offlineUrl(url: string, fromFile: string, files: ReadonlySet<string>, base: string): string | undefined {
  if (url.startsWith('#') || url === '') return undefined;
  const layout: SiteLayout = { base, directoryIndex: true };
  const fromPath = `${baseFolder(base)}${fromFile}`;
  const r = resolveRef(url, fromPath, layout);
  if (r.kind !== 'internal') return undefined;
  const target = fileForPath(r.path, files, layout);
  if (target === undefined) return undefined;
  const query = /\?[^#]*/.exec(url)?.[0] ?? '';
  const hash = /#.*/.exec(url)?.[0] ?? '';
  return relativeUrl(fromFile, target) + query + hash;
}

/** The attributes that hold a URL, and srcset which holds several. */
const URL_ATTRS = new Set(['href', 'src', 'action', 'poster', 'data']);

/** Rewrite every URL attribute of a page for file:// (scripts, styles and text are left alone: only attributes change). */
export function rewriteHtmlForFiles(html: string, file: string, files: ReadonlySet<string>, base = '/'): string {
  const one = (value: string): string => offlineUrl(value, file, files, base) ?? value;
  const edits: Edit[] = [];
  for (const tag of readPageForRewrite(html).tags) {
    for (const [name, value] of Object.entries(tag.attrs)) {
      const span = tag.attrSpans[name];
      if (span === undefined) continue;
      let next: string | undefined;
      if (URL_ATTRS.has(name)) next = one(value);
      else if (name === 'srcset') next = value.split(',').map((part) => part.trim().replace(/^\S+/, (u) => one(u))).join(', ');
      if (next !== undefined && next !== value) edits.push({ start: span.start, end: span.end, text: `${name}="${attrValue(next)}"` });
    }
  }
  return applyEdits(html, edits);
}

/** Rewrite the `url(…)` references of a stylesheet for file://. */
export function rewriteCssForFiles(css: string, file: string, files: ReadonlySet<string>, base = '/'): string {
  return css.replace(/url\(\s*(["']?)([^"')]+)\1\s*\)/g, (all, quote: string, url: string) => {
    const next = offlineUrl(url, file, files, base);
    return next === undefined ? all : `url(${quote}${next}${quote})`;
  });
}
