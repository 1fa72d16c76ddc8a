/**
 * How often a channel gets its absence summary, and the periods that cadence cuts time into.
 * A period has a key (2026-W49, 2026-12, 2026-Q4, 2026-H2, 2026) that sorts like time within one
 * cadence, a first and a last day. The summary of a period is sent at its start and tells about the
 * period before it (the one just ended).
 */
import { DateTime } from 'luxon';
import { addDays, addMonths, civilOf, dayNumber, isoOf, weekdayOf } from '../calendar.js';
import type { IsoDate } from '../model.js';

export const CADENCES = ['weekly', 'monthly', 'quarterly', 'halfyearly', 'yearly'] as const;
export type Cadence = (typeof CADENCES)[number];

/** Months in a period of each calendar cadence (weekly has none). */
const MONTHS: Readonly<Record<Exclude<Cadence, 'weekly'>, number>> = {
  monthly: 1,
  quarterly: 3,
  halfyearly: 6,
  yearly: 12,
};

export interface Period {
  cadence: Cadence;
  key: string;
  first: IsoDate;
  last: IsoDate;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** The Monday of the ISO week `date` lies in (weekdayOf: 1 = Monday … 7 = Sunday). */
function mondayOf(date: IsoDate): IsoDate {
  const d = dayNumber(date);
  return isoOf(d - (weekdayOf(d) - 1));
}

function weekKey(monday: IsoDate): string {
  const week = DateTime.fromISO(monday, { zone: 'utc' });
  return `${week.weekYear}-W${pad(week.weekNumber)}`;
}

function calendarKey(cadence: Exclude<Cadence, 'weekly'>, year: number, index: number): string {
  if (cadence === 'monthly') return `${year}-${pad(index + 1)}`;
  if (cadence === 'quarterly') return `${year}-Q${index + 1}`;
  if (cadence === 'halfyearly') return `${year}-H${index + 1}`;
  return String(year);
}

/** The period of `cadence` that `date` lies in. */
export function periodOf(cadence: Cadence, date: IsoDate): Period {
  if (cadence === 'weekly') {
    const first = mondayOf(date);
    return { cadence, key: weekKey(first), first, last: addDays(first, 6) };
  }
  const size = MONTHS[cadence];
  const { year, month } = civilOf(dayNumber(date));
  const index = Math.floor((month - 1) / size);
  const first = `${year}-${pad(index * size + 1)}-01`;
  const last = addDays(addMonths(first, size), -1);
  return { cadence, key: calendarKey(cadence, year, index), first, last };
}

/** The period just before `period`. */
export function previousPeriod(period: Period): Period {
  return periodOf(period.cadence, addDays(period.first, -1));
}
