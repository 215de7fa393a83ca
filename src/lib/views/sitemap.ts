/**
 * sitemap.xml (sitemaps.org protocol 0.9) from the pages a build wrote: every page but the
 * redirect pages and the 404 page. A sitemap names pages by full address, so the site's origin
 * comes from the build (SITE_URL); without it the addresses are paths under the base.
 */
import { xmlEscape } from '../history/atom';

/** The site path of a built page file ("van-ban/x/index.html" → "/van-ban/x/"), or undefined for files that are no page. */
export function pagePath(file: string): string | undefined {
  if (!file.endsWith('.html') || file === '404.html') return undefined;
  return `/${file.replace(/(?:^|\/)index\.html$/, (m) => (m.startsWith('/') ? '/' : ''))}`.replace(/\/+/g, '/');
}

/** The sitemap text for page addresses (already full or base-prefixed), sorted. */
export function sitemapXml(locs: readonly string[]): string {
  const body = [...locs].sort().map((loc) => `  <url><loc>${xmlEscape(loc)}</loc></url>`).join('\n');
  return `<?xml version="1.0" encoding="utf-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
${body}
</urlset>
`;
}

/** The protocol's limit of addresses in one sitemap file. */
export const SITEMAP_LIMIT = 50_000;

/**
 * The sitemap files for `locs`: one `sitemap.xml` when they fit in one file, else `sitemap-1.xml` …
 * of at most `limit` addresses each and `sitemap.xml` as their index (the protocol's sitemapindex).
 * `at(name)` gives the address of a part as the index must name it.
 */
export function sitemapFiles(locs: readonly string[], at: (name: string) => string, limit = SITEMAP_LIMIT): { name: string; text: string }[] {
  const sorted = [...locs].sort();
  if (sorted.length <= limit) return [{ name: 'sitemap.xml', text: sitemapXml(sorted) }];
  const parts: { name: string; text: string }[] = [];
  for (let i = 0; i < sorted.length; i += limit) parts.push({ name: `sitemap-${parts.length + 1}.xml`, text: sitemapXml(sorted.slice(i, i + limit)) });
  const index = `<?xml version="1.0" encoding="utf-8"?>
<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
${parts.map((p) => `  <sitemap><loc>${xmlEscape(at(p.name))}</loc></sitemap>`).join('\n')}
</sitemapindex>
`;
  return [{ name: 'sitemap.xml', text: index }, ...parts];
}
