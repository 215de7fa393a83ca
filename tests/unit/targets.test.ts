/** Targets beside what was reported (src/lib/views/targets.ts). */
import { describe, expect, it } from 'vitest';
import { endYearOf, targetProgress, type ReportInput, type TargetInput } from '../../src/lib/views/targets';
import { targetEnd, targetMet, type TargetLevel } from '../../src/lib/views/progress';
import { showTarget, type TargetWording } from '../../src/ui/format';

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
      reported: { reportId: 'so-ket', asOf: '2018-10-08', value: 527, of: 600, unit: 'đảng viên', progress: { percent: 87.8, bar: 87.8 }, against: 600, met: false },
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

describe('a target prints as its source words it (src/ui/format.ts showTarget)', () => {
  it.each<[string, TargetWording, string]>([
    ['a range per year, en dash', { value: 10, to: 12, unit: '%/năm', comparison: 'reach' }, 'đạt 10–12 %/năm'],
    ['a range of shares with decimal commas', { value: 8.5, to: 9.5, unit: '%', comparison: 'about' }, 'khoảng 8,5–9,5%'],
    ['a range, at least', { value: 55, to: 58, unit: '%', comparison: 'at-least' }, 'ít nhất 55–58%'],
    ['a range the source aims for', { value: 35, to: 40, unit: '%', comparison: 'about', aim: true }, 'phấn đấu đạt khoảng 35–40%'],
    ['a bare range', { value: 84, to: 85, unit: '%', comparison: 'exactly' }, 'đúng 84–85%'],
    ['at least', { value: 95, unit: '%', comparison: 'at-least' }, 'ít nhất 95%'],
    ['more than', { value: 55, unit: '%', comparison: 'more-than' }, 'trên 55%'],
    ['less than', { value: 3, unit: '%', comparison: 'less-than' }, 'dưới 3%'],
    ['at most', { value: 2, unit: 'cấp phó', comparison: 'at-most' }, 'tối đa 2 cấp phó'],
    ['about', { value: 10, unit: '%/năm', comparison: 'about' }, 'khoảng 10 %/năm'],
    ['a bare figure the source says is reached', { value: 300, unit: 'đảng viên', comparison: 'reach' }, 'đạt 300 đảng viên'],
    ['a thousands separator', { value: 3463, unit: 'đảng viên', comparison: 'reach' }, 'đạt 3.463 đảng viên'],
    ['aim, at least', { value: 30, unit: '% GDP', comparison: 'at-least', aim: true }, 'phấn đấu đạt ít nhất 30% GDP'],
    ['aim, a bare figure', { value: 50, unit: '% GDP', comparison: 'reach', aim: true }, 'phấn đấu đạt 50% GDP'],
    ['aim, a ceiling keeps its word', { value: 3, unit: '%', comparison: 'less-than', aim: true }, 'phấn đấu dưới 3%'],
    ['a rank with its group', { value: 3, unit: 'nước', comparison: 'top', group: 'nước dẫn đầu Đông Nam Á' }, 'thuộc nhóm 3 nước dẫn đầu Đông Nam Á'],
    ['a rank the source aims for', { value: 30, unit: 'nước', comparison: 'top', group: 'nước dẫn đầu thế giới', aim: true }, 'phấn đấu thuộc nhóm 30 nước dẫn đầu thế giới'],
  ])('%s → %s', (_name, target, printed) => {
    expect(showTarget(target)).toBe(printed);
  });

  it('never prints "nhóm N nước" outside a rank, nor a hyphen in a range', () => {
    expect(showTarget({ value: 10, to: 12, unit: '%/năm', comparison: 'reach' })).not.toMatch(/\d-\d/);
  });
});

describe('progress against a range\'s ends and a rank (src/lib/views/progress.ts)', () => {
  it.each<[string, TargetLevel, number, boolean, number]>([
    // [name, target, result, met, end measured against]
    ['a range where more is better is met at its lower end', { value: 10, to: 12, comparison: 'reach' }, 10, true, 10],
    ['… and not below it', { value: 10, to: 12, comparison: 'reach' }, 9.5, false, 10],
    ['… and still met past its upper end', { value: 10, to: 12, comparison: 'at-least' }, 13, true, 10],
    ['about a range: the lower end', { value: 35, to: 40, comparison: 'about' }, 36, true, 35],
    ['more than: strictly', { value: 55, comparison: 'more-than' }, 55, false, 55],
    ['at least: reaching it', { value: 95, comparison: 'at-least' }, 95, true, 95],
    ['a ceiling is judged at its upper end', { value: 2, to: 3, comparison: 'at-most' }, 3, true, 3],
    ['less than: strictly under', { value: 3, comparison: 'less-than' }, 3, false, 3],
    ['less than, under', { value: 3, comparison: 'less-than' }, 2.4, true, 3],
    ['exactly a range: inside it', { value: 84, to: 85, comparison: 'exactly' }, 84.5, true, 84],
    ['exactly a range: outside it', { value: 84, to: 85, comparison: 'exactly' }, 86, false, 84],
    ['a rank: met when rank ≤ N', { value: 3, comparison: 'top' }, 3, true, 3],
    ['a rank: not met below the group', { value: 3, comparison: 'top' }, 4, false, 3],
    ['a rank: a better rank is met', { value: 50, comparison: 'top' }, 44, true, 50],
  ])('%s', (_name, level, result, met, end) => {
    expect(targetMet(level, result)).toBe(met);
    expect(targetEnd(level)).toBe(end);
  });

  it.each<[string, TargetInput, number, { percent: number; bar: number } | undefined, boolean]>([
    ['a range: share of its lower end', { metric: 'Tăng trưởng', value: 10, to: 12, unit: '%/năm', comparison: 'reach' }, 11, { percent: 110, bar: 100 }, true],
    ['a range not reached', { metric: 'Tăng trưởng', value: 10, to: 12, unit: '%/năm', comparison: 'reach' }, 8, { percent: 80, bar: 80 }, false],
    ['a ceiling gets no bar', { metric: 'Tỷ lệ nợ', value: 3, unit: '%', comparison: 'less-than' }, 2, undefined, true],
    ['a rank gets no bar', { metric: 'Xếp hạng', value: 3, unit: 'nước', comparison: 'top', group: 'nước dẫn đầu Đông Nam Á' } as TargetInput, 5, undefined, false],
  ])('%s', (_name, target, value, progress, met) => {
    const report: ReportInput = { id: 'r', asOf: '2025-01-01', results: [{ metric: target.metric, value, unit: target.unit }] };
    const p = targetProgress(target, [report], '2026-01-01').reported;
    expect(p?.progress).toEqual(progress);
    expect(p?.met).toBe(met);
  });
});
