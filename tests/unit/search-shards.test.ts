/**
 * How the build cuts the document pages into Pagefind shards and how many it indexes at once: equal
 * shards of at most the set size (side by side, they end together), one a core, never more than
 * the shards or than three quarters of the free memory holds at about 0.6 MB a page; a shard that
 * fails says what Pagefind said.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { equalParts, indexInto, shardsAtOnce } from '../../tools/build/search-index';

describe('equalParts: the fewest parts of at most `most`, as equal as they can be', () => {
  it.each<[number, number, number[]]>([
    [0, 6000, []],
    [1, 6000, [1]],
    [6000, 6000, [6000]],
    [6001, 6000, [3000, 3001]],
    [9996, 6000, [4998, 4998]],
    [10_000, 6000, [5000, 5000]],
    [50_000, 6000, [5555, 5556, 5555, 5556, 5555, 5556, 5555, 5556, 5556]],
    [25, 10, [8, 8, 9]],
  ])('%i pages in shards of at most %i → %j', (count, most, sizes) => {
    const items = Array.from({ length: count }, (_, i) => i);
    const parts = equalParts(items, most);
    expect(parts.map((p) => p.length)).toEqual(sizes);
    // Every page once, in order.
    expect(parts.flat()).toEqual(items);
  });
});

describe('shardsAtOnce: one a core, as many as the shards and the free memory allow', () => {
  it.each<[string, number, number, number, number, number]>([
    // name, shards, pages a shard, cores, free MB, expected
    ['one shard', 1, 5000, 2, 20_000, 1],
    ['two shards, two cores, room for both', 2, 4998, 2, 20_000, 2],
    ['nine shards, two cores', 9, 5556, 2, 18_000, 2],
    ['nine shards, eight cores, room for four', 9, 5556, 8, 18_000, 4],
    ['memory for one only', 2, 5000, 2, 5_000, 1],
    ['no room even for one: still one', 2, 6000, 2, 1_000, 1],
    ['small shards, many cores', 5, 10, 16, 1_000, 5],
  ])('%s', (_name, shards, pages, cores, freeMB, expected) => {
    expect(shardsAtOnce(shards, pages, cores, freeMB)).toBe(expected);
  });
});

describe("indexInto: Pagefind's program on one folder", () => {
  it('fails with what Pagefind said when the folder holds no page (the build stops naming the shard)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'so-tay-shard-'));
    try {
      await expect(indexInto(dir, join(dir, 'pagefind'))).rejects.toThrow(/Pagefind dừng \(1\) khi lập chỉ mục .*pagefind:\n.*not able to build an index/s);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('ends early when asked (another shard failed)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'so-tay-shard-'));
    try {
      const stop = new AbortController();
      stop.abort();
      await expect(indexInto(dir, join(dir, 'pagefind'), stop.signal)).rejects.toThrow(/abort/i);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
