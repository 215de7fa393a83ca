/**
 * Bodies are text, as a specification. Each row is a body an editor (or an import, or a generated
 * file) might write, with the exact line the content check prints for it (file:line, reason, fix)
 * and the exact HTML the renderer makes of it when the check is bypassed. A property test then
 * throws random mixtures of hostile fragments at the renderer: no element Markdown does not make,
 * no event attribute and no address that runs code ever comes out.
 */
import fc from 'fast-check';
import { parseFragment, type DefaultTreeAdapterMap } from 'parse5';
import { markdownToHtml } from 'satteri';
import { describe, expect, it } from 'vitest';
import { checkContent, type ContentFiles } from '../../src/loader/check';
import { CONTENT_ERROR_KINDS, formatContentError } from '../../src/loader/errors';
import { bodyMarkupProblems, unsafeScheme } from '../../src/loader/markup';
import { renderBody } from '../../src/loader/render';
import { doc, kh43, nq58, organs, report, topics } from '../support/content-fixture';

const FILE = 'content/documents/nghi-quyet/58-nq-tw-2020.md';
/** The fixture's frontmatter takes lines 1–15: a body's first line is line 16 of the file. */
const L = 16;

/** What the check prints for a body, one line per problem. */
function checked(body: string): string[] {
  const files: ContentFiles = {
    documents: [
      { path: FILE, text: doc(nq58, body) },
      { path: 'content/documents/ke-hoach/43-kh-tu-2022.md', text: doc(kh43) },
    ],
    organs: { path: 'content/organs.yaml', text: organs },
    topics: { path: 'content/topics.yaml', text: topics },
    reports: [{ path: 'content/reports/r.yaml', text: report }],
  };
  return checkContent(files).errors.map(formatContentError);
}

const HTML_FIX = CONTENT_ERROR_KINDS.html;
const LINK_FIX = CONTENT_ERROR_KINDS['unsafe-link'];
const html = (line: number, reason: string): string => `${FILE}:${line}  ${reason}. → ${HTML_FIX}`;
const link = (line: number, reason: string): string => `${FILE}:${line}  ${reason}. → ${LINK_FIX}`;

describe('the content check refuses code in a body, naming file and line', () => {
  it.each<[name: string, body: string, printed: string[]]>([
    ['a script in a paragraph', 'Đoạn một.\n\nTheo <script>alert(1)</script> đó.\n', [html(L + 2, 'thẻ <script> chạy mã JavaScript trên máy người đọc')]],
    ['a script block', 'Đoạn một.\n\n<script>\nalert(1)\n</script>\n', [html(L + 2, 'thẻ <script> chạy mã JavaScript trên máy người đọc')]],
    ['a script inside an svg', '<svg><script>alert(1)</script></svg>\n', [html(L, 'thẻ <svg> có thể chứa mã chạy (<script>) và kiểu trình bày'), html(L, 'thẻ <script> chạy mã JavaScript trên máy người đọc')]],
    ['a redirect', 'Nội dung.\n\n<meta http-equiv="refresh" content="5;url=https://example.com">\n', [html(L + 2, 'thẻ <meta> có thể chuyển người đọc sang trang khác (http-equiv="refresh")')]],
    ['a style', '<style>body { display: none }</style>\n\nNội dung.\n', [html(L, 'thẻ <style> đổi cách trình bày của cả trang (có thể ẩn nội dung)')]],
    ['an event attribute', 'Ảnh <img src="x" onerror="alert(1)"> đây.\n', [html(L, 'thẻ <img onerror=…>: thuộc tính onerror chạy mã JavaScript trên máy người đọc')]],
    ['a base', '<base href="https://example.com/">\n', [html(L, 'thẻ <base> đổi địa chỉ gốc của mọi liên kết trên trang')]],
    ['an iframe', '<iframe src="https://example.com"></iframe>\n', [html(L, 'thẻ <iframe> nhúng một trang khác vào trang')]],
    ['an object and an embed', '<object data="x.swf"></object> <embed src="x.swf">\n', [html(L, 'thẻ <object> nhúng chương trình hoặc tệp khác vào trang'), html(L, 'thẻ <embed> nhúng chương trình hoặc tệp khác vào trang')]],
    ['a form', '<form action="https://example.com"><input name="a"></form>\n', [html(L, 'thẻ <form> tạo biểu mẫu gửi dữ liệu của người đọc đi nơi khác'), html(L, 'thẻ HTML <input> không dùng được trong nội dung (nội dung viết bằng Markdown)')]],
    ['a link element', '<link rel="stylesheet" href="https://example.com/a.css">\n', [html(L, 'thẻ <link> nạp tệp khác (kiểu trình bày, mã) vào trang')]],
    ['a javascript: address in an HTML link', '<a href=" JaVaScRiPt:alert(1)">bấm</a>\n', [html(L, 'thẻ <a href="javascript:…">: địa chỉ này chạy mã hoặc nhúng nội dung trên máy người đọc')]],
    ['plain HTML Markdown could write', 'Chữ <b>đậm</b> và <span class="x">chữ</span>.\n', [html(L, 'thẻ HTML <b> không dùng được trong nội dung (nội dung viết bằng Markdown)'), html(L, 'thẻ HTML <span> không dùng được trong nội dung (nội dung viết bằng Markdown)')]],
    ['an allowed element with an attribute', 'H<sub class="x">2</sub>O\n', [html(L, 'thẻ <sub> không được có thuộc tính (class)')]],
    ['a comment', 'Nội dung.\n\n<!-- ghi chú của biên tập viên -->\n', [html(L + 2, 'chú thích HTML <!-- … --> không dùng được trong nội dung (nó vẫn nằm trong dữ liệu mở và có thể che phần sau)')]],
    ['a stray end tag', 'Hết đoạn.</div>\n', [html(L, 'thẻ đóng HTML </div> không dùng được trong nội dung')]],
    ['the same tag on several lines, once', '<u>a</u>\n\n<u>b</u>\n\n<u>c</u>\n', [html(L, 'thẻ HTML <u> không dùng được trong nội dung (nội dung viết bằng Markdown) (cả ở dòng 18, 20)')]],
    ['lines counted as the file counts them (a lone carriage return is not one)', 'Một\rhai\n\nba <b>x</b>\n', [html(L + 2, 'thẻ HTML <b> không dùng được trong nội dung (nội dung viết bằng Markdown)')]],
    ['a component (MDX)', 'Nội dung.\n\n<Bang du-lieu="x" />\n', [`${FILE}:${L + 2}  thẻ <Bang> là mã MDX (thành phần), không phải Markdown. → ${CONTENT_ERROR_KINDS.mdx}`]],
    ['a javascript: link', 'Xem [đây](javascript:alert(1)).\n', [link(L, 'liên kết tới "javascript:alert(1)": địa chỉ javascript: chạy mã trên máy người đọc')]],
    ['a javascript: autolink in capitals', 'Xem <JAVASCRIPT:alert(1)>.\n', [link(L, 'liên kết tới "JAVASCRIPT:alert(1)": địa chỉ javascript: chạy mã trên máy người đọc')]],
    ['a javascript: link with a tab in the scheme', 'Xem [đây](java&#9;script:alert(1)).\n', [link(L, 'liên kết tới "java\tscript:alert(1)": địa chỉ javascript: chạy mã trên máy người đọc')]],
    ['a vbscript: reference definition', 'Xem [đây][x].\n\n[x]: vbscript:msgbox(1)\n', [link(L + 2, 'liên kết tới "vbscript:msgbox(1)": địa chỉ vbscript: chạy mã trên máy người đọc')]],
    ['a data: image', '![hình](data:image/svg+xml;base64,PHN2Zz4=)\n', [link(L, 'hình tới "data:image/svg+xml;base64,PHN2Zz4=": địa chỉ data: nhúng nội dung không qua trang web (có thể chứa mã)')]],
    ['a file: link', '[tệp](file:///C:/a.doc)\n', [link(L, 'liên kết tới "file:///C:/a.doc": địa chỉ file: không mở được từ trang web (chỉ dùng http:, https:, mailto:, tel: hoặc đường dẫn trong trang)')]],
  ])('%s', (_name, body, printed) => {
    expect(checked(body)).toEqual(printed);
  });

  it.each<[name: string, body: string]>([
    ['Markdown alone', '## Phần I\n\n**Đậm**, *nghiêng*, [liên kết](https://nhandan.vn/a), [trang](/van-ban/58-nq-tw-2020/), <https://dangcongsan.vn>, thư <mailto:a@b.vn>.\n\n| a | b |\n|---|---|\n| 1 | 2 |\n'],
    ['the allowed elements, bare', 'H<sub>2</sub>O, 10<sup>6</sup> tấn, dòng một<br>dòng hai<br/>ba.\n'],
    ['HTML in code is code, not HTML', 'Viết `<script>` trong mã:\n\n```html\n<script>alert(1)</script>\n```\n'],
    ['escaped angle brackets', 'Chữ \\<script\\> và &lt;style&gt; là chữ.\n'],
    ['an external link with a colon in its path', '[bài](https://example.vn/a:b?x=javascript:1)\n'],
  ])('passes %s', (_name, body) => {
    expect(checked(body)).toEqual([]);
  });
});

describe('the renderer keeps bodies text even when the check was bypassed', () => {
  const render = (body: string): string => renderBody(body, [], (id) => `/van-ban/${id}/`).trim();
  it.each<[name: string, body: string, html: string]>([
    ['a script in a paragraph', 'Theo <script>alert(1)</script> đó.', '<p>Theo &lt;script&gt;alert(1)&lt;/script&gt; đó.</p>'],
    ['a script block', '<script>\nalert(1)\n</script>', '<p>&lt;script&gt;\nalert(1)\n&lt;/script&gt;</p>'],
    ['a script inside an svg', '<svg><script>alert(1)</script></svg>', '<p>&lt;svg&gt;&lt;script&gt;alert(1)&lt;/script&gt;&lt;/svg&gt;</p>'],
    ['a redirect', '<meta http-equiv="refresh" content="0;url=https://example.com">', '<p>&lt;meta http-equiv="refresh" content="0;url=https://example.com"&gt;</p>'],
    ['a style in a quote', '> <style>body{display:none}</style>', '<blockquote>\n<p>&lt;style&gt;body{display:none}&lt;/style&gt;</p>\n</blockquote>'],
    ['an event attribute in a list', '- <img src=x onerror=alert(1)>', '<ul>\n<li>\n<p>&lt;img src=x onerror=alert(1)&gt;</p>\n</li>\n</ul>'],
    ['a comment', '<!-- ẩn -->', '<p>&lt;!-- ẩn --&gt;</p>'],
    ['the allowed elements', 'H<sub>2</sub>O, 10<SUP>6</SUP>, a<br/>b', '<p>H<sub>2</sub>O, 10<sup>6</sup>, a<br>b</p>'],
    ['an allowed element with an attribute', 'H<sub onclick="x()">2</sub>O', '<p>H&lt;sub onclick="x()"&gt;2</sub>O</p>'],
    ['javascript: links keep their words', '[đây](javascript:alert(1)) và <javascript:alert(2)>', '<p>đây và javascript:alert(2)</p>'],
    ['a vbscript: reference', '[đây][x]\n\n[x]: vbscript:msgbox(1)', '<p>đây</p>'],
    ['a data: image keeps its description', '![sơ đồ](data:image/svg+xml;base64,PHN2Zz4=)', '<p>sơ đồ</p>'],
    ['safe links stay', '[a](https://nhandan.vn/a) [b](/van-ban/x/) [c](#muc-1) <mailto:a@b.vn>', '<p><a href="https://nhandan.vn/a">a</a> <a href="/van-ban/x/">b</a> <a href="#muc-1">c</a> <a href="mailto:a@b.vn">mailto:a@b.vn</a></p>'],
  ])('%s', (_name, body, out) => {
    expect(render(body)).toBe(out);
  });
});

describe('addresses are read the way the browser reads them', () => {
  it.each<[string, string | undefined]>([
    ['https://nhandan.vn/a', undefined],
    ['/van-ban/58-nq-tw-2020/', undefined],
    ['../hoc-tap/', undefined],
    ['#muc-1', undefined],
    ['mailto:a@b.vn', undefined],
    ['javascript:alert(1)', 'javascript:'],
    [' JavaScript:alert(1)', 'javascript:'],
    ['java\tscript:alert(1)', 'javascript:'],
    ['java\nscript:alert(1)', 'javascript:'],
    ['vbscript:msgbox', 'vbscript:'],
    ['data:text/html,<script>alert(1)</script>', 'data:'],
    ['file:///etc/passwd', 'file:'],
  ])('%j → %s', (url, scheme) => expect(unsafeScheme(url)).toBe(scheme));
});

type Node = DefaultTreeAdapterMap['childNode'];
/** Every element Markdown with GFM makes, and the three a body may write. */
const MARKDOWN_ELEMENTS = new Set(['p', 'a', 'img', 'em', 'strong', 'del', 'code', 'pre', 'ul', 'ol', 'li', 'blockquote', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'hr', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'input', 'section', 'sup', 'sub', 'br']);

/** What in rendered HTML could run, restyle or redirect: elements Markdown does not make, event attributes, unsafe addresses. */
function hostile(html: string): string[] {
  const found: string[] = [];
  const walk = (nodes: Node[]): void => {
    for (const node of nodes) {
      if (!('tagName' in node)) continue;
      if (!MARKDOWN_ELEMENTS.has(node.tagName)) found.push(`<${node.tagName}>`);
      for (const a of node.attrs) {
        if (a.name.startsWith('on')) found.push(`${node.tagName} ${a.name}`);
        if ((a.name === 'href' || a.name === 'src') && unsafeScheme(a.value) !== undefined) found.push(`${node.tagName} ${a.name}="${a.value}"`);
      }
      walk(node.childNodes);
    }
  };
  walk(parseFragment(html).childNodes);
  return found;
}

describe('no mixture of hostile fragments gets code, style or a redirect through the renderer', () => {
  const fragments = [
    '<script>', '</script>', 'alert(1)', '<svg>', '</svg>', '<svg onload=alert(1)>', '<img src=x onerror=alert(1)>', '<style>', '</style>', 'body{display:none}',
    '<meta http-equiv="refresh" content="0;url=https://example.com">', '<base href="https://example.com/">', '<iframe src=x>', '<object data=x>', '<embed src=x>',
    '<form action=x>', '<link rel=stylesheet href=x>', '<a href="javascript:alert(1)">', '</a>', '<!--', '-->', '<![CDATA[', ']]>', '<?xml ?>', '<!DOCTYPE html>',
    '<sup>', '</sup>', '<sub>', '<br>', '<br/>', '<sup class=x>', '<div>', '</div>', '<textarea>', '<title>', '<noscript>', '<template>', '<math>',
    '[a](javascript:alert(1))', '[b](JAVASCRIPT:x)', '[c](java&#9;script:x)', '[d](data:text/html,x)', '![e](data:image/png;base64,AA)', '[f](vbscript:x)',
    '[r]', '\n\n[r]: javascript:alert(1)\n', '\n[s]: data:text/html,x\n', '[s][]', '<javascript:alert(1)>', '<https://nhandan.vn>', '[ok](https://nhandan.vn)', '&lt;', '&#60;script&#62;',
    '`', '```\n', '\n\n', '\n', '> ', '- ', '1. ', '| a | b |\n|---|---|\n', '    ', '*', '_', '"', "'", '<', '>', '/', '=', '(', ')', ':', ' ', 'chữ', 'Nghị quyết',
  ];
  it('holds for 2,000 random bodies', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...fragments), { maxLength: 40 }), (parts) => {
        const body = parts.join('');
        expect(hostile(renderBody(body, [], (id) => `/van-ban/${id}/`))).toEqual([]);
      }),
      { numRuns: 2000 },
    );
  });

  it('and what the check passes is safe even without the renderer\'s guard', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...fragments), { maxLength: 30 }), (parts) => {
        const body = parts.join('');
        if (bodyMarkupProblems(body).length > 0) return;
        const unguarded = markdownToHtml(body, { features: { gfm: true, smartPunctuation: true } }).html;
        expect(hostile(unguarded)).toEqual([]);
      }),
      { numRuns: 5000 },
    );
  });
});
