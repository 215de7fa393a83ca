/** View models as a specification: what a document page and an organ page show, and old addresses. */
import { describe, expect, it } from 'vitest';
import { analyseContent } from '../../src/lib/graph/analyse';
import { documentView, presentable } from '../../src/lib/views/document';
import { provincesCarryingOut } from '../../src/lib/views/provinces';
import { buildGraph } from '../../src/lib/graph/graph';
import { organHistory } from '../../src/lib/views/organ';
import { redirects } from '../../src/lib/views/redirects';
import { sharedCodeRows } from '../../src/lib/views/shared-codes';
import { searchMeta, type SearchDoc } from '../../src/lib/views/search-data';
import type { DocumentRecord } from '../../src/lib/model';

const doc = (id: string, code: string, issued: string, extra: Partial<DocumentRecord['data']> & { study?: Record<string, unknown> } = {}): DocumentRecord & { data: { study?: Record<string, unknown> } } => ({
  id, file: `${id}.md`, body: '', bodyLine: 1,
  data: { code, kind: 'nghi-quyet', title: id, issued, issuer: 'bch-tw', scope: 'central', status: 'unknown', aliases: [], relations: [], sources: [], ...extra },
});
const docs = [
  doc('60-nq-tw-2025', '60-NQ/TW', '2025-04-12', { study: { tasks: ['Sắp xếp'], background: ['Tổng kết'], viewpoints: [], generalGoal: 'Tinh gọn', questions: [' '] } }),
  doc('60-qd-tw', '60-QĐ/TW', '2022-03-08', { issuer: 'khoi-dn' }),
  doc('18-nq-tw-2017', '18-NQ/TW', '2017-10-25'),
  doc('18-nq-tw-2022', '18-NQ/TW', '2022-06-16'),
];
const content = analyseContent(docs, []);
const organs = [
  { id: 'bch-tw', name: 'Ban Chấp hành Trung ương' },
  { id: 'khoi-dn', name: 'Đảng ủy Khối Doanh nghiệp Trung ương', ended: 'unknown', succeededBy: 'dang-uy-cp', endedBy: { code: 'Kết luận số 121-KL/TW', date: '2025-01-24' } },
  { id: 'dang-uy-cp', name: 'Đảng ủy Chính phủ', established: 'unknown' },
  { id: 'btv-a', name: 'Ban Thường vụ A', ended: '2025-07-01', mergedInto: 'dang-uy-cp' },
];
const view = (id: string) => documentView(docs.find((d) => d.id === id)!, content, organs, (x) => docs.find((d) => d.id === x)?.codeKey ?? { '60-nq-tw-2025': '60-nq-tw', '60-qd-tw': '60-qd-tw' }[x]);

describe('a document page', () => {
  it('reads its study material in order and leaves empty parts out', () => {
    expect(view('60-nq-tw-2025').study.map((s) => [s.key, s.items])).toEqual([['background', ['Tổng kết']], ['generalGoal', ['Tinh gọn']], ['tasks', ['Sắp xếp']]]);
  });

  it.each([
    ['60-nq-tw-2025', { key: '60-tw', ids: ['60-qd-tw'] }, undefined],
    ['60-qd-tw', { key: '60-tw', ids: ['60-nq-tw-2025'] }, undefined],
    ['18-nq-tw-2017', undefined, { key: '18-nq-tw', count: 2 }],
  ])('%s: same number %j, same code %j', (id, sameNumber, sharedCode) => {
    expect(view(id).sameNumber).toEqual(sameNumber);
    expect(view(id).sharedCode).toEqual(sharedCode);
  });

  it('says what became of an issuer that no longer exists, and nothing of one that does', () => {
    expect(view('60-qd-tw').issuerHistory?.successor).toEqual({ id: 'dang-uy-cp', name: 'Đảng ủy Chính phủ', how: 'succeeded' });
    expect(view('60-nq-tw-2025').issuerHistory).toBeUndefined();
  });
});

describe('an organ page', () => {
  it.each([
    ['khoi-dn', 'unknown', 'dang-uy-cp', []],
    ['dang-uy-cp', undefined, undefined, ['btv-a', 'khoi-dn']],
    ['btv-a', '2025-07-01', 'dang-uy-cp', []],
  ])('%s: ended %s, successor %s, took over %j', (id, ended, successor, predecessors) => {
    const h = organHistory(organs.find((o) => o.id === id)!, organs);
    expect(h.ended).toBe(ended);
    expect(h.successor?.id).toBe(successor);
    expect(h.predecessors.map((p) => p.id).sort()).toEqual(predecessors);
  });
});

describe('old addresses', () => {
  it('lead from every former id of a document or an organ to the current page', () => {
    expect(redirects(new Map([['55-ctr-tu-2023-tinh-uy-tinh-chua-xac-dinh', '55-ctr-tu-2023']]), new Map([['tinh-uy-tinh-chua-xac-dinh', 'tinh-uy-tinh-b']]))).toEqual([
      { from: '/co-quan/tinh-uy-tinh-chua-xac-dinh/', to: '/co-quan/tinh-uy-tinh-b/' },
      { from: '/van-ban/55-ctr-tu-2023-tinh-uy-tinh-chua-xac-dinh/', to: '/van-ban/55-ctr-tu-2023/' },
    ]);
  });
});

describe('which documents get a presentation view', () => {
  it.each([
    ['60-nq-tw-2025', true],
    ['60-qd-tw', false],
  ])('%s: %s', (id, expected) => {
    expect(presentable(view(id))).toBe(expected);
  });
});

describe('sharedCodeRows: the index of shared-code pages', () => {
  const bearer = (id: string, spelling: string) => ({ id, spelling });
  const codePages = new Map([
    ['18-nq-tw', [bearer('18-2017', '18-NQ/TW'), bearer('18-2022', '18-NQ/TW')]],
    ['09-kl-tw', [bearer('09-kl-bcd', '09-KL/TW')]],
  ]);
  const sameNumber = new Map([
    ['60-tw', ['60-nq', '60-qd']],
    ['18-nq-tw', ['18-2017', '18-2022']],
  ]);
  const codes: Record<string, string> = { '60-nq': '60-NQ/TW', '60-qd': '60-QĐ/TW' };
  it('lists each page once, by spelling in Vietnamese order, with its number of documents', () => {
    expect(sharedCodeRows(codePages, sameNumber, (id) => codes[id] ?? id)).toEqual([
      { key: '09-kl-tw', label: '09-KL/TW', documents: 1 },
      { key: '18-nq-tw', label: '18-NQ/TW', documents: 2 },
      { key: '60-tw', label: '60-NQ/TW, 60-QĐ/TW', documents: 2 },
    ]);
  });
});

describe('searchMeta: the documents a result follows, so they rank above it', () => {
  const doc = (relations: { type: string; target: string }[]): SearchDoc => ({
    id: 'x', body: '',
    data: { code: '1-KL/TW', title: 'Về x', issued: '2025-01-01', kind: 'ket-luan', issuer: 'bo-chinh-tri', scope: 'central', topics: [], summary: 's', keyPoints: [], aliases: [], relations },
  });
  const labels = { kindName: (k: string) => k, organName: (o: string) => o, unknownDate: 'chưa rõ' };
  it.each<[string, { type: string; target: string }[], string]>([
    ['implements', [{ type: 'implements', target: 'a' }], 'a'],
    ['guides', [{ type: 'guides', target: 'a' }], 'a'],
    ['continues', [{ type: 'continues', target: 'a' }], 'a'],
    ['all three', [{ type: 'implements', target: 'a' }, { type: 'guides', target: 'b' }, { type: 'continues', target: 'c' }], 'a b c'],
    ['cites, reviews, amends, replaces are not followed', [{ type: 'cites', target: 'a' }, { type: 'reviews', target: 'b' }, { type: 'amends', target: 'c' }, { type: 'replaces', target: 'd' }], ''],
  ])('%s', (_name, relations, parents) => {
    expect(Object.fromEntries(searchMeta(doc(relations), labels))['parents']).toBe(parents);
  });
});

describe('the depth of an entry', () => {
  it.each([
    ['60-nq-tw-2025', 'study'],
    ['60-qd-tw', 'identity'],
  ])('%s is a %s entry', (id, depth) => {
    expect(view(id).depth).toBe(depth);
  });
});

describe('the provinces that carry out a central document', () => {
  const node = (id: string, issued: string, relations: { type: 'implements' | 'guides' | 'cites' | 'replaces'; target: string }[] = []) => ({ id, kind: 'chuong-trinh', title: id, issued, scope: 'province', issuer: 'x', status: 'unknown' as const, relations });
  const graph = buildGraph([
    { ...node('57', '2024-12-22'), scope: 'central' },
    node('lam-dong', '2025-03-01', [{ type: 'implements', target: '57' }]),
    node('lam-dong-khoi', '2025-04-01', [{ type: 'implements', target: 'lam-dong' }]),
    node('an-giang', '2025-02-01', [{ type: 'guides', target: '57' }]),
    node('dak-lak', '2025-01-15', [{ type: 'implements', target: '57' }]),
    node('ca-mau', '2025-01-20', [{ type: 'cites', target: '57' }]),
    node('chua-ro', '2025-01-10', [{ type: 'implements', target: '57' }]),
    { ...node('ke-hoach-tw', '2025-01-05', [{ type: 'implements', target: '57' }]), scope: 'central' },
    node('ha-noi', '2025-02-10', [{ type: 'implements', target: 'ke-hoach-tw' }]),
  ]);
  const local: Record<string, { scope: string; province?: string }> = {
    '57': { scope: 'central' },
    'lam-dong': { scope: 'province', province: 'Lâm Đồng' },
    'lam-dong-khoi': { scope: 'bloc', province: 'Lâm Đồng' },
    'an-giang': { scope: 'province', province: 'An Giang' },
    'dak-lak': { scope: 'province', province: 'Đắk Lắk' },
    'ca-mau': { scope: 'province', province: 'Cà Mau' },
    'chua-ro': { scope: 'province', province: 'unknown' },
    'ke-hoach-tw': { scope: 'central' },
    'ha-noi': { scope: 'province', province: 'Hà Nội' },
  };
  it('groups implementing and guiding documents, down the chain, by province in Vietnamese order, unknown last', () => {
    expect(provincesCarryingOut(graph, '57', (id) => local[id])).toEqual([
      { province: 'An Giang', docs: ['an-giang'] },
      { province: 'Đắk Lắk', docs: ['dak-lak'] },
      { province: 'Hà Nội', docs: ['ha-noi'] },
      { province: 'Lâm Đồng', docs: ['lam-dong', 'lam-dong-khoi'] },
      { province: 'unknown', docs: ['chua-ro'] },
    ]);
  });
  it('a document nothing carries out lists no province', () => {
    expect(provincesCarryingOut(graph, 'ca-mau', (id) => local[id])).toEqual([]);
  });
});
