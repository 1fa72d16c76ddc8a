/**
 * When the employee is fit, the open steps of the period close as no longer needed.
 *
 * Decision on steps already overdue at the fit registration (due day on or before the last sick
 * day, delivered while the employee was sick, never marked done): they close too — nobody is reminded about a person who is back at
 * work — but they keep `missedBeforeFit: true`, so the plan card shows "not reached before the
 * employee was fit" and the record stays honest. Steps due after the last sick day simply were
 * not needed (e.g. a § 7a conversation due after the fit date).
 *
 * Exception: a step with a duration condition that has been met and `keepAfterFit` stays open
 * (the report to the municipality is still due when the absence lasted more than 30 days).
 */
import type { IsoDate } from '../model.js';
import { daysInclusive } from './deadlines.js';
import { ACTIVE_STATES, type FollowUpStep } from './step-types.js';

function conditionMet(step: FollowUpStep, lastSickDay: IsoDate): boolean {
  const limit = step.onlyIfAbsenceExceedsDays;
  return limit === null || daysInclusive(step.periodStart, lastSickDay) > limit;
}

function staysOpen(step: FollowUpStep, lastSickDay: IsoDate): boolean {
  return (
    step.keepAfterFit && step.onlyIfAbsenceExceedsDays !== null && conditionMet(step, lastSickDay)
  );
}

/** Due, and already delivered to the leader, while the employee was still sick. */
function missed(step: FollowUpStep, lastSickDay: IsoDate): boolean {
  return (
    conditionMet(step, lastSickDay) &&
    step.dueDate <= lastSickDay &&
    step.schedule.notifyOn <= lastSickDay
  );
}

/** Closes one step for a fit registration; unchanged when it is settled or must stay open. */
export function closeStepOnFit(
  step: FollowUpStep,
  lastSickDay: IsoDate,
  today: IsoDate,
): FollowUpStep {
  if (!ACTIVE_STATES.has(step.state) || staysOpen(step, lastSickDay)) return step;
  return {
    ...step,
    state: 'not-needed',
    version: step.version + 1,
    closedOn: today,
    missedBeforeFit: missed(step, lastSickDay),
  };
}

/** Closes the open steps of a period whose last sick day is `lastSickDay`. */
export function closeOnFit(
  steps: readonly FollowUpStep[],
  lastSickDay: IsoDate,
  today: IsoDate,
): FollowUpStep[] {
  return steps.map((s) => closeStepOnFit(s, lastSickDay, today));
}
