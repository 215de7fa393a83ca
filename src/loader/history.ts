/**
 * The history of the content folder, read once per build: one `git log` over content/documents.
 * Where there is no git (a copy of the folder, a release zip) the map is empty and documents
 * carry their own `added` / `updated` fields, or are not listed as changes.
 */
import { execFileSync } from 'node:child_process';
import { parseGitLog, type FileDates } from '../lib/history/git-log';

/** When each document file (path relative to `root`) was added and last changed, from git. */
export function readHistory(root: string, contentDir = 'content'): Map<string, FileDates> {
  try {
    const text = execFileSync('git', ['log', '--format=%x1e%cI', '--name-status', '--no-renames', '--relative', '--', `${contentDir}/documents`], {
      cwd: root,
      encoding: 'utf8',
      maxBuffer: 256 * 1024 * 1024,
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    return parseGitLog(text);
  } catch {
    return new Map();
  }
}
