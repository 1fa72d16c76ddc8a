/** The statistics module's public API in one import. */
export { HOURS_PER_DAGSVAERK } from './types.js';
export type {
  ComparisonFigure,
  ResolvedTarget,
  ShortLong,
  Situation,
  StaffMixAverage,
  StatisticsData,
  StatsViewer,
  TrendPoint,
  TriggerPeriod,
  UnitFigures,
} from './types.js';
export { countsAsSickness, sicknessFilter, DEFAULT_SICKNESS_FILTER } from './absence-types.js';
export {
  buildStatisticsIndex,
  buildStatisticsIndexAsync,
  StatisticsIndexCache,
  type StatisticsIndex,
} from './statistics-index.js';
export type { Cooperation } from './cooperative.js';
export { unitTotals, warmUnitTotals, hasUnitTotals, type UnitTotals } from './unit-totals.js';
export { unitFigures, pooledPerFte, trend, shortLong, staffMix } from './figures.js';
export {
  resolveTarget,
  effectiveTarget,
  staffMixAverage,
  weightedAverage,
  computedTarget,
} from './targets.js';
export { isSuppressed, isOwnLeaderOrHr } from './suppression.js';
export { situationOf, gapOf } from './situation.js';
export { comparisonsFor, comparableUnits } from './comparisons.js';
export {
  unitReport,
  type UnitReport,
  type StatsOptions,
  type UnitReportFailure,
} from './unit-report.js';
export { rankUnits, childUnitIds, type RankingRow } from './ranking.js';
