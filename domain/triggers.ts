/**
 * Frequency triggers (e.g. 5 sick periods or 14 sick days in 12 months; DOMAIN.md §9 note 2).
 *   window  the day after (asOf − windowMonths months) up to asOf, both inclusive;
 *   periods number of sick periods overlapping the window (an open period counts), periods of
 *           one person joined into spells as in the statistics (statistics/spells.ts): periods
 *           that overlap, touch or are separated only by weekends and holidays are one period;
 *   days    CALENDAR days of sickness inside the window, overlapping periods counted once, an
 *           open period up to asOf; a weekend or holiday inside a joined spell counts too. Calendar days, not working days: they match what a leader
 *           sees in the calendar and the short/long measure (DATA-NOTES §1.5), and a period's
 *           length does not then depend on which weekdays the employee works.
 * Only sickness types count (own sickness, partial sickness, work injury; § 56 and pregnancy per
 * the municipality's switches); a child's sickness never does.
 */
import { addMonths, dayNumber, isoOf } from './calendar.js';
import type { AbsenceType, FrequencyTrigger, IsoDate } from './model.js';
import { DEFAULT_SICKNESS_FILTER } from './statistics/absence-types.js';
import { joinSpans, type DaySpan } from './statistics/spells.js';
import type { StatisticsIndex } from './statistics/statistics-index.js';
import type { TriggerPeriod } from './statistics/types.js';
import { subtreeOf } from './statistics/unit-tree.js';

export type { TriggerPeriod };

export interface TriggerEvaluation {
  triggerId: string;
  kind: FrequencyTrigger['kind'];
  threshold: number;
  windowMonths: number;
  /** Periods, or calendar days, in the window. */
  value: number;
  met: boolean;
}

type DayPeriod = DaySpan;

const windowStarts = new Map<number, number>();

/** First day of a rolling window of `months` months ending on `asOf` (memoised). */
function windowStart(asOf: number, months: number): number {
  const key = asOf * 100 + months;
  let start = windowStarts.get(key);
  if (start === undefined) {
    if (windowStarts.size > 1000) windowStarts.clear();
    start = dayNumber(addMonths(isoOf(asOf), -months)) + 1;
    windowStarts.set(key, start);
  }
  return start;
}

/** Periods overlapping [w0, asOf] and their calendar days (each day once); periods sorted by `from`. */
function countIn(
  periods: readonly DayPeriod[],
  asOf: number,
  w0: number,
): { periods: number; days: number } {
  let count = 0;
  let days = 0;
  let reach = w0 - 1;
  for (const p of periods) {
    const to = Math.min(p.to ?? asOf, asOf);
    if (p.from > asOf || to < w0) continue;
    count += 1;
    if (to > reach) {
      days += to - Math.max(p.from, w0, reach + 1) + 1;
      reach = to;
    }
  }
  return { periods: count, days };
}

/** Evaluates every trigger on spells (joined periods) given as day numbers, sorted by first day. */
export function evaluateDayPeriods(
  periods: readonly DayPeriod[],
  asOf: number,
  triggers: readonly FrequencyTrigger[],
): TriggerEvaluation[] {
  return triggers.map((trigger) => {
    const counted = countIn(periods, asOf, windowStart(asOf, trigger.windowMonths));
    const value = trigger.kind === 'periods' ? counted.periods : counted.days;
    return {
      triggerId: trigger.id,
      kind: trigger.kind,
      threshold: trigger.threshold,
      windowMonths: trigger.windowMonths,
      value,
      met: value >= trigger.threshold,
    };
  });
}

/** Evaluates every trigger for one person's periods (all evaluations, each with `met`). */
export function evaluateTriggers(
  periodsOfPerson: readonly TriggerPeriod[],
  asOf: IsoDate,
  triggers: readonly FrequencyTrigger[],
  counts: (type: AbsenceType) => boolean = DEFAULT_SICKNESS_FILTER,
): TriggerEvaluation[] {
  const periods = periodsOfPerson
    .filter((p) => p.type === undefined || counts(p.type))
    .map((p) => ({ from: dayNumber(p.start), to: p.end === null ? null : dayNumber(p.end) }))
    .sort((a, b) => a.from - b.from);
  return evaluateDayPeriods(joinSpans(periods), dayNumber(asOf), triggers);
}

export interface FrequentAbsentee {
  personKey: string;
  displayName: string;
  unitId: string;
  unitName: string;
  /** The triggers met (at least one). */
  met: TriggerEvaluation[];
  /** Every trigger, met or not. */
  evaluations: TriggerEvaluation[];
}

/**
 * Persons employed on `asOf` in the given units (or their sub-units) who meet any trigger.
 * Hourly-paid staff are included: this is follow-up, not statistics. Access control and the audit
 * log are the caller's job.
 */
export function frequentAbsence(
  index: StatisticsIndex,
  unitIds: readonly string[],
  asOf: IsoDate,
  triggers: readonly FrequencyTrigger[] = index.settings.frequencyTriggers,
): FrequentAbsentee[] {
  const units = new Set<number>();
  for (const id of unitIds) {
    const u = index.tree.indexOf.get(id);
    if (u !== undefined) for (const s of subtreeOf(index.tree, u)) units.add(s);
  }
  const day = dayNumber(asOf);
  const out: FrequentAbsentee[] = [];
  for (const person of index.persons) {
    const emp = person.employments.find((e) => units.has(e.unit) && e.from <= day && e.to >= day);
    const unit = emp ? index.tree.units[emp.unit] : undefined;
    if (!emp || !unit) continue;
    const evaluations = evaluateDayPeriods(person.spells, day, triggers);
    const met = evaluations.filter((e) => e.met);
    if (met.length === 0) continue;
    out.push({
      personKey: person.key,
      displayName: person.displayName,
      unitId: unit.id,
      unitName: unit.name,
      met,
      evaluations,
    });
  }
  return out.sort((a, b) => a.displayName.localeCompare(b.displayName, 'da'));
}
