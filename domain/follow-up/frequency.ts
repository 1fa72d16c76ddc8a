/**
 * Frequent-absence triggers (e.g. 5 periods in 12 months, 14 days in 12 months, Albertslund's
 * 3 periods in 6 months). A trigger looks back `windowMonths` from the day asked about:
 * - periods: sick periods overlapping the window (partial sickness counts: it is sickness);
 * - days: working days of sickness inside the window (an open period counts up to the day).
 * A met trigger fires at most once per window length per person: after a card about it, the
 * same trigger stays quiet until `windowMonths` have passed.
 */
import { addDays, addMonths, workingDaysBetween } from '../calendar.js';
import type { FrequencyTrigger, IsoDate, SickPeriod } from '../model.js';
import { maxDate, minDate } from './deadlines.js';
import type { FollowUpPolicy } from './policy-types.js';
import { followsUp } from './registration.js';

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

/** The policy's own triggers win; a policy without any uses the municipality's settings. */
export function effectiveTriggers(
  policy: FollowUpPolicy,
  municipal: readonly FrequencyTrigger[],
): FrequencyTrigger[] {
  return policy.frequencyTriggers.length > 0 ? [...policy.frequencyTriggers] : [...municipal];
}

export function windowStart(date: IsoDate, windowMonths: number): IsoDate {
  return addDays(addMonths(date, -windowMonths), 1);
}

/** Periods and working days of sickness for one person in the window ending on `date`. */
export function countInWindow(
  periods: readonly SickPeriod[],
  personKey: string,
  windowMonths: number,
  date: IsoDate,
): TriggerCount {
  const from = windowStart(date, windowMonths);
  let count = 0;
  let days = 0;
  for (const p of periods) {
    if (p.personKey !== personKey || !followsUp(p.type) || p.start > date) continue;
    const end = minDate(p.end ?? date, date);
    if (end < from) continue;
    count += 1;
    days += workingDaysBetween(maxDate(p.start, from), end);
  }
  return { periods: count, days };
}

function firedRecently(
  fired: readonly FiredTrigger[],
  personKey: string,
  t: FrequencyTrigger,
  date: IsoDate,
): boolean {
  const from = windowStart(date, t.windowMonths);
  return fired.some(
    (f) => f.personKey === personKey && f.triggerId === t.id && f.on >= from && f.on <= date,
  );
}

/** The triggers to fire for a person on `date`: met, and not already fired in the window. */
export function triggersToFire(
  periods: readonly SickPeriod[],
  personKey: string,
  triggers: readonly FrequencyTrigger[],
  date: IsoDate,
  fired: readonly FiredTrigger[],
): TriggerHit[] {
  const hits: TriggerHit[] = [];
  for (const trigger of triggers) {
    const counts = countInWindow(periods, personKey, trigger.windowMonths, date);
    const value = trigger.kind === 'periods' ? counts.periods : counts.days;
    if (value < trigger.threshold || firedRecently(fired, personKey, trigger, date)) continue;
    hits.push({ id: `${personKey}:${trigger.id}@${date}`, personKey, trigger, value, date });
  }
  return hits;
}
