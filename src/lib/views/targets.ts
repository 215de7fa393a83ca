/**
 * Targets (chỉ tiêu) beside what was reported against them: the figure, its date and source, the
 * share achieved; and a target whose period has ended with nothing reported, said as such.
 */
import { moreIsBetter, progressOf, targetEnd, targetMet, type Progress } from './progress';

/** What a target says, as the view reads it. */
export interface TargetInput {
  metric: string;
  value: number;
  /** Upper end of a range. */
  to?: number | undefined;
  /** How the figure compares (src/lib/model.ts COMPARISONS); a bare figure when absent. */
  comparison?: string | undefined;
  unit: string;
  year?: number | undefined;
  period?: string | undefined;
  /** Address of the source that gives the figure. */
  source?: string | undefined;
}

/** A report about the same document, as the view reads it. */
export interface ReportInput {
  id: string;
  /** ISO date or 'unknown'. */
  asOf: string;
  results: readonly { metric: string; value: number; of?: number | undefined; unit: string }[];
}

/** A target with what was reported against it. */
export interface TargetProgress {
  /** The reported figure, when a report gives one against this target. */
  reported?:
    | {
        reportId: string;
        asOf: string;
        value: number;
        of: number | undefined;
        unit: string;
        /** The share of `of`, or of the target's end where more is better; none for a ceiling or a rank. */
        progress: Progress | undefined;
        /** The figure the share is taken of (`of`, else the target's end). */
        against: number;
        /** The result meets the target (src/lib/views/progress.ts says how a range and a rank are judged). */
        met: boolean;
      }
    | undefined;
  /** The last year of the target's period, when the target says one. */
  endYear?: number | undefined;
  /** The period has ended (before `today`'s year) and nothing was reported against it. */
  overdue: boolean;
}

const fold = (s: string): string => s.normalize('NFC').toLocaleLowerCase('vi').replace(/\s+/g, ' ').trim();

/** The last year a target's period names ("nhiệm kỳ 2015–2020" → 2020), or its milestone year. */
export function endYearOf(target: Pick<TargetInput, 'year' | 'period'>): number | undefined {
  if (target.year !== undefined) return target.year;
  const years = target.period?.match(/\b(19|20)\d{2}\b/g);
  return years === null || years === undefined ? undefined : Number(years[years.length - 1]);
}

/**
 * A result counts against a target when it is in the same unit and either gives the target's level
 * (or the upper end of its range) as its denominator (527 of 600 against "600 đảng viên") or
 * measures the same thing (same metric). The content check refuses a report against a document none of whose targets any result meets.
 */
export function resultMeetsTarget(result: ReportInput['results'][number], target: Pick<TargetInput, 'metric' | 'value' | 'to' | 'unit'>): boolean {
  return fold(result.unit) === fold(target.unit) && (result.of === target.value || (result.of !== undefined && result.of === target.to) || fold(result.metric) === fold(target.metric));
}

/** What was reported against a target (see {@link resultMeetsTarget}); the latest report wins. */
export function targetProgress(target: TargetInput, reports: readonly ReportInput[], today: string): TargetProgress {
  const endYear = endYearOf(target);
  const latest = [...reports].sort((a, b) => (a.asOf < b.asOf ? 1 : a.asOf > b.asOf ? -1 : 0));
  for (const report of latest) {
    const hit = report.results.find((r) => resultMeetsTarget(r, target));
    if (hit !== undefined) {
      const level = { value: target.value, to: target.to, comparison: target.comparison ?? 'reach' };
      const against = hit.of ?? targetEnd(level);
      // A count against its own denominator (527 of 600) is a share whatever the comparison.
      const progress = hit.of !== undefined || moreIsBetter(level.comparison) ? progressOf(hit.value, against) : undefined;
      return { reported: { reportId: report.id, asOf: report.asOf, value: hit.value, of: hit.of, unit: hit.unit, progress, against, met: targetMet(level, hit.value) }, endYear, overdue: false };
    }
  }
  const year = Number(today.slice(0, 4));
  return { endYear, overdue: endYear !== undefined && endYear < year };
}
