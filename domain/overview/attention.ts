/**
 * What wants attention now: a leader's steps that are due or late today, HR's steps that are late
 * or due within a few working days, and who is sick on a day. Pure: `today` is passed in.
 */
import { addWorkingDays, nextWorkingDay, workingDaysBetween } from '../calendar.js';
import { daysInclusive } from '../follow-up/deadlines.js';
import { followsUp } from '../follow-up/registration.js';
import { ACTIVE_STATES, type FollowUpStep } from '../follow-up/step-types.js';
import type { IsoDate, SickPeriod } from '../model.js';

/** HR's horizon: steps due within this many working days count as at risk. */
export const AT_RISK_WORKING_DAYS = 5;

/** Kinds someone must carry out (notices and info are heads-ups, never late). */
const TASK_KINDS: ReadonlySet<FollowUpStep['kind']> = new Set([
  'contact',
  'conversation',
  'report',
]);

/**
 * A step is due for its leader today when it still wants action, its first delivery day has
 * come, and it is not postponed to a later day (the same rule as the digest's buttons).
 */
export function isDueToday(step: FollowUpStep, today: IsoDate): boolean {
  if (!ACTIVE_STATES.has(step.state) || step.schedule.notifyOn > today) return false;
  return step.state === 'open' || (step.postponedTo ?? '') <= today;
}

/** Working days since the due day (0 when not late): due Friday, asked Tuesday → 2. */
export function workingDaysLate(step: Pick<FollowUpStep, 'dueDate'>, today: IsoDate): number {
  if (step.dueDate >= today) return 0;
  return workingDaysBetween(nextWorkingDay(step.dueDate), today);
}

export type Attention =
  { kind: 'late'; workingDays: number } | { kind: 'soon'; workingDays: number };

/**
 * HR's view of a step: late (its due day has passed), soon (due within `horizon` working days:
 * working days from tomorrow up to the due day), or nothing. Only mandatory tasks that still want
 * action count; a recommended step (a unit below target) is the leader's choice.
 */
export function hrAttention(
  step: FollowUpStep,
  today: IsoDate,
  horizon = AT_RISK_WORKING_DAYS,
): Attention | null {
  if (!ACTIVE_STATES.has(step.state) || !step.mandatory || !TASK_KINDS.has(step.kind)) return null;
  if (step.dueDate < today) return { kind: 'late', workingDays: workingDaysLate(step, today) };
  if (step.dueDate > addWorkingDays(today, horizon)) return null;
  const ahead =
    step.dueDate === today ? 0 : workingDaysBetween(nextWorkingDay(today), step.dueDate);
  return { kind: 'soon', workingDays: ahead };
}

/** Whether the period is a followed-up sickness that covers `today`. */
export function isSickOn(period: SickPeriod, today: IsoDate): boolean {
  return (
    followsUp(period.type) && period.start <= today && (period.end === null || period.end >= today)
  );
}

/** The day of the period `today` is (day 1 = the first sick day). */
export const dayOfPeriod = (period: Pick<SickPeriod, 'start'>, today: IsoDate): number =>
  daysInclusive(period.start, today);
