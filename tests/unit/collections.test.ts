/**
 * What the collections' loaders put in Astro's store (src/loader/collections.ts), as a
 * specification: each entry's checked fields under its id, ids where the collection's schema has a
 * reference(), the province an entry names as `provinceRef` when provinces.yaml has it, and never a
 * body or anything derived (the graph, HTML): those stay in the loader's memo.
 */
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/loader/check';
import { rawEntries } from '../../src/loader/collections';
import { siteFromCheck } from '../../src/loader/site';
import { doc, kh43, nq58, organs, provinces, report, topics } from '../support/content-fixture';

/** The small valid base, with the plan moved to a named province (Bình Thuận, merged into Lâm Đồng). */
function site(planProvince = 'unknown') {
  const check = checkContent({
    documents: [
      { path: 'content/documents/nghi-quyet/58-nq-tw-2020.md', text: doc(nq58, 'Nội dung nhắc Nghị quyết số 58-NQ/TW, ngày 05/8/2020.\n') },
      { path: 'content/documents/ke-hoach/43-kh-tu-2022.md', text: doc(kh43.replace('province: unknown', `province: ${planProvince}`)) },
    ],
    organs: { path: 'content/organs.yaml', text: organs },
    topics: { path: 'content/topics.yaml', text: topics },
    provinces: { path: 'content/provinces.yaml', text: provinces },
    reports: [{ path: 'content/reports/bao-cao-2022.yaml', text: report }],
  });
  expect(check.errors).toEqual([]);
  return siteFromCheck(check);
}

const byId = <T extends { id: string }>(items: T[]): Record<string, T> => Object.fromEntries(items.map((i) => [i.id, i]));

describe('the store entries the loaders make', () => {
  it('a document: its checked fields under its id and file, references as ids, no body', () => {
    const { '58-nq-tw-2020': nq } = byId(rawEntries(site(), 'documents'));
    expect(nq).toMatchObject({ id: '58-nq-tw-2020', filePath: 'content/documents/nghi-quyet/58-nq-tw-2020.md' });
    expect(nq!.data).toMatchObject({ code: '58-NQ/TW', issued: '2020-08-05', issuer: 'bo-chinh-tri', topics: ['xay-dung-dang'], status: 'unknown' });
    expect(Object.keys(nq!.data)).not.toContain('body');
    // The body is not stored but counts in the digest, so a change to it reaches the page.
    expect(nq!.unstored).toBe('Nội dung nhắc Nghị quyết số 58-NQ/TW, ngày 05/8/2020.\n');
  });

  it.each([
    ['unknown', undefined],
    ['Bình Thuận', 'binh-thuan'],
    ['bình thuận', 'binh-thuan'],
  ])('a document of province %s points at province %s', (name, ref) => {
    const { '43-kh-tu-2022': kh } = byId(rawEntries(site(name), 'documents'));
    expect(kh!.data['province']).toBe(name);
    expect(kh!.data['provinceRef']).toBe(ref);
    expect(kh!.data['relations']).toEqual([{ type: 'implements', target: '58-nq-tw-2020' }]);
  });

  it.each([
    ['organs', ['bo-chinh-tri', 'tinh-uy-x']],
    ['topics', ['xay-dung-dang']],
    ['provinces', ['lam-dong', 'binh-thuan']],
    ['reports', ['bao-cao-2022']],
  ] as const)('%s: one entry per item, its id out of its fields', (collection, ids) => {
    const entries = rawEntries(site(), collection);
    expect(entries.map((e) => e.id)).toEqual(ids);
    for (const e of entries) expect(Object.keys(e.data)).not.toContain('id');
  });

  it('a province that merged keeps the id of the one it merged into; a report its organ and document', () => {
    expect(byId(rawEntries(site(), 'provinces'))['binh-thuan']!.data).toMatchObject({ mergedInto: 'lam-dong', since: '2025-07-01' });
    // The report's organ and document as the shared fixture writes them.
    const field = (name: string) => report.match(new RegExp(`^${name}: (.*)$`, 'm'))![1];
    expect(byId(rawEntries(site(), 'reports'))['bao-cao-2022']!.data).toMatchObject({ organ: field('organ'), document: field('document'), asOf: 'unknown' });
  });

  it('no entry holds a field left undefined (the store keeps what a field holds)', () => {
    for (const collection of ['documents', 'organs', 'topics', 'provinces', 'reports'] as const) {
      for (const e of rawEntries(site(), collection)) expect(Object.values(e.data)).not.toContain(undefined);
    }
  });
});
