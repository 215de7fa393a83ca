/**
 * The Party term (khóa) a central document belongs to, from its date: the table lives with the
 * other term rules in src/lib/text/terms.ts, where the content check reads it too.
 */
export { TERM_STARTS, TERM_TABLE_UNTIL, termForDate } from '../text/terms';
