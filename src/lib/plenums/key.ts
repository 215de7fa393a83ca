/** The key of a Central Committee plenum, shared by the reference resolver and the plenum pages. */

/** Key of a plenum and term: "tw4-XI". */
export function plenumKey(plenum: number, term: string): string {
  return `tw${plenum}-${term.toUpperCase()}`;
}

/** The URL slug of a plenum: "trung-uong-6-khoa-xiii". */
export function plenumSlug(plenum: number, term: string): string {
  return `trung-uong-${plenum}-khoa-${term.toLowerCase()}`;
}
