/**
 * The delivery checks as a specification: which references a page makes, how they resolve under
 * a base path or from file://, what the link check reports, what the CSP allows, how the
 * offline copy rewrites URLs, and what the offline search finds.
 */
import { describe, expect, it } from 'vitest';
import { crawl, type Answer } from '../../tools/quality/crawl';
import { blockedInlineCode, buildPolicy, executedInlineScripts, type PolicyInput, injectPolicy, scriptHash, shipsWasm } from '../../tools/quality/csp';
import { anchorIds, applyEdits, scripts, startTags } from '../../tools/quality/html';
import { checkLinks, fileForPath, pageRefs, pageUrlPath, resolveRef, type SiteLayout } from '../../tools/quality/links';
import { offlineUrl, relativeUrl, rewriteCssForFiles, rewriteHtmlForFiles } from '../../tools/delivery/offline';
import { offlineEntry, searchOffline } from '../../tools/delivery/offline-search';
import { releaseName } from '../../tools/delivery/release';
import { injectRegister, registerSource, serviceWorkerSource, shellFiles } from '../../tools/delivery/service-worker';

const served = (base: string): SiteLayout => ({ base, directoryIndex: true });
const asFiles: SiteLayout = { base: '/', directoryIndex: false };

describe('reading built HTML', () => {
  it.each([
    ['&amp;', '&'],
    ['a&#47;b', 'a/b'],
    ['a&#x2F;b', 'a/b'],
    ['&quot;x&quot;', '"x"'],
    ['&unknown;', '&unknown;'],
  ])('decodes %s in an attribute as %s', (input, out) => expect(startTags(`<a href="${input}">x</a>`)[0]?.attrs.href).toBe(out));

  it('reads tags where the source has them, not the ones the parser adds', () => {
    const tags = startTags('<p class=a>x<img src=/a.png alt="">');
    expect(tags.map((t) => [t.name, t.start])).toEqual([['p', 0], ['img', 12]]);
  });

  it('finds ids and <a name>, but not inside scripts or comments', () => {
    const html = '<h2 id="muc-tieu">x</h2><a name="cu">y</a><!-- <p id="no1"> --><script>let s = "<p id=no2>"</script>';
    expect([...anchorIds(html)].sort()).toEqual(['cu', 'muc-tieu']);
  });

  it('reads scripts with their exact text', () => {
    expect(scripts('<script type="module">a()</script><script src="/x.js"></script>')).toEqual([
      { attrs: { type: 'module' }, text: 'a()' },
      { attrs: { src: '/x.js' }, text: '' },
    ]);
  });
});

describe('references a page makes', () => {
  it.each([
    ['<a href="/van-ban/x/">', [{ url: '/van-ban/x/', resource: false, tag: 'a' }]],
    ['<link rel="stylesheet" href="/_astro/a.css">', [{ url: '/_astro/a.css', resource: true, tag: 'link' }]],
    ['<link rel="canonical" href="https://x.vn/">', [{ url: 'https://x.vn/', resource: false, tag: 'link' }]],
    ['<script src="/a.js"></script>', [{ url: '/a.js', resource: true, tag: 'script' }]],
    ['<img src="/a.png" srcset="/a1.png 1x, /a2.png 2x">', ['/a.png', '/a1.png', '/a2.png'].map((url) => ({ url, resource: true, tag: 'img' }))],
    ['<a href="/x?a=1&amp;b=2">', [{ url: '/x?a=1&b=2', resource: false, tag: 'a' }]],
    ['<p data-href="/x">', []],
  ])('%s', (html, refs) => expect(pageRefs(html)).toEqual(refs));
});

describe('where a reference lands', () => {
  it.each([
    ['/sotay/van-ban/x/#y', '/sotay/', { kind: 'internal', path: '/sotay/van-ban/x/', anchor: 'y' }],
    ['../../loai/', '/sotay/', { kind: 'internal', path: '/sotay/loai/', anchor: '' }],
    ['/van-ban/x/', '/sotay/', { kind: 'outside-base', path: '/van-ban/x/' }],
    ['https://baochinhphu.vn/a', '/sotay/', { kind: 'external' }],
    ['//cdn.example/a.js', '/', { kind: 'external' }],
    ['mailto:a@b.vn', '/', { kind: 'ignored' }],
    ['#m%E1%BB%A5c-ti%C3%AAu', '/', { kind: 'internal', path: '/van-ban/x/', anchor: 'mục-tiêu' }],
  ])('%s at base %s', (url, base, out) => {
    const from = base === '/' ? '/van-ban/x/' : '/sotay/van-ban/x/';
    expect(resolveRef(url, from, served(base))).toEqual(out);
  });

  const files = new Set(['index.html', 'van-ban/x/index.html', '_astro/a.css', '404.html']);
  it.each([
    ['/sotay/', served('/sotay/'), 'index.html'],
    ['/sotay', served('/sotay/'), 'index.html'],
    ['/sotay/van-ban/x/', served('/sotay/'), 'van-ban/x/index.html'],
    ['/sotay/van-ban/x', served('/sotay/'), 'van-ban/x/index.html'],
    ['/sotay/_astro/a.css', served('/sotay/'), '_astro/a.css'],
    ['/sotay/van-ban/y/', served('/sotay/'), undefined],
    ['/van-ban/x/', asFiles, undefined],
    ['/van-ban/x/index.html', asFiles, 'van-ban/x/index.html'],
  ])('%s is served from %s → %s', (path, layout, file) => expect(fileForPath(path, files, layout)).toBe(file));

  it.each([
    ['index.html', served('/sotay/'), '/sotay/'],
    ['van-ban/x/index.html', served('/'), '/van-ban/x/'],
    ['404.html', served('/'), '/404.html'],
    ['van-ban/x/index.html', asFiles, '/van-ban/x/index.html'],
  ])('page %s is at %s', (file, layout, path) => expect(pageUrlPath(file, layout)).toBe(path));
});

describe('the link check', () => {
  const page = (file: string, body: string) => ({ file, html: `<html><body>${body}</body></html>` });
  const files = new Set(['index.html', 'van-ban/x/index.html', '_astro/a.css']);
  it.each([
    ['a good link, asset and anchor', '<a href="/sotay/van-ban/x/#muc">x</a><link rel="stylesheet" href="/sotay/_astro/a.css">', []],
    ['a missing page', '<a href="/sotay/van-ban/khong-co/">x</a>', ['missing']],
    ['a missing anchor', '<a href="/sotay/van-ban/x/#khong-co">x</a>', ['anchor']],
    ['a link that forgot the base path', '<a href="/van-ban/x/">x</a>', ['outside-base']],
    ['a font from the internet', '<link rel="stylesheet" href="https://fonts.example/css">', ['external-resource']],
    ['a hyperlink to a source on the internet', '<a href="https://baochinhphu.vn/">nguồn</a>', []],
  ])('%s', (_name, body, reasons) => {
    const pages = [page('index.html', body), page('van-ban/x/index.html', '<h2 id="muc">m</h2>')];
    const report = checkLinks(pages, files, served('/sotay/'));
    expect(report.problems.map((p) => p.reason)).toEqual(reasons);
  });

  it('from file:// a folder link is broken: there is no server to add index.html', () => {
    const report = checkLinks([page('index.html', '<a href="van-ban/x/">x</a><a href="van-ban/x/index.html">y</a>')], files, asFiles);
    expect(report.problems).toEqual([{ page: 'index.html', url: 'van-ban/x/', reason: 'missing' }]);
  });
});

describe('the crawl of a served site', () => {
  const site: Record<string, Answer> = {
    '/sotay/': { status: 200, type: 'text/html', text: '<a href="/sotay/a/">a</a><a href="/sotay/a/#h">h</a><link rel="stylesheet" href="/sotay/s.css">' },
    '/sotay/a/': { status: 200, type: 'text/html', text: '<h2 id="h">h</h2><a href="/sotay/b/">b</a><a href="/sotay/a/#nope">n</a>' },
    '/sotay/s.css': { status: 200, type: 'text/css' },
  };
  const get = async (url: string) => site[new URL(url).pathname] ?? { status: 404, type: 'text/html', text: '' };

  it('follows every link once, and reports missing pages and anchors', async () => {
    const report = await crawl('http://127.0.0.1:1/sotay/', get);
    expect(report.pages).toEqual(['/sotay/', '/sotay/a/']);
    expect([...report.fetched.keys()].sort()).toEqual(['/sotay/', '/sotay/a/', '/sotay/b/', '/sotay/s.css']);
    expect(report.links).toBe(5);
    expect(report.problems.map((p) => `${p.url} ${p.reason}`).sort()).toEqual(['/sotay/a/#nope không có mục (#) đích', '/sotay/b/ HTTP 404']);
  });

  it('also crawls pages no link reaches, when they are given as seeds', async () => {
    site['/sotay/orphan/'] = { status: 200, type: 'text/html', text: '<a href="/sotay/gone/">g</a>' };
    const report = await crawl('http://127.0.0.1:1/sotay/', get, ['/sotay/orphan/']);
    expect(report.pages).toContain('/sotay/orphan/');
    expect(report.problems.map((p) => p.url)).toContain('/sotay/gone/');
    delete site['/sotay/orphan/'];
  });
});

describe('the Content-Security-Policy', () => {
  it('tells the inline scripts the browser runs from data and files, and hashes exact text', () => {
    const html = '<script>a()</script><script type="module">b()</script><script type="application/ld+json">{}</script><script src="/c.js"></script>';
    expect(executedInlineScripts(scripts(html)).map((s) => s.text)).toEqual(['a()', 'b()']);
    // The well-known hash of the empty script, so the hashing itself is checked.
    expect(scriptHash('')).toBe("'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='");
  });

  it.each<[PolicyInput, string]>([
    [{ scriptHashes: [], wasm: false }, "script-src 'self';"],
    [{ scriptHashes: ["'sha256-x'", "'sha256-x'"], wasm: true }, "script-src 'self' 'wasm-unsafe-eval' 'sha256-x';"],
    [{ scriptHashes: [], wasm: false, localFiles: true }, "script-src 'self' file:;"],
  ])('script-src for %o', (input, expected) => {
    const policy = buildPolicy(input);
    expect(policy).toContain(expected);
    expect(policy).toMatch(/^default-src 'self'/);
    expect(policy).toContain("object-src 'none'");
    expect(policy).not.toMatch(/https?:|\*|'unsafe-eval'|script-src[^;]*'unsafe-inline'/);
    expect(policy.includes('file:')).toBe(input.localFiles === true);
  });

  it.each([
    [['index.html', 'pagefind/wasm.unknown.pagefind'], true],
    [['a/b.wasm'], true],
    [['index.html', 'pagefind/pagefind.js'], false],
  ])('WebAssembly in %o: %s', (files, wasm) => expect(shipsWasm(files)).toBe(wasm));

  it('goes right after <meta charset>, replacing an older policy', () => {
    const html = '<html><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="old"><title>t</title></head></html>';
    expect(injectPolicy(html, "default-src 'self'")).toBe(
      '<html><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="default-src \'self\'"><title>t</title></head></html>',
    );
  });

  it.each([
    ['<button onclick="x()">', ['<button onclick>']],
    ['<a href="javascript:void(0)">', ['<a href="javascript:…">']],
    ['<a href="/x">', []],
  ])('code a policy cannot allow by hash: %s', (html, found) => expect(blockedInlineCode(html)).toEqual(found));
});

describe('the file:// copy', () => {
  const files = new Set(['index.html', 'van-ban/x/index.html', 'loai/index.html', '_astro/a.css', 'fonts/f.woff2', 'tim-kiem/index.html']);
  it.each([
    ['index.html', 'van-ban/x/index.html', 'van-ban/x/index.html'],
    ['van-ban/x/index.html', 'index.html', '../../index.html'],
    ['van-ban/x/index.html', 'van-ban/y/index.html', '../y/index.html'],
    ['_astro/a.css', 'fonts/f.woff2', '../fonts/f.woff2'],
  ])('from %s to %s is %s', (from, to, url) => expect(relativeUrl(from, to)).toBe(url));

  it.each([
    ['/', 'van-ban/x/index.html', '../../index.html'],
    ['/loai/#kinds', 'van-ban/x/index.html', '../../loai/index.html#kinds'],
    ['/tim-kiem/?q=nq+58', 'index.html', 'tim-kiem/index.html?q=nq+58'],
    ['/_astro/a.css', 'van-ban/x/index.html', '../../_astro/a.css'],
    ['#noi-dung', 'index.html', undefined],
    ['https://baochinhphu.vn/', 'index.html', undefined],
    ['/khong-co/', 'index.html', undefined],
  ])('%s on %s becomes %s', (url, from, out) => expect(offlineUrl(url, from, files, '/')).toBe(out));

  it('rewrites attributes, not text or scripts', () => {
    const html = '<a href="/loai/">/loai/</a><script>location.href = "/loai/"</script><img src="/_astro/a.css" srcset="/_astro/a.css 2x">';
    expect(rewriteHtmlForFiles(html, 'van-ban/x/index.html', files)).toBe(
      '<a href="../../loai/index.html">/loai/</a><script>location.href = "/loai/"</script><img src="../../_astro/a.css" srcset="../../_astro/a.css 2x">',
    );
  });

  it.each([
    ['a data attribute a script reads', '<div data-kit="/loai/">', '<div data-kit="../../loai/index.html">'],
    ['any attribute holding a site path', '<p data-next="/loai/#kinds" title="/tim-kiem/?q=a">', '<p data-next="../../loai/index.html#kinds" title="../../tim-kiem/index.html?q=a">'],
    ['a path the site does not have, left as it is', '<div data-kit="/khong-co/">', '<div data-kit="/khong-co/">'],
    ['another host, left as it is', '<div data-src="//cdn.example/x.js">', '<div data-src="//cdn.example/x.js">'],
    ['a relative value outside a URL attribute, left as it is', '<div data-root="../" data-n="2/3">', '<div data-root="../" data-n="2/3">'],
    ['a relative value in a URL attribute, read as an address', '<a href="../y/">', '<a href="../y/">'],
    ['a form and a quotation', '<form action="/tim-kiem/"><blockquote cite="/loai/">', '<form action="../../tim-kiem/index.html"><blockquote cite="../../loai/index.html">'],
  ])('rewrites %s', (_what, html, out) => expect(rewriteHtmlForFiles(html, 'van-ban/x/index.html', files)).toBe(out));

  it('rewrites url() in stylesheets', () => {
    expect(rewriteCssForFiles('@font-face{src:url(/fonts/f.woff2)}a{background:url("data:x")}', '_astro/a.css', files)).toBe(
      '@font-face{src:url(../fonts/f.woff2)}a{background:url("data:x")}',
    );
  });
});

describe('search without a server', () => {
  const index = [
    offlineEntry({ id: '58-nq-tw-2020', code: '58-NQ/TW', title: 'Về xây dựng và phát triển tỉnh Thanh Hóa', date: '05/08/2020' }, 'van-ban/58-nq-tw-2020/index.html'),
    offlineEntry({ id: '9-kl-bcd-2023', code: '09-KL/BCĐ', title: 'Kết luận về sắp xếp tổ chức bộ máy', aliases: ['09-KL/TW'] }, 'van-ban/9-kl-bcd-2023/index.html'),
    offlineEntry({ id: '5-nq-tw-2021', code: '5-NQ/TW', title: 'Một nghị quyết khác' }, 'van-ban/5-nq-tw-2021/index.html'),
    offlineEntry({ id: 'ct-58-thanh-hoa', code: '43-CTr/TU', title: 'Chương trình thực hiện Nghị quyết 58-NQ/TW' }, 'van-ban/ct-58-thanh-hoa/index.html'),
  ];
  const codes = (q: string) => searchOffline(index, q).map((e) => e.c);
  it.each([
    ['nq 58', ['58-NQ/TW', '43-CTr/TU']],
    ['58-NQ/TW', ['58-NQ/TW', '43-CTr/TU']],
    ['Nghị quyết số 58', ['58-NQ/TW']],
    ['nq58', ['58-NQ/TW']],
    ['KL 9', ['09-KL/BCĐ']],
    ['09-KL/TW', ['09-KL/BCĐ']],
    ['kl 9 bcd', ['09-KL/BCĐ']],
    ['thanh hoa', ['58-NQ/TW']],
    ['Thanh Hoá', ['58-NQ/TW']],
    ['bo may', ['09-KL/BCĐ']],
    ['nq 5', ['5-NQ/TW']],
    ['', []],
    ['không có gì như vậy', []],
  ])('"%s" finds %o', (q, expected) => expect(codes(q)).toEqual(expected));

  it('keeps what the page needs to show and link', () => {
    expect(index[0]).toMatchObject({ c: '58-NQ/TW', u: 'van-ban/58-nq-tw-2020/index.html', d: '05/08/2020', k: ['58-nq-tw', 'nq-58'] });
  });
});

describe('the release name', () => {
  it.each([
    ['0.1.0', '/', 'so-tay-nghi-quyet-0.1.0.zip'],
    ['0.1.0', '/sotay/', 'so-tay-nghi-quyet-0.1.0-sotay.zip'],
    ['1.2.3', '/don-vi/So Tay/', 'so-tay-nghi-quyet-1.2.3-don-vi-so-tay.zip'],
  ])('%s at %s', (version, base, name) => expect(releaseName(version, base)).toBe(name));
});

describe('the service worker for reading after a first visit', () => {
  it('caches the shell on install: home, 404, styles, scripts, icon; not pages or search files', () => {
    const files = ['index.html', '404.html', 'favicon.svg', '_astro/a.css', '_astro/b.js', 'van-ban/x/index.html', 'pagefind/pagefind.js', 'sw.js'];
    expect(shellFiles(files)).toEqual(['', '404.html', '_astro/a.css', '_astro/b.js', 'favicon.svg']);
  });

  it.each(['/', '/sotay/'])('under %s: valid script, its own cache name, scope and shell under the base', (base) => {
    const source = serviceWorkerSource({ base, version: 'abc123', precache: ['', '_astro/a.css'] });
    expect(() => new Function(source)).not.toThrow();
    expect(source).toContain('const CACHE = "so-tay-abc123";');
    expect(source).toContain(`const SHELL = ["${base}","${base}_astro/a.css"];`);
    expect(source).toContain(`url.pathname.startsWith("${base}")`);
    const register = registerSource(base);
    expect(() => new Function(register)).not.toThrow();
    expect(register).toContain(`register("${base}sw.js", { scope: "${base}" })`);
    expect(register).toContain("location.protocol !== 'file:'");
  });

  it('loads the registration once per page', () => {
    const once = injectRegister('<html><head><title>t</title></head></html>', '/sotay/');
    expect(once).toBe('<html><head><title>t</title><script defer src="/sotay/sw-register.js"></script></head></html>');
    expect(injectRegister(once, '/sotay/')).toBe(once);
  });
});

describe('edits applied to a page by position', () => {
  const html = '<head><meta charset="utf-8"><meta id="old"></head><main><p>a<b>b</b></p></main>';
  const at = (s: string) => html.indexOf(s);
  it.each<[string, { start: number; end: number; text: string }[], string]>([
    ['an insertion', [{ start: at('<meta id'), end: at('<meta id'), text: '<x>' }], '<head><meta charset="utf-8"><x><meta id="old"></head><main><p>a<b>b</b></p></main>'],
    ['an insertion where a removal starts goes before it', [{ start: at('<meta id'), end: at('</head>'), text: '' }, { start: at('<meta id'), end: at('<meta id'), text: '<x>' }], '<head><meta charset="utf-8"><x></head><main><p>a<b>b</b></p></main>'],
    ['an edit inside a removed element goes with it', [{ start: at('<p>'), end: at('</main>'), text: '' }, { start: at('<b>'), end: at('</p>'), text: 'c' }], '<head><meta charset="utf-8"><meta id="old"></head><main></main>'],
    ['edits given in any order', [{ start: at('</main>'), end: at('</main>'), text: '!' }, { start: 0, end: 6, text: '<HEAD>' }], '<HEAD><meta charset="utf-8"><meta id="old"></head><main><p>a<b>b</b></p>!</main>'],
  ])('%s', (_name, edits, out) => {
    expect(applyEdits(html, edits)).toBe(out);
  });
});
