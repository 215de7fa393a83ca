/**
 * Plenums (Hội nghị Trung ương) as a specification: the list built from documents' own plenum and
 * term, the names a plenum answers to, a plenum read out of a search query in the spellings
 * members type, and the one search token Pagefind keeps whole.
 */
import { describe, expect, it } from 'vitest';
import { findPlenumInWords, plenumKey, plenumNames, plenumSlug, plenumToken, plenumsOf } from '../../src/lib/plenums';
import { documentPlenum, plenumPages, plenumsByTerm } from '../../src/lib/views/plenum';

describe('plenums from the documents', () => {
  const docs = [
    { id: '29-nq-tw-2022', plenum: 6, term: 'XIII', issued: '2022-11-17', code: '29-NQ/TW' },
    { id: '27-nq-tw-2022', plenum: 6, term: 'XIII', issued: '2022-11-09', code: '27-NQ/TW' },
    { id: '28-nq-tw-2022', plenum: 6, term: 'XIII', issued: '2022-11-17', code: '28-NQ/TW' },
    { id: '18-nq-tw-2017', plenum: 6, term: 'XII', issued: '2017-10-25', code: '18-NQ/TW' },
    { id: '04-nq-tw-2016', plenum: 4, term: 'XII', issued: '2016-10-30', code: '04-NQ/TW' },
    { id: '60-nq-tw-2025', plenum: 11, term: 'XIII', issued: '2025-04-12', code: '60-NQ/TW' },
    { id: '12-nq-tw-2012', plenum: 4, term: 'XI', issued: '2012-01-16', code: '12-NQ/TW' },
    // No plenum (the Politburo, an extraordinary plenum) or no term: not a plenum of the list.
    { id: '57-nq-tw-2024', term: 'XIII', issued: '2024-12-22', code: '57-NQ/TW' },
    { id: 'x', plenum: 3, issued: 'unknown' },
  ];

  it('lists every plenum and term present, newest term first, then highest plenum', () => {
    expect(plenumsOf(docs).map((p) => p.key)).toEqual(['tw11-XIII', 'tw6-XIII', 'tw6-XII', 'tw4-XII', 'tw4-XI']);
  });

  it('orders a plenum’s documents by date, then by code number', () => {
    expect(plenumsOf(docs).find((p) => p.key === 'tw6-XIII')).toEqual({
      key: 'tw6-XIII',
      number: 6,
      term: 'XIII',
      slug: 'trung-uong-6-khoa-xiii',
      docIds: ['27-nq-tw-2022', '28-nq-tw-2022', '29-nq-tw-2022'],
    });
  });

  it.each([
    [6, 'XIII', 'tw6-XIII', 'trung-uong-6-khoa-xiii'],
    [11, 'xiii', 'tw11-XIII', 'trung-uong-11-khoa-xiii'],
    [4, 'XI', 'tw4-XI', 'trung-uong-4-khoa-xi'],
  ])('plenum %i of term %s has key %s and slug %s', (n, term, key, slug) => {
    expect(plenumKey(n, term)).toBe(key);
    expect(plenumSlug(n, term)).toBe(slug);
  });
});

describe('the names of a plenum, canonical first', () => {
  it('plenum 6 of term XII', () => {
    expect(plenumNames(6, 'XII')).toEqual([
      'Nghị quyết Trung ương 6 khóa XII',
      'Nghị quyết Hội nghị Trung ương 6 khóa XII',
      'NQ TW6 khóa XII',
      'Hội nghị Trung ương 6 khóa XII',
      'Nghị quyết Hội nghị lần thứ 6 Ban Chấp hành Trung ương Đảng khóa XII',
    ]);
  });

  it.each(plenumNames(11, 'XIII'))('"%s" reads back as plenum 11 of term XIII, every word taken', (name) => {
    const words = name.split(' ');
    expect(findPlenumInWords(words)).toEqual({ number: 11, term: 'XIII', from: 0, to: words.length });
  });
});

describe('a plenum in a query', () => {
  it.each<[string, { number: number; term?: string; from: number; to: number }]>([
    ['Nghị quyết Trung ương 5 khóa XIII', { number: 5, term: 'XIII', from: 0, to: 7 }],
    ['NQ TW 6 khóa XII', { number: 6, term: 'XII', from: 0, to: 5 }],
    ['NQTW4 khóa XII', { number: 4, term: 'XII', from: 0, to: 3 }],
    ['nqtw 6', { number: 6, from: 0, to: 2 }],
    ['nqtw6', { number: 6, from: 0, to: 1 }],
    ['TW5', { number: 5, from: 0, to: 1 }],
    ['tw6 khoa 12', { number: 6, term: 'XII', from: 0, to: 3 }],
    ['Nghị quyết Hội nghị Trung ương 4', { number: 4, from: 0, to: 7 }],
    ['Hội nghị Trung ương 7 khóa XII', { number: 7, term: 'XII', from: 0, to: 7 }],
    ['Nghị quyết Hội nghị lần thứ sáu Ban Chấp hành Trung ương khóa XII', { number: 6, term: 'XII', from: 0, to: 14 }],
    ['Hội nghị lần thứ 6 Ban Chấp hành Trung ương Đảng khóa XII', { number: 6, term: 'XII', from: 0, to: 13 }],
    ['hoi nghi lan thu tu ban chap hanh trung uong khoa xii', { number: 4, term: 'XII', from: 0, to: 12 }],
    ['Nghị quyết Hội nghị Ban Chấp hành Trung ương lần thứ 6 khóa XII', { number: 6, term: 'XII', from: 0, to: 14 }],
    // Without diacritics, any case, the old tone place, "k" for khóa, an Arabic term.
    ['nghi quyet trung uong 6 khoa xiii', { number: 6, term: 'XIII', from: 0, to: 7 }],
    ['NGHỊ QUYẾT TRUNG ƯƠNG 6 KHOÁ XIII', { number: 6, term: 'XIII', from: 0, to: 7 }],
    ['nq tw 6 k 13', { number: 6, term: 'XIII', from: 0, to: 5 }],
    ['NQ TƯ 6 khóa 13', { number: 6, term: 'XIII', from: 0, to: 5 }],
    ['tw6 k13', { number: 6, term: 'XIII', from: 0, to: 2 }],
    // Roman plenum, brackets around the term, a number word with "nghị quyết" or a term after it.
    ['Nghị quyết Trung ương IV (khóa XI, XII)', { number: 4, term: 'XI', from: 0, to: 7 }],
    ['nghị quyết trung ương sáu', { number: 6, from: 0, to: 5 }],
    ['trung ương bảy khóa XII', { number: 7, term: 'XII', from: 0, to: 5 }],
    ['trung ương mười một khóa XIII', { number: 11, term: 'XIII', from: 0, to: 6 }],
    ['hội nghị trung ương lần thứ mười lăm', { number: 15, from: 0, to: 8 }],
    // The rest of the query stays: the span is only the plenum's words.
    ['nghị quyết trung ương 6 khóa XII tinh gọn bộ máy', { number: 6, term: 'XII', from: 0, to: 7 }],
    ['tinh gọn bộ máy NQ TW6 khóa XII', { number: 6, term: 'XII', from: 4, to: 8 }],
    ['đất đai trung ương 5', { number: 5, from: 2, to: 5 }],
    // A word after "khóa" that is no term is not taken.
    ['trung ương 6 khóa trước', { number: 6, from: 0, to: 3 }],
  ])('"%s" → %o', (query, expected) => {
    expect(findPlenumInWords(query.split(' '))).toEqual(expected);
  });

  it('the span can be dropped to keep the rest of the query', () => {
    const words = 'nghị quyết trung ương 6 khóa XII tinh gọn bộ máy'.split(' ');
    const found = findPlenumInWords(words)!;
    expect([...words.slice(0, found.from), ...words.slice(found.to)].join(' ')).toBe('tinh gọn bộ máy');
  });

  it.each([
    'trung ương',
    'nghị quyết trung ương',
    '58-NQ/TW',
    'Nghị quyết số 58-NQ/TW',
    'Ban Chấp hành Trung ương',
    'Ban Chấp hành Trung ương khóa XII',
    'kết luận 21',
    'Hội nghị lần thứ 6',
    // "sau" (after), "năm" (year) and "từ" (from) are no numbers or "Trung ương" where nothing says so.
    'trung ương sau khi',
    'trung uong nam 2017',
    'nghị quyết trung ương năm 2017',
    'tu 6 thang',
    'từ 6 tháng',
    'trung ương 99',
    '',
  ])('"%s" names no plenum', (query) => {
    expect(findPlenumInWords(query.split(' '))).toBeUndefined();
  });
});

describe('the search token of a plenum', () => {
  it.each<[number, string | undefined, string]>([
    [6, 'XIII', 'hoinghitwgxiiiz'],
    [6, undefined, 'hoinghitwgz'],
    [4, 'XII', 'hoinghitwexiiz'],
    [11, 'XIII', 'hoinghitwbbxiiiz'],
    [10, undefined, 'hoinghitwbaz'],
  ])('plenum %i, term %s → %s (letters only)', (n, term, token) => {
    expect(plenumToken(n, term)).toBe(token);
    expect(token).toMatch(/^[a-z]+$/);
  });
});

describe('what the plenum pages show', () => {
  const entries = [
    { id: '18-nq-tw-2017', data: { plenum: 6, term: 'XII', issued: '2017-10-25', code: '18-NQ/TW' } },
    { id: '19-nq-tw-2017', data: { plenum: 6, term: 'XII', issued: '2017-10-25', code: '19-NQ/TW' } },
    { id: '28-nq-tw-2022', data: { plenum: 6, term: 'XIII', issued: '2022-11-17', code: '28-NQ/TW' } },
    { id: '21-kl-tw-2021', data: { plenum: 4, term: 'XIII', issued: '2021-10-25', code: '21-KL/TW' } },
    { id: '58-nq-tw-2020', data: { term: 'XII', issued: '2020-08-05', code: '58-NQ/TW' } },
  ];
  const title = (n: number, term: string): string => `Hội nghị Trung ương ${n} khóa ${term}`;

  it('a page per plenum, its heading, and the other names without the heading', () => {
    expect(plenumPages(entries, title).map((v) => [v.plenum.slug, v.title, v.plenum.docIds, v.otherNames.length])).toEqual([
      ['trung-uong-6-khoa-xiii', 'Hội nghị Trung ương 6 khóa XIII', ['28-nq-tw-2022'], 4],
      ['trung-uong-4-khoa-xiii', 'Hội nghị Trung ương 4 khóa XIII', ['21-kl-tw-2021'], 4],
      ['trung-uong-6-khoa-xii', 'Hội nghị Trung ương 6 khóa XII', ['18-nq-tw-2017', '19-nq-tw-2017'], 4],
    ]);
    expect(plenumPages(entries, title)[0]!.otherNames).not.toContain('Hội nghị Trung ương 6 khóa XIII');
  });

  it('the index groups plenums by term, newest term first', () => {
    expect(plenumsByTerm(entries).map((g) => [g.term, g.plenums.map((p) => p.number)])).toEqual([
      ['XIII', [6, 4]],
      ['XII', [6]],
    ]);
  });

  it.each([
    [{ plenum: 6, term: 'XII' }, { number: 6, term: 'XII', slug: 'trung-uong-6-khoa-xii' }],
    [{ plenum: 6 }, undefined],
    [{ term: 'XII' }, undefined],
  ])('a document with %o links %o', (data, expected) => {
    expect(documentPlenum(data)).toEqual(expected);
  });
});
