/**
 * Comparisons for a unit's rolling 12-month figure:
 *   comparable   all other units of the same unitType, pooled (Σ dagsværk ÷ Σ FTE), leaving out the
 *                unit's own ancestors and sub-units and any unit nested inside another one counted;
 *   sector       the nearest 'forvaltning' ancestor;
 *   municipality the top of the tree.
 * Each is suppressed when it covers too few persons, unless the viewer is HR or leads it (for the
 * comparable units: leads every one of them, as a sector chief does).
 */
import { pooledPerFte } from './figures.js';
import { WINDOW } from './ranges.js';
import type { StatisticsIndex } from './statistics-index.js';
import { isOwnLeaderOrHr, isSuppressed } from './suppression.js';
import type { ComparisonFigure, StatsViewer } from './types.js';
import { isWithin, rootOf, sectorOf } from './unit-tree.js';
import type { UnitTotals } from './unit-totals.js';

/** Units of the same type as `unit`, without nesting and without the unit's own line. */
export function comparableUnits(index: StatisticsIndex, unit: number): number[] {
  const type = index.tree.units[unit]?.unitType ?? null;
  if (type === null) return [];
  const tree = index.tree;
  const same = tree.units
    .map((u, i) =>
      u.unitType === type && !isWithin(tree, i, unit) && !isWithin(tree, unit, i) ? i : -1,
    )
    .filter((i) => i >= 0);
  const set = new Set(same);
  return same.filter((i) => !(tree.chain[i] ?? []).some((a, k) => k > 0 && set.has(a)));
}

function single(
  index: StatisticsIndex,
  t: UnitTotals,
  viewer: StatsViewer,
  unit: number,
  kind: 'sector' | 'municipality',
): ComparisonFigure | null {
  const u = index.tree.units[unit];
  if (!u) return null;
  const persons = t.persons[unit] ?? 0;
  const hidden = isSuppressed(
    persons,
    index.settings.statistics.minGroupSize,
    isOwnLeaderOrHr(index, viewer, u.id),
  );
  return {
    kind,
    name: u.name,
    unitCount: 1,
    daysPerFte: hidden ? null : pooledPerFte(t, [unit], WINDOW),
    suppressed: hidden,
  };
}

function pooled(
  index: StatisticsIndex,
  t: UnitTotals,
  viewer: StatsViewer,
  unit: number,
): ComparisonFigure | null {
  const units = comparableUnits(index, unit);
  if (units.length === 0) return null;
  const persons = units.reduce((n, u) => n + (t.persons[u] ?? 0), 0);
  const ownLeader = units.every((c) =>
    isOwnLeaderOrHr(index, viewer, index.tree.units[c]?.id ?? ''),
  );
  const hidden = isSuppressed(persons, index.settings.statistics.minGroupSize, ownLeader);
  return {
    kind: 'comparable',
    name: index.tree.units[unit]?.unitType ?? '',
    unitCount: units.length,
    daysPerFte: hidden ? null : pooledPerFte(t, units, WINDOW),
    suppressed: hidden,
  };
}

export function comparisonsFor(
  index: StatisticsIndex,
  t: UnitTotals,
  viewer: StatsViewer,
  unit: number,
): ComparisonFigure[] {
  const out: Array<ComparisonFigure | null> = [pooled(index, t, viewer, unit)];
  const sector = sectorOf(index.tree, unit);
  if (sector >= 0) out.push(single(index, t, viewer, sector, 'sector'));
  const root = rootOf(index.tree, unit);
  if (root >= 0 && root !== sector) out.push(single(index, t, viewer, root, 'municipality'));
  return out.filter((c): c is ComparisonFigure => c !== null);
}
