/** The packet's list operations (src/lib/packet.ts). */
import { describe, expect, it } from 'vitest';
import { addId, MAX_PACKET, moveId, parseIds, readIds, removeId, shareQuery, splitKnown } from '../../src/lib/packet';

describe('reading a packet from storage or a shared link', () => {
  it.each<[unknown, string[]]>([
    ['58-nq-tw-2020,28-nq-tw-2022', ['58-nq-tw-2020', '28-nq-tw-2022']],
    [' 58-nq-tw-2020 , ,28-nq-tw-2022,', ['58-nq-tw-2020', '28-nq-tw-2022']],
    ['a,b,a', ['a', 'b']],
    [['x', 'y'], ['x', 'y']],
    [['x', 3, null, 'Y', '../etc', '<script>'], ['x']],
    ['', []],
    [null, []],
    [{ ids: ['x'] }, []],
  ])('%j → %j', (value, ids) => {
    expect(parseIds(value)).toEqual(ids);
  });
});

describe('a shared link is bounded', () => {
  const many = (n: number, prefix = 'x'): string[] => Array.from({ length: n }, (_, i) => `${prefix}${i}`);
  it.each<[string, string, { count: number; first: string; last: string; more: boolean }]>([
    ['10,000 ids: the first 100 are read', many(10_000).join(','), { count: 100, first: 'x0', last: 'x99', more: true }],
    ['exactly 100', many(100).join(','), { count: 100, first: 'x0', last: 'x99', more: false }],
    ['100 valid among invalid and repeated ones', [...many(100).flatMap((id) => [id, id, 'BAD', '']), 'x0'].join(','), { count: 100, first: 'x0', last: 'x99', more: false }],
    ['101 with a repeat of the first last', [...many(100), 'x0'].join(','), { count: 100, first: 'x0', last: 'x99', more: false }],
    ['101 distinct', many(101).join(','), { count: 100, first: 'x0', last: 'x99', more: true }],
  ])('%s', (_name, value, expected) => {
    const read = readIds(value);
    expect({ count: read.ids.length, first: read.ids[0], last: read.ids.at(-1), more: read.more }).toEqual(expected);
  });

  it('a full packet takes no more', () => {
    const full = many(MAX_PACKET);
    expect(addId(full, 'y')).toEqual(full);
  });

  it.each<[string[], string[], { known: string[]; unknown: string[] }]>([
    [['a', 'z', 'b', 'y'], ['a', 'b', 'c'], { known: ['a', 'b'], unknown: ['z', 'y'] }],
    [['a'], [], { known: [], unknown: ['a'] }],
    [[], ['a'], { known: [], unknown: [] }],
  ])('%j against the kits %j', (ids, kits, expected) => {
    expect(splitKnown(ids, new Set(kits))).toEqual(expected);
  });
});

describe('changing a packet', () => {
  const p = ['a', 'b', 'c'];
  it.each<[string, string[], string[]]>([
    ['add a new id at the end', addId(p, 'd'), ['a', 'b', 'c', 'd']],
    ['add one already there', addId(p, 'b'), ['a', 'b', 'c']],
    ['remove', removeId(p, 'b'), ['a', 'c']],
    ['remove one not there', removeId(p, 'z'), ['a', 'b', 'c']],
    ['move up', moveId(p, 'c', -1), ['a', 'c', 'b']],
    ['move down', moveId(p, 'a', 1), ['b', 'a', 'c']],
    ['move the first up: stays', moveId(p, 'a', -1), ['a', 'b', 'c']],
    ['move the last down: stays', moveId(p, 'c', 1), ['a', 'b', 'c']],
    ['move one not there', moveId(p, 'z', 1), ['a', 'b', 'c']],
  ])('%s', (_name, got, expected) => {
    expect(got).toEqual(expected);
  });

  it.each<[string[], string]>([
    [['58-nq-tw-2020', '28-nq-tw-2022'], '?ids=58-nq-tw-2020,28-nq-tw-2022'],
    [[], ''],
  ])('shared as %j → %s', (ids, query) => {
    expect(shareQuery(ids)).toBe(query);
    if (ids.length > 0) expect(parseIds(new URLSearchParams(query).get('ids'))).toEqual(ids);
  });
});
