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

/**
 * The attributes the HTML standard defines as URLs: only in these is a relative value ("../x/")
 * read as an address. A value that is an absolute path into the site is one in any attribute.
 */
const URL_ATTRS = new Set(['href', 'src', 'action', 'formaction', 'poster', 'data', 'cite']);

/** Whether `value` is an absolute path into a site built for `base` ("/van-ban/x/", not "//host/x"). */
export function isSitePath(value: string, base = '/'): boolean {
  return value.startsWith(baseFolder(base)) && !value.startsWith('//');
}

/**
 * Rewrite every attribute of a page that holds an address in the site for file://: the URL
 * attributes, srcset, and any other attribute whose value is a site path (a script's `data-kit`,
 * whatever a later page adds), found by walking every attribute of the parsed page. Scripts,
 * styles and text are left alone.
 */
export function rewriteHtmlForFiles(html: string, file: string, files: ReadonlySet<string>, base = '/'): string {
  const one = (value: string): string => offlineUrl(value, file, files, base) ?? value;
  const edits: Edit[] = [];
  for (const tag of readPageForRewrite(html).tags) {
    for (const [name, value] of Object.entries(tag.attrs)) {
      const span = tag.attrSpans[name];
      if (span === undefined) continue;
      let next: string | undefined;
      if (name === 'srcset') next = value.split(',').map((part) => part.trim().replace(/^\S+/, (u) => one(u))).join(', ');
      else if (URL_ATTRS.has(name) || isSitePath(value, base)) next = one(value);
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
