/**
 * Day-level absence rows (SD_FRAVDAG style). Their hours are exact, so on an employment-day that
 * has a row, the row is used and any sick period covering that day is not (no double count).
 * For counting periods (short vs long, frequency triggers) counted rows are joined into periods:
 * rows on consecutive working days, or separated only by weekends and holidays, form one period.
 * A joined period that overlaps a registered sick period of the same person is marked `covered`:
 * its hours count, but it is not counted as a period again. Day-row periods and registered periods
 * are then joined into spells, the unit that is counted (spells.ts).
 */
import { workingDaysBetweenNo } from '../calendar.js';
import type { AbsenceType } from '../model.js';
import type { IndexedEmployment, IndexedPeriod } from './statistics-index.js';

export interface IndexedDayRow {
  readonly day: number;
  readonly hours: number;
  readonly emp: IndexedEmployment;
  readonly counted: boolean;
  readonly type: AbsenceType;
}

export interface DerivedPeriod {
  readonly from: number;
  readonly to: number;
  readonly rows: readonly IndexedDayRow[];
  /** Overlaps a registered sick period of the person: its rows count, the period is not counted again. */
  readonly covered: boolean;
}

function overlapsPeriod(from: number, to: number, periods: readonly IndexedPeriod[]): boolean {
  return periods.some((p) => p.counted && p.from <= to && (p.to === null || p.to >= from));
}

/** Joins counted rows (sorted by day) into periods. */
export function derivePeriods(
  rows: readonly IndexedDayRow[],
  periods: readonly IndexedPeriod[],
): DerivedPeriod[] {
  const out: DerivedPeriod[] = [];
  let current: IndexedDayRow[] = [];
  const flush = (): void => {
    const first = current[0];
    const last = current[current.length - 1];
    if (first && last) {
      const covered = overlapsPeriod(first.day, last.day, periods);
      out.push({ from: first.day, to: last.day, rows: current, covered });
    }
    current = [];
  };
  for (const row of rows) {
    if (!row.counted || row.hours <= 0) continue;
    const prev = current[current.length - 1];
    if (prev && workingDaysBetweenNo(prev.day + 1, row.day - 1) > 0) flush();
    current.push(row);
  }
  flush();
  return out;
}

/** Number of entries of a sorted array within [from, to]. */
export function countInRange(sorted: Int32Array, from: number, to: number): number {
  if (to < from) return 0;
  return lowerBound(sorted, to + 1) - lowerBound(sorted, from);
}

function lowerBound(sorted: Int32Array, value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sorted[mid] ?? 0) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
