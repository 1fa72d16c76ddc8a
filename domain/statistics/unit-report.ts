/**
 * "Hvordan ligger vi ift. måltal?" for one unit (including its sub-units) as of a date:
 * the rolling 12-month figure, target and gap, trend, short vs long, comparisons, situation.
 * A suppressed report carries no figures at all (not just hidden ones). A window with no absence
 * registered anywhere in the data (before the first import) is "no data": no figures either; a
 * year-earlier window without any is left out (null) rather than shown as 0.
 * Pass a month's last day as `asOf` (see period.ts) so the trend's last month is complete.
 */
import { addMonths, dayNumber, isoOf } from '../calendar.js';
import type { IsoDate } from '../model.js';
import { fail, ok, type Result } from '../result.js';
import { comparisonsFor } from './comparisons.js';
import { hasAbsenceData } from './coverage.js';
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
import { PREVIOUS_WINDOW, WINDOW } from './ranges.js';
import { unitTotals, type UnitTotals } from './unit-totals.js';

export interface StatsOptions {
  /** Use the HT staff-mix average as the target when the unit has no explicit or inherited one. */
  staffMixAsTarget?: boolean;
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
  /**
   * The first absence registered anywhere, when it lies more than a month into the window: the
   * data covers only part of the window, so the figure is too low. Null when the data covers it.
   */
  dataFrom: IsoDate | null;
  figures: UnitFigures | null;
  /** Rolling 12 months one year earlier. */
  previousYear: number | null;
  target: ResolvedTarget | null;
  /** Days per FTE above (+) or under (−) the target. */
  gap: number | null;
  staffMix: StaffMixAverage | null;
  trend: TrendPoint[];
  shortLong: ShortLong | null;
  comparisons: ComparisonFigure[];
  situation: Situation;
}

export type UnitReportFailure = 'unknownUnit';

/** Data starting within this many days of the window's start counts as covering it. */
const PARTIAL_SLACK_DAYS = 31;

/** Whether the window (or the year-earlier window) has any absence data at all. */
export function hasData(index: StatisticsIndex, t: UnitTotals, range: number): boolean {
  const from = t.ranges.from[range] ?? 0;
  const to = t.ranges.to[range] ?? 0;
  return hasAbsenceData(index.absenceSpans, from, to);
}

function withoutYearEarlier(points: TrendPoint[]): TrendPoint[] {
  return points.map((p) => ({ ...p, yearEarlier: null }));
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
  const noData = !hasData(index, t, WINDOW);
  const earlierData = hasData(index, t, PREVIOUS_WINDOW);
  const suppressed = isSuppressed(
    figures.persons,
    index.settings.statistics.minGroupSize,
    isOwnLeaderOrHr(index, viewer, unitId),
  );
  const hidden = suppressed || noData;
  const first = index.absenceSpans.starts[0];
  const partly = first !== undefined && first > (t.ranges.from[WINDOW] ?? 0) + PARTIAL_SLACK_DAYS;
  const mix = staffMixAverage(staffMix(t, u, index.groups), index.nationalAverages, year);
  const target = effectiveTarget(index, unitId, year, options.staffMixAsTarget ?? false, () => mix);
  const previousYear = hidden || !earlierData ? null : previousYearPerFte(t, u);
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
    dataFrom: !noData && partly && first !== undefined ? isoOf(first) : null,
    figures: hidden ? null : figures,
    previousYear,
    target,
    gap: gapOf(current, target?.daysPerFte ?? null),
    staffMix: suppressed ? null : mix,
    trend: earlierData ? points : withoutYearEarlier(points),
    shortLong: hidden ? null : shortLong(t, u, index.settings.statistics.shortMaxDays),
    comparisons: noData ? [] : comparisonsFor(index, t, viewer, u),
    situation: situationOf(current, target?.daysPerFte ?? null, previousYear),
  });
}
