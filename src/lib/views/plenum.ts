/**
 * What the plenum pages show: each plenum (Hội nghị Trung ương) with its documents and the other
 * names people give its resolutions, and the index of plenums grouped by term, newest first.
 */
import { plenumNames } from '../plenums/names';
import { plenumSlug } from '../plenums/key';
import { plenumsOf, type Plenum, type PlenumDoc } from '../plenums/plenums';

/** One plenum page. */
export interface PlenumPageView {
  plenum: Plenum;
  /** The heading: the plenum's name as `title` writes it. */
  title: string;
  /** The spellings people use for its resolutions, other than the heading, canonical first. */
  otherNames: string[];
}

/** One term on the index page, and its plenums, highest number first. */
export interface PlenumTermGroup {
  term: string;
  plenums: Plenum[];
}

/** A document as the site holds it (`id` and `data`), of which a plenum reads its fields. */
export interface PlenumEntry {
  id: string;
  data: Omit<PlenumDoc, 'id'>;
}

function plenumsOfEntries(entries: readonly PlenumEntry[]): Plenum[] {
  return plenumsOf(entries.map((e) => ({ id: e.id, plenum: e.data.plenum, term: e.data.term, issued: e.data.issued, code: e.data.code })));
}

/** Every plenum page; `title` names a plenum (the UI's words: "Hội nghị Trung ương 6 khóa XII"). */
export function plenumPages(entries: readonly PlenumEntry[], title: (number: number, term: string) => string): PlenumPageView[] {
  return plenumsOfEntries(entries).map((plenum) => {
    const heading = title(plenum.number, plenum.term);
    return { plenum, title: heading, otherNames: plenumNames(plenum.number, plenum.term).filter((n) => n !== heading) };
  });
}

/** The index page: the plenums grouped by term, newest term first, highest plenum first within it. */
export function plenumsByTerm(entries: readonly PlenumEntry[]): PlenumTermGroup[] {
  const groups: PlenumTermGroup[] = [];
  for (const plenum of plenumsOfEntries(entries)) {
    const last = groups[groups.length - 1];
    if (last?.term === plenum.term) last.plenums.push(plenum);
    else groups.push({ term: plenum.term, plenums: [plenum] });
  }
  return groups;
}

/** The plenum a document was issued at, for its page's link, when it carries both plenum and term. */
export function documentPlenum(data: { plenum?: number | undefined; term?: string | undefined }): { number: number; term: string; slug: string } | undefined {
  if (data.plenum === undefined || data.term === undefined) return undefined;
  return { number: data.plenum, term: data.term, slug: plenumSlug(data.plenum, data.term) };
}
