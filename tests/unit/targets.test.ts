/** Targets beside what was reported (src/lib/views/targets.ts). */
import { describe, expect, it } from 'vitest';
import { endYearOf, targetProgress, type ReportInput, type TargetInput } from '../../src/lib/views/targets';

const members: TargetInput = { metric: 'Kết nạp đảng viên mới trong cả nhiệm kỳ', value: 600, unit: 'đảng viên', period: 'nhiệm kỳ 2015–2020' };
const midTerm: ReportInput = { id: 'so-ket', asOf: '2018-10-08', results: [{ metric: 'Đảng viên mới được kết nạp từ đầu nhiệm kỳ', value: 527, of: 600, unit: 'đảng viên' }, { metric: 'Tỷ lệ', value: 87.8, unit: '%' }] };

describe('the end of a target\'s period', () => {
  it.each<[Pick<TargetInput, 'year' | 'period'>, number | undefined]>([
    [{ period: 'nhiệm kỳ 2015–2020' }, 2020],
    [{ period: 'đến năm 2025' }, 2025],
    [{ period: 'giai đoạn 2021-2025, tầm nhìn 2030' }, 2030],
    [{ period: 'mỗi năm' }, undefined],
    [{}, undefined],
    [{ year: 2030, period: 'nhiệm kỳ 2020–2025' }, 2030],
  ])('%j → %s', (target, year) => {
    expect(endYearOf(target)).toBe(year);
  });
});

describe('what was reported against a target', () => {
  it('527 of 600 new members is 87,8 % with its report and date', () => {
    expect(targetProgress(members, [midTerm], '2026-01-01')).toEqual({
      reported: { reportId: 'so-ket', asOf: '2018-10-08', value: 527, of: 600, unit: 'đảng viên', progress: { percent: 87.8, bar: 87.8 } },
      endYear: 2020,
      overdue: false,
    });
  });

  it.each<[string, TargetInput, ReportInput[], string, { reported: boolean; overdue: boolean }]>([
    ['same metric, no denominator: measured against the target\'s level', { metric: 'Tỷ lệ', value: 90, unit: '%', period: 'năm 2024' }, [midTerm], '2026-01-01', { reported: true, overdue: false }],
    ['another unit does not count', { metric: 'Kết nạp', value: 600, unit: 'tổ chức', period: 'nhiệm kỳ 2015–2020' }, [midTerm], '2026-01-01', { reported: false, overdue: true }],
    ['period ended, nothing reported', { ...members }, [], '2026-01-01', { reported: false, overdue: true }],
    ['period still running, nothing reported', { ...members, period: 'nhiệm kỳ 2025–2030' }, [], '2026-01-01', { reported: false, overdue: false }],
    ['the period ends this year: not yet overdue', { ...members, period: 'đến năm 2026' }, [], '2026-06-30', { reported: false, overdue: false }],
    ['no period, nothing reported: never overdue', { ...members, period: undefined }, [], '2026-01-01', { reported: false, overdue: false }],
  ])('%s', (_name, target, reports, today, expected) => {
    const p = targetProgress(target, reports, today);
    expect({ reported: p.reported !== undefined, overdue: p.overdue }).toEqual(expected);
  });

  it('the latest report wins', () => {
    const later: ReportInput = { id: 'tong-ket', asOf: '2020-09-01', results: [{ metric: 'x', value: 640, of: 600, unit: 'đảng viên' }] };
    expect(targetProgress(members, [midTerm, later], '2026-01-01').reported?.reportId).toBe('tong-ket');
    expect(targetProgress(members, [later, midTerm], '2026-01-01').reported?.progress).toEqual({ percent: 106.7, bar: 100 });
  });
});

describe('the overview of all targets', () => {
  it('one row per target, with the filters\' values sorted the Vietnamese way', async () => {
    const { targetsOverview } = await import('../../src/lib/views/targets-overview');
    const view = targetsOverview(
      [
        { id: 'a', province: 'Thanh Hóa', topics: ['xay-dung-dang'], targets: [members, { ...members, period: 'năm 2024' }] },
        { id: 'b', province: 'Bình Thuận', topics: ['chuyen-doi-so', 'xay-dung-dang'], targets: [{ ...members, period: undefined }] },
        { id: 'c', topics: [], targets: [] },
        { id: 'd', province: 'unknown', topics: [], targets: [{ ...members, year: 2030 }] },
      ],
      (id) => (id === 'a' ? [midTerm] : []),
      '2026-01-01',
    );
    expect(view.rows.map((r) => `${r.docId}${r.index}`)).toEqual(['a0', 'a1', 'b0', 'd0']);
    expect(view.rows[0]!.progress.reported?.progress?.percent).toBe(87.8);
    expect(view.provinces).toEqual(['Bình Thuận', 'Thanh Hóa']);
    expect(view.topics).toEqual(['chuyen-doi-so', 'xay-dung-dang']);
    expect(view.years).toEqual([2020, 2024, 2030]);
  });
});
