/** The study kit's parts (src/lib/views/kit.ts) and the progress arithmetic (src/lib/views/progress.ts). */
import { describe, expect, it } from 'vitest';
import { buildGraph, type GraphNode } from '../../src/lib/graph/graph';
import { kitView } from '../../src/lib/views/kit';
import { progressOf } from '../../src/lib/views/progress';

const node = (id: string, relations: GraphNode['relations'] = []): GraphNode => ({ id, kind: 'nghi-quyet', title: id, issued: '2020-01-01', scope: 'central', issuer: 'x', status: 'unknown', relations });
const graph = buildGraph([
  node('a', [{ type: 'continues', target: 'old' }]),
  node('old'),
  node('review', [{ type: 'reviews', target: 'a' }]),
  node('local', [{ type: 'implements', target: 'a' }]),
  node('grassroots', [{ type: 'implements', target: 'local' }]),
  node('bare'),
]);

describe('a study kit leaves out what the base does not have', () => {
  it.each<[string, string, Parameters<typeof kitView>[1], number, { background: boolean; aims: string[]; targets: boolean; work: string[]; chain: boolean }]>([
    ['a document with everything', 'a', [{ key: 'background', items: ['x'] }, { key: 'viewpoints', items: ['v'] }, { key: 'goals', items: ['g'] }, { key: 'tasks', items: ['t'] }, { key: 'questions', items: ['q'] }], 2,
      { background: true, aims: ['viewpoints', 'goals'], targets: true, work: ['tasks', 'questions'], chain: true }],
    ['background from relations alone', 'a', [], 0, { background: true, aims: [], targets: false, work: [], chain: true }],
    ['a document with nothing', 'bare', [], 0, { background: false, aims: [], targets: false, work: [], chain: false }],
    ['background text only', 'bare', [{ key: 'background', items: ['b'] }], 0, { background: true, aims: [], targets: false, work: [], chain: false }],
  ])('%s', (_name, id, study, targets, expected) => {
    const kit = kitView(id, study, targets, graph);
    expect({ background: kit.background !== undefined, aims: kit.aims.map((s) => s.key), targets: kit.targets, work: kit.work.map((s) => s.key), chain: kit.chain !== undefined }).toEqual(expected);
  });

  it('background names what it continues and what reviewed it; the chain goes down every level', () => {
    const kit = kitView('a', [], 0, graph);
    expect(kit.background).toEqual({ items: [], continues: ['old'], reviewedBy: ['review'] });
    expect(kit.chain).toEqual({ id: 'a', children: [{ id: 'local', children: [{ id: 'grassroots', children: [] }] }] });
  });
});

describe('progress against a target', () => {
  it.each<[number, number | undefined, { percent: number; bar: number } | undefined]>([
    [527, 600, { percent: 87.8, bar: 87.8 }],
    [300, 300, { percent: 100, bar: 100 }],
    [450, 300, { percent: 150, bar: 100 }],
    [0, 50, { percent: 0, bar: 0 }],
    [1, 3, { percent: 33.3, bar: 33.3 }],
    [2, 3, { percent: 66.7, bar: 66.7 }],
    [5, undefined, undefined],
    [5, 0, undefined],
    [5, -2, undefined],
  ])('%d of %s → %j', (value, of, expected) => {
    expect(progressOf(value, of)).toEqual(expected);
  });
});
