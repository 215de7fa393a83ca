/**
 * What the search page decides before its own script has loaded: whether a query can only be
 * words (then Pagefind's first files are asked for at once), and which files those are.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { mapLookup, mayBeWords, pagefindFirstFetches, pickLanguage, planQuery, type PagefindEntry } from '../../src/lib/search';

describe('mayBeWords: a query that can only be a word search', () => {
  it.each<[string, boolean]>([
    ['chuyển đổi số', true],
    ['chuyen doi so', true],
    ['xây dựng nông thôn mới', true],
    ['kinh tế tư nhân', true], // "tư" is a word, not the /TU of a code
    ['nghj quyết', true],
    ['nghị quyết khóa XII', true], // a term alone is not a plenum
    ['nq 58', false], // codes hold digits
    ['58-NQ/TW', false],
    ['chương trình hành động số 55', false],
    ['xây dựng nông thôn mới 2025', false], // a year: the page decides
    ['Nghị quyết Trung ương 6 khóa XII', false],
    ['nghị quyết trung ương sáu', false], // plenums and congresses spelled out
    ['NQ TW bảy khóa XII', false],
    ['bch tw lần thứ sáu', false],
    ['hội nghị lần thứ sáu ban chấp hành trung ương khóa XII', false],
    ['Đại hội XIII của Đảng', false],
    ['đại hội mười bốn', false],
    ['ĐH mười bốn', false],
    ['', false],
    ['  …  ', false],
  ])('"%s" → %s', (query, expected) => {
    expect(mayBeWords(query)).toBe(expected);
  });

  it('never says words for what the code map answers', () => {
    const token = fc.constantFrom(
      'nghị quyết', 'NQ', 'kết luận', 'KL', 'chương trình', 'CTr', 'chỉ thị', 'số', 'quy định', 'thông báo',
      'trung ương', 'Trung Ương', 'TW', 'tw', 'BCH', 'ban chấp hành', 'hội nghị', 'đại hội', 'ĐH', 'Đảng', 'đảng bộ', 'tỉnh', 'Thanh Hóa',
      'lần thứ', 'khóa', 'sáu', 'bảy', 'mười hai', 'mười bốn', 'năm', 'XII', 'XIII', 'XIV', 'VI', '6', '58', '2022', '58-NQ/TW', 'nq58',
      'chuyển đổi số', 'kinh tế', 'tư nhân', 'của', 'toàn quốc',
    );
    fc.assert(
      fc.property(fc.array(token, { minLength: 1, maxLength: 6 }), (tokens) => {
        const query = tokens.join(' ');
        if (mapLookup(planQuery(query)) !== undefined) expect(mayBeWords(query)).toBe(false);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('pagefindFirstFetches: the files a word search fetches before its first question', () => {
  const entry = (hash: string, wasm: string | null = null, pages = 10): PagefindEntry => ({ languages: { vi: { hash, wasm, page_count: pages } } });
  it.each<[string, { dir: string; entry: PagefindEntry }[], string[]]>([
    ['one index: entry under the tag, WebAssembly, page list', [{ dir: 'pagefind/', entry: entry('vi_abc') }], ['pagefind/pagefind-entry.json?ts=t1', 'pagefind/wasm.unknown.pagefind', 'pagefind/pagefind.vi_abc.pf_meta']],
    [
      'merged indexes reuse the first one’s WebAssembly',
      [{ dir: 'pagefind/', entry: entry('vi_a') }, { dir: 'pagefind-2/', entry: entry('vi_b') }],
      ['pagefind/pagefind-entry.json?ts=t1', 'pagefind/wasm.unknown.pagefind', 'pagefind/pagefind.vi_a.pf_meta', 'pagefind-2/pagefind-entry.json?ts=t1', 'pagefind-2/pagefind.vi_b.pf_meta'],
    ],
    ['a language with its own WebAssembly', [{ dir: 'pagefind/', entry: entry('vi_c', 'vi') }], ['pagefind/pagefind-entry.json?ts=t1', 'pagefind/wasm.vi.pagefind', 'pagefind/pagefind.vi_c.pf_meta']],
  ])('%s', (_why, indexes, expected) => {
    expect(pagefindFirstFetches(indexes, 't1', 'vi')).toEqual(expected);
  });

  it.each<[string, string | undefined]>([
    ['vi', 'vi_x'], // exact
    ['vi-VN', 'vi_x'], // its primary subtag
    ['en', 'fr_y'], // else the language with the most pages, as Pagefind does
  ])('the language Pagefind picks for a page in "%s": %s', (language, hash) => {
    const e: PagefindEntry = { languages: { vi: { hash: 'vi_x', wasm: null, page_count: 3 }, fr: { hash: 'fr_y', wasm: null, page_count: 9 } } };
    expect(pickLanguage(e, language)?.hash).toBe(hash);
  });
});
