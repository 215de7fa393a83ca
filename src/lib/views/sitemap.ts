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
