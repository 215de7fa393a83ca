/**
 * When each content file was added and last changed, from the output of
 * `git log --format=%x1e%cI --name-status --no-renames` (newest commit first). Plain text in, a map
 * out: the loader runs git once per build and hands the text here.
 */

/** First and last commit dates (ISO yyyy-mm-dd) of a file, and how many commits touched it. */
export interface FileDates {
  added: string;
  changed: string;
  commits: number;
}

/** Dates per file path (as git prints it, relative to where git ran). */
export function parseGitLog(text: string): Map<string, FileDates> {
  const dates = new Map<string, FileDates>();
  // Records start with the separator \x1e, then the commit date, then "A\tpath" lines.
  for (const record of text.split('\x1e')) {
    const [head, ...lines] = record.split('\n');
    const day = /^(\d{4}-\d{2}-\d{2})/.exec(head?.trim() ?? '')?.[1];
    if (day === undefined) continue;
    for (const line of lines) {
      const m = /^([AMD])\t(.+)$/.exec(line.trim());
      if (!m) continue;
      const path = m[2]!;
      const known = dates.get(path);
      if (m[1] === 'D') {
        // Deleted later: an older record of the same path belongs to a file that no longer exists.
        if (known === undefined) dates.set(path, { added: '', changed: '', commits: -1 });
        continue;
      }
      if (known === undefined) dates.set(path, { added: day, changed: day, commits: 1 });
      else if (known.commits >= 0) {
        // Walking back in time: each older commit moves the date it was added.
        known.added = day;
        known.commits += 1;
      }
    }
  }
  for (const [path, d] of dates) if (d.commits < 0) dates.delete(path);
  return dates;
}
