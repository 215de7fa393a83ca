/**
 * The document graph, as a specification: edges read both ways with their own wording, a status
 * derived from the edges, the implementation chain, shared codes and aliases, and the integrity
 * rules that stop the build (each row breaks the fixture content in one way).
 */
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { formatContentErrors } from '../../src/loader/errors';
import { readContent } from '../../src/loader/read';
import { checkContent, type ContentFiles } from '../../src/loader/check';
import { analyseContent } from '../../src/lib/graph/analyse';
import { buildGraph, derivedStatus, edgeCounts, groupByType, implementationPaths, implementationTree, nodeLabel, treeSize, type GraphNode } from '../../src/lib/graph/graph';
import { graphIntegrity } from '../../src/lib/graph/integrity';
import { legislationJsonLd } from '../../src/lib/graph/jsonld';
import { vi } from '../../src/i18n/vi';

const node = (id: string, issued: string, relations: GraphNode['relations'] = [], extra: Partial<GraphNode> = {}): GraphNode => ({
  id, issued, relations, kind: 'nghi-quyet', title: id, scope: 'central', issuer: 'bch-tw', status: 'unknown', ...extra,
});
// A small world: a central resolution, a province program carrying it out, a bloc plan under that,
// a grassroots plan under the bloc, a replacement, an amendment and a review.
const world = buildGraph(
  [
    node('nq-a', '2017-10-25'),
    node('ctr-tinh', '2018-01-10', [{ type: 'implements', target: 'nq-a' }], { scope: 'province' }),
    node('kh-khoi', '2018-03-01', [{ type: 'implements', target: 'ctr-tinh' }], { scope: 'bloc' }),
    node('kh-co-so', '2018-05-01', [{ type: 'implements', target: 'kh-khoi' }], { scope: 'grassroots' }),
    node('kl-tong-ket', '2024-11-24', [{ type: 'reviews', target: 'nq-a' }]),
    node('nq-moi', '2025-02-01', [{ type: 'replaces', target: 'nq-a' }, { type: 'cites', target: 'kl-tong-ket' }]),
    node('qd-sua', '2019-01-01', [{ type: 'amends', target: 'ctr-tinh' }]),
    node('nq-le', '2020-01-01'),
    node('ct-sau', '2026-01-01', [], { kind: 'chi-thi' }),
    node('nq-sau', '2021-01-01'),
  ],
  [
    { from: 'ctr-tinh', to: 'nq-a' }, // already linked by implements: no extra cites edge
    { from: 'nq-le', to: 'nq-a' },
    { from: 'nq-a', to: 'kl-tong-ket' }, // our summary of nq-a tells of its later review: not a citation
    { from: 'nq-a', to: 'nq-moi' }, // already linked by replaces
    { from: 'nq-a', to: 'ct-sau' },
    { from: 'nq-a', to: 'ct-sau' }, // named twice, listed once
    { from: 'nq-le', to: 'nq-sau' }, // nq-sau cites nq-le below: the pair is shown once, as that citation
    { from: 'nq-sau', to: 'nq-le' },
  ],
);

describe('edges read both ways, grouped by type, each with its own wording', () => {
  it.each<[string, 'incoming' | 'outgoing', string[], string[]]>([
    ['nq-a', 'incoming', ['implements', 'replaces', 'reviews', 'cites'], ['Văn bản triển khai', 'Được thay thế bởi', 'Được sơ kết / tổng kết bởi', 'Được dẫn chiếu bởi']],
    ['ctr-tinh', 'incoming', ['implements', 'amends'], ['Văn bản triển khai', 'Được sửa đổi, bổ sung bởi']],
    ['ctr-tinh', 'outgoing', ['implements'], ['Thực hiện']],
    ['nq-moi', 'outgoing', ['replaces', 'cites'], ['Thay thế', 'Dẫn chiếu']],
    ['nq-le', 'outgoing', ['cites'], ['Dẫn chiếu']],
  ])('%s, %s: %j', (id, dir, types, wording) => {
    const groups = groupByType(world[dir].get(id) ?? []);
    expect(groups.map((g) => g.type)).toEqual(types);
    expect(groups.map((g) => vi.relation[dir][g.type])).toEqual(wording);
  });

  it('a citation found in a body is a cites edge unless a relation already links the two', () => {
    expect(world.edges.filter((e) => e.origin === 'text').map((e) => `${e.from}>${e.to}`)).toEqual(['nq-le>nq-a', 'nq-sau>nq-le']);
    expect(edgeCounts(world)).toEqual({ implements: 3, guides: 0, amends: 1, replaces: 1, reviews: 1, cites: 3, continues: 0 });
  });

  it.each<[string, string[]]>([
    ['nq-a', ['ct-sau']], // the review and the replacement are already linked by relations
    ['nq-le', []],
    ['nq-moi', []],
    ['nq-sau', []],
  ])('a body naming a later document keeps it as a later development: %s → %j', (id, later) => {
    expect(world.later.get(id) ?? []).toEqual(later);
    expect((world.outgoing.get(id) ?? []).filter((e) => e.origin === 'text' && later.includes(e.to))).toEqual([]);
  });
});

describe('a document is named by its code, else its title, else its id', () => {
  const named = buildGraph([node('a', '2020-01-01', [], { code: '58-NQ/TW', title: 'Về Thanh Hóa' }), node('b', '2020-01-01', [], { title: 'Văn kiện Đại hội' })]);
  it.each([
    ['a', '58-NQ/TW'],
    ['b', 'Văn kiện Đại hội'],
    ['missing', 'missing'],
  ])('%s → %s', (id, label) => {
    expect(nodeLabel(named, id)).toBe(label);
  });
});

describe('the derived status names the facts and the date it is up to', () => {
  it.each<[string, string[], string, string | undefined, string]>([
    ['nq-a', ['replaces:nq-moi', 'reviews:kl-tong-ket'], '2025-02-01', 'NotInForce', 'replaced'],
    ['ctr-tinh', ['amends:qd-sua'], '2019-01-01', 'InForce', 'amended'],
    ['kh-co-so', [], '2018-05-01', undefined, 'unknown'],
  ])('%s', (id, facts, asOf, force, value) => {
    const status = derivedStatus(world, id);
    expect(status.facts.map((f) => `${f.type}:${f.by}`)).toEqual(facts);
    expect(status.asOf).toBe(asOf);
    expect(status.legalForce).toBe(force);
    expect(status.value).toBe(value);
  });

  // A stated status holds until a newer relation decides otherwise; a replacement always decides.
  const stated = buildGraph([
    node('nq-x', '2016-10-30', [], { status: 'in-force', statusAsOf: '2025-06-01', factDates: ['2025-09-02'] }),
    node('kl-x', '2021-10-25', [{ type: 'reviews', target: 'nq-x' }]),
    node('nq-y', '2012-01-16', [], { status: 'in-force', statusAsOf: '2020-01-01' }),
    node('kl-y', '2021-10-25', [{ type: 'reviews', target: 'nq-y', conclusion: 'tiếp tục thực hiện' }]),
    node('nq-z', '2012-01-16', [], { status: 'in-force', statusAsOf: '2025-01-01' }),
    node('nq-z2', '2024-01-01', [{ type: 'replaces', target: 'nq-z' }]),
    node('ct-e', '2010-01-01', [], { status: 'expired', statusAsOf: '2015-01-01', statusBy: 'nq-y' }),
  ]);
  it.each<[string, string, string, string | undefined, boolean, string]>([
    ['nq-x', 'in-force', '2025-06-01', undefined, false, '2025-09-02'],
    ['nq-y', 'reviewed', '2021-10-25', 'kl-y', true, '2021-10-25'],
    ['nq-z', 'replaced', '2024-01-01', 'nq-z2', true, '2025-01-01'],
    ['ct-e', 'expired', '2015-01-01', 'nq-y', false, '2015-01-01'],
  ])('stated and derived: %s is %s on %s by %s (derived %s), recorded up to %s', (id, value, on, by, derived, asOf) => {
    const status = derivedStatus(stated, id);
    expect([status.value, status.decidedOn, status.decidedBy, status.derived, status.asOf]).toEqual([value, on, by, derived, asOf]);
  });
});

describe('the implementation chain goes down the tree and up the path', () => {
  it.each<[string, number, string[][]]>([
    ['nq-a', 3, []],
    ['ctr-tinh', 2, [['nq-a']]],
    ['kh-co-so', 0, [['nq-a', 'ctr-tinh', 'kh-khoi']]],
  ])('%s: %i below, paths up %j', (id, below, up) => {
    expect(treeSize(implementationTree(world, id))).toBe(below);
    expect(implementationPaths(world, id)).toEqual(up);
  });
});

describe('integrity rules on plain data', () => {
  it.each<[string, Parameters<typeof graphIntegrity>[0], string[]]>([
    ['a two-step replace cycle', [{ id: 'a', issued: '2020-01-01', relations: [{ type: 'replaces', target: 'b' }] }, { id: 'b', issued: '2021-01-01', relations: [{ type: 'replaces', target: 'a' }] }], ['relation-cycle', 'relation-cycle']],
    ['a three-step amend cycle', [{ id: 'a', issued: 'unknown', relations: [{ type: 'amends', target: 'b' }] }, { id: 'b', issued: 'unknown', relations: [{ type: 'amends', target: 'c' }] }, { id: 'c', issued: 'unknown', relations: [{ type: 'amends', target: 'a' }] }], ['relation-cycle', 'relation-cycle', 'relation-cycle']],
    ['cites both ways: only the later citing the earlier holds', [{ id: 'a', issued: '2020-01-01', relations: [{ type: 'cites', target: 'b' }] }, { id: 'b', issued: '2021-01-01', relations: [{ type: 'cites', target: 'a' }] }], ['relation-later']],
    ['cites between documents of one day is fine', [{ id: 'a', issued: '2020-01-01', relations: [{ type: 'cites', target: 'b' }] }, { id: 'b', issued: '2020-01-01', relations: [{ type: 'cites', target: 'a' }] }], []],
    ['guiding a later document', [{ id: 'a', issued: '2020-01-01', relations: [{ type: 'guides', target: 'b' }] }, { id: 'b', issued: '2020-01-02', relations: [] }], ['relation-later']],
    ['continuing or reviewing is judged by the other rules only', [{ id: 'a', issued: '2020-01-01', relations: [{ type: 'continues', target: 'b' }, { type: 'reviews', target: 'b' }] }, { id: 'b', issued: '2021-01-01', relations: [] }], []],
    ['implementing a later document', [{ id: 'a', issued: '2020-01-01', relations: [{ type: 'implements', target: 'b' }] }, { id: 'b', issued: '2021-01-01', relations: [] }], ['relation-later']],
    ['implementing one of unknown date is not judged', [{ id: 'a', issued: '2020-01-01', relations: [{ type: 'implements', target: 'b' }] }, { id: 'b', issued: 'unknown', relations: [] }], []],
  ])('%s', (_name, docs, kinds) => {
    expect(graphIntegrity(docs).map((p) => p.kind)).toEqual(kinds);
  });
});

/** The fixture content with one file's text changed. */
function broken(file: string, change: (text: string) => string): ContentFiles {
  const files = readContent('tests/fixtures/graph');
  const target = files.documents.find((d) => d.path.endsWith(file));
  if (target === undefined) throw new Error(`no fixture ${file}`);
  target.text = change(target.text);
  return files;
}
const addRelation = (type: string, target: string) => (text: string) => text.replace('sources:\n', `relations:\n  - type: ${type}\n    target: ${target}\nsources:\n`);

describe('the content check refuses a wrong link, naming file and line', () => {
  it('the fixture content itself is clean', () => {
    expect(checkContent(readContent('tests/fixtures/graph')).errors).toEqual([]);
  });

  it.each<[string, string, (t: string) => string, string, number, RegExp]>([
    ['a relation to an unknown entry', '28-nq-tw-2022.md', addRelation('cites', '99-nq-tw-2030'), 'unknown-document', 12, /99-nq-tw-2030/],
    ['a relation to itself', '28-nq-tw-2022.md', addRelation('cites', '28-nq-tw-2022'), 'self-relation', 12, /chính nó/],
    ['a cycle in replaces', '18-nq-tw-2017.md', addRelation('replaces', '09-kl-bcd-2024'), 'relation-cycle', 12, /09-kl-bcd-2024/],
    ['implementing a document issued after', '05-ct-tw-2016.md', addRelation('implements', '28-nq-tw-2022'), 'relation-later', 12, /17\/11\/2022/],
    ['an ambiguous reference in a body', '19-nq-tw-2017.md', (t) => t.replace('Nội dung.', 'Dòng một.\nĐánh giá Nghị quyết 18 của Trung ương.'), 'ambiguous-reference', 15, /18-nq-tw-2017 \(25\/10\/2017\), 18-nq-tw-2022 \(16\/06\/2022\)/],
  ])('%s', (_name, file, change, kind, line, message) => {
    const files = file === '18-nq-tw-2017.md'
      ? (() => {
          // 09-KL/BCĐ replaces 18-NQ/TW and 18-NQ/TW replaces 09-KL/BCĐ: a cycle.
          const f = broken(file, change);
          const kl = f.documents.find((d) => d.path.endsWith('09-kl-bcd-2024.md'))!;
          kl.text = kl.text.replace('type: reviews', 'type: replaces');
          return f;
        })()
      : broken(file, change);
    const errors = checkContent(files).errors.filter((e) => e.kind === kind);
    expect(errors.length).toBeGreaterThan(0);
    const mine = errors.find((e) => e.file.endsWith(file))!;
    expect(mine.line).toBe(line);
    expect(mine.message).toMatch(message);
    expect(formatContentErrors(errors)).toContain(`${mine.file}:${line}`);
  });

  it('a real astro build of a small project with an ambiguous reference exits non-zero naming file and line', () => {
    let output = '';
    let failed = false;
    try {
      execFileSync('npx', ['astro', 'build', '--root', 'tests/fixtures/graph/broken-site'], { encoding: 'utf8', stdio: 'pipe' });
    } catch (error) {
      failed = true;
      const e = error as { stdout?: string; stderr?: string };
      output = `${e.stdout ?? ''}${e.stderr ?? ''}`;
    }
    expect(failed).toBe(true);
    expect(output).toContain('content/documents/nghi-quyet/19-nq-tw-2017.md:14');
    expect(output).toContain('"Nghị quyết 18" có thể là 2 văn bản');
  }, 60_000);
});

describe('the fixture content as a graph: shared codes, aliases, JSON-LD', () => {
  const check = checkContent(readContent('tests/fixtures/graph'));
  const content = analyseContent(check.documents, check.organs);

  it('18-NQ/TW is a shared code; 09-KL/TW is an alias page with its note', () => {
    expect([...content.codePages.keys()]).toEqual(['18-nq-tw', '9-kl-tw']);
    expect(content.codePages.get('18-nq-tw')!.map((b) => b.id)).toEqual(['18-nq-tw-2017', '18-nq-tw-2022']);
    expect(content.codePages.get('9-kl-tw')).toEqual([{ id: '09-kl-bcd-2024', spelling: '09-KL/TW', aliasNote: 'Bài nguồn 004 in nhầm hậu tố.' }]);
  });

  it('18-NQ/TW (2017) is reviewed by 09-KL/BCĐ and 22-KL/BCĐ; 28-NQ/TW is carried out by 55-CTr/TU', () => {
    expect(derivedStatus(content.graph, '18-nq-tw-2017').facts.map((f) => f.by)).toEqual(['22-kl-bcd-2024', '09-kl-bcd-2024']);
    expect(implementationTree(content.graph, '28-nq-tw-2022').children.map((c) => c.id)).toEqual(['55-ctr-tu-2023-tinh-uy-x']);
  });

  it.each<[string, string, unknown]>([
    ['43-kh-tu-2022-tinh-uy-x', 'legislationApplies', [{ '@type': 'Legislation', '@id': '/van-ban/21-kl-tw-2021/', url: '/van-ban/21-kl-tw-2021/' }]],
    ['43-kh-tu-2022-tinh-uy-x', 'citation', [{ '@type': 'Legislation', '@id': '/van-ban/05-ct-tw-2016/', url: '/van-ban/05-ct-tw-2016/' }]],
    ['43-kh-tu-2022-tinh-uy-x', 'legislationIdentifier', '43-KH/TU'],
    ['43-kh-tu-2022-tinh-uy-x', 'legislationDate', '2022-01-18'],
    ['18-nq-tw-2017', 'legislationPassedBy', { '@type': 'Organization', name: 'Ban Chấp hành Trung ương Đảng' }],
    ['18-nq-tw-2017', '@type', 'Legislation'],
  ])('JSON-LD of %s has %s', (id, key, value) => {
    const ld = legislationJsonLd(content.graph, id, { urlOf: (d) => `/van-ban/${d}/`, kindName: (k) => k, organName: (o) => check.organs.find((x) => x.id === o)?.name ?? o });
    expect(ld[key]).toEqual(value);
  });
});
