/**
 * The standard citation line of a document, the way Party texts cite one another — the one rule
 * for the page, the study kit and its printed handout, the slides, the packet and the copy button:
 * «[Kind] số [code], ngày [d/m/yyyy] của [issuer, "khóa N" for the Central Committee] về [trích yếu]».
 * A trích yếu that does not begin with «về» is quoted instead («… khóa XII “Một số vấn đề về …”»);
 * a part the base does not know (date, issuer, term) is left out, never written as a remark.
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
  /** The issuer's term (khóa), roman numerals; the Central Committee is cited with it. */
  term?: string | undefined;
}

/**
 * A date as Party texts print it inside a citation: day and month without a leading zero
 * ("ngày 5/8/2020", "ngày 18/1/2022", "ngày 17/11/2022"), as in every dated citation of the seed
 * articles from Party outlets (shared/seeds) and as the issue writes it ([d/m/yyyy]).
 */
export function citationDate(iso: string): string | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (m === null) return undefined;
  const [, year, month, day] = m as unknown as [string, string, string, string];
  return `${Number(day)}/${Number(month)}/${year}`;
}

// Editors put remarks about what a source does not say in a trailing parenthesis ("Tỉnh ủy
// (chưa rõ tỉnh; …)", "… (trích yếu đầy đủ không được nguồn nêu)"), and some organ names carry
// their other name there ("Tỉnh ủy Thanh Hóa (Ban Chấp hành Đảng bộ tỉnh Thanh Hóa)"): a citation
// carries the name and the trích yếu only.
function withoutRemark(text: string): string {
  const t = text.trim();
  if (!t.endsWith(')')) return t;
  const open = t.lastIndexOf(' (');
  return open > 0 ? t.slice(0, open).trim() : t;
}

const lower = (s: string): string => s.toLocaleLowerCase('vi');
const lowerFirst = (s: string): string => lower(s.charAt(0)) + s.slice(1);
const startsWithWords = (s: string, words: string): boolean => lower(s).startsWith(`${lower(words)} `);

// Words after which a trích yếu continues the sentence as it stands ("… của Tỉnh ủy thực hiện
// Nghị quyết số 28-NQ/TW …"): a plan or program is cited that way, never quoted.
const CONTINUING = ['về', 'thực hiện', 'tiếp tục thực hiện', 'triển khai', 'triển khai thực hiện'];

// The Central Committee names itself with its term ("Ban Chấp hành Trung ương Đảng khóa XIII").
const CENTRAL_COMMITTEE = 'Ban Chấp hành Trung ương';

/** The issuer as cited: its name without remarks, with "khóa N" for the Central Committee when the term is known. */
export function citedIssuer(name: string | undefined, term: string | undefined): string | undefined {
  const base = name === undefined ? '' : withoutRemark(name);
  if (base === '') return undefined;
  if (term !== undefined && term !== '' && lower(base).startsWith(lower(CENTRAL_COMMITTEE)) && !lower(base).includes('khóa')) return `${base} khóa ${term}`;
  return base;
}

/** The trích yếu as it follows the head: "về …" or "thực hiện …" continue the sentence, anything else is quoted. */
function about(title: string): string {
  if (title === '') return '';
  if (CONTINUING.some((w) => startsWithWords(title, w))) return lowerFirst(title);
  return `“${title}”`;
}

/** The citation line of a document; unknown parts left out. */
export function citationLine(doc: CitationInput): string {
  const kind = getKind(doc.kind);
  const kindName = kind?.name ?? '';
  let title = withoutRemark(doc.title);
  const date = doc.issued === 'unknown' ? undefined : citationDate(doc.issued);
  const issuer = citedIssuer(doc.issuerName, doc.term);

  // A Congress resolution is cited by its name, which names the congress ("Nghị quyết Đại hội đại
  // biểu toàn quốc lần thứ XIV của Đảng"): its issuer would repeat it, and the ordinal, not the day
  // it was adopted, is how Party texts tell one from another.
  if (doc.kind === 'nghi-quyet-dai-hoi') return title !== '' ? title : [kindName, issuer].filter(Boolean).join(' ');

  // The kind's longer name ("Chương trình hành động", "Thông báo kết luận") belongs to the head.
  let name = kindName;
  if (kindName !== '' && startsWithWords(title, kindName)) {
    const rest = title.slice(kindName.length + 1);
    const qualifier = (kind?.qualifiers ?? []).find((q) => startsWithWords(rest, q));
    const after = qualifier === undefined ? rest : rest.slice(qualifier.length + 1);
    // Only a trích yếu that goes on "về …" or "thực hiện …" gives up the kind's word; any other
    // ("Quy chế làm việc của …") is the document's own name and is quoted whole.
    if (CONTINUING.some((w) => startsWithWords(after, w))) {
      name = qualifier === undefined ? kindName : `${kindName} ${qualifier}`;
      title = after;
    }
  }
  // A title that names the document itself ("Kết luận số 09-KL/BCĐ của … về …"): keep what it is about.
  if (doc.code !== undefined && title.includes(doc.code)) {
    const at = title.indexOf(' về ', title.indexOf(doc.code));
    title = at < 0 ? '' : title.slice(at + 1);
  }

  // A study work without a code is cited by its quoted title, then its body.
  if (doc.code === undefined && doc.kind === 'tac-pham') return [title !== '' ? `“${title}”` : kindName, date && `, ngày ${date}`, issuer && ` của ${issuer}`].filter(Boolean).join('');

  const numbered = doc.code === undefined ? name : `${name} số ${doc.code}`;
  // Without a code the date follows the kind directly ("Chương trình ngày 7/4/2021 của …").
  const dated = date === undefined ? numbered : doc.code === undefined ? `${numbered} ngày ${date}` : `${numbered}, ngày ${date}`;
  // A title that names the issuing body ("Hội nghị lần thứ 11 Ban Chấp hành Trung ương Đảng khóa
  // XIII") stands for the issuer rather than repeat it.
  if (issuer !== undefined && title !== '' && !CONTINUING.some((w) => startsWithWords(title, w)) && lower(title).includes(lower(issuer))) return `${dated} của ${title}`;
  const head = issuer === undefined ? dated : `${dated} của ${issuer}`;
  const tail = about(title);
  return tail === '' ? head : `${head} ${tail}`;
}
