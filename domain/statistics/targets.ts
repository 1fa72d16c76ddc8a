/**
 * Targets (måltal) in dagsværk per FTE, per unit and year. Targets are optional.
 *
 * Inheritance: a unit's own target for the year wins. Without one, the unit inherits from its
 * nearest ancestor that has a target for that year marked "applies to sub-units"
 * (gaelder_underenheder = J). An ancestor's target marked N covers only that ancestor itself and
 * is passed over (the search goes on upwards). No such target anywhere → no target.
 *
 * The staff-mix average Høje-Taastrup uses as a target (docs/statistics.md): Σ_g FTE_g × national average_g ÷ Σ_g FTE_g,
 * from one source (KRL preferred, then DST, BENCHMARK, EGEN), sector KOMMUNER, the latest year not
 * after the target year. A group without its own average uses the 'ALLE' row; a group with neither
 * is left out and the others re-weighted.
 */
import type { NationalAverage, Target } from '../model.js';
import type { StatisticsIndex } from './statistics-index.js';
import type { ResolvedTarget, StaffMixAverage } from './types.js';

const SOURCE_PREFERENCE: ReadonlyArray<NationalAverage['source']> = [
  'KRL',
  'DST',
  'BENCHMARK',
  'EGEN',
];
export const ALL_STAFF_GROUP = 'ALLE';

function targetOf(targets: readonly Target[], unitId: string, year: number): Target | undefined {
  let found: Target | undefined;
  for (const t of targets) if (t.unitId === unitId && t.year === year) found = t;
  return found;
}

/** The explicit or inherited target of a unit for a year, or null. */
export function resolveTarget(
  index: StatisticsIndex,
  unitId: string,
  year: number,
): ResolvedTarget | null {
  const u = index.tree.indexOf.get(unitId);
  if (u === undefined) return null;
  const chain = index.tree.chain[u] ?? [];
  for (let k = 0; k < chain.length; k++) {
    const unit = index.tree.units[chain[k] ?? -1];
    if (!unit) continue;
    const t = targetOf(index.targets, unit.id, year);
    if (!t || (k > 0 && !t.appliesToSubUnits)) continue;
    return {
      daysPerFte: t.daysPerFte,
      year,
      method: t.method,
      fromUnitId: unit.id,
      fromUnitName: unit.name,
      inherited: k > 0,
      computed: false,
    };
  }
  return null;
}

/** Σ fte × average ÷ Σ fte over the entries; null when there is no FTE. */
export function weightedAverage(
  mix: ReadonlyArray<{ fte: number; average: number }>,
): number | null {
  let fte = 0;
  let sum = 0;
  for (const m of mix) {
    fte += m.fte;
    sum += m.fte * m.average;
  }
  return fte > 0 ? sum / fte : null;
}

function pickRows(averages: readonly NationalAverage[], year: number): NationalAverage[] {
  const usable = averages.filter((a) => a.sector === 'KOMMUNER' && a.year <= year);
  for (const source of SOURCE_PREFERENCE) {
    const rows = usable.filter((a) => a.source === source);
    if (rows.length === 0) continue;
    const latest = Math.max(...rows.map((a) => a.year));
    return rows.filter((a) => a.year === latest);
  }
  return [];
}

/** The national average for a staff mix (HT formula), or null without usable averages. */
export function staffMixAverage(
  mix: ReadonlyArray<{ group: string; fte: number }>,
  averages: readonly NationalAverage[],
  year: number,
): StaffMixAverage | null {
  const rows = pickRows(averages, year);
  const first = rows[0];
  if (!first) return null;
  const byGroup = new Map(rows.map((a) => [a.occupationalGroup.toLowerCase(), a.daysPerFte]));
  const all = byGroup.get(ALL_STAFF_GROUP.toLowerCase());
  const weighted: Array<{ fte: number; average: number }> = [];
  for (const m of mix) {
    const average = byGroup.get(m.group.toLowerCase()) ?? all;
    if (average !== undefined && m.fte > 0) weighted.push({ fte: m.fte, average });
  }
  const value = weightedAverage(weighted);
  return value === null ? null : { daysPerFte: value, year: first.year, source: first.source };
}

/** The HT-style staff-mix average as a computed target (used only when a caller asks for it). */
export function computedTarget(
  mixAverage: StaffMixAverage,
  unitId: string,
  unitName: string,
  year: number,
): ResolvedTarget {
  return {
    daysPerFte: mixAverage.daysPerFte,
    year,
    method: 'LANDSGNS_VAEGTET',
    fromUnitId: unitId,
    fromUnitName: unitName,
    inherited: false,
    computed: true,
  };
}

/**
 * The target a figure is held against: the explicit or inherited one; otherwise, only when the
 * caller asks for it, the staff-mix average as a computed target.
 */
export function effectiveTarget(
  index: StatisticsIndex,
  unitId: string,
  year: number,
  staffMixAsTarget: boolean,
  mix: () => StaffMixAverage | null,
): ResolvedTarget | null {
  const explicit = resolveTarget(index, unitId, year);
  if (explicit || !staffMixAsTarget) return explicit;
  const average = mix();
  const name = index.tree.units[index.tree.indexOf.get(unitId) ?? -1]?.name ?? unitId;
  return average ? computedTarget(average, unitId, name, year) : null;
}
