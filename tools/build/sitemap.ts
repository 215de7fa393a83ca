/** sitemap.xml over the pages the build wrote, leaving out redirect pages (old ids) and 404. */
import { readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { loadSite } from '../../src/loader/site';
import { withBase } from '../../src/lib/paths';
import { redirects } from '../../src/lib/views/redirects';
import { pagePath, sitemapFiles } from '../../src/lib/views/sitemap';

/** Every file under `dir`, relative to `root`. */
function walk(root: string, dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? walk(root, full) : [relative(root, full).split('\\').join('/')];
  });
}

/** Write `sitemap.xml` into the built site; SITE_URL (e.g. https://intranet.example) makes the addresses full. */
export function writeSitemap(siteDir: string, contentRoot: string, base: string): number {
  const site = loadSite(contentRoot);
  const moved = new Set(redirects(site.formerDocIds, site.formerOrganIds).map((r) => r.from));
  const origin = (process.env['SITE_URL'] ?? '').replace(/\/+$/, '');
  const locs = walk(siteDir, siteDir).flatMap((file) => {
    const path = pagePath(file);
    return path === undefined || moved.has(path) ? [] : [`${origin}${withBase(base, path)}`];
  });
  // More than the protocol's 50,000 addresses (a large base: three pages a document) go to parts under an index.
  for (const file of sitemapFiles(locs, (name) => `${origin}${withBase(base, `/${name}`)}`)) writeFileSync(join(siteDir, file.name), file.text);
  return locs.length;
}
