/**
 * "Hvordan ligger vi ift. måltal?" for one unit (including its sub-units) as of a date:
 * the rolling 12-month figure, target and gap, trend, short vs long, comparisons, situation.
 * A suppressed report carries no figures at all (not just hidden ones).
 */
import { addMonths, dayNumber, isoOf } from '../calendar.js';
import type { IsoDate } from '../model.js';
import { fail, ok, type Result } from '../result.js';
import { comparisonsFor } from './comparisons.js';
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
import { unitTotals } from './unit-totals.js';

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
  const suppressed = isSuppressed(
    figures.persons,
    index.settings.statistics.minGroupSize,
    isOwnLeaderOrHr(index, viewer, unitId),
  );
  const mix = staffMixAverage(staffMix(t, u, index.groups), index.nationalAverages, year);
  const target = effectiveTarget(index, unitId, year, options.staffMixAsTarget ?? false, () => mix);
  const previousYear = suppressed ? null : previousYearPerFte(t, u);
  const current = suppressed ? null : figures.daysPerFte;
  return ok({
    unitId,
    unitName: unit.name,
    asOf,
    windowFrom: isoOf(dayNumber(addMonths(asOf, -12)) + 1),
    windowTo: asOf,
    suppressed,
    empty: figures.fte <= 0,
    figures: suppressed ? null : figures,
    previousYear,
    target,
    gap: gapOf(current, target?.daysPerFte ?? null),
    staffMix: suppressed ? null : mix,
    trend: suppressed ? [] : trend(t, u),
    shortLong: suppressed ? null : shortLong(t, u, index.settings.statistics.shortMaxDays),
    comparisons: comparisonsFor(index, t, viewer, u),
    situation: situationOf(current, target?.daysPerFte ?? null, previousYear),
  });
}
