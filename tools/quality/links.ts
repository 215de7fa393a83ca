/**
 * The link check over a built site, as plain data in and a list of problems out: every link,
 * asset and anchor of every page must reach a file of the site under its base path, and no
 * resource may come from another origin (a hyperlink to a source's web address is fine; a
 * script, style, image or font from elsewhere is a request leaving the site).
 */
import { anchorIdsOf, startTags, type Tag } from './html';
import { baseFolder } from '../../src/lib/paths';

/** A URL a page refers to, and whether the browser fetches it on its own (a resource). */
export interface PageRef {
  url: string;
  resource: boolean;
  tag: string;
}

// Which attribute of which element holds a URL; `true` = fetched by the browser on load.
const URL_ATTRS: Record<string, Record<string, boolean>> = {
  a: { href: false },
  area: { href: false },
  link: { href: true },
  script: { src: true },
  img: { src: true, srcset: true },
  source: { src: true, srcset: true },
  video: { src: true, poster: true },
  audio: { src: true },
  track: { src: true },
  iframe: { src: true },
  embed: { src: true },
  object: { data: true },
  form: { action: false },
  use: { href: true },
};

// <link rel> values that are hints or metadata rather than resources the page needs.
const PASSIVE_LINK_RELS = new Set(['canonical', 'alternate', 'author', 'license', 'help', 'search', 'next', 'prev', 'sitemap']);

/** The URLs of one tag (several for `srcset`). */
function tagRefs(tag: Tag): PageRef[] {
  const attrs = URL_ATTRS[tag.name];
  if (attrs === undefined) return [];
  const refs: PageRef[] = [];
  for (const [attr, fetched] of Object.entries(attrs)) {
    const value = tag.attrs[attr]?.trim();
    if (value === undefined || value === '') continue;
    const rels = (tag.attrs.rel ?? '').toLowerCase().split(/\s+/);
    const resource = fetched && !(tag.name === 'link' && rels.every((r) => PASSIVE_LINK_RELS.has(r)));
    const urls = attr === 'srcset' ? value.split(',').map((part) => part.trim().split(/\s+/)[0] ?? '') : [value];
    for (const url of urls) if (url !== '') refs.push({ url, resource, tag: tag.name });
  }
  return refs;
}

/** Every URL a page refers to, in document order. */
export function pageRefs(html: string): PageRef[] {
  return pageRefsOf(startTags(html));
}

/** The URLs of already read tags. */
export function pageRefsOf(tags: readonly Tag[]): PageRef[] {
  return tags.flatMap(tagRefs);
}

/** How the site is read: through a web server (folders serve index.html) or as files. */
export interface SiteLayout {
  /** The base path, e.g. "/" or "/sotay/". */
  base: string;
  /** A web server serves `folder/` as `folder/index.html`; from file:// a link must name the file. */
  directoryIndex: boolean;
}

// A fixed origin to resolve against; only the path matters.
const ORIGIN = 'http://site.invalid';

/** The URL path a page file is served at ("van-ban/x/index.html" → "/sotay/van-ban/x/"). */
export function pageUrlPath(file: string, layout: SiteLayout): string {
  const base = baseFolder(layout.base);
  if (layout.directoryIndex && (file === 'index.html' || file.endsWith('/index.html'))) return base + file.slice(0, -'index.html'.length);
  return base + file;
}

/** Where a reference lands: another origin, outside the base, or a site path plus an anchor. */
export type Resolved =
  | { kind: 'external' }
  | { kind: 'ignored' }
  | { kind: 'outside-base'; path: string }
  | { kind: 'internal'; path: string; anchor: string };

/** Resolve `url` as found on the page served at `fromPath`. */
export function resolveRef(url: string, fromPath: string, layout: SiteLayout): Resolved {
  if (/^(mailto|tel|data|blob|javascript|about):/i.test(url)) return { kind: 'ignored' };
  let parsed: URL;
  try {
    parsed = new URL(url, ORIGIN + fromPath);
  } catch {
    return { kind: 'outside-base', path: url };
  }
  if (parsed.origin !== ORIGIN) return { kind: 'external' };
  const base = baseFolder(layout.base);
  let path: string;
  try {
    path = decodeURIComponent(parsed.pathname);
  } catch {
    path = parsed.pathname;
  }
  if (!(path + (path.endsWith('/') ? '' : '/')).startsWith(base)) return { kind: 'outside-base', path };
  let anchor = parsed.hash.slice(1);
  try {
    anchor = decodeURIComponent(anchor);
  } catch {
    // keep the raw anchor; it will simply not be found
  }
  return { kind: 'internal', path, anchor };
}

/** The file a site path is served from, if the site has one. */
export function fileForPath(path: string, files: ReadonlySet<string>, layout: SiteLayout): string | undefined {
  const base = baseFolder(layout.base);
  // "/sotay" (no slash) is the site root too: a server redirects it to "/sotay/".
  const rel = path.length < base.length ? '' : path.slice(base.length);
  if (rel === '' || rel.endsWith('/')) return layout.directoryIndex && files.has(`${rel}index.html`) ? `${rel}index.html` : undefined;
  if (files.has(rel)) return rel;
  // A server answers "/x" for folder x with a redirect to "/x/"; from file:// there is no such help.
  return layout.directoryIndex && files.has(`${rel}/index.html`) ? `${rel}/index.html` : undefined;
}

/** One problem the link check found. */
export interface LinkProblem {
  page: string;
  url: string;
  reason: 'missing' | 'anchor' | 'outside-base' | 'external-resource';
}

/** What the link check saw and found. */
export interface LinkReport {
  pages: number;
  links: number;
  problems: LinkProblem[];
}

/** A page of the built site: its file path from the site root and its HTML. */
export interface SitePage {
  file: string;
  html: string;
}

/** What the link check keeps of a page: its references and its anchors (not its HTML, so a large site fits in memory). */
export interface PageLinks {
  file: string;
  refs: PageRef[];
  ids: Set<string>;
}

/** The link summary of a page. */
export function pageLinks(page: SitePage): PageLinks {
  const tags = startTags(page.html);
  return { file: page.file, refs: pageRefsOf(tags), ids: anchorIdsOf(tags) };
}

/** A link to an anchor on another page: checked once the anchors of every page are known. */
export interface PendingAnchor {
  page: string;
  url: string;
  target: string;
  anchor: string;
}

/** What checking one page's references found: how many links, the problems, and anchors on other pages still to check. */
export interface PageCheck {
  links: number;
  problems: LinkProblem[];
  pending: PendingAnchor[];
}

/**
 * Check one page's references against the site's files: a missing file, a path outside the base,
 * a resource from another origin, an anchor missing on the page itself are found here; an anchor
 * on another page is left pending (the pass over a large base keeps only these, not every link).
 */
export function checkPageLinks(page: PageLinks, files: ReadonlySet<string>, layout: SiteLayout): PageCheck {
  const from = pageUrlPath(page.file, layout);
  const problems: LinkProblem[] = [];
  const pending: PendingAnchor[] = [];
  let links = 0;
  for (const ref of page.refs) {
    const r = resolveRef(ref.url, from, layout);
    if (r.kind === 'ignored') continue;
    links++;
    if (r.kind === 'external') {
      if (ref.resource) problems.push({ page: page.file, url: ref.url, reason: 'external-resource' });
      continue;
    }
    if (r.kind === 'outside-base') {
      problems.push({ page: page.file, url: ref.url, reason: 'outside-base' });
      continue;
    }
    const target = fileForPath(r.path, files, layout);
    if (target === undefined) {
      problems.push({ page: page.file, url: ref.url, reason: 'missing' });
      continue;
    }
    if (r.anchor === '' || !target.endsWith('.html')) continue;
    if (target !== page.file) pending.push({ page: page.file, url: ref.url, target, anchor: r.anchor });
    else if (!page.ids.has(r.anchor)) problems.push({ page: page.file, url: ref.url, reason: 'anchor' });
  }
  return { links, problems, pending };
}

/** The pending anchors that their target page does not offer (`idsOf` gives a page's anchors). */
export function checkPendingAnchors(pending: readonly PendingAnchor[], idsOf: (file: string) => ReadonlySet<string> | undefined): LinkProblem[] {
  return pending.filter((p) => !idsOf(p.target)?.has(p.anchor)).map((p) => ({ page: p.page, url: p.url, reason: 'anchor' as const }));
}

/**
 * Check every reference of every page against the site's files: `files` lists every file of the
 * site (paths from its root, "/"-separated), `pages` the HTML pages to check.
 */
export function checkLinks(input: readonly (SitePage | PageLinks)[], files: ReadonlySet<string>, layout: SiteLayout): LinkReport {
  const pages = input.map((p) => ('html' in p ? pageLinks(p) : p));
  const ids = new Map(pages.map((p) => [p.file, p.ids]));
  const problems: LinkProblem[] = [];
  const pending: PendingAnchor[] = [];
  let links = 0;
  for (const page of pages) {
    const check = checkPageLinks(page, files, layout);
    links += check.links;
    problems.push(...check.problems);
    pending.push(...check.pending);
  }
  problems.push(...checkPendingAnchors(pending, (file) => ids.get(file)));
  return { pages: pages.length, links, problems };
}

const REASONS: Record<LinkProblem['reason'], string> = {
  missing: 'không có tệp đích',
  anchor: 'không có mục (#) đích trên trang',
  'outside-base': 'nằm ngoài đường dẫn gốc của trang',
  'external-resource': 'tải tài nguyên từ nơi khác (không được phép)',
};

/** The problems as lines an editor can act on ("van-ban/x/index.html: /y/ → không có tệp đích"). */
export function formatLinkProblems(problems: readonly LinkProblem[], limit = 30): string {
  const lines = problems.slice(0, limit).map((p) => `  ${p.page}: ${p.url} → ${REASONS[p.reason]}`);
  if (problems.length > limit) lines.push(`  … và ${problems.length - limit} lỗi khác`);
  return lines.join('\n');
}
