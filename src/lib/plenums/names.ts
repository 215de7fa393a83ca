/**
 * How people name a plenum's resolutions, canonical spelling first. A data table: the plenum
 * page shows these as "also called", and the tests feed each back to the query reader.
 */

const NAME_FORMS: readonly ((n: number, term: string) => string)[] = [
  (n, t) => `Nghị quyết Trung ương ${n} khóa ${t}`,
  (n, t) => `Nghị quyết Hội nghị Trung ương ${n} khóa ${t}`,
  (n, t) => `NQ TW${n} khóa ${t}`,
  (n, t) => `Hội nghị Trung ương ${n} khóa ${t}`,
  (n, t) => `Nghị quyết Hội nghị lần thứ ${n} Ban Chấp hành Trung ương Đảng khóa ${t}`,
];

/** The spellings a plenum's resolution answers to, canonical first ("Nghị quyết Trung ương 6 khóa XII", …). */
export function plenumNames(number: number, term: string): string[] {
  return NAME_FORMS.map((form) => form(number, term.toUpperCase()));
}
