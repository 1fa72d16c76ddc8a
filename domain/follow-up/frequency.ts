/**
 * Frequent-absence bookkeeping for the follow-up. Whether a person meets a trigger is decided by
 * the one rule in domain/triggers.ts (assessFrequency: the unit's policy's triggers, the counted
 * absence types, spells in calendar days); the statistics' frequent-absence list asks the same.
 * Here a met trigger becomes a hit for the frequency card, and a hit fires at most once per window
 * per person: after a card about it, the same trigger stays quiet until `windowMonths` have
 * passed (a calendar-year trigger: until the next year).
 */
import { addDays, addMonths, dayNumber } from '../calendar.js';
import type { FrequencyTrigger, IsoDate, SickPeriod } from '../model.js';
import { DEFAULT_SICKNESS_FILTER } from '../statistics/absence-types.js';
import { absenceOfPeriods, sicknessSpells, type CountsAsSickness } from '../absence-spans.js';
import { windowCount, type TriggerEvaluation } from '../triggers.js';

export interface TriggerCount {
  periods: number;
  days: number;
}

export interface TriggerHit {
  /** `${personKey}:${triggerId}@${date}` — stable for the outbox. */
  id: string;
  personKey: string;
  trigger: FrequencyTrigger;
  /** The count that met the threshold (periods or days, as the trigger says). */
  value: number;
  date: IsoDate;
}

export interface FiredTrigger {
  personKey: string;
  triggerId: string;
  on: IsoDate;
}

export function windowStart(
  date: IsoDate,
  windowMonths: number,
  window: FrequencyTrigger['window'] = 'rolling',
): IsoDate {
  if (window === 'calendar-year') return `${date.slice(0, 4)}-01-01`;
  return addDays(addMonths(date, -windowMonths), 1);
}

/**
 * Spells and calendar days of sickness for one person in the window ending on `date`, counted by
 * the frequent-absence rule from registered periods alone (`counts`: the municipality's switches;
 * by default § 56 and pregnancy-related absence do not count). With day rows as well, use
 * assessFrequency.
 */
export function countInWindow(
  periods: readonly SickPeriod[],
  personKey: string,
  windowMonths: number,
  date: IsoDate,
  counts: CountsAsSickness = DEFAULT_SICKNESS_FILTER,
): TriggerCount {
  const own = absenceOfPeriods(periods.filter((p) => p.personKey === personKey));
  const asOf = dayNumber(date);
  const counted = windowCount(sicknessSpells(own, asOf, counts), asOf, windowMonths);
  return { periods: counted.periods, days: counted.days };
}

function firedRecently(
  fired: readonly FiredTrigger[],
  personKey: string,
  e: TriggerEvaluation,
  date: IsoDate,
): boolean {
  const { triggerId } = e;
  const from = windowStart(date, e.windowMonths, e.window);
  return fired.some(
    (f) => f.personKey === personKey && f.triggerId === triggerId && f.on >= from && f.on <= date,
  );
}

/**
 * The hits to fire for a person on `date`: the triggers the rule found met (`evaluations`, from
 * assessFrequency on the same date) that have not already fired in their window.
 */
export function triggersToFire(
  personKey: string,
  evaluations: readonly TriggerEvaluation[],
  date: IsoDate,
  fired: readonly FiredTrigger[],
): TriggerHit[] {
  const hits: TriggerHit[] = [];
  for (const e of evaluations) {
    if (!e.met || firedRecently(fired, personKey, e, date)) continue;
    const trigger: FrequencyTrigger = {
      id: e.triggerId,
      kind: e.kind,
      threshold: e.threshold,
      windowMonths: e.windowMonths,
      ...(e.window ? { window: e.window } : {}),
      ...(e.audience ? { audience: e.audience } : {}),
    };
    hits.push({
      id: `${personKey}:${trigger.id}@${date}`,
      personKey,
      trigger,
      value: e.value,
      date,
    });
  }
  return hits;
}

/**
 * The fired triggers whose rule, still the unit's, no longer holds on the day they fired with the
 * absence as it is now: a registration behind them was undone. `assess(date)` gives the rule's
 * evaluations on a day (assessFrequency); a trigger the policy no longer has is kept (unknown is
 * not "no longer met").
 */
export function firedNoLongerMet<T extends { triggerId: string; on: IsoDate }>(
  fired: readonly T[],
  assess: (date: IsoDate) => readonly TriggerEvaluation[],
): T[] {
  return fired.filter((f) => {
    const evaluation = assess(f.on).find((e) => e.triggerId === f.triggerId);
    return evaluation !== undefined && !evaluation.met;
  });
}
