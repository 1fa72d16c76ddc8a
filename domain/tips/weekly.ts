/**
 * When a weekly tip is due: on the reader's weekday (1 = Monday … 5 = Friday), from the day's due
 * hour. After downtime the missed weekday's tip comes once, late, on the next tick (one tip, not
 * one per missed week); a weekday on or before the day it was chosen does not count.
 */
import { addDays, dayNumber, weekdayOf } from '../calendar.js';
import type { IsoDate } from '../model.js';

/** The latest date on or before `today` that falls on `weekday`. */
export function lastWeekday(today: IsoDate, weekday: number): IsoDate {
  const back = (weekdayOf(dayNumber(today)) - weekday + 7) % 7;
  return addDays(today, -back);
}

/**
 * Whether a weekly tip is due today for a reader who chose `weekday` on `since` and last got one
 * on `lastGiven` (null: never).
 */
export function weeklyTipDue(
  today: IsoDate,
  weekday: number,
  since: IsoDate,
  lastGiven: IsoDate | null,
): boolean {
  const due = lastWeekday(today, weekday);
  return due > since && (lastGiven === null || lastGiven < due);
}
