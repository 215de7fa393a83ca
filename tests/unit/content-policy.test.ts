/**
 * The Content-Security-Policy trusts no script for being on a page. The policy allows by hash only
 * the inline scripts the site's code declares (one: the search page's head script), and each page
 * only those it carries; an inline script found on a built page
 * (which content can only bring by bypassing both the check and the renderer) is not hashed, and
 * the delivery pass stops the build naming its page.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { OWN_SCRIPT_HASHES, foreignInlineScripts, scriptHash } from '../../tools/quality/csp';
import { SEARCH_EARLY_SCRIPT } from '../../tools/build/search-early';
import { readPage } from '../../tools/quality/html';
import { deliverPages } from '../../tools/build/delivery';

const page = (body: string): string => `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>t</title></head><body>${body}</body></html>`;
const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** A one-page site holding `body`, delivered; the page as written, or the error. */
async function deliver(body: string): Promise<{ html?: string; error?: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'so-tay-policy-'));
  dirs.push(dir);
  writeFileSync(join(dir, 'index.html'), page(body));
  try {
    await deliverPages(dir, '/', { worker: false, directoryIndex: true });
    return { html: readFileSync(join(dir, 'index.html'), 'utf8') };
  } catch (error) {
    return { error: (error as Error).message };
  }
}

describe('the policy allows only the site\'s own inline scripts', () => {
  it('the site declares one: the search page\'s head script, as the build writes it', () => {
    expect(OWN_SCRIPT_HASHES).toEqual([scriptHash(SEARCH_EARLY_SCRIPT)]);
    // Bundled, not empty: the hash is of code that runs.
    expect(SEARCH_EARLY_SCRIPT).toMatch(/mayBeWords|currentScript/);
  });

  it.each<[string, string[]]>([
    ['<script>alert(1)</script>', ['alert(1)']],
    ['<script type="module">import("x")</script>', ['import("x")']],
    ['<svg><script>alert(2)</script></svg>', ['alert(2)']],
    ['<script type="application/ld+json">{"a":1}</script>', []],
    ['<script src="/_astro/a.js"></script>', []],
  ])('%s → foreign: %j', (html, texts) => {
    expect(foreignInlineScripts(readPage(page(html)).scripts).map((s) => s.text)).toEqual(texts);
  });

  it('a clean page gets a policy with no hash', async () => {
    const { html, error } = await deliver('<p>Nội dung.</p>');
    expect(error).toBeUndefined();
    expect(html).toMatch(/<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self';/);
    expect(html).not.toContain('sha256-');
  });

  it('a page that carries the search page\'s head script allows its hash, and only it', async () => {
    const { html, error } = await deliver(`<p>x</p><script id="search-early">${SEARCH_EARLY_SCRIPT}</script>`);
    expect(error).toBeUndefined();
    expect(html).toContain(`script-src 'self' ${scriptHash(SEARCH_EARLY_SCRIPT)};`);
    expect(html!.match(/sha256-/g)).toHaveLength(1);
  });

  it('the head script changed by one character is foreign: not hashed, and it stops the build', async () => {
    const { error } = await deliver(`<script>${SEARCH_EARLY_SCRIPT};</script>`);
    expect(error).toContain('Nội dung không được chứa mã');
  });

  it.each([
    ['an inline script', '<p>x</p><script>alert(1)</script>', 'index.html: <script>alert(1)</script>'],
    ['an event attribute', '<img src="/a.png" onerror="alert(1)">', 'index.html: <img onerror>'],
    ['a javascript: link', '<a href="javascript:alert(1)">a</a>', 'index.html: <a href="javascript:…">'],
  ])('%s stops the build, naming the page', async (_name, body, line) => {
    const { error } = await deliver(body);
    expect(error).toContain('Nội dung không được chứa mã (npm run check:content chỉ ra dòng)');
    expect(error).toContain(`  ${line}`);
  });
});
