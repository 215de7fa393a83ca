/**
 * The code map (src/lib/search/code-map.ts): which shard a key lives in, what a row holds, how
 * namesakes are ordered by the query's other words, and the nearest numbers to one the base lacks.
 */
import { describe, expect, it } from 'vitest';
import {
  MAX_REFERRERS,
  buildCodeMap,
  nearestNumbers,
  orderNamesakes,
  parentsFirst,
  planQuery,
  mapLookup,
  rankOwners,
  rankResults,
  shardCount,
  shardOf,
  type CodeMapDoc,
  type CodeMapInput,
} from '../../src/lib/search/index.ts';

const doc = (id: string, over: Partial<CodeMapDoc> = {}): CodeMapDoc => ({ id, c: '', t: '', k: 'Nghị quyết', d: '', i: '', o: '', m: '', s: '', f: [], ...over });

const nq18of2017 = doc('18-2017', { c: '18-NQ/TW', t: 'Một số vấn đề về tiếp tục đổi mới, sắp xếp tổ chức bộ máy của hệ thống chính trị tinh gọn', i: '2017-10-25', m: 'XII', f: ['18-nq-tw'] });
const nq18of2022 = doc('18-2022', { c: '18-NQ/TW', t: 'Về tiếp tục đổi mới, hoàn thiện thể chế, chính sách, quản lý và sử dụng đất', i: '2022-06-16', m: 'XIII', f: ['18-nq-tw'] });
const nq18ofTU = doc('18-tu', { c: '18-NQ/TU', t: 'Về chuyển đổi số tỉnh', i: '2023-01-01', m: 'XIX', o: 'Tỉnh ủy Thanh Hóa', f: ['18-nq-tu'] });

describe('shards', () => {
  it.each([
    [0, 1],
    [12, 1],
    [13, 2],
    [52, 8],
    [1000, 128],
    [10000, 1024],
    [50000, 4096],
    [10_000_000, 4096],
  ])('%i documents → %i shards', (docs, shards) => expect(shardCount(docs)).toBe(shards));

  it('a key always lands in the same shard, inside the range', () => {
    for (const key of ['nq-58', 'nq-18', 'ctr-55', 'tw6-XIII', 'qdi-4']) {
      const s = shardOf(key, 64);
      expect(s).toBe(shardOf(key, 64));
      expect(s).toBeGreaterThanOrEqual(0);
      expect(s).toBeLessThan(64);
    }
  });

  it('keys spread over the shards', () => {
    const used = new Set(Array.from({ length: 2000 }, (_, i) => shardOf(`nq-${i}`, 64)));
    expect(used.size).toBe(64);
  });
});

describe('buildCodeMap', () => {
  const inputs: CodeMapInput[] = [
    { doc: nq18of2017, bareKeys: ['nq-18'], plenumKeys: ['tw6-XII', 'tw6'], mentions: [] },
    { doc: nq18of2022, bareKeys: ['nq-18'], plenumKeys: ['tw5-XIII', 'tw5'], mentions: ['nq-19'] },
    ...Array.from({ length: 12 }, (_, i): CodeMapInput => ({ doc: doc(`ref-${i}`, { c: `${i + 1}-KH/TU`, i: `2024-01-${String(i + 10)}` }), bareKeys: [`kh-${i + 1}`], plenumKeys: [], mentions: ['nq-18', 'nq-18', 'nq-57'] })),
  ];
  const map = buildCodeMap(inputs, 4);
  const row = (key: string) => map.shards[shardOf(key, 4)]![key];

  it('puts each key in its shard only', () => {
    map.shards.forEach((shard, i) => Object.keys(shard).forEach((key) => expect(shardOf(key, 4)).toBe(i)));
  });
  it('lists the owners of a key newest first', () => expect(row('nq-18')!.o.map((d) => d.id)).toEqual(['18-2022', '18-2017']));
  it('answers a plenum with and without its term', () => {
    expect(row('tw6-XII')!.o.map((d) => d.id)).toEqual(['18-2017']);
    expect(row('tw6')!.o.map((d) => d.id)).toEqual(['18-2017']);
  });
  it('counts every document that mentions a key once, and keeps a page of them, newest first', () => {
    expect(row('nq-18')!.n).toBe(12);
    expect(row('nq-18')!.r).toHaveLength(MAX_REFERRERS);
    expect(row('nq-18')!.r[0]!.id).toBe('ref-11');
    expect(Object.keys(row('nq-18')!.r[0]!).sort()).toEqual(['c', 'd', 'id', 'k', 't']);
  });
  it('keeps a key only mentioned, with no owner, so the lack can name what mentions it', () => {
    expect(row('nq-57')).toMatchObject({ o: [], n: 12 });
  });
  it('lists each kind\'s numbers in order', () => expect(map.kinds).toEqual({ kh: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12], nq: [18] }));

  it('lists the national congress first among the congresses of its ordinal, then newest first', () => {
    const congresses = buildCodeMap([
      { doc: doc('tinh-xiv', { i: '2025-10-01' }), bareKeys: [], plenumKeys: ['dh14'], mentions: [] },
      { doc: doc('toan-quoc-xiv', { i: '2026-01-23' }), bareKeys: [], plenumKeys: ['dh14'], national: true, mentions: [] },
      { doc: doc('khoi-xiv', { i: '2025-06-01' }), bareKeys: [], plenumKeys: ['dh14'], mentions: [] },
      { doc: doc('toan-quoc-xiii', { i: '2021-02-01' }), bareKeys: [], plenumKeys: ['dh13'], national: true, mentions: [] },
    ], 1);
    expect(congresses.shards[0]!['dh14']!.o.map((d) => d.id)).toEqual(['toan-quoc-xiv', 'tinh-xiv', 'khoi-xiv']);
    expect(congresses.shards[0]!['dh13']!.o.map((d) => d.id)).toEqual(['toan-quoc-xiii']);
  });
});

describe('namesakes: the query\'s other words order the documents sharing a code', () => {
  const owners = [nq18of2022, nq18of2017, nq18ofTU];
  it.each([
    // "tinh" folds like "tỉnh" (in the provincial title), but only 2017 holds "tinh gọn" and "bộ máy".
    ['nghị quyết 18 tinh gọn bộ máy', ['18-2017', '18-tu', '18-2022']],
    ['nghi quyet 18 dat dai quan ly su dung dat', ['18-2022', '18-2017', '18-tu']],
    ['NQ 18 chuyển đổi số', ['18-tu', '18-2022', '18-2017']],
    ['NQ 18 tỉnh ủy Thanh Hóa', ['18-tu', '18-2017', '18-2022']],
    // No other words: the order stays (newest first, as the map keeps it).
    ['NQ 18', ['18-2022', '18-2017', '18-tu']],
  ])('%s → %j', (query, ids) => {
    expect(orderNamesakes(owners, planQuery(query).words).map((d) => d.id)).toEqual(ids);
  });

  const hints = (query: string) => mapLookup(planQuery(query))!.hints;
  it.each([
    ['18-NQ/TW', ['18-2022', '18-2017']],
    ['18-NQ/TU', ['18-tu']],
    ['NQ 18 2017', ['18-2017']],
    ['nghị quyết 18 khóa XIII', ['18-2022']],
    // A year no owner has narrows nothing.
    ['NQ 18 1999', ['18-2022', '18-2017', '18-tu']],
    ['18-NQ/TW tinh gọn bộ máy', ['18-2017', '18-2022']],
  ])('rankOwners(%s) → %j', (query, ids) => {
    expect(rankOwners({ o: owners, r: [], n: 0 }, hints(query)).map((d) => d.id)).toEqual(ids);
  });
  it('a key the map lacks has no owners', () => expect(rankOwners(undefined, hints('NQ 57'))).toEqual([]));
});

describe('mapLookup: what a query asks of the map', () => {
  it.each([
    ['NQ 58', 'nq-58', undefined],
    ['18-NQ/TW', 'nq-18', '18-nq-tw'],
    ['Chương trình hành động số 55', 'ctr-55', undefined],
    ['NQ TW6 khóa XII', 'tw6-XII', undefined],
    ['Nghị quyết Trung ương 4', 'tw4', undefined],
    ['nghị quyết đại hội 14', 'dh14', undefined],
    ['Đại hội XIII của Đảng', 'dh13', undefined],
    ['đại hội đảng bộ tỉnh Thanh Hóa lần thứ XIX', 'dh19', undefined],
  ])('%s → %s (full key %s)', (query, key, fullKey) => {
    expect(mapLookup(planQuery(query))).toMatchObject({ key, hints: { fullKey } });
  });
  it('a word query asks nothing of the map', () => expect(mapLookup(planQuery('chuyển đổi số'))).toBeUndefined());
  it('a congress keeps the place named with it as words that order the congresses', () => {
    expect(planQuery('đại hội đảng bộ tỉnh Thanh Hóa lần thứ XIX')).toMatchObject({ congress: { number: 19, national: false }, words: ['tinh', 'thanh', 'hoa'] });
    expect(planQuery('Đại hội XIII của Đảng')).toMatchObject({ congress: { number: 13, national: true }, words: [] });
  });
});

describe('nearestNumbers', () => {
  it.each([
    [[4, 10, 12, 18, 56, 58, 59], 57, [56, 58]],
    [[1, 9, 21, 121, 126, 127, 208], 123, [121, 126]],
    [[1, 9, 21], 500, [21, 9]],
    [[5], 5, []],
    [[], 7, []],
  ])('%j near %i → %j', (numbers, n, near) => expect(nearestNumbers(numbers, n)).toEqual(near));
});

describe('parentsFirst: a document above the documents that carry it out', () => {
  const resolution = { id: '28', title: 'Về tiếp tục đổi mới phương thức lãnh đạo, cầm quyền của Đảng', parents: [] };
  const program = { id: '55', title: 'Thực hiện Nghị quyết 28 về tiếp tục đổi mới phương thức lãnh đạo, cầm quyền của Đảng', parents: ['28'] };
  const plan = { id: '43', title: 'Kế hoạch thực hiện chương trình đổi mới phương thức lãnh đạo', parents: ['55'] };
  const other = { id: 'x', title: 'Về phương thức lãnh đạo khác', parents: [] };
  const ids = (rs: { id: string }[]) => rs.map((r) => r.id);
  it.each([
    ['phuong thuc lanh dao', [program, other, resolution], ['28', '55', 'x']],
    ['phương thức lãnh đạo', [plan, program, resolution], ['28', '55', '43']],
    // Only when both titles hold the words: "cầm quyền" is not in the plan's title.
    ['cầm quyền', [plan, resolution], ['43', '28']],
    ['', [program, resolution], ['55', '28']],
    ['phuong thuc', [resolution, program], ['28', '55']],
  ])('%s: %j', (query, results, expected) => {
    expect(ids(parentsFirst(results, planQuery(query).words))).toEqual(expected);
  });
});

describe('rankResults (the Pagefind path, with facet filters): owners of a shared code ordered by the other words too', () => {
  const hit = (id: string, title: string, iso: string) => ({ id, keys: ['nq-18', '18-nq-tw'], iso, title, rest: '' });
  const results = [
    hit('18-2022', 'Về tiếp tục đổi mới, hoàn thiện thể chế, chính sách, quản lý và sử dụng đất', '2022-06-16'),
    hit('18-2017', 'Một số vấn đề về tiếp tục đổi mới, sắp xếp tổ chức bộ máy của hệ thống chính trị tinh gọn', '2017-10-25'),
    { id: 'mention', keys: ['kh-43'], iso: '2024-01-01', title: 'Kế hoạch', rest: '' },
  ];
  it.each([
    ['NQ 18', ['18-2022', '18-2017', 'mention']],
    ['NQ 18 tinh gọn bộ máy', ['18-2017', '18-2022', 'mention']],
    ['18-NQ/TW sử dụng đất', ['18-2022', '18-2017', 'mention']],
  ])('%s → %j', (query, ids) => {
    const ranked = rankResults(planQuery(query), results);
    expect(ranked.ordered.map((r) => r.id)).toEqual(ids);
    expect(ranked.owners.map((r) => r.id)).toEqual(ids.filter((id) => id !== 'mention'));
  });
});
