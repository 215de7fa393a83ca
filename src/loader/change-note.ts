/**
 * What's new stays honest: when an entry's facts (its frontmatter, the dates of the change aside)
 * differ from the last committed version, the entry must say so — a new `updated` day and a new
 * `changeNote` — so "Mới cập nhật" and the feeds tell what changed. Pure: the committed texts come
 * in from {@link committedTexts}, which asks git for the files that differ from HEAD.
 */
import { execFileSync } from 'node:child_process';
import type { ContentError } from './errors';
import type { FileText } from './check';
import { parseYaml, splitFrontmatter } from './raw';
import { parseViDate } from '../lib/text/dates';

/** The fields that record a change rather than a fact. */
const CHANGE_FIELDS = new Set(['added', 'updated', 'changeNote']);

/** An entry's frontmatter as raw YAML data and a line finder, or undefined when it does not parse. */
function frontmatterOf(text: string, file: string): { data: Record<string, unknown>; lineOf: (path: readonly PropertyKey[]) => number | undefined } | undefined {
  const split = splitFrontmatter(text);
  if (split === undefined) return undefined;
  const parsed = parseYaml(split.frontmatter, file, 1);
  if (!parsed.ok || parsed.value.data === null || typeof parsed.value.data !== 'object' || Array.isArray(parsed.value.data)) return undefined;
  return { data: parsed.value.data as Record<string, unknown>, lineOf: parsed.value.lineOf };
}

/** A date as written (dd/mm/yyyy, d-m-yyyy or yyyy-mm-dd) as a sortable yyyy-mm-dd, or the text itself. */
function dayOf(text: string): string {
  const parsed = parseViDate(text);
  return parsed.ok ? parsed.iso : text;
}

/** The facts of a frontmatter, as comparable text: every field but the change record, keys sorted. */
function facts(data: Record<string, unknown>): string {
  const sorted = (value: unknown): unknown =>
    Array.isArray(value) ? value.map(sorted) : value !== null && typeof value === 'object' && !(value instanceof Date) ? Object.fromEntries(Object.entries(value).sort(([a], [b]) => a.localeCompare(b)).map(([k, v]) => [k, sorted(v)])) : value;
  return JSON.stringify(sorted(Object.fromEntries(Object.entries(data).filter(([k]) => !CHANGE_FIELDS.has(k)))));
}

/**
 * Entries whose facts changed since their committed version without a new `updated` and a new
 * `changeNote`: each named with its file and the line of the field to fill.
 */
export function changeNoteErrors(current: readonly FileText[], committed: ReadonlyMap<string, string>): ContentError[] {
  return current.flatMap((file) => {
    const before = committed.get(file.path);
    if (before === undefined) return [];
    const now = frontmatterOf(file.text, file.path);
    const then = frontmatterOf(before, file.path);
    if (now === undefined || then === undefined || facts(now.data) === facts(then.data)) return [];
    // A second change on the same day keeps the day: the day may stay, the note must say the new change.
    const olderDay = typeof now.data.updated === 'string' && typeof then.data.updated === 'string' && dayOf(now.data.updated) < dayOf(then.data.updated);
    const problems: [field: string, what: string][] = [
      ...(now.data.updated === undefined ? [['updated', 'thiếu `updated` (ngày sửa)'] as [string, string]] : olderDay ? [['updated', '`updated` cũ hơn ngày đã lưu'] as [string, string]] : []),
      ...(now.data.changeNote === undefined || now.data.changeNote === then.data.changeNote ? [['changeNote', 'thiếu `changeNote` mới (điều đã đổi)'] as [string, string]] : []),
    ];
    if (problems.length === 0) return [];
    const field = problems[0]![0];
    return [{
      kind: 'change-note' as const,
      file: file.path,
      field,
      line: now.lineOf([field]) ?? 2,
      message: `dữ kiện của văn bản đã đổi so với bản đã lưu (git) nhưng chưa ghi lần sửa: ${problems.map(([, what]) => what).join('; ')}`,
    }];
  });
}

/**
 * The committed text (git HEAD) of every document file that differs from it in the working tree;
 * empty where there is no git or nothing changed, so a clean checkout costs one `git diff`.
 */
export function committedTexts(root: string, contentDir = 'content'): Map<string, string> {
  const git = (args: string[]): string => execFileSync('git', args, { cwd: root, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, stdio: ['ignore', 'pipe', 'ignore'] });
  try {
    const changed = git(['diff', '--name-only', '--diff-filter=M', '--relative', 'HEAD', '--', `${contentDir}/documents`]).split('\n').filter(Boolean);
    return new Map(changed.map((path) => [path, git(['show', `HEAD:./${path}`])]));
  } catch {
    return new Map();
  }
}
