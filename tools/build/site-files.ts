/** Reading a built site folder into the plain data the checks in tools/quality take. */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { SitePage } from '../quality/links';

/**
 * Every file under `dir`, as "/"-separated paths from it, sorted. A folder removed while it is
 * listed (a step writing beside the delivery pass replaces its own folder) is left out: the pass
 * lists the site again once every step is done.
 */
export function listFiles(dir: string, prefix = ''): string[] {
  let entries;
  try {
    entries = readdirSync(join(dir, prefix), { withFileTypes: true });
  } catch (error) {
    if (prefix !== '' && (error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  return entries
    .flatMap((entry) => {
      const rel = prefix === '' ? entry.name : `${prefix}/${entry.name}`;
      return entry.isDirectory() ? listFiles(dir, rel) : [rel];
    })
    .sort();
}

/** A built site: its files and its HTML pages. */
export interface SiteFiles {
  files: Set<string>;
  pages: SitePage[];
}

/** Read the site in `dir`. */
export function readSite(dir: string): SiteFiles {
  const files = listFiles(dir);
  return {
    files: new Set(files),
    pages: files.filter((f) => f.endsWith('.html')).map((file) => ({ file, html: readFileSync(join(dir, file), 'utf8') })),
  };
}
