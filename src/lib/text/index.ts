/** Vietnamese text helpers: normalisation, folding, slugs, collation, dates, terms. */
export { nfc, normalizeTone, fold, slugify, normalizePunctuation, tonesStripped } from './normalize.ts';
export { compareVi, sortVi } from './collate.ts';
export { parseViDate, formatViDate, formatViDateLong, yearOf, type DateResult } from './dates.ts';
export { parseTerm, formatTerm, toRoman, fromRoman, MAX_TERM, type TermResult } from './terms.ts';
