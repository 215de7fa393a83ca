/** Party congresses as data: reading one in a query, a document's congress, its key and token. */
import { describe, expect, it } from 'vitest';
import { congressMapKey, congressOf, congressToken, findCongressInWords } from '../../src/lib/congresses';

describe('findCongressInWords', () => {
  it.each<[string, { number: number; national: boolean; rest: string[] } | undefined]>([
    ['đại hội 14', { number: 14, national: false, rest: [] }],
    ['nghị quyết đại hội 14', { number: 14, national: false, rest: [] }],
    ['Đại hội XIV', { number: 14, national: false, rest: [] }],
    ['dai hoi xiv', { number: 14, national: false, rest: [] }],
    ['Đại hội XIII của Đảng', { number: 13, national: true, rest: [] }],
    ['Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIV của Đảng', { number: 14, national: true, rest: [] }],
    ['đại hội đảng toàn quốc lần thứ 13', { number: 13, national: true, rest: [] }],
    ['đại hội đảng lần thứ mười bốn', { number: 14, national: false, rest: [] }],
    ['ĐH 13 kinh tế', { number: 13, national: false, rest: ['kinh', 'tế'] }],
    ['đại hội đảng bộ tỉnh Thanh Hóa lần thứ XIX', { number: 19, national: false, rest: ['tỉnh', 'Thanh', 'Hóa'] }],
    ['đại hội 19 thanh hóa', { number: 19, national: false, rest: ['thanh', 'hóa'] }],
    ['văn kiện (Đại hội XIV)', { number: 14, national: false, rest: ['văn', 'kiện'] }],
    ['đại hội đảng bộ các cấp', undefined],
    ['đại hội năm 2025', undefined],
    ['hội nghị trung ương 6', undefined],
    ['đại biểu quốc hội', undefined],
  ])('%s', (query, expected) => {
    const words = query.split(' ');
    const found = findCongressInWords(words);
    if (expected === undefined) return expect(found).toBeUndefined();
    const rest = [...words.slice(0, found!.from), ...found!.place.map((i) => words[i]!), ...words.slice(found!.to)];
    expect({ number: found!.number, national: found!.national, rest }).toEqual(expected);
  });
});

describe('a document\'s congress', () => {
  it.each([
    [{ kind: 'nghi-quyet-dai-hoi', term: 'XIV', scope: 'central' }, { number: 14, national: true }],
    [{ kind: 'nghi-quyet-dai-hoi', term: 'XIX', scope: 'province' }, { number: 19, national: false }],
    [{ kind: 'nghi-quyet-dai-hoi', term: undefined, scope: 'bloc' }, undefined],
    [{ kind: 'nghi-quyet', term: 'XIII', scope: 'central' }, undefined],
  ])('%j → %j', (doc, expected) => {
    expect(congressOf(doc)).toEqual(expected);
  });

  it.each([
    [14, 'dh14', 'daihoibez'],
    [1, 'dh1', 'daihoibz'],
  ])('%i: key %s, token %s', (n, key, token) => {
    expect(congressMapKey(n)).toBe(key);
    expect(congressToken(n)).toBe(token);
  });
});
