/**
 * The date ranges one statistics question needs, as day numbers (both ends inclusive):
 *   0  the rolling 12-month window: the day after (asOf − 12 months) up to asOf;
 *   1  the same window a year earlier;
 *   2… 24 calendar months: the 12 trend months ending with asOf's month (the last one only up
 *      to asOf), preceded by the same 12 months a year earlier.
 * Monthly figures are annualised (per FTE-year of 365 days) so they sit on the target's scale.
 */
import { addMonths, civilOf, dayNumber, dayNumberOf, daysInMonth } from '../calendar.js';
import type { IsoDate } from '../model.js';

export const WINDOW = 0;
export const PREVIOUS_WINDOW = 1;
export const FIRST_MONTH = 2;
export const MONTHS = 24;
const DAYS_PER_YEAR = 365;

export interface Ranges {
  readonly asOf: number;
  readonly count: number;
  readonly from: Int32Array;
  readonly to: Int32Array;
  /** Days per range (the window's length for windows). */
  readonly days: Int32Array;
  /** Factor turning dagsværk ÷ FTE-days into dagsværk per FTE(-year). */
  readonly scale: Float64Array;
  /** `yyyy-MM` per month range (index k = range FIRST_MONTH + k). */
  readonly monthLabels: readonly string[];
  /** First day covered by any range. */
  readonly start: number;
  /** Month bucket (0…MONTHS−1) of each day from `monthStart`; -1 outside. */
  readonly bucketOf: Int8Array;
  readonly monthStart: number;
}

const label = (y: number, m: number): string => `${y}-${String(m).padStart(2, '0')}`;

function monthRanges(asOf: number) {
  const { year, month } = civilOf(asOf);
  const from: number[] = [];
  const to: number[] = [];
  const labels: string[] = [];
  for (let k = MONTHS - 1; k >= 0; k--) {
    const total = year * 12 + (month - 1) - k;
    const y = Math.floor(total / 12);
    const m = total - y * 12 + 1;
    from.push(dayNumberOf(y, m, 1));
    to.push(Math.min(asOf, dayNumberOf(y, m, daysInMonth(y, m))));
    labels.push(label(y, m));
  }
  return { from, to, labels };
}

export function rangesFor(asOfDate: IsoDate): Ranges {
  const asOf = dayNumber(asOfDate);
  const w0 = dayNumber(addMonths(asOfDate, -12)) + 1;
  const p0 = dayNumber(addMonths(asOfDate, -24)) + 1;
  const months = monthRanges(asOf);
  const from = Int32Array.from([w0, p0, ...months.from]);
  const to = Int32Array.from([asOf, w0 - 1, ...months.to]);
  const days = from.map((f, i) => (to[i] ?? f) - f + 1);
  const scale = Float64Array.from(days, (d, i) => (i < FIRST_MONTH ? d : DAYS_PER_YEAR));
  const monthStart = months.from[0] ?? asOf;
  const bucketOf = new Int8Array(asOf - monthStart + 1).fill(-1);
  months.from.forEach((f, k) =>
    bucketOf.fill(k, f - monthStart, (months.to[k] ?? f) - monthStart + 1),
  );
  return {
    asOf,
    count: from.length,
    from,
    to,
    days,
    scale,
    monthLabels: months.labels,
    start: Math.min(p0, monthStart),
    bucketOf,
    monthStart,
  };
}
