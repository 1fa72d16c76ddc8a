/**
 * Reading figures out of the unit totals.
 *   dagsværk per FTE = absence dagsværk ÷ FTE, FTE = Σ occupationRate × days employed ÷ days in window
 *                    = dagsværk × days in window ÷ Σ(rate × days employed)
 *   percentage       = absence hours ÷ planned hours (planned: rate × 7.4 h per working day employed)
 * Months use 365 days instead of the window's length: "per FTE-year", i.e. annualised.
 */
import { FIRST_MONTH, MONTHS, PREVIOUS_WINDOW, WINDOW } from './ranges.js';
import type { UnitTotals } from './unit-totals.js';
import type { ShortLong, TrendPoint, UnitFigures } from './types.js';

/** Dagsværk per FTE for units pooled together over one range; null without FTE. */
export function pooledPerFte(
  t: UnitTotals,
  units: readonly number[],
  range: number,
): number | null {
  let dv = 0;
  let fteDays = 0;
  for (const u of units) {
    dv += t.dv[u * t.ranges.count + range] ?? 0;
    fteDays += t.fteDays[u * t.ranges.count + range] ?? 0;
  }
  return fteDays > 0 ? (dv * (t.ranges.scale[range] ?? 0)) / fteDays : null;
}

export function perFte(t: UnitTotals, unit: number, range: number): number | null {
  return pooledPerFte(t, [unit], range);
}

export function unitFigures(t: UnitTotals, unit: number, range = WINDOW): UnitFigures {
  const i = unit * t.ranges.count + range;
  const dv = t.dv[i] ?? 0;
  const fteDays = t.fteDays[i] ?? 0;
  const planned = t.plannedDv[i] ?? 0;
  return {
    daysPerFte: perFte(t, unit, range),
    percent: planned > 0 ? (dv / planned) * 100 : null,
    absenceDays: dv,
    fte: fteDays / (t.ranges.days[range] ?? 1),
    persons: range === WINDOW ? (t.persons[unit] ?? 0) : 0,
  };
}

export function previousYearPerFte(t: UnitTotals, unit: number): number | null {
  return perFte(t, unit, PREVIOUS_WINDOW);
}

/** The 12 trend months (oldest first), each with the same month a year earlier. */
export function trend(t: UnitTotals, unit: number): TrendPoint[] {
  const points: TrendPoint[] = [];
  for (let k = MONTHS / 2; k < MONTHS; k++) {
    const earlier = k - MONTHS / 2;
    points.push({
      month: t.ranges.monthLabels[k] ?? '',
      value: perFte(t, unit, FIRST_MONTH + k),
      yearEarlier: perFte(t, unit, FIRST_MONTH + earlier),
      yearEarlierMonth: t.ranges.monthLabels[earlier] ?? '',
    });
  }
  return points;
}

export function shortLong(t: UnitTotals, unit: number, shortMaxDays: number): ShortLong {
  return {
    shortMaxDays,
    shortPeriods: t.shortPeriods[unit] ?? 0,
    longPeriods: t.longPeriods[unit] ?? 0,
    shortDays: t.shortDv[unit] ?? 0,
    longDays: t.longDv[unit] ?? 0,
  };
}

/** FTE per occupational group in the window (for the staff-mix average). */
export function staffMix(
  t: UnitTotals,
  unit: number,
  groups: readonly string[],
): Array<{ group: string; fte: number }> {
  const days = t.ranges.days[WINDOW] ?? 1;
  return groups
    .map((group, g) => ({ group, fte: (t.groupFteDays[unit * groups.length + g] ?? 0) / days }))
    .filter((m) => m.fte > 0);
}
