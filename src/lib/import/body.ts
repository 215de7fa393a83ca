/**
 * What follows the header: the trích yếu (what the document is about), the body kept as Markdown
 * headings, lists and paragraphs, the signature block (on behalf of which body, position, name)
 * and the list "Nơi nhận". Lines wrapped by a PDF or a narrow Word column are joined back.
 */
import { isSeparator, isUpperLine } from './lines';

/** The signature block as printed: "T/M BAN THƯỜNG VỤ" / "BÍ THƯ" / the name. */
export interface Signature {
  /** How the signer signs: "T/M" (on behalf of), "K/T" (for), "T/L", "Q.", or none. */
  mode?: string | undefined;
  /** The body signed for ("BAN THƯỜNG VỤ", "BỘ CHÍNH TRỊ"). */
  onBehalf?: string | undefined;
  /** Position ("BÍ THƯ", "PHÓ BÍ THƯ THƯỜNG TRỰC"). */
  position?: string | undefined;
  /** The signer's name. */
  name?: string | undefined;
}

/** The parts after the header. */
export interface BodyParts {
  title?: string | undefined;
  /** The body as Markdown. */
  markdown: string;
  /** The body as plain text (one line per paragraph), where references are looked for. */
  text: string;
  signature: Signature;
  recipients: string[];
}

const SIGN_MODE = /^(T\/M|TM\.?|K\/T|KT\.?|T\/L|TL\.?|Q\.|THAY MẶT|KÝ THAY|THỪA LỆNH)\s*(.*)$/u;
const RECIPIENTS = /^nơi\s+nhận\s*:?\s*(.*)$/iu;
const ROMAN_HEAD = /^(?:PHẦN\s+(?:THỨ\s+\p{Lu}+|[IVXLC]+)|[IVXLC]{1,6}\s*[.\-–:)])\s*\S/u;
const NUMBER_HEAD = /^\d{1,2}(?:\.\d{1,2})*\s*[.\-–)]\s+\S/u;
const BULLET = /^[-–—+•]\s*(\S.*)$/u;
// Where running text starts after the trích yếu.
// Case matters: a trích yếu is printed "thực hiện Nghị quyết …", running text starts "Thực hiện …".
const BODY_START = /^(?:Căn\s+cứ|Thực\s+hiện|Ngày\s+\d|Để\s|Nhằm\s|Trong\s+(?:những\s+)?(?:năm|thời\s+gian)|Sau\s|Qua\s)/u;

/** True for lines that sign a document ("T/M BAN THƯỜNG VỤ", "K/T BÍ THƯ"). */
export function isSignatureStart(line: string): boolean {
  return SIGN_MODE.test(line) && isUpperLine(line.replace(/^(T\/M|K\/T|T\/L)/, 'X'));
}

/** True for a line that is a name as printed under a signature ("Đỗ Trọng Hưng"). */
function isName(line: string): boolean {
  const words = line.split(' ');
  return words.length >= 2 && words.length <= 5 && words.every((w) => /^\p{Lu}[\p{Ll}]*$/u.test(w)) && !isUpperLine(line);
}

/** Markdown-safe text: characters the MDX check refuses or Markdown would read are escaped. */
function safe(text: string): string {
  return text.replace(/([<>{}*_`\\[\]#|])/g, '\\$1');
}

/** Capitalise the first letter (a trích yếu printed "về việc …" is a title "Về việc …"). */
function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** True for a line that starts a block of its own: a section heading, a numbered heading, a list item. */
function startsBlock(line: string): boolean {
  return ROMAN_HEAD.test(line) || NUMBER_HEAD.test(line) || BULLET.test(line) || /^[a-zđ]\)\s/u.test(line) || isUpperLine(line);
}

/**
 * Join lines that a column or a page wrapped: a line starting in lower case continues the last one,
 * and so does any line after a long one (a wrapped line fills the width) that ends without
 * punctuation, unless it starts a block of its own. Linear in the text: a joined line is kept as
 * its pieces with what the rule needs of it (its last piece, whether it was a capital line, its
 * length), never re-read whole, so a file of unpunctuated lines does not cost the square of its size.
 */
function unwrap(lines: readonly string[]): string[] {
  const out: string[][] = [];
  let open = false;
  let length = 0;
  for (const line of lines) {
    if (open && (/^[\p{Ll}(,;]/u.test(line) || (length >= 60 && !startsBlock(line)))) {
      out[out.length - 1]!.push(line);
      length += line.length + 1;
      open = !/[.:;!?]$/.test(line);
      continue;
    }
    out.push([line]);
    length = line.length;
    open = !/[.:;!?]$/.test(line) && !isUpperLine(line);
  }
  return out.map((pieces) => pieces.join(' '));
}

/** One body line as Markdown: section headings, list items, paragraphs. */
function markdownLine(line: string): string {
  if (ROMAN_HEAD.test(line) && line.length <= 160) return `## ${safe(line)}`;
  if (NUMBER_HEAD.test(line) && line.length <= 120 && !/[.;,]$/.test(line)) return `### ${safe(line)}`;
  const b = BULLET.exec(line);
  if (b) return `- ${safe(b[1]!)}`;
  return safe(line);
}

/** The body lines as Markdown: blocks separated by blank lines, list items kept together (as lists of lines, joined once). */
export function toMarkdown(lines: readonly string[]): string {
  const blocks: { list: boolean; lines: string[] }[] = [];
  for (const line of unwrap(lines)) {
    const md = markdownLine(line);
    const list = md.startsWith('- ');
    const prev = blocks[blocks.length - 1];
    if (list && prev?.list === true) prev.lines.push(md);
    else blocks.push({ list, lines: [md] });
  }
  return blocks.map((b) => b.lines.join('\n')).join('\n\n');
}

/** Read the signature block from its lines (mode and body, position, name). */
export function readSignature(lines: readonly string[]): Signature {
  const sig: Signature = {};
  for (const line of lines) {
    const m = SIGN_MODE.exec(line);
    if (m && sig.mode === undefined) {
      sig.mode = m[1]!.replace(/\.$/, '').replace(/^TM$/, 'T/M').replace(/^KT$/, 'K/T').replace(/^TL$/, 'T/L');
      const rest = m[2]!.trim();
      if (rest !== '') sig.onBehalf = rest;
      continue;
    }
    if (/^\(?(?:đã\s+ký|ký|dấu)/iu.test(line)) continue;
    if (isUpperLine(line) && sig.name === undefined) {
      // "K/T BÍ THƯ" then "PHÓ BÍ THƯ": the last capital line before the name is the position.
      sig.position = line;
      continue;
    }
    if (isName(line) && sig.name === undefined) sig.name = line;
  }
  if (sig.mode === 'K/T' && sig.position === undefined) sig.position = sig.onBehalf;
  return sig;
}

/** Split what follows the header into trích yếu, body, signature and recipients. */
export function readBody(lines: readonly string[]): BodyParts {
  let i = 0;
  while (i < lines.length && isSeparator(lines[i]!)) i++;
  const titleLines: string[] = [];
  // A separator under the trích yếu ("-----", "*") marks its end for certain.
  const sepAt = lines.slice(i, i + 6).findIndex(isSeparator);
  if (sepAt > 0) {
    titleLines.push(...lines.slice(i, i + sepAt));
    i += sepAt + 1;
  } else {
    while (i < lines.length && titleLines.length < 4) {
      const line = lines[i]!;
      if (ROMAN_HEAD.test(line) || NUMBER_HEAD.test(line) || BULLET.test(line) || BODY_START.test(line) || isSignatureStart(line) || RECIPIENTS.test(line)) break;
      if (titleLines.length > 0 && (/[.:]$/.test(titleLines[titleLines.length - 1]!) || /^\p{Lu}/u.test(line))) break;
      titleLines.push(line);
      i++;
    }
  }
  while (i < lines.length && isSeparator(lines[i]!)) i++;
  const rest = lines.slice(i);
  const signAt = rest.findIndex(isSignatureStart);
  const recAt = rest.findIndex((l) => RECIPIENTS.test(l));
  const ends = [signAt, recAt].filter((n) => n >= 0);
  const bodyEnd = ends.length > 0 ? Math.min(...ends) : rest.length;
  const bodyLines = rest.slice(0, bodyEnd);

  // The tail holds "Nơi nhận" and the signature side by side (a Word table, two PDF columns), so
  // their lines may come in any order or interleaved: recipients are the label's items, the rest signs.
  const recipients: string[] = [];
  const signLines: string[] = [];
  let inRecipients = false;
  let lastWasRecipient = false;
  for (const line of rest.slice(bodyEnd)) {
    const label = RECIPIENTS.exec(line);
    const bullet = BULLET.exec(line);
    if (label) {
      inRecipients = true;
      const first = label[1]!.trim();
      if (first !== '') recipients.push(first.replace(/^[-–—+•]\s*/u, '').replace(/[,;.]$/, ''));
      lastWasRecipient = first !== '';
    } else if (inRecipients && bullet) {
      recipients.push(bullet[1]!.replace(/[,;.]$/, '').trim());
      lastWasRecipient = true;
    } else if (lastWasRecipient && /^[\p{Ll}(]/u.test(line)) {
      recipients[recipients.length - 1] += ` ${line.replace(/[,;.]$/, '')}`;
    } else {
      signLines.push(line);
      lastWasRecipient = false;
    }
  }
  const unwrapped = unwrap(bodyLines);
  return {
    title: titleLines.length === 0 ? undefined : capitalise(titleLines.join(' ').replace(/\s+/g, ' ').trim()),
    markdown: toMarkdown(bodyLines),
    text: [titleLines.join(' '), ...unwrapped].join('\n'),
    signature: readSignature(signLines),
    recipients,
  };
}
