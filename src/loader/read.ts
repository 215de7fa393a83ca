/** Reading the content folder from disk into {@link ContentFiles} (the only part that touches fs). */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { ContentFiles, FileText } from './check';

/** All files under `dir` whose names match `pattern`, sorted, with paths relative to `root`. */
function walk(root: string, dir: string, pattern: RegExp): FileText[] {
  let names: string[];
  try {
    names = readdirSync(dir).sort();
  } catch {
    return [];
  }
  return names.flatMap((name) => {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) return walk(root, full, pattern);
    return pattern.test(name) ? [{ path: relative(root, full).split('\\').join('/'), text: readFileSync(full, 'utf8') }] : [];
  });
}

/** Read a file, or give empty text when it is missing (the schema then reports what is missing). */
function readOrEmpty(root: string, path: string): FileText {
  try {
    return { path, text: readFileSync(join(root, path), 'utf8') };
  } catch {
    return { path, text: '[]' };
  }
}

/** Read `<root>/<contentDir>` (documents, organs.yaml, topics.yaml, reports). */
export function readContent(root: string, contentDir = 'content'): ContentFiles {
  return {
    documents: walk(root, join(root, contentDir, 'documents'), /\.mdx?$/),
    organs: readOrEmpty(root, `${contentDir}/organs.yaml`),
    topics: readOrEmpty(root, `${contentDir}/topics.yaml`),
    provinces: existsSync(join(root, contentDir, 'provinces.yaml')) ? readOrEmpty(root, `${contentDir}/provinces.yaml`) : undefined,
    reports: walk(root, join(root, contentDir, 'reports'), /\.ya?ml$/),
  };
}
