/** The guides' live lookup examples, as a specification: what a typed query is read as, and which documents answer it. */
import { describe, expect, it } from 'vitest';
import { readLookup, type LookupDoc } from '../../src/lib/views/lookup';

const doc = (id: string, code: string | undefined, issued: string, extra: Partial<LookupDoc['data']> = {}): LookupDoc => ({
  id,
  data: { code, kind: 'nghi-quyet', issued, scope: 'central', aliases: [], ...extra },
});
const docs: LookupDoc[] = [
  doc('58-nq-tw-2020', '58-NQ/TW', '2020-08-05', { term: 'XII' }),
  doc('58-nq-tu-2021-thanh-hoa', '58-NQ/TU', '2021-03-01', { scope: 'province' }),
  doc('18-nq-tw-2017', '18-NQ/TW', '2017-10-25', { term: 'XII', plenum: 6 }),
  doc('19-nq-tw-2017', '19-NQ/TW', '2017-10-25', { term: 'XII', plenum: 6 }),
  doc('18-nq-tw-2022', '18-NQ/TW', '2022-06-16', { term: 'XIII', plenum: 5 }),
  doc('09-kl-tw-2021', '09-KL/TW', '2021-06-24', { kind: 'ket-luan', aliases: [{ code: '9-KL/TW' }] }),
  doc('55-ctr-tu-2023', '55-CTr/TU', '2023-02-01', { kind: 'chuong-trinh', scope: 'province' }),
  doc('dai-hoi-xiv', undefined, '2026-01-23', { kind: 'nghi-quyet-dai-hoi', term: 'XIV' }),
  doc('dai-hoi-tinh-xiv', undefined, '2025-10-01', { kind: 'nghi-quyet-dai-hoi', term: 'XIV', scope: 'province' }),
];

describe('a query read as the search page reads it', () => {
  it.each<[string, Record<string, unknown>, string[]]>([
    ['58-NQ/TW', { as: 'code', label: '58-NQ/TW', bare: false }, ['58-nq-tw-2020']],
    ['nq 58', { as: 'code', bare: true }, ['58-nq-tw-2020', '58-nq-tu-2021-thanh-hoa']],
    ['Nghị quyết số 58', { as: 'code', bare: true }, ['58-nq-tw-2020', '58-nq-tu-2021-thanh-hoa']],
    ['nghi quyet 58-nq/tw', { as: 'code', bare: false }, ['58-nq-tw-2020']],
    ['nghị quyết 18 năm 2022', { as: 'code', year: '2022' }, ['18-nq-tw-2022']],
    ['18-NQ/TW khóa XII', { as: 'code', term: 'XII' }, ['18-nq-tw-2017']],
    ['18-NQ/TW năm 1999', { as: 'code', year: '1999' }, ['18-nq-tw-2017', '18-nq-tw-2022']],
    ['KL 9', { as: 'code', bare: true }, ['09-kl-tw-2021']],
    ['chương trình hành động số 55', { as: 'code', bare: true }, ['55-ctr-tu-2023']],
    ['NQ 57', { as: 'code', bare: true }, []],
    ['Nghị quyết Trung ương 6 khóa XII', { as: 'plenum', number: 6, term: 'XII' }, ['18-nq-tw-2017', '19-nq-tw-2017']],
    ['NQ TW5', { as: 'plenum', number: 5 }, ['18-nq-tw-2022']],
    ['đại hội 14', { as: 'congress', number: 14 }, ['dai-hoi-xiv', 'dai-hoi-tinh-xiv']],
    ['chuyển đổi số', { as: 'words', words: ['chuyen', 'doi', 'so'] }, []],
  ])('%s', (query, reading, ids) => {
    const read = readLookup(query, docs);
    expect(read).toMatchObject(reading);
    expect(read.ids).toEqual(ids);
  });
});
