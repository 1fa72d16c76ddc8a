/**
 * Comparisons for a unit's rolling 12-month figure:
 *   comparable   all other units of the same unitType, pooled (Σ dagsværk ÷ Σ FTE), leaving out the
 *                unit's own ancestors and sub-units and any unit nested inside another one counted;
 *   sector       the nearest 'forvaltning' ancestor;
 *   municipality the top of the tree.
 * Suppression (for anyone but HR):
 *   - too few: fewer than the minimum distinct persons (personKey; a person in two pooled units
 *     counts once), unless the viewer leads it (for the comparable units: leads every one of them,
 *     as a sector chief does);
 *   - differencing: the figure minus what the viewer already sees would describe fewer than the
 *     minimum persons (but at least one). What the viewer sees: the units they lead (with
 *     sub-units), the unit asked about, and the comparisons shown before this one that lie inside
 *     it (order: comparable, sector, municipality). So a leader of A does not see the sector when
 *     the rest of it is a 3-person unit B, nor the municipality when it is the sector plus 3 others.
 */
import { pooledPerFte } from './figures.js';
import { headcount } from './headcount.js';
import { WINDOW } from './ranges.js';
import type { StatisticsIndex } from './statistics-index.js';
import { isOwnLeaderOrHr } from './suppression.js';
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

/** A comparison before suppression: the units it pools and whether the viewer leads all of them. */
interface Candidate {
  kind: ComparisonFigure['kind'];
  name: string;
  units: number[];
  led: boolean;
}

function ledBy(index: StatisticsIndex, viewer: StatsViewer, units: readonly number[]): boolean {
  return units.every((u) => isOwnLeaderOrHr(index, viewer, index.tree.units[u]?.id ?? ''));
}

function candidates(index: StatisticsIndex, viewer: StatsViewer, unit: number): Candidate[] {
  const out: Candidate[] = [];
  const comparable = comparableUnits(index, unit);
  const type = index.tree.units[unit]?.unitType ?? '';
  if (comparable.length > 0)
    out.push({ kind: 'comparable', name: type, units: comparable, led: false });
  const sector = sectorOf(index.tree, unit);
  const root = rootOf(index.tree, unit);
  for (const [u, kind] of [
    [sector, 'sector'],
    [root !== sector ? root : -1, 'municipality'],
  ] as const) {
    const name = u >= 0 ? index.tree.units[u]?.name : undefined;
    if (name !== undefined) out.push({ kind, name, units: [u], led: false });
  }
  for (const c of out) c.led = ledBy(index, viewer, c.units);
  return out;
}

/** The units the viewer already sees figures for: those they lead, and the unit asked about. */
function seenUnits(index: StatisticsIndex, viewer: StatsViewer, unit: number): number[] {
  const led = viewer.leads.map((id) => index.tree.indexOf.get(id) ?? -1).filter((u) => u >= 0);
  return [...led, unit];
}

function inside(index: StatisticsIndex, units: readonly number[], pool: readonly number[]) {
  return units.every((u) => pool.some((p) => isWithin(index.tree, u, p)));
}

export function comparisonsFor(
  index: StatisticsIndex,
  t: UnitTotals,
  viewer: StatsViewer,
  unit: number,
): ComparisonFigure[] {
  const min = index.settings.statistics.minGroupSize;
  const seen = seenUnits(index, viewer, unit);
  const shown: number[][] = [];
  return candidates(index, viewer, unit).map((c) => {
    const known = [...seen, ...shown.filter((s) => inside(index, s, c.units)).flat()];
    const count = headcount(index, t, c.units, known);
    const tooFew = !c.led && count.persons < min;
    const revealing = count.outside > 0 && count.outside < min;
    const hidden = !viewer.hr && (tooFew || revealing);
    if (!hidden) shown.push(c.units);
    return {
      kind: c.kind,
      name: c.name,
      unitCount: c.units.length,
      daysPerFte: hidden ? null : pooledPerFte(t, c.units, WINDOW),
      suppressed: hidden,
      suppressedBy: !hidden ? null : tooFew ? 'fewPersons' : 'wouldReveal',
    };
  });
}
