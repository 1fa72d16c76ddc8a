/**
 * Which 12 months a statistics answer covers.
 *
 * The figures cover whole months only: the rolling 12 months end with the last complete month
 * (on 2 December: 1 December last year – 30 November). A month still under way would otherwise
 * show as a spike or a dip in the monthly trend (two sick days in two days of December, scaled
 * up to a year), and its absence is not all registered yet. So the headline, the trend, the
 * ranking and the "above target" rule all use this date. The same as-of date gives the target
 * year: the year in which the window ends.
 *
 * A question about a calendar year ("fravær i 2024") covers that year, 1 January – 31 December,
 * once the year is complete; the year still under way gets the rolling 12 months (its latest
 * figures); a later year has no figures yet.
 */
import { civilOf, dayNumber, dayNumberOf, isoOf } from '../calendar.js';
import type { IsoDate } from '../model.js';
import { fail, ok, type Result } from '../result.js';

/** The as-of date of the statistics on `today`: the last day of the previous month. */
export function statisticsAsOf(today: IsoDate): IsoDate {
  const { year, month } = civilOf(dayNumber(today));
  return isoOf(dayNumberOf(year, month, 1) - 1);
}

export interface StatisticsPeriod {
  /** Last day of the 12 months (both the window and the trend end here). */
  asOf: IsoDate;
  /** The calendar year asked about, or null for the rolling 12 months. */
  year: number | null;
}

export type PeriodFailure = 'futureYear';

/** The period for a question on `today`, optionally about one calendar year. */
export function statisticsPeriod(
  today: IsoDate,
  year: number | null = null,
): Result<StatisticsPeriod, PeriodFailure> {
  const asOf = statisticsAsOf(today);
  if (year === null) return ok({ asOf, year: null });
  if (year > civilOf(dayNumber(today)).year) return fail('futureYear', { year });
  const yearEnd = isoOf(dayNumberOf(year, 12, 31));
  if (yearEnd > asOf) return ok({ asOf, year: null });
  return ok({ asOf: yearEnd, year });
}
