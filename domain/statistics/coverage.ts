/**
 * Whether the data has any absence registered in a date range, of any type and in any unit.
 * A range with none anywhere in the municipality means the absence data does not reach back that
 * far (a year before the first import) — "no data", not "no absence" — so it shows no figure
 * rather than a reassuring 0,0.
 */
import { dayNumber, isoOf } from '../calendar.js';
import type { AbsenceDay, IsoDate, SickPeriod } from '../model.js';

/** Registrations as day spans sorted by first day, with the running maximum of their last day. */
export interface AbsenceSpans {
  readonly starts: Int32Array;
  readonly maxEnd: Int32Array;
}

/** Spans are packed as start · 2^21 + length, so a plain numeric typed-array sort orders them. */
const LENGTH_BITS = 2 ** 21;
const OPEN = LENGTH_BITS - 1;

export function buildAbsenceSpans(
  periods: readonly SickPeriod[],
  days: readonly AbsenceDay[],
  openEnd: number,
): AbsenceSpans {
  // One Float64Array and a native sort: at 400,000 registrations a sort of [start, end] pairs
  // with a comparator took half a second of each index build.
  const packed = new Float64Array(periods.length + days.length);
  let n = 0;
  for (const p of periods) {
    const start = dayNumber(p.start);
    const length = p.end === null ? OPEN : Math.min(dayNumber(p.end) - start, OPEN - 1);
    packed[n++] = start * LENGTH_BITS + Math.max(0, length);
  }
  for (const d of days) packed[n++] = dayNumber(d.date) * LENGTH_BITS;
  packed.sort();
  const starts = new Int32Array(n);
  const maxEnd = new Int32Array(n);
  let max = Number.MIN_SAFE_INTEGER;
  for (let i = 0; i < n; i++) {
    const value = packed[i] ?? 0;
    const start = Math.floor(value / LENGTH_BITS);
    const length = value - start * LENGTH_BITS;
    starts[i] = start;
    max = Math.max(max, length === OPEN ? openEnd : start + length);
    maxEnd[i] = max;
  }
  return { starts, maxEnd };
}

/** True when some registration overlaps [from, to] (day numbers, both inclusive). */
export function hasAbsenceData(spans: AbsenceSpans, from: number, to: number): boolean {
  let lo = 0;
  let hi = spans.starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((spans.starts[mid] ?? 0) <= to) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 && (spans.maxEnd[lo - 1] ?? Number.MIN_SAFE_INTEGER) >= from;
}

/**
 * How far the absence data covers a figure's date range:
 *   complete  the data starts before the range, or within COVERAGE_SLACK_DAYS of its first day;
 *   partial   the data starts later inside the range (`from`: its first registration), so the
 *             figure is too low and must not be compared with a target or another period;
 *   none      no registration in the range at all ("no data", not "no absence").
 */
export type Coverage = { kind: 'complete' } | { kind: 'partial'; from: IsoDate } | { kind: 'none' };

/** Data starting within this many days of a range's first day counts as covering it. */
export const COVERAGE_SLACK_DAYS = 31;

/** The coverage of [from, to] (day numbers, both inclusive). */
export function coverageOf(spans: AbsenceSpans, from: number, to: number): Coverage {
  if (!hasAbsenceData(spans, from, to)) return { kind: 'none' };
  const first = spans.starts[0];
  if (first !== undefined && first > from + COVERAGE_SLACK_DAYS)
    return { kind: 'partial', from: isoOf(first) };
  return { kind: 'complete' };
}

/**
 * Whether a calendar month ending on day `monthEnd` lies within the data: the month the first
 * registration falls in and every later one (the import is taken to start at that month).
 */
export function monthCovered(spans: AbsenceSpans, monthEnd: number): boolean {
  const first = spans.starts[0];
  return first !== undefined && monthEnd >= first;
}
