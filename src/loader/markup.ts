/**
 * What a body may hold besides Markdown. Bodies are text: the raw HTML Markdown lets through is
 * read with htmlparser2's tokenizer (a real HTML tokenizer, script and style contents included)
 * and judged token by token; link and image addresses are read with the WHATWG URL parser, the
 * one the browser uses, so `JaVaScRiPt:`, `java&#9;script:` or a leading space change nothing.
 * The content check (`bodyMarkupProblems`) and the renderer (src/loader/render.ts) share these
 * rules, so what the check lets pass is exactly what the renderer keeps.
 */
import { defineMdastPlugin, markdownToHtml } from 'satteri';
import { Tokenizer, QuoteType } from 'htmlparser2';

/**
 * The only elements a body may write in HTML: what Markdown cannot express and cannot misuse
 * (an exponent, an index, a line break inside a paragraph), without any attribute.
 */
export const ALLOWED_ELEMENTS: ReadonlySet<string> = new Set(['sup', 'sub', 'br']);

/** Address schemes a link may use; anything else (javascript:, data:, vbscript:, file: …) is refused. */
export const SAFE_SCHEMES: ReadonlySet<string> = new Set(['http:', 'https:', 'mailto:', 'tel:']);

/** One token of raw HTML, with where it starts in the text read. */
export type MarkupToken =
  | { type: 'start'; name: string; written: string; attrs: { name: string; value: string }[]; start: number }
  | { type: 'end'; name: string; written: string; start: number }
  | { type: 'text'; text: string; start: number }
  | { type: 'comment'; start: number }
  | { type: 'other'; start: number };

/** The tokens of a piece of raw HTML, in order (entities in text and attributes decoded). */
export function readMarkup(html: string): MarkupToken[] {
  const tokens: MarkupToken[] = [];
  let cursor = 0;
  let text: { text: string; start: number } | undefined;
  let tag: Extract<MarkupToken, { type: 'start' }> | undefined;
  let attr: { name: string; value: string } | undefined;
  const flushText = (): void => {
    if (text !== undefined) tokens.push({ type: 'text', ...text });
    text = undefined;
  };
  const addText = (value: string, end: number): void => {
    if (text === undefined) text = { text: '', start: cursor };
    text.text += value;
    cursor = end;
  };
  // A comment, CDATA, declaration or processing instruction: one token, its content never read.
  const opaque = (type: 'comment' | 'other') => (_start: number, end: number): void => {
    flushText();
    tokens.push({ type, start: cursor });
    cursor = end + 1;
  };
  const endTag = (end: number): void => {
    if (tag !== undefined) tokens.push(tag);
    tag = undefined;
    cursor = end;
  };
  const tokenizer = new Tokenizer(
    { decodeEntities: true },
    {
      ontext: (start, end) => addText(html.slice(start, end), end),
      ontextentity: (codepoint, end) => addText(String.fromCodePoint(codepoint), end),
      onopentagname: (start, end) => {
        flushText();
        const written = html.slice(start, end);
        tag = { type: 'start', name: written.toLowerCase(), written, attrs: [], start: cursor };
      },
      onattribname: (start, end) => {
        attr = { name: html.slice(start, end).toLowerCase(), value: '' };
      },
      onattribdata: (start, end) => {
        if (attr !== undefined) attr.value += html.slice(start, end);
      },
      onattribentity: (codepoint) => {
        if (attr !== undefined) attr.value += String.fromCodePoint(codepoint);
      },
      onattribend: (_quote: QuoteType) => {
        if (attr !== undefined) tag?.attrs.push(attr);
        attr = undefined;
      },
      onopentagend: (end) => endTag(end + 1),
      onselfclosingtag: (end) => endTag(end + 1),
      onclosetag: (start, end) => {
        flushText();
        const written = html.slice(start, end);
        tokens.push({ type: 'end', name: written.toLowerCase(), written, start: cursor });
        cursor = end + 1;
      },
      oncomment: opaque('comment'),
      oncdata: opaque('other'),
      ondeclaration: opaque('other'),
      onprocessinginstruction: opaque('other'),
      onend: () => {
        // A tag cut off by the end of the text ("<b" alone) is still a tag the browser would read.
        if (tag !== undefined) tokens.push(tag);
        flushText();
      },
    },
  );
  tokenizer.write(html);
  tokenizer.end();
  return tokens;
}

/** True for a token a body may hold: text, or an allowed element's tag without attributes. */
export function isAllowedToken(token: MarkupToken): boolean {
  if (token.type === 'text') return true;
  if (token.type === 'start') return ALLOWED_ELEMENTS.has(token.name) && token.attrs.length === 0;
  if (token.type === 'end') return ALLOWED_ELEMENTS.has(token.name);
  return false;
}

/** The scheme of an address that a body may not link to ("javascript:"), or undefined when it may. */
export function unsafeScheme(url: string): string | undefined {
  let parsed: URL;
  try {
    // Relative addresses resolve against a placeholder site and come out as https:.
    parsed = new URL(url, 'https://so-tay.invalid/');
  } catch {
    return 'không đọc được';
  }
  return SAFE_SCHEMES.has(parsed.protocol) ? undefined : parsed.protocol;
}

/** What a refused element does on a reader's page, by element name. */
const ELEMENT_HARM: Record<string, string> = {
  script: 'chạy mã JavaScript trên máy người đọc',
  style: 'đổi cách trình bày của cả trang (có thể ẩn nội dung)',
  link: 'nạp tệp khác (kiểu trình bày, mã) vào trang',
  meta: 'có thể chuyển người đọc sang trang khác (http-equiv="refresh")',
  base: 'đổi địa chỉ gốc của mọi liên kết trên trang',
  iframe: 'nhúng một trang khác vào trang',
  frame: 'nhúng một trang khác vào trang',
  object: 'nhúng chương trình hoặc tệp khác vào trang',
  embed: 'nhúng chương trình hoặc tệp khác vào trang',
  form: 'tạo biểu mẫu gửi dữ liệu của người đọc đi nơi khác',
  svg: 'có thể chứa mã chạy (<script>) và kiểu trình bày',
  math: 'có thể chứa liên kết và mã',
  template: 'chứa mã HTML ẩn',
};

/** One problem in a body: the kind of content error, the line in the file and the reason. */
export interface MarkupProblem {
  kind: 'html' | 'mdx' | 'unsafe-link';
  line: number;
  message: string;
}

/** The reason a token is refused, in an editor's words (undefined for an allowed token). */
function tokenProblem(token: MarkupToken): Omit<MarkupProblem, 'line'> | undefined {
  if (isAllowedToken(token)) return undefined;
  switch (token.type) {
    case 'comment':
      return { kind: 'html', message: 'chú thích HTML <!-- … --> không dùng được trong nội dung (nó vẫn nằm trong dữ liệu mở và có thể che phần sau)' };
    case 'other':
      return { kind: 'html', message: 'khai báo HTML/XML (<!…>, <?…?>, <![CDATA[…]]>) không dùng được trong nội dung' };
    case 'end':
      return { kind: 'html', message: `thẻ đóng HTML </${token.written}> không dùng được trong nội dung` };
    case 'start': {
      // A capitalised tag is a component: MDX, not HTML.
      const first = token.written.charAt(0);
      if (first !== first.toLowerCase()) return { kind: 'mdx', message: `thẻ <${token.written}> là mã MDX (thành phần), không phải Markdown` };
      const handler = token.attrs.find((a) => a.name.startsWith('on'));
      if (handler !== undefined) return { kind: 'html', message: `thẻ <${token.name} ${handler.name}=…>: thuộc tính ${handler.name} chạy mã JavaScript trên máy người đọc` };
      const address = token.attrs.find((a) => unsafeScheme(a.value.trim()) !== undefined && ['href', 'src', 'action', 'formaction', 'data', 'xlink:href', 'poster', 'background'].includes(a.name));
      if (address !== undefined) return { kind: 'html', message: `thẻ <${token.name} ${address.name}="${unsafeScheme(address.value.trim())}…">: địa chỉ này chạy mã hoặc nhúng nội dung trên máy người đọc` };
      const harm = ELEMENT_HARM[token.name];
      if (harm !== undefined) return { kind: 'html', message: `thẻ <${token.name}> ${harm}` };
      if (ALLOWED_ELEMENTS.has(token.name)) return { kind: 'html', message: `thẻ <${token.name}> không được có thuộc tính (${token.attrs.map((a) => a.name).join(', ')})` };
      return { kind: 'html', message: `thẻ HTML <${token.name}> không dùng được trong nội dung (nội dung viết bằng Markdown)` };
    }
    default:
      return undefined;
  }
}

/** What a link's scheme does, for the message. */
function schemeHarm(scheme: string): string {
  if (scheme === 'javascript:' || scheme === 'vbscript:') return 'chạy mã trên máy người đọc';
  if (scheme === 'data:') return 'nhúng nội dung không qua trang web (có thể chứa mã)';
  if (scheme === 'không đọc được') return 'không phải một địa chỉ đọc được';
  return `không mở được từ trang web (chỉ dùng ${[...SAFE_SCHEMES].join(', ')} hoặc đường dẫn trong trang)`;
}

/** A short quote of a value for a message. */
function quote(value: string): string {
  return value.length > 40 ? `${value.slice(0, 40)}…` : value;
}

/** A node as the visitor sees it: where it starts, and its HTML or address. */
type Seen = { value?: string; url?: string; position?: { start: { line: number; offset?: number | undefined } } | undefined };

/**
 * Every piece of raw HTML and every link or image address in a Markdown body that may not reach a
 * page, with its line in the file. The body is read as Markdown's syntax tree: raw HTML is what
 * Markdown itself calls HTML (not a `<` in a code span), an address is what Markdown reads as one.
 * A problem met again later in the body is reported once, with the other lines it is on.
 * `bodyLine` is the line of the file the body starts on.
 */
export function bodyMarkupProblems(body: string, bodyLine = 1): MarkupProblem[] {
  // Raw HTML, autolinks, links, images and definitions all need one of these characters.
  if (!body.includes('<') && !body.includes(']')) return [];
  const found: MarkupProblem[] = [];
  // Elements already refused: their end tags (often in another node, "<span>…</span>") are the same mistake.
  const opened = new Set<string>();
  // Lines as the file counts them (a lone carriage return, a line break to Markdown, is not one to an editor).
  let breaks: number[] | undefined;
  const lineOf = (node: Seen): number => {
    const offset = node.position?.start.offset;
    if (offset === undefined) return bodyLine - 1 + (node.position?.start.line ?? 1);
    if (breaks === undefined) {
      breaks = [];
      for (let i = body.indexOf('\n'); i !== -1; i = body.indexOf('\n', i + 1)) breaks.push(i);
    }
    let low = 0;
    let high = breaks.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (breaks[mid]! < offset) low = mid + 1;
      else high = mid;
    }
    return bodyLine + low;
  };
  const address = (what: string) => (node: Seen): void => {
    const scheme = node.url === undefined ? undefined : unsafeScheme(node.url);
    if (scheme !== undefined) found.push({ kind: 'unsafe-link', line: lineOf(node), message: `${what} tới "${quote(node.url!)}": địa chỉ ${scheme} ${schemeHarm(scheme)}` });
  };
  // The parser's own tree, visited where it is built: only these nodes cross into JavaScript.
  const visitor = defineMdastPlugin({
    name: 'so-tay-markup-check',
    options: { position: true },
    html(node) {
      const value = node.value;
      if (CANONICAL.has(value)) return;
      for (const token of readMarkup(value)) {
        if (token.type === 'end' && opened.has(token.name)) continue;
        const problem = tokenProblem(token);
        if (problem === undefined) continue;
        if (token.type === 'start') opened.add(token.name);
        found.push({ ...problem, line: lineOf(node) + countLines(value, token.start) });
      }
    },
    link: address('liên kết'),
    definition: address('liên kết'),
    image: address('hình'),
  });
  markdownToHtml(body, { mdastPlugins: [visitor], features: { gfm: true } });
  return grouped(found);
}

/** Raw HTML that is exactly one allowed tag as the renderer writes it: nothing to read. */
const CANONICAL: ReadonlySet<string> = new Set([...ALLOWED_ELEMENTS].flatMap((name) => [`<${name}>`, `</${name}>`]));

/** Number of line breaks in `text` before `offset`. */
function countLines(text: string, offset: number): number {
  let n = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

/** The same problem on several lines, once, naming the other lines (up to five). */
function grouped(problems: readonly MarkupProblem[]): MarkupProblem[] {
  const byMessage = Map.groupBy(problems, (p) => `${p.kind}\n${p.message}`);
  return [...byMessage.values()].map((same) => {
    const first = same[0]!;
    const others = [...new Set(same.slice(1).map((p) => p.line))].filter((l) => l !== first.line);
    if (others.length === 0) return first;
    const listed = others.slice(0, 5).join(', ') + (others.length > 5 ? ` và ${others.length - 5} chỗ khác` : '');
    return { ...first, message: `${first.message} (cả ở dòng ${listed})` };
  });
}
