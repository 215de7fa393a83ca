/** Search library: folding, code tokens, extra terms, query plans, ranking, highlighting, URL state. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fold } from '../../src/lib/text/normalize';
import {
  codesInText,
  commonSyllables,
  coveringPairs,
  documentKeys,
  excerpt,
  extraTerms,
  facetValues,
  foldForSearch,
  highlight,
  keyToken,
  parseState,
  planQuery,
  rankResults,
  searchWords,
  stateToQuery,
  syllablePairs,
  toggleFilter,
} from '../../src/lib/search';

describe('foldForSearch: the one spelling of index and query', () => {
  it.each([
    ['Đảng', 'dang'],
    ['chuyển đổi số', 'chuyen doi so'],
    ['chuyển đổi số'.normalize('NFD'), 'chuyen doi so'],
    ['Ủy ban', 'uy ban'],
    ['Uỷ ban', 'uy ban'],
    ['hoá / hóa', 'hoa hoa'],
    ['khoá XIII', 'khoa xiii'],
    ['  Thanh   Hoá, 2020 ', 'thanh hoa 2020'],
  ])('%s → %s', (input, expected) => {
    expect(foldForSearch(input)).toBe(expected);
  });
});

describe('searchWords: folded a run of text at a time, the same as folding the whole text', () => {
  // The words of the whole text folded at once: what searchWords is defined to give.
  const whole = (text: string): string[] => fold(text).split(/[^\p{L}\p{N}]+/u).filter((w) => w !== '');
  // Vietnamese letters in both normal forms, the spaces people and word processors type, marks on their own, look-alikes of đ, Greek sigma (whose lower case depends on what follows), symbols whose compatibility form holds a space.
  const pieces = ['Đảng', 'uỷ', 'ủy', 'chuyển đổi số'.normalize('NFD'), 'ΟΔΟΣ', 'Σ', ' ', '\u00a0', '\u2003', '\n', '\t', ',', '-', '/', '\u0301', 'ð', 'ɖ', '¨', '½', 'ﬁ', 'Ⅻ', '58-NQ/TW', 'A', '1'];
  it('gives what folding the whole text gives, for any mix of letters, spaces, marks and symbols', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constantFrom(...pieces), fc.string({ unit: 'grapheme', maxLength: 4 })), { maxLength: 30 }), (parts) => {
        const text = parts.join('');
        expect(searchWords(text)).toEqual(whole(text));
        // Asked again (the runs now remembered), the same words.
        expect(searchWords(text)).toEqual(whole(text));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('keyToken: one all-letter token a code is indexed and asked by', () => {
  it.each([
    ['58-nq-tw', 'sohieufinqtwz'],
    ['nq-58', 'sohieunqfiz'],
    ['ctr-55', 'sohieuctrffz'],
    ['137-qd-tw', 'sohieubdhqdtwz'],
  ])('%s → %s', (key, token) => {
    expect(keyToken(key)).toBe(token);
  });

  it('has no digit and no token is a prefix of another number (NQ 5 vs NQ 58)', () => {
    expect(keyToken('nq-5')).not.toMatch(/\d/);
    expect(keyToken('nq-58').startsWith(keyToken('nq-5'))).toBe(false);
  });
});

describe('planQuery: what is asked of Pagefind', () => {
  it.each([
    // query, code key or null, terms asked, year, term
    ['ctr 55', 'ctr-55', keyToken('ctr-55'), undefined, undefined],
    ['CTr 55', 'ctr-55', keyToken('ctr-55'), undefined, undefined],
    ['137-QD/TW', '137-qd-tw', keyToken('137-qd-tw'), undefined, undefined],
    ['137-QĐ/TW', '137-qd-tw', keyToken('137-qd-tw'), undefined, undefined],
    ['58/NQ-TW', '58-nq-tw', keyToken('58-nq-tw'), undefined, undefined],
    ['Nghị quyết số 58-NQ/TW', '58-nq-tw', keyToken('58-nq-tw'), undefined, undefined],
    ['nq58', 'nq-58', keyToken('nq-58'), undefined, undefined],
    ['18-NQ/TW 2017', '18-nq-tw', keyToken('18-nq-tw'), '2017', undefined],
    ['nghị quyết 18 năm 2022', 'nq-18', keyToken('nq-18'), '2022', undefined],
    ['Nghị quyết 18 khoá XIII', 'nq-18', keyToken('nq-18'), undefined, 'XIII'],
    ['chuyển đổi số', null, 'chuyendoi doiso', undefined, undefined],
    ['chuyen doi so', null, 'chuyendoi doiso', undefined, undefined],
    ['xây dựng Đảng', null, 'xaydung dungdang', undefined, undefined],
    ['dang', null, 'dang', undefined, undefined],
    ['nghị quyết', null, 'nghiquyet', undefined, undefined],
    ['kinh tế 2030', null, 'kinhte 2030', undefined, undefined],
    ['', null, '', undefined, undefined],
  ])('%s', (query, key, terms, year, term) => {
    const plan = planQuery(query);
    expect(plan.code?.key ?? null).toBe(key);
    expect(plan.terms).toBe(terms);
    expect(plan.year).toBe(year);
    expect(plan.term).toBe(term);
  });

  it.each([
    ['đổi mới sáng tạo', 'doimoi sangtao'],
    ['quan ly va su dung dat', 'quanly vasu dungdat'],
    ['phát triển tỉnh Thanh Hoá', 'phattrien tinhthanh thanhhoa'],
  ])('asks the fewest pairs covering every syllable: %s → %s', (query, terms) => {
    expect(planQuery(query).terms).toBe(terms);
  });

  it('keeps the plain words to fall back on when the pairs find nothing', () => {
    expect(planQuery('chuyển đổi số').fallback).toBe('chuyen doi so');
  });
});

describe('extraTerms: what a page adds to its index', () => {
  const extra = extraTerms({
    code: '58-NQ/TW',
    aliases: ['58 NQ TW'],
    text: 'Đảng ủy thực hiện Nghị quyết 28-NQ/TW về chuyển đổi số.',
  });

  it.each([
    ['own', keyToken('58-nq-tw')],
    ['own', keyToken('nq-58')],
    ['mentions', keyToken('28-nq-tw')],
    ['words', 'dang'],
    ['words', 'chuyendoi'],
    ['words', 'doiso'],
  ] as const)('%s holds %s', (field, token) => {
    expect(extra[field].split(' ')).toContain(token);
  });

  it('does not count the own code as a mention, nor pair across a full stop', () => {
    const e = extraTerms({ code: '28-NQ/TW', text: 'Theo 28-NQ/TW. Đổi mới' });
    expect(e.mentions).toBe('');
    expect(e.words.split(' ')).not.toContain('twdoi');
  });

  it('finds codes in prose once each', () => {
    expect(codesInText('58-NQ/TW, 58 - NQ / TW và 137-QĐ/TW').length).toBe(2);
  });

  it('pairs syllables but never digits', () => {
    expect(syllablePairs(['nam', '2030', 'tam', 'nhin'])).toEqual(['tamnhin']);
  });

  it.each([
    [['a', 'b'], ['ab']],
    [['a', 'b', 'c'], ['ab', 'bc']],
    [['a', 'b', 'c', 'd'], ['ab', 'cd']],
    [['a', 'b', 'c', 'd', 'e'], ['ab', 'cd', 'de']],
    [['a', '2030', 'b', 'c'], ['bc']],
    [['a'], []],
  ])('coveringPairs %j → %j', (words, pairs) => {
    expect(coveringPairs(words)).toEqual(pairs);
  });
});

describe('extraTerms: the body as a bag of distinct terms', () => {
  const body = 'Chuyển đổi số. Chuyển đổi số và kinh tế số, kinh tế số. Logistics xanh. Đất đai.';
  const extra = extraTerms({ code: '10-NQ/TU', text: 'Về chuyển đổi số', body, common: new Set(['so', 'kinh', 'te', 'va']) });
  const bag = extra.body.split(' ');

  it.each([
    ['a pair of the body', 'kinhte', true],
    ['a pair spanning a common syllable', 'teso', true],
    ['an uncommon syllable', 'logistics', true],
    ['a đ-word folded', 'dai', true],
    ['a đ-word already in the indexed text', 'doi', false],
    ['a common syllable', 'kinh', false],
    ['a pair already in the indexed text', 'chuyendoi', false],
    ['a pair across a full stop', 'sochuyen', false],
  ])('%s: %s in the bag is %s', (_what, term, inBag) => {
    expect(bag.includes(term)).toBe(inBag);
  });

  it('weights the title apart: its pairs leave the plain words and the bag', () => {
    const e = extraTerms({ title: 'Chuyển đổi số', text: 'Chuyển đổi số\nKinh tế số', body: 'chuyển đổi số' });
    expect(e.title.split(' ')).toEqual(['doi', 'chuyendoi', 'doiso']);
    expect(e.words.split(' ')).toEqual(['kinhte', 'teso']);
    expect(e.body.split(' ')).toEqual(['chuyen', 'so']);
  });

  it('holds each term once', () => {
    expect(new Set(bag).size).toBe(bag.length);
  });

  it('finds the codes a body mentions', () => {
    expect(extraTerms({ text: '', body: 'Theo Kết luận 21-KL/TW.' }).mentions.split(' ')).toContain(keyToken('21-kl-tw'));
  });
});

describe('commonSyllables: what is too common to index alone', () => {
  const bodies = [...Array.from({ length: 60 }, (_, i) => `Đảng lãnh đạo văn bản ${i}`), 'Logistics xanh'];

  it.each([
    ['dang', { share: 0.05, min: 50 }, true],
    ['logistics', { share: 0.05, min: 50 }, false],
    ['dang', { share: 0.05, min: 100 }, false],
    ['dang', { share: 0.99, min: 1 }, false],
  ])('%s with %j: %s', (word, opts, common) => {
    expect(commonSyllables(bodies, opts).has(word)).toBe(common);
  });
});

describe('rankResults: owners first, jump or shared list', () => {
  const doc = (id: string, keys: string[], iso: string) => ({ id, keys, iso });
  const results = [
    doc('mentions-18', [], '2024-01-01'),
    doc('18-2017', documentKeys(['18-NQ/TW']), '2017-10-25'),
    doc('18-2022', documentKeys(['18-NQ/TW']), '2022-06-16'),
  ];

  it.each([
    ['18-NQ/TW', ['18-2022', '18-2017', 'mentions-18'], true, undefined],
    ['NQ 18', ['18-2022', '18-2017', 'mentions-18'], true, undefined],
    ['18-KL/TW', ['mentions-18', '18-2017', '18-2022'], false, undefined],
    ['chuyển đổi số', ['mentions-18', '18-2017', '18-2022'], false, undefined],
  ])('%s', (query, order, shared, jump) => {
    const r = rankResults(planQuery(query), results);
    expect(r.ordered.map((x) => x.id)).toEqual(order);
    expect(r.shared).toBe(shared);
    expect(r.jump?.id).toBe(jump);
  });

  it('offers a jump when exactly one document owns the code', () => {
    expect(rankResults(planQuery('18-NQ/TW'), results.slice(0, 2)).jump?.id).toBe('18-2017');
  });
});

describe('highlight: the accented original, marked by folded words', () => {
  it.each([
    ['Xây dựng Đảng', ['dang'], ['Đảng']],
    ['Ủy ban và uỷ ban', ['uy'], ['Ủy', 'uỷ']],
    ['chuyển đổi số', ['chuyen', 'doi', 'so'], ['chuyển', 'đổi', 'số']],
    ['Thanh Hóa', ['hoa'], ['Hóa']],
    ['không khớp', ['dang'], []],
  ])('%s with %j marks %j', (text, words, marked) => {
    expect(highlight(text, words).filter((s) => s.hit).map((s) => s.text)).toEqual(marked);
  });

  it('cuts a long text around the first mark', () => {
    const text = `${'một '.repeat(100)}Đảng ${'hai '.repeat(100)}`;
    const cut = excerpt(highlight(text, ['dang']), 100);
    const joined = cut.map((s) => s.text).join('');
    expect(joined.length).toBeLessThan(120);
    expect(cut.some((s) => s.hit && s.text === 'Đảng')).toBe(true);
  });
});

describe('facetValues: what the filter box lists, in order', () => {
  it.each<[Parameters<typeof facetValues>[0], Record<string, number>, string[], string[]]>([
    ['nam', { '2017': 3, '2022': 1, '2020': 0 }, [], ['2022', '2017']],
    ['nam', { '2017': 3, '2020': 0 }, ['2020'], ['2020', '2017']],
    ['khoa', { 'Khóa XII': 2, 'Khóa XIII': 1 }, [], ['Khóa XIII', 'Khóa XII']],
    ['khoa', { 'Khóa IX': 1, 'Khóa X': 1, 'Khóa XI': 3, 'Khóa VIII': 1 }, [], ['Khóa XI', 'Khóa X', 'Khóa IX', 'Khóa VIII']],
    ['tinh', { 'Thanh Hóa': 1, 'Bình Thuận': 1, 'Hà Nội': 4 }, [], ['Hà Nội', 'Bình Thuận', 'Thanh Hóa']],
  ])('%s %j ticked %j → %j', (facet, counts, selected, expected) => {
    expect(facetValues(facet, counts, selected).map(([v]) => v)).toEqual(expected);
  });
});

describe('URL state', () => {
  it.each([
    ['q=nq+58', { q: 'nq 58', filters: {}, sort: 'lien-quan' }],
    ['q=x&loai=Ngh%E1%BB%8B+quy%E1%BA%BFt&nam=2022&nam=2017&sap-xep=ngay', { q: 'x', filters: { loai: ['Nghị quyết'], nam: ['2022', '2017'] }, sort: 'ngay' }],
    ['unknown=1&sap-xep=bogus', { q: '', filters: {}, sort: 'lien-quan' }],
  ])('%s', (qs, state) => {
    expect(parseState(qs)).toEqual(state);
    expect(parseState(stateToQuery(parseState(qs)))).toEqual(state);
  });

  it('toggles a filter value on and off', () => {
    const on = toggleFilter(parseState(''), 'cap', 'Trung ương');
    expect(on.filters).toEqual({ cap: ['Trung ương'] });
    expect(toggleFilter(on, 'cap', 'Trung ương').filters).toEqual({});
  });
});
