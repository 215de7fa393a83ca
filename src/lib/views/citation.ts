/**
 * The standard citation line of a document, the way Party texts cite one another:
 * "Nghị quyết số 58-NQ/TW, ngày 05/8/2020 của Bộ Chính trị về …". A part the base does not know
 * (date, issuer) is left out, never written as "unknown".
 */
import { getKind } from '../codes/kinds';

/** What the citation reads from a document. */
export interface CitationInput {
  kind: string;
  code?: string | undefined;
  title: string;
  /** ISO date or 'unknown'. */
  issued: string;
  /** The issuing organ's name, or undefined when not known. */
  issuerName?: string | undefined;
}

/**
 * A date as Party documents print it in a citation: the day on two digits, the month on two
 * digits only for January and February (05/8/2020, 17/11/2022, 01/02/2021), per the
 * administrative style (Quy định 66-QĐ/TW).
 */
export function citationDate(iso: string): string | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (m === null) return undefined;
  const [, year, month, day] = m as unknown as [string, string, string, string];
  const mm = Number(month) <= 2 ? month : String(Number(month));
  return `${day}/${mm}/${year}`;
}

// Editors put remarks about what a source does not say in a trailing parenthesis
// ("(tỉnh chưa xác định)"); a citation carries the title only.
function withoutRemark(title: string): string {
  const t = title.trim();
  if (!t.endsWith(')')) return t;
  const open = t.lastIndexOf(' (');
  return open > 0 ? t.slice(0, open).trim() : t;
}

const lowerFirst = (s: string): string => s.charAt(0).toLocaleLowerCase('vi') + s.slice(1);
const startsWithWord = (s: string, word: string): boolean => s.toLocaleLowerCase('vi').startsWith(`${word.toLocaleLowerCase('vi')} `);

/** The citation line of a document; unknown parts left out. */
export function citationLine(doc: CitationInput): string {
  const kindName = getKind(doc.kind)?.name ?? '';
  const title = withoutRemark(doc.title);
  const date = doc.issued === 'unknown' ? undefined : citationDate(doc.issued);
  const issuer = doc.issuerName?.trim() || undefined;
  if (doc.code === undefined) {
    // Without a code (Congress resolutions, study works) the title is the document's name and
    // usually names its body already.
    const named = title.toLocaleLowerCase('vi').includes((issuer ?? '\u0000').toLocaleLowerCase('vi'));
    return [title, date && `, ngày ${date}`, issuer && !named && title !== '' && ` của ${issuer}`].filter(Boolean).join('');
  }
  const head = [`${kindName} số ${doc.code}`.trim(), date && `, ngày ${date}`, issuer && ` của ${issuer}`].filter(Boolean).join('');
  let about: string;
  if (title === '') about = '';
  else if (startsWithWord(title, 'về')) about = lowerFirst(title);
  else if (title.includes(doc.code)) {
    // A title that names the document itself ("Kết luận số 09-KL/BCĐ của … về …"): keep what it is about.
    const at = title.indexOf(' về ', title.indexOf(doc.code));
    about = at < 0 ? '' : title.slice(at + 1);
  } else if (kindName !== '' && startsWithWord(title, kindName)) about = title.slice(kindName.length + 1);
  else about = `về ${lowerFirst(title)}`;
  return about === '' ? head : `${head} ${about}`;
}
