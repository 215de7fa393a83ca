/**
 * The Party term (khóa) a central document belongs to, from its date. Each term starts on the
 * closing day of its National Congress; a date after the last start written here is left to the
 * editor, since the next congress's date is not a fact this table holds.
 */

/** Start (ISO, the congress's closing day) of each term, oldest first. */
export const TERM_STARTS: readonly { term: string; from: string }[] = [
  { term: 'XI', from: '2011-01-19' },
  { term: 'XII', from: '2016-01-28' },
  { term: 'XIII', from: '2021-02-01' },
];

/** Last day this table can answer for: the XIII term ran at least to the end of 2025. */
export const TERM_TABLE_UNTIL = '2025-12-31';

/** The term of a central document issued on `iso`, or undefined when the table cannot say. */
export function termForDate(iso: string): string | undefined {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso) || iso > TERM_TABLE_UNTIL) return undefined;
  let found: string | undefined;
  for (const t of TERM_STARTS) if (iso >= t.from) found = t.term;
  return found;
}
