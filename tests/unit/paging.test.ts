/**
 * Every page stays small (issue 20), as a specification: lists cut into numbered pages, the pager's
 * links, the editors' mentions by kind, a document's relation lists cut short, and the targets
 * overview's data files (one per filter value, the smallest loaded, the others narrowing it).
 */
import { describe, expect, it } from 'vitest';
import { laterPages, pageCount, pageNumber, pageOf, pagePath, paginate, pagerNumbers, PAGE_SIZE } from '../../src/lib/site/paging';
import { missingKind, missingReferenceGroups, OTHER_KIND } from '../../src/lib/views/missing-references';
import { cutRelatedLists, relatedCut, relatedDocs } from '../../src/lib/views/related';
import { buildGraph, type GraphNode } from '../../src/lib/graph/graph';
import { decodeShard, encodeShard, filteredPage, matchesFilters, shardFor, shardName, targetShards, type TargetRowView } from '../../src/lib/views/target-shards';
import { parseCode } from '../../src/lib/codes/code';
import type { LocatedReference } from '../../src/lib/references/scan';

describe('a list in pages of PAGE_SIZE rows', () => {
  it('holds 100 rows a page', () => expect(PAGE_SIZE).toBe(100));

  it.each([
    [0, 1],
    [1, 1],
    [100, 1],
    [101, 2],
    [3_712, 38],
  ])('%i rows take %i pages', (rows, pages) => expect(pageCount(rows)).toBe(pages));

  it.each([
    [1, [1, 2, 3], 1, 3],
    [2, [4, 5, 6], 4, 6],
    [4, [10], 10, 10],
  ])('page %i of 10 rows in threes holds %j (rows %i–%i)', (n, items, from, to) => {
    const rows = Array.from({ length: 10 }, (_, i) => i + 1);
    const page = pageOf(rows, n, 3);
    expect(page).toMatchObject({ number: n, count: 4, items, from, total: 10 });
    expect(page.from + page.items.length - 1).toBe(to);
  });

  it('every row is on exactly one page, in the list\'s order', () => {
    const rows = Array.from({ length: 250 }, (_, i) => `r${i}`);
    expect(paginate(rows).flatMap((p) => p.items)).toEqual(rows);
    expect(paginate(rows).map((p) => p.number)).toEqual([1, 2, 3]);
    expect(paginate([]).map((p) => [p.number, p.count, p.items.length])).toEqual([[1, 1, 0]]);
  });

  it.each([
    ['/loai/nghi-quyet/', 1, '/loai/nghi-quyet/'],
    ['/loai/nghi-quyet/', 2, '/loai/nghi-quyet/trang-2/'],
    ['/van-ban/', 37, '/van-ban/trang-37/'],
    ['/chi-tieu', 3, '/chi-tieu/trang-3/'],
  ])('page of %s number %i is at %s', (list, n, path) => expect(pagePath(list, n)).toBe(path));

  it.each([
    ['2', 2],
    ['37', 37],
    ['0', undefined],
    ['02', undefined],
    ['hai', undefined],
    [undefined, undefined],
  ])('the route parameter %s names page %s', (param, n) => expect(pageNumber(param)).toBe(n));

  it.each([
    [100, []],
    [101, [2]],
    [350, [2, 3, 4]],
  ])('a list of %i rows has later pages %j (page 1 is the list\'s own address)', (rows, pages) => expect(laterPages(rows)).toEqual(pages));

  it.each([
    [1, 1, [1]],
    [1, 5, [1, 2, 3, 4, 5]],
    [1, 6, [1, 2, 3, 'gap', 6]],
    [3, 5, [1, 2, 3, 4, 5]],
    [1, 37, [1, 2, 3, 'gap', 37]],
    [6, 37, [1, 'gap', 4, 5, 6, 7, 8, 'gap', 37]],
    [4, 37, [1, 2, 3, 4, 5, 6, 'gap', 37]],
    [37, 37, [1, 'gap', 35, 36, 37]],
    [250, 500, [1, 'gap', 248, 249, 250, 251, 252, 'gap', 500]],
  ])('on page %i of %i the pager links %j', (current, count, numbers) => expect(pagerNumbers(current, count)).toEqual(numbers));
});

describe('the editors\' mentions of documents the base lacks, by kind', () => {
  const ref = (text: string, target: LocatedReference['target'], status: 'unknown' | 'linked' = 'unknown', sourceId = 'a', line = 1): LocatedReference =>
    ({ text, target, terms: [], context: '', start: 0, end: text.length, resolution: status === 'unknown' ? { status } : { status, id: 'x' }, sourceId, file: `${sourceId}.md`, line }) as LocatedReference;
  const code = (s: string) => (parseCode(s) as { ok: true; code: import('../../src/lib/codes/code').DocCode }).code;

  it.each([
    ['a kind word', ref('Quy định số 1005-QĐ/TW', { type: 'code', code: code('1005-QĐ/TW'), kind: 'quy-dinh' }), 'quy-dinh'],
    ['a code whose abbreviation tells', ref('1002-KL/TW', { type: 'code', code: code('1002-KL/TW') }), 'ket-luan'],
    ['a plenum', ref('Nghị quyết Trung ương 4', { type: 'plenum', plenum: 4 }), 'nghi-quyet'],
    ['a congress', ref('Nghị quyết Đại hội XIII', { type: 'congress', number: 'XIII' }), 'nghi-quyet-dai-hoi'],
  ])('%s: the mention is listed under its kind', (_name, r, kind) => expect(missingKind(r)).toBe(kind));

  it('groups the unresolved mentions by kind in the kinds\' order, each in Vietnamese order of its wording', () => {
    const groups = missingReferenceGroups([
      ref('Quy định số 1005-QĐ/TW', { type: 'code', code: code('1005-QĐ/TW'), kind: 'quy-dinh' }),
      ref('Nghị quyết số 1003-NQ/TW', { type: 'code', code: code('1003-NQ/TW'), kind: 'nghi-quyet' }, 'unknown', 'b', 7),
      ref('Nghị quyết số 1001-NQ/TW', { type: 'code', code: code('1001-NQ/TW'), kind: 'nghi-quyet' }, 'unknown', 'c', 3),
      ref('Nghị quyết số 58-NQ/TW', { type: 'code', code: code('58-NQ/TW'), kind: 'nghi-quyet' }, 'linked'),
      ref('Đề án số 1009-ĐA/TW', { type: 'code', code: code('1009-ĐA/TW'), kind: 'de-an' }),
      ref('Chương trình số 1002-CTr/TW', { type: 'code', code: code('1002-CTr/TW'), kind: 'chuong-trinh' }),
    ]);
    expect(groups.map((g) => [g.kind, g.rows.map((r) => r.text)])).toEqual([
      ['nghi-quyet', ['Nghị quyết số 1001-NQ/TW', 'Nghị quyết số 1003-NQ/TW']],
      ['quy-dinh', ['Quy định số 1005-QĐ/TW']],
      ['chuong-trinh', ['Chương trình số 1002-CTr/TW']],
      ['de-an', ['Đề án số 1009-ĐA/TW']],
    ]);
    expect(groups[0]!.rows[0]).toEqual({ text: 'Nghị quyết số 1001-NQ/TW', sourceId: 'c', file: 'c.md', line: 3 });
    expect(OTHER_KIND).toBe('khac');
  });
});

describe('a document\'s relation lists cut short on its page', () => {
  const node = (id: string, issued: string, relations: GraphNode['relations'] = [], scope = 'province'): GraphNode => ({ id, code: id, kind: 'ke-hoach', title: id, issued, scope, issuer: 'x', status: 'unknown', relations });
  const citing = Array.from({ length: 31 }, (_, i) => node(`c${i}`, '2021-01-01'));
  const implementing = Array.from({ length: 20 }, (_, i) => node(`k${i}`, '2021-01-01', [{ type: 'implements', target: 'top' }]));
  const below = Array.from({ length: 11 }, (_, i) => node(`u${i}`, '2022-01-01', [{ type: 'implements', target: 'k0' }]));
  const graph = buildGraph([node('top', '2020-01-01', [], 'central'), node('small', '2020-01-01', [], 'central'), ...citing, ...implementing, ...below], [
    ...citing.map((c) => ({ from: c.id, to: 'top' })),
    { from: 'c0', to: 'top' },
    { from: 'c1', to: 'small' },
  ]);

  it.each([
    ['top', 'cites', true, 31],
    ['top', 'implements', true, 20],
    ['small', 'cites', false, 1],
    ['k0', 'implements', false, 11],
  ])('%s %s: cut %s, %i documents in all', (id, type, cut, n) => {
    expect(relatedCut(graph, id, type as 'cites')).toBe(cut);
    expect(relatedDocs(graph, id, type as 'cites')).toHaveLength(n);
  });

  it('lists every cut list for its own pages: 31 citing (each once), and a chain of 31 below (20 direct)', () => {
    expect(cutRelatedLists(graph, ['top', 'small', 'k0']).map((l) => [l.id, l.type, l.docs.length])).toEqual([
      ['top', 'implements', 20],
      ['top', 'cites', 31],
    ]);
  });
});

describe('the targets overview\'s data files', () => {
  const row = (doc: string, province: string | undefined, topics: string[], endYear: number | undefined, metric = 'Tỷ lệ', reported: TargetRowView['reported'] = { type: 'none', text: 'Chưa có báo cáo.' }): TargetRowView => ({
    doc: { id: doc, label: doc.toUpperCase(), nobreak: true, province, topics },
    metric,
    value: 'ít nhất 90%',
    commercial: false,
    period: endYear === undefined ? '' : `mốc năm ${endYear}`,
    endYear,
    reported,
  });
  const rows = [
    row('a', 'Thanh Hóa', ['dat-dai', 'chuyen-doi-so'], 2030),
    row('a', 'Thanh Hóa', ['dat-dai', 'chuyen-doi-so'], undefined, 'Số đảng viên'),
    row('b', 'Nghệ An', ['dat-dai'], 2025, 'Tỷ lệ', { type: 'report', bar: 87.8, figure: '527/600 đảng viên (87,8%)', met: false, metText: 'Chưa đạt chỉ tiêu', asOf: 'Tính đến 08/10/2018', organ: 'Tỉnh ủy', source: 'Báo' }),
    row('c', undefined, ['chuyen-doi-so'], 2030, 'Tỷ lệ', { type: 'overdue', text: 'Thời kỳ đã hết (2025).' }),
  ];

  it.each([
    ['tinh', 'Thanh Hóa', 'tinh-thanh-hoa'],
    ['chu-de', 'chuyen-doi-so', 'chu-de-chuyen-doi-so'],
    ['nam', '2030', 'nam-2030'],
  ])('the %s value %s is in file %s', (filter, value, name) => expect(shardName(filter as 'tinh', value)).toBe(name));

  it('puts each row in the file of every value it falls under, in the overview\'s order', () => {
    const shards = targetShards(rows);
    expect(Object.fromEntries([...shards].map(([name, list]) => [name, list.map((r) => `${r.doc.id}:${r.metric}`)]))).toEqual({
      'tinh-thanh-hoa': ['a:Tỷ lệ', 'a:Số đảng viên'],
      'chu-de-dat-dai': ['a:Tỷ lệ', 'a:Số đảng viên', 'b:Tỷ lệ'],
      'chu-de-chuyen-doi-so': ['a:Tỷ lệ', 'a:Số đảng viên', 'c:Tỷ lệ'],
      'nam-2030': ['a:Tỷ lệ', 'c:Tỷ lệ'],
      'tinh-nghe-an': ['b:Tỷ lệ'],
      'nam-2025': ['b:Tỷ lệ'],
    });
  });

  it('travels as documents once, texts once, rows as numbers, and reads back the same', () => {
    const shard = encodeShard(rows);
    expect(shard.docs).toHaveLength(3);
    expect(shard.strings.filter((s) => s === 'Tỷ lệ')).toHaveLength(1);
    expect(shard.reported).toHaveLength(3);
    expect(JSON.parse(JSON.stringify(decodeShard(JSON.parse(JSON.stringify(shard)))))).toEqual(JSON.parse(JSON.stringify(rows)));
  });

  it.each([
    [{}, undefined],
    [{ tinh: 'Thanh Hóa' }, 'tinh-thanh-hoa'],
    [{ tinh: 'Thanh Hóa', 'chu-de': 'dat-dai' }, 'tinh-thanh-hoa'],
    [{ 'chu-de': 'dat-dai', nam: '2025' }, 'nam-2025'],
    [{ nam: '1990' }, 'nam-1990'],
  ])('filters %o load %s (the fewest rows of the values set)', (filters, name) => {
    const sizes = new Map([...targetShards(rows)].map(([n, list]) => [n, list.length]));
    expect(shardFor(filters, (n) => sizes.get(n))).toBe(name);
  });

  it.each([
    [{ tinh: 'Thanh Hóa' }, ['a:Tỷ lệ', 'a:Số đảng viên']],
    [{ tinh: 'Thanh Hóa', nam: '2030' }, ['a:Tỷ lệ']],
    [{ 'chu-de': 'chuyen-doi-so', nam: '2030' }, ['a:Tỷ lệ', 'c:Tỷ lệ']],
    [{ 'chu-de': 'dat-dai', tinh: 'Nghệ An', nam: '2030' }, []],
  ])('filters %o keep %j', (filters, kept) => {
    expect(rows.filter((r) => matchesFilters(r, filters)).map((r) => `${r.doc.id}:${r.metric}`)).toEqual(kept);
  });

  it.each([
    [1, 1, [1, 2], 3],
    [3, 3, [5], 3],
    [9, 3, [5], 3],
    [0, 1, [1, 2], 3],
  ])('asked for page %i of five matching rows in pairs: page %i holds %j of %i pages', (asked, page, numbers, count) => {
    const many = Array.from({ length: 7 }, (_, i) => row(String(i + 1), 'Thanh Hóa', [], i < 5 ? 2030 : 2025));
    const view = filteredPage(many, { nam: '2030' }, asked, 2);
    expect([view.page, view.rows.map((r) => Number(r.doc.id)), view.count, view.total]).toEqual([page, numbers, count, 5]);
  });
});
