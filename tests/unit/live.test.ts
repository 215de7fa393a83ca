/**
 * The dev server's readings of the content (src/loader/live.ts), as a specification: the events of
 * a save are read once, a change saved during a reading is read right after it, a broken file is a
 * reading of problems (the check's own), a fixed one a reading of the site again; files outside
 * content/ are not content.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURE_SITE } from '../support/global-setup';
import { contentChanged, isContentPath, onReading, settled, SETTLE_MS, type Reading } from '../../src/loader/live';

const FILE = 'content/documents/nghi-quyet/58-nq-tw-2020.md';
let root = '';
let good = '';
const heard: Reading[] = [];

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'so-tay-live-'));
  cpSync(join(FIXTURE_SITE, 'content'), join(root, 'content'), { recursive: true });
  good = readFileSync(join(root, FILE), 'utf8');
  onReading('test', (reading) => void heard.push(reading));
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** Wait until no reading is scheduled or running, then give what was heard since `from`. */
async function heardSince(from: number): Promise<Reading[]> {
  await new Promise((ok) => setTimeout(ok, SETTLE_MS * 3));
  await settled(root);
  return heard.slice(from);
}

const title = (reading: Reading | undefined): string | undefined => reading?.site?.docById.get('58-nq-tw-2020')?.data.title;

describe('readings of the content while the dev server runs', () => {
  it.each([
    [join('content', 'documents', 'x.md'), true],
    [join('content', 'organs.yaml'), true],
    ['content', false],
    [join('src', 'content.config.ts'), false],
    [join('contents', 'x.md'), false],
  ])('%s is content: %s', (path, content) => {
    expect(isContentPath(root, join(root, path))).toBe(content);
  });

  it('the events of one save (change, change, rename) are read once', async () => {
    const from = heard.length;
    writeFileSync(join(root, FILE), good.replace(/^title: .*$/m, 'title: Một lần lưu'));
    for (const _ of [1, 2, 3]) contentChanged(root, join(root, FILE));
    const readings = await heardSince(from);
    expect(readings.map(title)).toEqual(['Một lần lưu']);
  });

  it('a path outside content/ is not read', async () => {
    const from = heard.length;
    contentChanged(root, join(root, 'src', 'pages', 'index.astro'));
    expect(await heardSince(from)).toEqual([]);
  });

  it('settled() reads a change at once, without waiting for its events to settle', async () => {
    const from = heard.length;
    writeFileSync(join(root, FILE), good.replace(/^title: .*$/m, 'title: Đọc ngay'));
    contentChanged(root, join(root, FILE));
    expect(title(await settled(root))).toBe('Đọc ngay');
    expect((await heardSince(from)).map(title)).toEqual(['Đọc ngay']);
  });

  it('a change saved while the listeners act on a reading is read right after it', async () => {
    const from = heard.length;
    // A listener that takes its time (as a loader filling Astro's store does), during which the editor saves again.
    onReading('slow', async (reading) => {
      if (title(reading) !== 'Lần một') return;
      writeFileSync(join(root, FILE), good.replace(/^title: .*$/m, 'title: Lần hai'));
      contentChanged(root, join(root, FILE));
      await new Promise((ok) => setTimeout(ok, SETTLE_MS * 4));
    });
    writeFileSync(join(root, FILE), good.replace(/^title: .*$/m, 'title: Lần một'));
    contentChanged(root, join(root, FILE));
    expect(title(await settled(root))).toBe('Lần hai');
    expect((await heardSince(from)).map(title)).toEqual(['Lần một', 'Lần hai']);
  });

  it('a broken file is a reading of the check\'s problems; fixed, of the site again', async () => {
    const from = heard.length;
    writeFileSync(join(root, FILE), good.replace(/^issued: .*$/m, 'issued: 31/02/2020'));
    contentChanged(root, join(root, FILE));
    const broken = await settled(root);
    expect(broken.site).toBeUndefined();
    expect(broken.problems?.map((p) => [p.file, p.line, p.field])).toEqual([[FILE, 5, 'issued']]);
    writeFileSync(join(root, FILE), good);
    contentChanged(root, join(root, FILE));
    expect(title(await settled(root))).toBe(good.match(/^title: (.*)$/m)![1]);
    expect((await heardSince(from)).map((r) => (r.site === undefined ? 'lỗi' : 'trang'))).toEqual(['lỗi', 'trang']);
  });
});
