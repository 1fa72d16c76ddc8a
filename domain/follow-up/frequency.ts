/**
 * Frequent-absence triggers (e.g. 5 periods in 12 months, 14 days in 12 months, Albertslund's
 * 3 periods in 6 months). A trigger looks back `windowMonths` from the day asked about and counts
 * the person's sickness the same way as the statistics (domain/triggers.ts, statistics/spells.ts):
 * - periods: spells overlapping the window. A person's followed-up periods that overlap, touch or
 *   are separated only by weekends and public holidays are one spell ("sick Friday, sick again
 *   Monday" is one period, a double registration is one). Partial sickness counts: it is sickness;
 *   a child's sick day never counts, and a working day with only that between two periods splits.
 * - days: CALENDAR days of the joined spells inside the window, each day once (an open period
 *   counts up to the day asked about). Calendar days, not working days: DOMAIN.md §2.1 speaks of
 *   "14 absence days" with no working-day qualifier, the short/long measure and DST count period
 *   length in calendar days (DATA-NOTES §1.5), and the statistics' frequent-absence list counts
 *   calendar days — the follow-up trigger and that list must agree about the same person. A
 *   weekend inside a joined spell therefore counts; one between two separate spells does not.
 * A met trigger fires at most once per window length per person: after a card about it, the
 * same trigger stays quiet until `windowMonths` have passed.
 */
import { addDays, addMonths, dayNumber } from '../calendar.js';
import type { FrequencyTrigger, IsoDate, SickPeriod } from '../model.js';
import { joinSpans, type DaySpan } from '../statistics/spells.js';
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

/** The person's followed-up periods begun by `date`, as day spans sorted by first day. */
function spansOf(periods: readonly SickPeriod[], personKey: string, date: IsoDate): DaySpan[] {
  return periods
    .filter((p) => p.personKey === personKey && followsUp(p.type) && p.start <= date)
    .map((p) => ({ from: dayNumber(p.start), to: p.end === null ? null : dayNumber(p.end) }))
    .sort((a, b) => a.from - b.from);
}

/** Spells and calendar days of sickness for one person in the window ending on `date`. */
export function countInWindow(
  periods: readonly SickPeriod[],
  personKey: string,
  windowMonths: number,
  date: IsoDate,
): TriggerCount {
  const from = dayNumber(windowStart(date, windowMonths));
  const asOf = dayNumber(date);
  let count = 0;
  let days = 0;
  for (const spell of joinSpans(spansOf(periods, personKey, date))) {
    const to = Math.min(spell.to ?? asOf, asOf);
    if (to < from) continue;
    count += 1;
    days += to - Math.max(spell.from, from) + 1;
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
