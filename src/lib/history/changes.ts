/**
 * What changed in the base and when: each document's added and last-changed dates (its own fields
 * win over the history of the content folder), the latest changes for the page "Mới cập nhật",
 * and the documents a feed (whole base, one province, one topic) lists.
 */
import type { FileDates } from './git-log';

/** What a change list needs of a document. */
export interface ChangeDoc {
  id: string;
  file: string;
  data: { title: string; code?: string | undefined; province?: string | undefined; topics?: readonly string[] | undefined; added?: string | undefined; updated?: string | undefined; changeNote?: string | undefined; summary?: string | undefined };
}

/** One document's place in the change list. */
export interface Change<T extends ChangeDoc = ChangeDoc> {
  doc: T;
  /** ISO dates. */
  added: string;
  changed: string;
  /** `added` when the last change is the one that brought it in. */
  kind: 'added' | 'changed';
  /** The full time of the last change when git gives it, to order the changes of one day; else the day. */
  at: string;
  note?: string | undefined;
}

/** The dates of one document: fields first, then the history; none when neither says. */
export function changeOf<T extends ChangeDoc>(doc: T, history: ReadonlyMap<string, FileDates>): Change<T> | undefined {
  const fromGit = history.get(doc.file);
  const added = doc.data.added ?? fromGit?.added;
  if (added === undefined) return undefined;
  const gitChanged = fromGit !== undefined && fromGit.commits > 1 ? fromGit.changed : undefined;
  const changed = [doc.data.updated, gitChanged, added].filter((d): d is string => d !== undefined).sort().pop()!;
  const at = fromGit !== undefined && changed === fromGit.changed ? fromGit.changedAt : fromGit !== undefined && changed === fromGit.added ? fromGit.addedAt : changed;
  // Changed on the day it came in still counts as a change when a later commit or the editor says so.
  const laterCommit = gitChanged !== undefined && changed === gitChanged && fromGit!.changedAt !== fromGit!.addedAt;
  const kind = changed !== added || laterCommit || (doc.data.updated !== undefined && doc.data.changeNote !== undefined) ? 'changed' : 'added';
  return { doc, added, changed, kind, at, note: doc.data.changeNote };
}

/** Newest first: by day, then by the time within the day, then by id so the order is stable. */
function newestFirst(a: Change, b: Change): number {
  if (a.changed !== b.changed) return a.changed < b.changed ? 1 : -1;
  const at = Date.parse(b.at) - Date.parse(a.at);
  return Number.isNaN(at) || at === 0 ? a.doc.id.localeCompare(b.doc.id) : at;
}

/** Every document with dates, newest change first (then by the time of the commit, then by id, so the order is stable). */
export function latestChanges<T extends ChangeDoc>(docs: readonly T[], history: ReadonlyMap<string, FileDates>, limit = Infinity): Change<T>[] {
  return docs
    .flatMap((d) => {
      const c = changeOf(d, history);
      return c === undefined ? [] : [c];
    })
    .sort(newestFirst)
    .slice(0, limit);
}
