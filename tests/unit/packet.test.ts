/** The packet's list operations (src/lib/packet.ts). */
import { describe, expect, it } from 'vitest';
import { addId, moveId, parseIds, removeId, shareQuery } from '../../src/lib/packet';

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
