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
    return pattern.test(name) ? [decodeFile(relative(root, full).split('\\').join('/'), readFileSync(full))] : [];
  });
}

/** Read a file, or give empty text when it is missing (the schema then reports what is missing). */
function readOrEmpty(root: string, path: string): FileText {
  try {
    return decodeFile(path, readFileSync(join(root, path)));
  } catch {
    return { path, text: '[]' };
  }
}

const UTF8 = new TextDecoder('utf-8', { fatal: true });

/**
 * A file's text when it is UTF-8 (a BOM is dropped); otherwise empty text and the reason, so the
 * check can say what the file is and how to save it (UTF-16 from Word or Notepad, or an old
 * Vietnamese code page such as Windows-1258 or TCVN3).
 */
export function decodeFile(path: string, bytes: Uint8Array): FileText {
  const utf16 = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff) || (bytes.length > 1 && bytes.subarray(0, 200).filter((b) => b === 0).length > 20);
  if (utf16) return { path, text: '', encoding: 'utf-16' };
  try {
    return { path, text: UTF8.decode(bytes).replace(/^\uFEFF/, '') };
  } catch {
    return { path, text: '', encoding: 'not-utf-8' };
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
