/**
 * Whether the data has any absence registered in a date range, of any type and in any unit.
 * A range with none anywhere in the municipality means the absence data does not reach back that
 * far (a year before the first import) — "no data", not "no absence" — so it shows no figure
 * rather than a reassuring 0,0.
 */
import { dayNumber } from '../calendar.js';
import type { AbsenceDay, SickPeriod } from '../model.js';

/** Registrations as day spans sorted by first day, with the running maximum of their last day. */
export interface AbsenceSpans {
  readonly starts: Int32Array;
  readonly maxEnd: Int32Array;
}

export function buildAbsenceSpans(
  periods: readonly SickPeriod[],
  days: readonly AbsenceDay[],
  openEnd: number,
): AbsenceSpans {
  const spans: Array<[number, number]> = [];
  for (const p of periods)
    spans.push([dayNumber(p.start), p.end === null ? openEnd : dayNumber(p.end)]);
  for (const d of days) spans.push([dayNumber(d.date), dayNumber(d.date)]);
  spans.sort((a, b) => a[0] - b[0]);
  const starts = Int32Array.from(spans, (s) => s[0]);
  const maxEnd = new Int32Array(spans.length);
  let max = Number.MIN_SAFE_INTEGER;
  spans.forEach((s, i) => (maxEnd[i] = max = Math.max(max, s[1])));
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
