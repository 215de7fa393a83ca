/** Site helpers as a specification: ids, paths under a base, lists newest first, display formats. */
import { describe, expect, it } from 'vitest';
import { documentId, idProblem } from '../../src/loader/identity';
import { baseFolder, paths, relativePath, withBase } from '../../src/lib/paths';
import { showDate, showNumber, showQuantity, showTarget } from '../../src/ui/format';
import { groupBy, sortNewest } from '../../src/lib/site/listing';
import { facetSegment, facets } from '../../src/lib/site/facets';
import { FACETS as SEARCH_FACETS } from '../../src/lib/search/url';

describe('documentId', () => {
  it.each([
    [{ code: '58-NQ/TW', kind: 'nghi-quyet', issued: '2020-08-05', scope: 'central', issuer: 'bo-chinh-tri' }, '58-nq-tw-2020'],
    [{ code: '18-NQ/TW', kind: 'nghi-quyet', issued: '2017-10-25', scope: 'central', issuer: 'bch-tw' }, '18-nq-tw-2017'],
    [{ code: '18-NQ/TW', kind: 'nghi-quyet', issued: '2022-06-16', scope: 'central', issuer: 'bch-tw' }, '18-nq-tw-2022'],
    [{ code: '137-QĐ/TW', kind: 'quy-dinh', issued: '2023-12-01', scope: 'central', issuer: 'ban-bi-thu' }, '137-qd-tw-2023'],
    [{ code: '60-QĐ/TW', kind: 'quy-dinh', issued: 'unknown', scope: 'central', issuer: 'ban-bi-thu' }, '60-qd-tw'],
    [{ code: '10-NQ/TU', kind: 'nghi-quyet', issued: '2022-03-18', scope: 'province', province: 'Bình Thuận', issuer: 'tinh-uy-binh-thuan' }, '10-nq-tu-2022-binh-thuan'],
    [{ code: '43-KH/TU', kind: 'ke-hoach', issued: '2022-01-18', scope: 'province', province: 'unknown', issuer: 'btv-tu-x' }, '43-kh-tu-2022'],
    [{ code: '09-KL/BCĐ', kind: 'ket-luan', issued: '2024-11-24', scope: 'central', issuer: 'bcd' }, '09-kl-bcd-2024'],
    [{ slug: 'dai-hoi-xiii', kind: 'nghi-quyet-dai-hoi', issued: '2021-02-01', scope: 'central', issuer: 'dai-hoi' }, 'nghi-quyet-dai-hoi-dai-hoi-xiii-2021'],
  ])('%o → %s', (input, id) => {
    expect(documentId(input)).toBe(id);
  });

  const nq58 = { code: '58-NQ/TW', kind: 'nghi-quyet', issued: '2020-08-05', scope: 'central', issuer: 'x' };
  it.each([
    ['58-nq-tw-2020', nq58, true],
    ['58-nq-tw', nq58, true],
    ['58-nq-tw-2020-thanh-hoa', nq58, true],
    ['58-nq-tw-2021', nq58, false],
    ['nq-58', nq58, false],
    ['58-nq-tw-2020-tinh-chua-xac-dinh', nq58, false],
    ['58_NQ', nq58, false],
    ['60-qd-tw', { ...nq58, code: '60-QĐ/TW', kind: 'quy-dinh', issued: '2025-03-01' }, true],
    ['dai-hoi-xiv', { ...nq58, code: undefined, kind: 'nghi-quyet-dai-hoi' }, true],
  ])('file name %s fits %o: %s', (id, input, fits) => {
    expect(idProblem(id, input) === undefined).toBe(fits);
  });
});

describe('paths under a base', () => {
  it.each([
    ['/', paths.document('58-nq-tw-2020'), '/van-ban/58-nq-tw-2020/'],
    ['/sotay/', paths.document('58-nq-tw-2020'), '/sotay/van-ban/58-nq-tw-2020/'],
    ['/sotay', paths.home(), '/sotay/'],
    ['/a/b/', paths.province('Thanh Hóa'), '/a/b/tinh/thanh-hoa/'],
    ['/', paths.term('XIII'), '/khoa/xiii/'],
    ['/sotay/', paths.asset('favicon.svg'), '/sotay/favicon.svg'],
  ])('base %s + %s → %s', (base, path, expected) => {
    expect(withBase(base, path)).toBe(expected);
  });

  it.each([
    ['/', '/'],
    ['', '/'],
    ['/sotay', '/sotay/'],
    ['/sotay/', '/sotay/'],
  ])('the base %j as a folder is %s', (base, folder) => {
    expect(baseFolder(base)).toBe(folder);
  });

  it.each([
    ['/moi-cap-nhat/atom.xml', '/moi-cap-nhat/atom.css', 'atom.css'],
    ['/tinh/thanh-hoa/atom.xml', '/moi-cap-nhat/atom.css', '../../moi-cap-nhat/atom.css'],
    ['/chu-de/kinh-te/atom.xml', '/moi-cap-nhat/atom.css', '../../moi-cap-nhat/atom.css'],
    ['/a.xml', '/moi-cap-nhat/atom.css', 'moi-cap-nhat/atom.css'],
    ['/moi-cap-nhat/x/a.xml', '/moi-cap-nhat/atom.css', '../atom.css'],
  ])('from %s, %s is %s', (from, to, expected) => {
    expect(relativePath(from, to)).toBe(expected);
  });
});

const doc = (id: string, issued: string, code?: string) => ({ id, data: { code, title: `Văn bản ${id}`, issued } });

describe('lists', () => {
  it('puts the newest first and unknown dates last', () => {
    const sorted = sortNewest([doc('a', '2017-10-25', '18-NQ/TW'), doc('b', 'unknown', '60-QĐ/TW'), doc('c', '2022-06-16', '18-NQ/TW'), doc('d', '2022-06-16', '10-NQ/TU')]);
    expect(sorted.map((d) => d.id)).toEqual(['d', 'c', 'a', 'b']);
  });

  it('groups by key and names groups in Vietnamese order', () => {
    const names: Record<string, string> = { u: 'Ủy ban Kiểm tra', d: 'Đảng ủy Khối', b: 'Bộ Chính trị', a: 'Ban Bí thư' };
    const groups = groupBy([doc('x', '2020-01-01'), doc('y', '2021-01-01'), doc('z', '2019-01-01')], (d) => (d.id === 'x' ? ['u', 'd'] : d.id === 'y' ? ['b'] : ['a', 'd']), (k) => names[k] ?? k);
    expect(groups.map((g) => g.label)).toEqual(['Ban Bí thư', 'Bộ Chính trị', 'Đảng ủy Khối', 'Ủy ban Kiểm tra']);
    expect(groups.find((g) => g.key === 'd')?.docs.map((d) => d.id)).toEqual(['x', 'z']);
  });
});

describe('display', () => {
  it.each([
    ['2020-08-05', '05/08/2020'],
    ['2012-01-16', '16/01/2012'],
    ['unknown', 'Chưa rõ (nguồn không nêu)'],
  ])('date %s → %s', (iso, shown) => expect(showDate(iso)).toBe(shown));

  it.each([
    [3463, '3.463'],
    [87.8, '87,8'],
    [0.66, '0,66'],
    [1126, '1.126'],
  ])('number %s → %s', (n, shown) => expect(showNumber(n)).toBe(shown));

  it.each([
    [{ value: 95, unit: '%', comparison: 'at-least' }, 'ít nhất 95%'],
    [{ value: 300, unit: 'đảng viên', comparison: 'exactly' }, 'đúng 300 đảng viên'],
    [{ value: 2, unit: 'tổ chức', comparison: 'at-most' }, 'tối đa 2 tổ chức'],
  ])('target %o → %s', (t, shown) => expect(showTarget(t)).toBe(shown));

  it('puts the unit after the number', () => expect(showQuantity(5358, 'đảng viên')).toBe('5.358 đảng viên'));
});

describe('one facet vocabulary for lists, search and the URL', () => {
  const labels = { byKind: '', byOrgan: '', byTopic: '', byYear: '', byTerm: '', byProvince: '', byScope: '', unknownYear: '?', unknownTerm: '?', unknownProvince: '?', year: (y: string) => y, term: (t: string) => t, scope: {} };
  const all = facets({ organName: (id) => id, topicName: (id) => id, labels });
  it('every list facet is a search filter of the same name, and the status is the one filter more', () => {
    expect([...all.map(facetSegment), 'hieu-luc'].sort()).toEqual([...SEARCH_FACETS].sort());
  });
});
