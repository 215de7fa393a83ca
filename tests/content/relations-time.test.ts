/**
 * Relations keep time on the real content: no document shows as citing, carrying out or guiding one
 * issued after it; a later document named in our summary of an earlier one is a later development.
 */
import { describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { readContent } from '../../src/loader/read';
import { checkContent } from '../../src/loader/check';
import { BACKWARD_TYPES } from '../../src/lib/graph/integrity';

const { graph } = checkContent(readContent(resolve(import.meta.dirname, '../..'))).graph;
const issued = (id: string): string => graph.nodes.get(id)?.issued ?? 'unknown';
const known = (a: string, b: string): boolean => a !== 'unknown' && b !== 'unknown';

describe('relations that keep time', () => {
  it.each([...BACKWARD_TYPES])('no %s edge runs from an earlier document to a later one', (type) => {
    const backwards = graph.edges
      .filter((e) => e.type === type && known(issued(e.from), issued(e.to)) && issued(e.from) < issued(e.to))
      .map((e) => `${e.from} (${issued(e.from)}) → ${e.to} (${issued(e.to)})`);
    expect(backwards).toEqual([]);
  });

  it('every later development is issued after the document whose summary names it', () => {
    const wrong = [...graph.later].flatMap(([from, tos]) => tos.filter((to) => !(issued(from) < issued(to))).map((to) => `${from} → ${to}`));
    expect(wrong).toEqual([]);
  });
});
