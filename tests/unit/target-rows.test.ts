/**
 * The targets overview's rows as the reader sees them (src/ui/target-rows.ts): the static pages
 * and the filters' data files print the same text, taken from the document's entry (its label,
 * its target's wording, its sources) and from the report behind a figure (organ, source title).
 */
import { describe, expect, it } from 'vitest';
import type { OverviewRow } from '../../src/lib/views/targets-overview';
import { targetRowView, type TargetRowContext } from '../../src/ui/target-rows';

const target = { metric: 'Tỉ lệ đảng viên', value: 90, comparison: 'at-least', unit: '%', period: '2020–2025', year: 2025 };
const doc = (code: string | undefined, sources: { url?: string; outletType?: 'party' | 'state' | 'commercial' }[] = []) => ({
  id: 'd',
  data: { code, title: 'Về công tác phát triển đảng viên', targets: [target], sources },
});
const row = (progress: OverviewRow['progress'], province?: string): OverviewRow => ({ docId: 'd', index: 0, target, progress, province, topics: ['xay-dung-dang'] });
const ctx = (d: ReturnType<typeof doc>, organ?: string): TargetRowContext => ({
  doc: () => d,
  report: (id) => (id === 'r1' && organ !== undefined ? { organ, source: 'Báo cáo sơ kết' } : undefined),
});
const share = { reportId: 'r1', asOf: '2024-06-30', value: 527, of: 600, unit: 'đảng viên', progress: { percent: 87.8, bar: 87.8 }, against: 600, met: false };
const count = { ...share, of: undefined, progress: undefined, met: true };

describe('a row of the targets overview', () => {
  it.each([
    ['a code labels the document and does not break', doc('12-NQ/TU'), { label: '12-NQ/TU', nobreak: true }],
    ['a document without a code is labelled by its title', doc(undefined), { label: 'Về công tác phát triển đảng viên', nobreak: false }],
  ])('%s', (_name, d, expected) => {
    expect(targetRowView(row({ overdue: false }), ctx(d)).doc).toMatchObject({ id: 'd', ...expected, topics: ['xay-dung-dang'] });
  });

  it.each([
    ['a province named', 'Thanh Hóa', 'Thanh Hóa'],
    ['a province not known', 'unknown', undefined],
    ['no province', undefined, undefined],
  ])('%s: shown as %s', (_name, province, shown) => {
    expect(targetRowView(row({ overdue: false }, province), ctx(doc('1-NQ/TU'))).doc.province).toBe(shown);
  });

  it('words the target, its period and its milestone year', () => {
    const v = targetRowView(row({ overdue: false }), ctx(doc('1-NQ/TU')));
    expect([v.metric, v.value, v.period]).toEqual(['Tỉ lệ đảng viên', 'ít nhất 90%', '2020–2025; mốc năm 2025']);
  });

  it.each([
    ['resting only on a commercial outlet is marked', [{ outletType: 'commercial' as const }], true],
    ['a Party outlet beside it is not', [{ outletType: 'commercial' as const }, { outletType: 'party' as const }], false],
    ['no recorded outlet is not', [], false],
  ])('a target %s', (_name, sources, marked) => {
    expect(targetRowView(row({ overdue: false }), ctx(doc('1-NQ/TU', sources))).commercial).toBe(marked);
  });

  it.each([
    ['a share: bar and figure, not met, organ and source', row({ reported: share, endYear: 2025, overdue: false }), 'Ban Tổ chức Tỉnh ủy', { type: 'report', bar: 87.8, figure: '527/600 đảng viên (87,8%)', met: false, metText: 'Chưa đạt chỉ tiêu', asOf: 'Tính đến 30/06/2024', organ: 'Ban Tổ chức Tỉnh ủy', source: 'Báo cáo sơ kết' }],
    ['a count: the figure alone, met', row({ reported: count, overdue: false }), 'Ban Tổ chức Tỉnh ủy', { type: 'report', bar: undefined, figure: '527 đảng viên', met: true, metText: 'Đã đạt chỉ tiêu' }],
    ['a report the store does not hold: no organ, no source', row({ reported: share, overdue: false }), undefined, { type: 'report', organ: undefined, source: undefined }],
    ['an ended period without a report', row({ endYear: 2020, overdue: true }), undefined, { type: 'overdue', text: 'Thời kỳ đã hết (2020), Sổ tay chưa có báo cáo kết quả.' }],
    ['nothing reported yet', row({ endYear: 2030, overdue: false }), undefined, { type: 'none', text: 'Chưa có báo cáo.' }],
  ])('reported: %s', (_name, r, organ, expected) => {
    expect(targetRowView(r, ctx(doc('1-NQ/TU'), organ)).reported).toMatchObject(expected);
  });

  it('carries the end year the year filter reads', () => {
    expect(targetRowView(row({ endYear: 2030, overdue: false }), ctx(doc('1-NQ/TU'))).endYear).toBe(2030);
  });
});
