/**
 * The delivery pass runs while the later steps write their files (the build starts it before
 * Pagefind): what it finds for good, what it looks up again at its end, what it leaves until then.
 * Each case is a small site delivered in two halves: `startDelivery`, then the later steps' files,
 * then `finish`.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { deliverPages, startDelivery } from '../../tools/build/delivery';

const page = (body: string, head = ''): string => `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>t</title>${head}</head><body>${body}</body></html>`;
const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** A site of `files` (path → text). */
function site(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'so-tay-pass-'));
  dirs.push(dir);
  write(dir, files);
  return dir;
}

function write(dir: string, files: Record<string, string>): void {
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    writeFileSync(join(dir, file), text);
  }
}

/** Deliver `before`, with `later` written between the start of the pass and its end; the error, if any. */
async function deliver(before: Record<string, string>, later: Record<string, string>, deferred: string[] = []): Promise<{ dir: string; error?: string; pages?: number }> {
  const dir = site(before);
  const run = startDelivery(dir, '/', { worker: false, directoryIndex: true, deferred });
  write(dir, later);
  try {
    const { pages } = await run.finish();
    return { dir, pages };
  } catch (error) {
    return { dir, error: (error as Error).message };
  }
}

describe('the pass beside the later steps', () => {
  it.each<[string, Record<string, string>, Record<string, string>, string | undefined]>([
    ['a link to a file a later step writes', { 'index.html': page('<a href="/pagefind/pagefind.js">x</a>') }, { 'pagefind/pagefind.js': '' }, undefined],
    ['a link to a file nobody writes, named with its page', { 'index.html': page('<a href="/khong-co/">x</a>') }, { 'pagefind/pagefind.js': '' }, 'index.html: /khong-co/ → không có tệp đích'],
    ['an anchor on a page a later step writes', { 'index.html': page('<a href="/moi/#muc">x</a>') }, { 'moi/index.html': page('<h2 id="muc">m</h2>') }, undefined],
    ['a missing anchor on a page a later step writes', { 'index.html': page('<a href="/moi/#khac">x</a>') }, { 'moi/index.html': page('<h2 id="muc">m</h2>') }, 'index.html: /moi/#khac → không có mục (#) đích trên trang'],
    ['a broken link on a page a later step writes', { 'index.html': page('<p>x</p>') }, { 'moi/index.html': page('<a href="/khong-co/">x</a>') }, 'moi/index.html: /khong-co/ → không có tệp đích'],
  ])('%s', async (_name, before, later, problem) => {
    const { error } = await deliver(before, later);
    if (problem === undefined) expect(error).toBeUndefined();
    else expect(error).toContain(problem);
  });

  it('a deferred page is read at the end, as the later step left it', async () => {
    const before = { 'index.html': page('<a href="/tim-kiem/">x</a>'), 'tim-kiem/index.html': page('<p>x</p>') };
    const { error, pages } = await deliver(before, { 'tim-kiem/index.html': page('<a href="/pagefind-2/x.js">x</a>') }, ['tim-kiem/index.html']);
    expect(error).toContain('tim-kiem/index.html: /pagefind-2/x.js → không có tệp đích');
    expect(pages).toBeUndefined();
    const fixed = await deliver(before, { 'tim-kiem/index.html': page('<a href="/index.html">x</a>') }, ['tim-kiem/index.html']);
    expect(fixed.error).toBeUndefined();
    expect(fixed.pages).toBe(2);
  });

  it('writes a page that lacks its policy only at the end', async () => {
    const dir = site({ 'index.html': page('<p>x</p>') });
    const run = startDelivery(dir, '/', { worker: false, directoryIndex: true });
    // Pagefind may be reading the page now: it is still as the layout wrote it.
    expect(readFileSync(join(dir, 'index.html'), 'utf8')).not.toContain('Content-Security-Policy');
    await run.finish();
    expect(readFileSync(join(dir, 'index.html'), 'utf8')).toContain('Content-Security-Policy');
  });

  it('refuses a policy written for WebAssembly the site does not ship', async () => {
    const dir = site({ 'index.html': page('<p>x</p>') });
    await expect(startDelivery(dir, '/', { worker: false, directoryIndex: true, wasm: true }).finish()).rejects.toThrow('WebAssembly');
  });
});

describe('the service worker', () => {
  /** The cache name the service worker of a delivered site carries. */
  async function version(files: Record<string, string>): Promise<string> {
    const dir = site(files);
    await deliverPages(dir, '/', { worker: true, directoryIndex: true });
    return /const CACHE = "(so-tay-[0-9a-f]+)"/.exec(readFileSync(join(dir, 'sw.js'), 'utf8'))![1]!;
  }

  it.each<[string, boolean, Record<string, string>, Record<string, string>]>([
    ['the same files', true, { 'index.html': page('<p>a</p>'), 'a.js': '1' }, { 'index.html': page('<p>a</p>'), 'a.js': '1' }],
    ['a page changed', false, { 'index.html': page('<p>a</p>'), 'a.js': '1' }, { 'index.html': page('<p>b</p>'), 'a.js': '1' }],
    ['another file changed', false, { 'index.html': page('<p>a</p>'), 'a.js': '1' }, { 'index.html': page('<p>a</p>'), 'a.js': '2' }],
    ['a file renamed', false, { 'index.html': page('<p>a</p>'), 'a.js': '1' }, { 'index.html': page('<p>a</p>'), 'b.js': '1' }],
  ])('%s: same cache %s', async (_name, same, one, two) => {
    expect((await version(one)) === (await version(two))).toBe(same);
  });
});
