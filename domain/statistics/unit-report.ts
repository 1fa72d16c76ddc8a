/**
 * "Hvordan ligger vi ift. måltal?" for one unit (including its sub-units) as of a date:
 * the rolling 12-month figure, target and gap, trend, short vs long, comparisons, situation.
 * A suppressed report carries no figures at all (not just hidden ones). A window with no absence
 * registered anywhere in the data (before the first import) is "no data": no figures either; a
 * year-earlier window without any is left out (null) rather than shown as 0. Each figure says
 * whether its data covers its window (`coverage`); a figure whose data starts late is shown with
 * "data only from …" and is not compared: no gap to target, no "rising" (see situation.ts), and
 * trend months before the data starts have no value.
 * Pass a month's last day as `asOf` (see period.ts) so the trend's last month is complete.
 */
import { addMonths, dayNumber, isoOf } from '../calendar.js';
import type { IsoDate } from '../model.js';
import { fail, ok, type Result } from '../result.js';
import { comparisonsFor } from './comparisons.js';
import { coverageOf, monthCovered, type Coverage } from './coverage.js';
import { previousYearPerFte, shortLong, staffMix, trend, unitFigures } from './figures.js';
import { gapOf, situationOf } from './situation.js';
import type { StatisticsIndex } from './statistics-index.js';
import { isOwnLeaderOrHr, isSuppressed } from './suppression.js';
import { effectiveTarget, staffMixAverage } from './targets.js';
import type {
  ComparisonFigure,
  ResolvedTarget,
  ShortLong,
  Situation,
  StaffMixAverage,
  StatsViewer,
  TrendPoint,
  UnitFigures,
} from './types.js';
import { FIRST_MONTH, MONTHS, PREVIOUS_WINDOW, WINDOW } from './ranges.js';
import { unitTotals, type UnitTotals } from './unit-totals.js';

export interface StatsOptions {
  /** Use the HT staff-mix average as the target when the unit has no explicit or inherited one. */
  staffMixAsTarget?: boolean;
  /** Leave out the comparisons with other units (the costliest part; a caller that only needs
   * the unit's own figure and target, e.g. the scheduler asking per unit, skips them). */
  withoutComparisons?: boolean;
}

export interface UnitReport {
  unitId: string;
  unitName: string;
  asOf: IsoDate;
  windowFrom: IsoDate;
  windowTo: IsoDate;
  /** Too few persons for this viewer: no figures are included. */
  suppressed: boolean;
  /** No FTE in the window (no counted employments). */
  empty: boolean;
  /** No absence registered in the window anywhere in the data: the data does not reach back. */
  noData: boolean;
  /** Whether the data covers each figure's window (see coverage.ts). */
  coverage: ReportCoverage;
  figures: UnitFigures | null;
  /** Rolling 12 months one year earlier (null without any data then). */
  previousYear: number | null;
  target: ResolvedTarget | null;
  /** Days per FTE above (+) or under (−) the target; null when the window's data is partial. */
  gap: number | null;
  staffMix: StaffMixAverage | null;
  trend: TrendPoint[];
  shortLong: ShortLong | null;
  comparisons: ComparisonFigure[];
  situation: Situation;
}

export interface ReportCoverage {
  /** The window: the headline, the gap to target, short vs long and the comparisons. */
  window: Coverage;
  /** The same window a year earlier ("a year ago"). */
  previousYear: Coverage;
}

export type UnitReportFailure = 'unknownUnit';

/** The coverage of one of the ranges (see ranges.ts). */
export function rangeCoverage(index: StatisticsIndex, t: UnitTotals, range: number): Coverage {
  return coverageOf(index.absenceSpans, t.ranges.from[range] ?? 0, t.ranges.to[range] ?? 0);
}

/** Trend months before the data starts, or in a year-earlier window without data, have no value. */
function coveredTrend(
  index: StatisticsIndex,
  t: UnitTotals,
  points: TrendPoint[],
  coverage: ReportCoverage,
): TrendPoint[] {
  const covered = (k: number) =>
    monthCovered(index.absenceSpans, t.ranges.to[FIRST_MONTH + k] ?? 0);
  const earlier = coverage.previousYear.kind !== 'none';
  return points.map((p, i) => ({
    ...p,
    value: covered(MONTHS / 2 + i) ? p.value : null,
    yearEarlier: earlier && covered(i) ? p.yearEarlier : null,
  }));
}

export function unitReport(
  index: StatisticsIndex,
  unitId: string,
  asOf: IsoDate,
  viewer: StatsViewer,
  options: StatsOptions = {},
): Result<UnitReport, UnitReportFailure> {
  const u = index.tree.indexOf.get(unitId);
  const unit = u === undefined ? undefined : index.tree.units[u];
  if (u === undefined || !unit) return fail('unknownUnit', { unitId });
  const t = unitTotals(index, asOf);
  const year = Number(asOf.slice(0, 4));
  const figures = unitFigures(t, u);
  const coverage = {
    window: rangeCoverage(index, t, WINDOW),
    previousYear: rangeCoverage(index, t, PREVIOUS_WINDOW),
  };
  const noData = coverage.window.kind === 'none';
  const complete = {
    window: coverage.window.kind === 'complete',
    previousYear: coverage.previousYear.kind === 'complete',
  };
  const suppressed = isSuppressed(
    figures.persons,
    index.settings.statistics.minGroupSize,
    isOwnLeaderOrHr(index, viewer, unitId),
  );
  const hidden = suppressed || noData;
  const mix = staffMixAverage(staffMix(t, u, index.groups), index.nationalAverages, year);
  const target = effectiveTarget(index, unitId, year, options.staffMixAsTarget ?? false, () => mix);
  const previousYear =
    hidden || coverage.previousYear.kind === 'none' ? null : previousYearPerFte(t, u);
  const current = hidden ? null : figures.daysPerFte;
  const points = hidden ? [] : trend(t, u);
  return ok({
    unitId,
    unitName: unit.name,
    asOf,
    windowFrom: isoOf(dayNumber(addMonths(asOf, -12)) + 1),
    windowTo: asOf,
    suppressed,
    empty: figures.fte <= 0,
    noData,
    coverage,
    figures: hidden ? null : figures,
    previousYear,
    target,
    gap: gapOf(current, target?.daysPerFte ?? null, complete.window),
    staffMix: suppressed ? null : mix,
    trend: coveredTrend(index, t, points, coverage),
    shortLong: hidden ? null : shortLong(t, u, index.settings.statistics.shortMaxDays),
    comparisons: noData || options.withoutComparisons ? [] : comparisonsFor(index, t, viewer, u),
    situation: situationOf(current, target?.daysPerFte ?? null, previousYear, complete),
  });
}
