/**
 * The copy of the site that works from file:// (a USB stick, a shared folder): every internal
 * URL becomes a relative path to an exact file ("../../van-ban/x/index.html"), since there is no
 * server to map "/" to the site's folder or a folder to its index.html.
 */
import { maskRawText } from '../quality/html';
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

const URL_ATTR = /(\s(?:href|src|action|poster|data)\s*=\s*)(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/gi;
const SRCSET_ATTR = /(\ssrcset\s*=\s*)(?:"([^"]*)"|'([^']*)')/gi;

/** Rewrite every URL attribute of a page for file:// (text inside scripts and styles is left alone). */
export function rewriteHtmlForFiles(html: string, file: string, files: ReadonlySet<string>, base = '/'): string {
  const masked = maskRawText(html);
  let out = '';
  let last = 0;
  for (const m of masked.matchAll(/<[a-zA-Z][^>]*>/g)) {
    const tag = html.slice(m.index, m.index + m[0].length);
    const one = (value: string) => offlineUrl(value.replace(/&amp;/g, '&'), file, files, base)?.replace(/&/g, '&amp;') ?? value;
    const rewritten = tag
      .replace(URL_ATTR, (all, head: string, dq?: string, sq?: string, bare?: string) => {
        const value = dq ?? sq ?? bare ?? '';
        const next = one(value);
        return next === value ? all : `${head}"${next}"`;
      })
      .replace(SRCSET_ATTR, (_all, head: string, dq?: string, sq?: string) => {
        const list = (dq ?? sq ?? '').split(',').map((part) => part.trim().replace(/^\S+/, (u) => one(u)));
        return `${head}"${list.join(', ')}"`;
      });
    out += html.slice(last, m.index) + rewritten;
    last = m.index + m[0].length;
  }
  return out + html.slice(last);
}

/** Rewrite the `url(…)` references of a stylesheet for file://. */
export function rewriteCssForFiles(css: string, file: string, files: ReadonlySet<string>, base = '/'): string {
  return css.replace(/url\(\s*(["']?)([^"')]+)\1\s*\)/g, (all, quote: string, url: string) => {
    const next = offlineUrl(url, file, files, base);
    return next === undefined ? all : `url(${quote}${next}${quote})`;
  });
}
