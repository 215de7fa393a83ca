/**
 * What's new, as a specification: dates from the content folder's git history (first and last
 * commit of each file; a deleted file is forgotten), a document's own `added` / `updated` fields
 * winning over git, the change list newest first, and Atom feeds that keep RFC 4287 (checked on a
 * parsed tree), list the right documents and link under the base path.
 */
import { describe, expect, it } from 'vitest';
import { parseGitLog } from '../../src/lib/history/git-log';
import { changeOf, latestChanges, type ChangeDoc } from '../../src/lib/history/changes';
import { atomXml, atomDate } from '../../src/lib/history/atom';
import { changeLine, feedXml, feedScopes, changesFor } from '../../src/lib/views/feeds';
import { pagePath, sitemapFiles, sitemapXml } from '../../src/lib/views/sitemap';
import { feedLabels } from '../../src/ui/feeds';
import { atomProblems } from '../support/atom-rules';
import { changeNoteErrors } from '../../src/loader/change-note';

const LOG = [
  '\x1e2025-03-02T10:00:00+07:00', '', 'M\tcontent/documents/a.md', 'A\tcontent/documents/c.md', '',
  '\x1e2025-02-01T09:00:00+07:00', '', 'M\tcontent/documents/a.md', 'D\tcontent/documents/gone.md', '',
  '\x1e2025-01-05T08:00:00+07:00', '', 'A\tcontent/documents/a.md', 'A\tcontent/documents/b.md', 'A\tcontent/documents/gone.md', '',
].join('\n');

describe('dates from git log (newest commit first)', () => {
  const dates = parseGitLog(LOG);
  it.each([
    ['content/documents/a.md', { added: '2025-01-05', changed: '2025-03-02', commits: 3 }],
    ['content/documents/b.md', { added: '2025-01-05', changed: '2025-01-05', commits: 1 }],
    ['content/documents/c.md', { added: '2025-03-02', changed: '2025-03-02', commits: 1 }],
    ['content/documents/gone.md', undefined],
  ])('%s → %j', (file, expected) => {
    const d = dates.get(file);
    expect(d === undefined ? undefined : { added: d.added, changed: d.changed, commits: d.commits }).toEqual(expected);
  });

  // A bulk commit (a reformatting of 25 files) is not a change of each: a.md keeps its own last change,
  // new.md, which the bulk commit added, came in that day, and old.md, touched only by the bulk, stays as added.
  const many = Array.from({ length: 25 }, (_, i) => `M\tcontent/documents/x${i}.md`);
  const BULK_LOG = [
    '\x1e2025-06-01T10:00:00+07:00', '', 'M\tcontent/documents/a.md', 'A\tcontent/documents/new.md', 'M\tcontent/documents/old.md', ...many, '',
    '\x1e2025-03-02T11:30:00+07:00', '', 'M\tcontent/documents/a.md', '',
    '\x1e2025-01-05T08:00:00+07:00', '', 'A\tcontent/documents/a.md', 'A\tcontent/documents/old.md', '',
  ].join('\n');
  it.each([
    ['content/documents/a.md', { added: '2025-01-05', changed: '2025-03-02', changedAt: '2025-03-02T11:30:00+07:00', commits: 2 }],
    ['content/documents/new.md', { added: '2025-06-01', changed: '2025-06-01', changedAt: '2025-06-01T10:00:00+07:00', commits: 1 }],
    ['content/documents/old.md', { added: '2025-01-05', changed: '2025-01-05', changedAt: '2025-01-05T08:00:00+07:00', commits: 1 }],
  ])('a bulk commit does not make %s new → %j', (file, expected) => {
    const d = parseGitLog(BULK_LOG).get(file)!;
    expect({ added: d.added, changed: d.changed, changedAt: d.changedAt, commits: d.commits }).toEqual(expected);
  });
});

const doc = (id: string, data: Partial<ChangeDoc['data']> = {}): ChangeDoc => ({ id, file: `content/documents/${id}.md`, data: { title: `Văn bản ${id}`, ...data } });
const HISTORY = parseGitLog(LOG);

describe('a document\'s change: fields first, then git', () => {
  it.each([
    ['only git, changed later', doc('a'), { added: '2025-01-05', changed: '2025-03-02', kind: 'changed' }],
    ['only git, one commit', doc('b'), { added: '2025-01-05', changed: '2025-01-05', kind: 'added' }],
    ['added field wins', doc('b', { added: '2024-12-31' }), { added: '2024-12-31', changed: '2024-12-31', kind: 'added' }],
    ['updated field after git', doc('a', { updated: '2025-04-01', changeNote: 'Thêm chỉ tiêu 3' }), { added: '2025-01-05', changed: '2025-04-01', kind: 'changed', note: 'Thêm chỉ tiêu 3' }],
    ['fields without git', doc('z', { added: '2025-05-05', updated: '2025-06-06' }), { added: '2025-05-05', changed: '2025-06-06', kind: 'changed' }],
    ['neither', doc('z'), undefined],
  ])('%s', (_name, d, expected) => {
    const c = changeOf(d, HISTORY);
    expect(c === undefined ? undefined : { added: c.added, changed: c.changed, kind: c.kind, ...(c.note === undefined ? {} : { note: c.note }) }).toEqual(expected);
  });

  it('the list: newest change first, then by id; undated documents left out', () => {
    expect(latestChanges([doc('b'), doc('z'), doc('a'), doc('c')], HISTORY).map((c) => c.doc.id)).toEqual(['a', 'c', 'b']);
  });

  it('changes of one day are ordered by the time of their commit, not by id or code', () => {
    const SAME_DAY = ['\x1e2025-03-02T15:00:00+07:00', '', 'A\tcontent/documents/z.md', '', '\x1e2025-03-02T09:00:00+07:00', '', 'A\tcontent/documents/a.md', ''].join('\n');
    expect(latestChanges([doc('a'), doc('z')], parseGitLog(SAME_DAY)).map((c) => c.doc.id)).toEqual(['z', 'a']);
  });

  it.each([
    [doc('b'), 'Thêm mới 05/01/2025'],
    [doc('a', { changeNote: 'Sửa ngày ký' }), 'Cập nhật 02/03/2025: Sửa ngày ký'],
  ])('the line shown for %j', (d, line) => {
    expect(changeLine(changeOf(d, HISTORY)!, feedLabels)).toBe(line);
  });
});

const DOCS = [
  doc('a', { code: '58-NQ/TW', title: 'Về xây dựng & phát triển <tỉnh>', topics: ['kinh-te'], summary: 'Tóm tắt "a".' }),
  doc('b', { province: 'Thanh Hóa', topics: ['kinh-te', 'chuyen-doi-so'] }),
  doc('c', { province: 'Bình Thuận' }),
];
const CHANGES = latestChanges(DOCS, HISTORY);

describe('Atom feeds keep RFC 4287 and list the right documents under the base', () => {
  it.each([
    ['/', { type: 'all' } as const, ['a', 'c', 'b'], '/moi-cap-nhat/atom.xml'],
    ['/sotay/', { type: 'all' } as const, ['a', 'c', 'b'], '/sotay/moi-cap-nhat/atom.xml'],
    ['/sotay/', { type: 'province', name: 'Thanh Hóa' } as const, ['b'], '/sotay/tinh/thanh-hoa/atom.xml'],
    ['/sotay/', { type: 'topic', id: 'kinh-te', name: 'Kinh tế' } as const, ['a', 'b'], '/sotay/chu-de/kinh-te/atom.xml'],
    ['/', { type: 'province', name: 'Hà Giang' } as const, [], '/tinh/ha-giang/atom.xml'],
  ])('base %s, %j', (base, scope, ids, self) => {
    const xml = feedXml(CHANGES, scope, base, feedLabels);
    const { problems, links, entries } = atomProblems(xml);
    expect(problems).toEqual([]);
    expect(entries).toBe(ids.length);
    expect(links).toEqual(ids.map((id) => `${base}van-ban/${id}/`));
    expect(xml).toContain(`<link rel="self" type="application/atom+xml" href="${self}"/>`);
  });

  it('text is escaped, so titles with & < " stay one element', () => {
    const xml = feedXml(CHANGES, { type: 'all' }, '/', feedLabels);
    expect(xml).toContain('<title>58-NQ/TW: Về xây dựng &amp; phát triển &lt;tỉnh&gt;</title>');
    expect(xml).toContain('Tóm tắt &quot;a&quot;.');
  });

  it.each([
    ['no author anywhere', (x: string) => x.replace(/<author>.*<\/author>/, ''), 'entry 1: thiếu author'],
    ['a date without time', (x: string) => x.replace('<updated>2025-03-02T00:00:00Z</updated>\n    <category', '<updated>2025-03-02</updated>\n    <category'), 'entry 1: updated không phải ngày giờ RFC 3339'],
    ['an unclosed element', (x: string) => x.replace('</feed>', ''), 'XML không hợp lệ'],
  ])('the rules checker catches %s', (_name, spoil, problem) => {
    const { problems } = atomProblems(spoil(feedXml(CHANGES, { type: 'all' }, '/', feedLabels)));
    expect(problems.join('\n')).toContain(problem);
  });

  it('one feed for the base, one per province and per topic that has a dated document', () => {
    expect(feedScopes(CHANGES, (id) => id.toUpperCase())).toEqual([
      { type: 'all' },
      { type: 'province', name: 'Bình Thuận' },
      { type: 'province', name: 'Thanh Hóa' },
      { type: 'topic', id: 'kinh-te', name: 'KINH-TE' },
      { type: 'topic', id: 'chuyen-doi-so', name: 'CHUYEN-DOI-SO' },
    ]);
    expect(changesFor(CHANGES, { type: 'topic', id: 'chuyen-doi-so', name: '' }).map((c) => c.doc.id)).toEqual(['b']);
  });

  it('an empty feed is still valid', () => {
    expect(atomProblems(atomXml({ id: 'tag:x,2025:y', title: 't', author: 'a', self: '/a.xml', alternate: '/', updated: atomDate('2025-01-01'), entries: [] })).problems).toEqual([]);
  });
});

describe('sitemap.xml from the built pages', () => {
  it.each([
    ['index.html', '/'],
    ['van-ban/x/index.html', '/van-ban/x/'],
    ['404.html', undefined],
    ['moi-cap-nhat/atom.xml', undefined],
    ['van-ban/x/van-ban.json', undefined],
  ])('%s → %s', (file, path) => {
    expect(pagePath(file)).toBe(path);
  });
  it('lists each address once, sorted, escaped', () => {
    expect(sitemapXml(['/sotay/b/', '/sotay/a&b/'])).toBe('<?xml version="1.0" encoding="utf-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n  <url><loc>/sotay/a&amp;b/</loc></url>\n  <url><loc>/sotay/b/</loc></url>\n</urlset>\n');
  });
});

describe('a sitemap too large for one file', () => {
  it.each([
    [3, ['sitemap.xml']],
    [2, ['sitemap.xml', 'sitemap-1.xml', 'sitemap-2.xml']],
    [1, ['sitemap.xml', 'sitemap-1.xml', 'sitemap-2.xml', 'sitemap-3.xml']],
  ])('three addresses, at most %s a file: %j', (limit, names) => {
    const files = sitemapFiles(['/c/', '/a/', '/b/'], (name) => `/sotay/${name}`, limit);
    expect(files.map((f) => f.name)).toEqual(names);
    if (names.length > 1) expect(files[0]!.text).toContain('<sitemapindex');
    if (names.length > 1) expect(files[0]!.text).toContain('<loc>/sotay/sitemap-1.xml</loc>');
  });
});

describe('the check asks for a change note when an entry\'s facts change', () => {
  const entry = (fields: string): string => `---\ncode: 58-NQ/TW\ntitle: Về Thanh Hóa\n${fields}---\nNội dung.\n`;
  const before = entry('signer: Tô Lâm\nupdated: "01/01/2026"\nchangeNote: Thêm người ký\n');
  it.each<[string, string, string[]]>([
    ['nothing changed', before, []],
    ['only the body changed', before.replace('Nội dung.', 'Nội dung khác.'), []],
    ['a fact changed with a new day and note', entry('signer: Nguyễn Văn A\nupdated: "05/12/2026"\nchangeNote: Sửa người ký theo bản gốc\n'), []],
    ['a fact changed, nothing said', entry('signer: Nguyễn Văn A\nupdated: "01/01/2026"\nchangeNote: Thêm người ký\n'), ['changeNote:6 thiếu `changeNote` mới (điều đã đổi)']],
    ['a fact changed, a new day but the old note', entry('signer: Nguyễn Văn A\nupdated: "05/12/2026"\nchangeNote: Thêm người ký\n'), ['changeNote:6 thiếu `changeNote` mới (điều đã đổi)']],
    ['a fact removed, a new note but no day', entry('changeNote: Bỏ người ký chưa có nguồn\n'), ['updated:2 thiếu `updated` (ngày sửa)']],
    ['a second change the same day: same day, new note', entry('signer: Nguyễn Văn A\nupdated: "01/01/2026"\nchangeNote: Sửa người ký\n'), []],
    ['a day older than the one committed', entry('signer: Nguyễn Văn A\nupdated: "31/12/2025"\nchangeNote: Sửa người ký\n'), ['updated:5 `updated` cũ hơn ngày đã lưu']],
  ])('%s', (_name, now, expected) => {
    const errors = changeNoteErrors([{ path: 'content/documents/a.md', text: now }], new Map([['content/documents/a.md', before]]));
    expect(errors.map((e) => `${e.field}:${e.line} ${e.message.split('lần sửa: ').pop()}`)).toEqual(expected);
  });

  it('a new file (not committed yet) needs no note', () => {
    expect(changeNoteErrors([{ path: 'content/documents/new.md', text: before }], new Map())).toEqual([]);
  });
});
