/**
 * Progress against a target: what was reported as a share of what was set (527 of 600 = 87,8 %),
 * rounded to one decimal, and the bar's width capped at 100 % (an over-achievement still reads 100 %
 * wide but keeps its own figure).
 */

/** A reported figure against its level. */
export interface Progress {
  /** Share achieved, in percent, one decimal. */
  percent: number;
  /** Width of the bar, 0–100. */
  bar: number;
}

/** Progress of `value` against `of`; undefined when there is nothing to divide by. */
export function progressOf(value: number, of: number | undefined): Progress | undefined {
  if (of === undefined || !Number.isFinite(of) || of <= 0 || !Number.isFinite(value)) return undefined;
  const percent = Math.round((value / of) * 1000) / 10;
  return { percent, bar: Math.max(0, Math.min(100, percent)) };
}
