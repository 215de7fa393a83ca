/**
 * When each content file was added and last changed, from the output of
 * `git log --format=%x1e%cI --name-status --no-renames` (newest commit first). Plain text in, a map
 * out: the loader runs git once per build and hands the text here.
 *
 * A bulk commit (one that modifies more than {@link BULK_COMMIT_FILES} document files at once: a
 * reformatting, a field renamed everywhere) is not taken as a change of each file it touches, so it
 * does not make the whole base look new; it still counts as the day a file it adds came in.
 */

/** A commit that modifies more document files than this is a bulk edit, not a change of each. */
export const BULK_COMMIT_FILES = 20;

/** First and last commit of a file (ISO days, and the commits' full times to order one day's changes), and how many commits changed it. */
export interface FileDates {
  added: string;
  changed: string;
  /** The full commit times (ISO 8601) behind `added` and `changed`. */
  addedAt: string;
  changedAt: string;
  /** Commits that added or changed the file, bulk edits left out. */
  commits: number;
}

/** One commit of the log: its time and the files it added, modified or deleted. */
interface Commit {
  time: string;
  files: { status: 'A' | 'M' | 'D'; path: string }[];
}

/** The log's commits, newest first. */
function commits(text: string): Commit[] {
  // Records start with the separator \x1e, then the commit time, then "A\tpath" lines.
  return text.split('\x1e').flatMap((record) => {
    const [head, ...lines] = record.split('\n');
    const time = head?.trim() ?? '';
    if (!/^\d{4}-\d{2}-\d{2}/.test(time)) return [];
    const files = lines.flatMap((line) => {
      const m = /^([AMD])\t(.+)$/.exec(line.trim());
      return m ? [{ status: m[1] as 'A' | 'M' | 'D', path: m[2]! }] : [];
    });
    return [{ time, files }];
  });
}

/** Dates per file path (as git prints it, relative to where git ran). */
export function parseGitLog(text: string): Map<string, FileDates> {
  const dates = new Map<string, FileDates & { gone?: true }>();
  for (const commit of commits(text)) {
    const day = commit.time.slice(0, 10);
    const bulk = commit.files.filter((f) => f.status === 'M').length > BULK_COMMIT_FILES;
    for (const { status, path } of commit.files) {
      const known = dates.get(path);
      if (status === 'D') {
        // Deleted later: an older record of the same path belongs to a file that no longer exists.
        if (known === undefined) dates.set(path, { added: '', changed: '', addedAt: '', changedAt: '', commits: 0, gone: true });
        continue;
      }
      if (known?.gone) continue;
      const counts = status === 'A' || !bulk;
      if (known === undefined) {
        dates.set(path, { added: day, addedAt: commit.time, changed: counts ? day : '', changedAt: counts ? commit.time : '', commits: counts ? 1 : 0 });
        continue;
      }
      // Walking back in time: each older commit moves the date it was added; the newest counted one is the change.
      known.added = day;
      known.addedAt = commit.time;
      if (!counts) continue;
      known.commits += 1;
      if (known.changed === '') {
        known.changed = day;
        known.changedAt = commit.time;
      }
    }
  }
  const out = new Map<string, FileDates>();
  for (const [path, { gone, ...d }] of dates) {
    if (gone) continue;
    // Only bulk edits since it came in: its last change is the day it came in.
    out.set(path, d.changed === '' ? { ...d, changed: d.added, changedAt: d.addedAt } : d);
  }
  return out;
}
