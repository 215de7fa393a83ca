/**
 * Progress against a target: what was reported as a share of what was set (527 of 600 = 87,8 %),
 * rounded to one decimal, and the bar's width capped at 100 % (an over-achievement still reads 100 %
 * wide but keeps its own figure); and whether a result meets the target as its source words it.
 *
 * A range is judged by its ends. Where more is better (ít nhất, trên, đạt, khoảng, and a bare
 * range), a result meets the target once it reaches the LOWER end ("10–12 %/năm" is met by 10):
 * the range says how far the aim goes, its lower end is the commitment; progress is measured
 * against that end. Where less is better (tối đa, dưới) the UPPER end is the ceiling, and a rank
 * ("thuộc nhóm 3 …") is met when the reported rank is at most N; neither gets a bar, since a share
 * of a ceiling or of a rank says nothing.
 */

/** A reported figure against its level. */
export interface Progress {
  /** Share achieved, in percent, one decimal. */
  percent: number;
  /** Width of the bar, 0–100. */
  bar: number;
}

/** The level a result is judged against: a target's figure or range and how it compares. */
export interface TargetLevel {
  value: number;
  /** Upper end of a range. */
  to?: number | undefined;
  /** at-least, more-than, at-most, less-than, exactly, about, reach, top (src/lib/model.ts). */
  comparison: string;
}

const CEILINGS = new Set(['at-most', 'less-than', 'top']);

/** Whether a larger result is better for this comparison (false for ceilings and ranks). */
export function moreIsBetter(comparison: string): boolean {
  return !CEILINGS.has(comparison);
}

/** The end a result is measured against: the lower end where more is better, the upper end of a ceiling, N of a rank. */
export function targetEnd(level: TargetLevel): number {
  return moreIsBetter(level.comparison) ? level.value : (level.to ?? level.value);
}

/** Whether `result` meets the target: reaches the lower end (more is better), stays under the ceiling, ranks within N. */
export function targetMet(level: TargetLevel, result: number): boolean {
  const end = targetEnd(level);
  switch (level.comparison) {
    case 'more-than':
      return result > end;
    case 'less-than':
      return result < end;
    case 'at-most':
    case 'top':
      return result <= end;
    case 'exactly':
      return level.to === undefined ? result === level.value : result >= level.value && result <= level.to;
    default:
      // at-least, reach, about: reaching the (lower) end is meeting it.
      return result >= end;
  }
}

/** Progress of `value` against `of`; undefined when there is nothing to divide by. */
export function progressOf(value: number, of: number | undefined): Progress | undefined {
  if (of === undefined || !Number.isFinite(of) || of <= 0 || !Number.isFinite(value)) return undefined;
  const percent = Math.round((value / of) * 1000) / 10;
  return { percent, bar: Math.max(0, Math.min(100, percent)) };
}
