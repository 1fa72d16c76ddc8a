/**
 * Several units ranked against their targets (a leader of several units, a sector chief).
 * Order: units with a target by gap, most above first; then units without a target by figure,
 * highest first; then suppressed or empty units; ties by name. Unknown unit ids are skipped.
 * A window without any absence data in the municipality gives every row `noData` and no figure;
 * a window the data covers only partly gives every row its `dataFrom` and no gap (no verdict from a
 * figure that is too low), so the rows are ranked by figure.
 */
import type { IsoDate } from '../model.js';
import { gapOf } from './situation.js';
import type { StatisticsIndex } from './statistics-index.js';
import { staffMix, unitFigures } from './figures.js';
import { isOwnLeaderOrHr, isSuppressed } from './suppression.js';
import { effectiveTarget, staffMixAverage } from './targets.js';
import type { StatsViewer } from './types.js';
import type { Coverage } from './coverage.js';
import { WINDOW } from './ranges.js';
import { rangeCoverage, type StatsOptions } from './unit-report.js';
import { unitTotals, type UnitTotals } from './unit-totals.js';

export interface RankingRow {
  unitId: string;
  unitName: string;
  daysPerFte: number | null;
  target: number | null;
  gap: number | null;
  suppressed: boolean;
  empty: boolean;
  /** No absence data at all for the window (see coverage.ts). */
  noData: boolean;
  /** The data covers the window only from this date: the figure is too low. */
  dataFrom: IsoDate | null;
}

function tier(r: RankingRow): number {
  if (r.gap !== null) return 0;
  if (r.daysPerFte !== null) return 1;
  return 2;
}

export function compareRows(a: RankingRow, b: RankingRow): number {
  const ta = tier(a);
  const tb = tier(b);
  if (ta !== tb) return ta - tb;
  if (ta === 0 && a.gap !== b.gap) return (b.gap ?? 0) - (a.gap ?? 0);
  if (ta === 1 && a.daysPerFte !== b.daysPerFte) return (b.daysPerFte ?? 0) - (a.daysPerFte ?? 0);
  return a.unitName.localeCompare(b.unitName, 'da');
}

function rowFor(
  index: StatisticsIndex,
  t: UnitTotals,
  unitId: string,
  year: number,
  viewer: StatsViewer,
  options: StatsOptions,
  coverage: Coverage,
): RankingRow | null {
  const noData = coverage.kind === 'none';
  const u = index.tree.indexOf.get(unitId);
  const unit = u === undefined ? undefined : index.tree.units[u];
  if (u === undefined || !unit) return null;
  const f = unitFigures(t, u);
  const suppressed = isSuppressed(
    f.persons,
    index.settings.statistics.minGroupSize,
    isOwnLeaderOrHr(index, viewer, unitId),
  );
  const daysPerFte = suppressed || noData ? null : f.daysPerFte;
  const mix = () => staffMixAverage(staffMix(t, u, index.groups), index.nationalAverages, year);
  const resolved = effectiveTarget(index, unitId, year, options.staffMixAsTarget ?? false, mix);
  const target = resolved?.daysPerFte ?? null;
  return {
    unitId,
    unitName: unit.name,
    daysPerFte,
    target,
    gap: gapOf(daysPerFte, target, coverage.kind === 'complete'),
    suppressed,
    empty: f.fte <= 0,
    noData,
    dataFrom: coverage.kind === 'partial' ? coverage.from : null,
  };
}

export function rankUnits(
  index: StatisticsIndex,
  unitIds: readonly string[],
  asOf: IsoDate,
  viewer: StatsViewer,
  options: StatsOptions = {},
): RankingRow[] {
  const t = unitTotals(index, asOf);
  const year = Number(asOf.slice(0, 4));
  const coverage = rangeCoverage(index, t, WINDOW);
  const rows = [...new Set(unitIds)].map((id) =>
    rowFor(index, t, id, year, viewer, options, coverage),
  );
  return rows.filter((r): r is RankingRow => r !== null).sort(compareRows);
}

/** The direct sub-units of a unit (e.g. a sector chief's institutions), by name. */
export function childUnitIds(index: StatisticsIndex, unitId: string): string[] {
  const u = index.tree.indexOf.get(unitId);
  if (u === undefined) return [];
  return (index.tree.children[u] ?? [])
    .map((c) => index.tree.units[c])
    .filter((x) => x !== undefined)
    .sort((a, b) => a.name.localeCompare(b.name, 'da'))
    .map((x) => x.id);
}
