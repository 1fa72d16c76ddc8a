/**
 * Whether the data has any absence registered in a date range, of any type and in any unit.
 * A range with none anywhere in the municipality means the absence data does not reach back that
 * far (a year before the first import) — "no data", not "no absence" — so it shows no figure
 * rather than a reassuring 0,0.
 */
import { dayNumber, isoOf } from '../calendar.js';
import type { AbsenceDay, IsoDate, SickPeriod } from '../model.js';
import { atCheckpoint, CHECKPOINT, runSync, type Steps } from './cooperative.js';

/** Registrations as day spans sorted by first day, with the running maximum of their last day. */
export interface AbsenceSpans {
  readonly starts: Int32Array;
  readonly maxEnd: Int32Array;
}

/** Lengths are capped below OPEN, which marks a registration without an end. */
const OPEN = 2 ** 21 - 1;

export function buildAbsenceSpans(
  periods: readonly SickPeriod[],
  days: readonly AbsenceDay[],
  openEnd: number,
): AbsenceSpans {
  return runSync(absenceSpanSteps(periods, days, openEnd));
}

/**
 * The spans in slices (see cooperative.ts). Registrations are ordered by (first day, length) with
 * a counting sort on the first day and a typed-array sort of the lengths within each day: linear,
 * and cut into slices, where one native sort of 400,000 registrations held the thread for 80 ms.
 */
export function* absenceSpanSteps(
  periods: readonly SickPeriod[],
  days: readonly AbsenceDay[],
  openEnd: number,
): Steps<AbsenceSpans> {
  const n = periods.length + days.length;
  const start = new Int32Array(n);
  const length = new Int32Array(n);
  for (let i = 0; i < periods.length; i++) {
    if (atCheckpoint(i + 1)) yield;
    const p = periods[i];
    if (!p) continue;
    const s = dayNumber(p.start);
    start[i] = s;
    length[i] = p.end === null ? OPEN : Math.max(0, Math.min(dayNumber(p.end) - s, OPEN - 1));
  }
  for (let i = 0; i < days.length; i++) {
    if (atCheckpoint(i + 1)) yield;
    start[periods.length + i] = dayNumber(days[i]?.date ?? '');
  }
  const sorted = yield* sortByStart(start, length);
  const starts = new Int32Array(n);
  const maxEnd = new Int32Array(n);
  let max = Number.MIN_SAFE_INTEGER;
  for (let i = 0; i < n; i++) {
    if (atCheckpoint(i + 1)) yield;
    const s = sorted.start[i] ?? 0;
    const len = sorted.length[i] ?? 0;
    starts[i] = s;
    max = Math.max(max, len === OPEN ? openEnd : s + len);
    maxEnd[i] = max;
  }
  return { starts, maxEnd };
}

/** (start, length) pairs ordered by start, then length. */
function* sortByStart(
  start: Int32Array,
  length: Int32Array,
): Steps<{ start: Int32Array; length: Int32Array }> {
  const n = start.length;
  let min = n > 0 ? (start[0] ?? 0) : 0;
  let max = min;
  for (let i = 0; i < n; i++) {
    const s = start[i] ?? 0;
    if (s < min) min = s;
    if (s > max) max = s;
  }
  // end[d]: one past the last slot of day min + d, once every registration is placed.
  const end = new Int32Array(max - min + 2);
  for (let i = 0; i < n; i++) {
    const d = (start[i] ?? 0) - min + 1;
    end[d] = (end[d] ?? 0) + 1;
  }
  for (let d = 1; d < end.length; d++) end[d] = (end[d] ?? 0) + (end[d - 1] ?? 0);
  yield;
  const sortedStart = new Int32Array(n);
  const sortedLength = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    if (atCheckpoint(i + 1)) yield;
    const d = (start[i] ?? 0) - min;
    const slot = end[d] ?? 0;
    end[d] = slot + 1;
    sortedStart[slot] = start[i] ?? 0;
    sortedLength[slot] = length[i] ?? 0;
  }
  let from = 0;
  let sinceYield = 0;
  for (let d = 0; d < end.length - 1; d++) {
    const to = end[d] ?? from;
    if (to - from > 1) sortedLength.subarray(from, to).sort();
    sinceYield += to - from + 1;
    if (sinceYield >= CHECKPOINT * 16) {
      sinceYield = 0;
      yield;
    }
    from = to;
  }
  return { start: sortedStart, length: sortedLength };
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
