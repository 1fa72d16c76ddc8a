/**
 * Høje-Taastrup's conditional steps: mandatory only WHILE the unit is above its absence target.
 * A step made from an 'above-target' rule remembers that (`mandatoryRule`), and the scheduler asks
 * this function on every planned day with the unit's current status, so a unit that drops below
 * target stops getting those steps as mandatory, and one that rises above gets them back.
 *
 * "Not mandatory" means what it means for a recommended step from the start (buildSchedule):
 * it stays on the plan with the "anbefalet" badge and its card arrives once on its day, but it is
 * never reminded, nudged before a deadline or escalated to HR. Turning mandatory again restores
 * those deliveries; a reminder whose day has already passed comes on `date` instead (the step is
 * overdue and now required) unless it was already made, an approach nudge whose day has passed is dropped (the reminder
 * covers it), and an escalation whose day has passed comes on `date`.
 * Only active steps (open, postponed) change; settled steps keep their history. The version
 * does not change (like delivery bookkeeping), so a card just delivered stays actionable.
 */
import type { IsoDate } from '../model.js';
import { buildSchedule, maxDate } from './deadlines.js';
import { ACTIVE_STATES, type FollowUpStep, type StepSchedule } from './step-types.js';

/** Whether a step's mandatoriness follows the unit's target status. */
export const followsTargetStatus = (step: FollowUpStep): boolean =>
  step.mandatoryRule === 'above-target' && ACTIVE_STATES.has(step.state);

function mandatorySchedule(step: FollowUpStep, date: IsoDate): StepSchedule {
  const { notifyOn } = step.schedule;
  const full = buildSchedule({ ...step, mandatory: true }, notifyOn, notifyOn);
  const passed = (d: IsoDate | null): boolean => d !== null && d < date;
  // A delivery already made (before an earlier drop below target) is not made again.
  const catchUp = (d: IsoDate | null, done: IsoDate | null): IsoDate | null =>
    d === null || done !== null ? d : maxDate(d, date);
  return {
    notifyOn,
    remindOn: catchUp(full.remindOn, step.remindedOn),
    approachOn: passed(full.approachOn) ? null : full.approachOn,
    escalateOn: catchUp(full.escalateOn, step.escalatedToHrOn),
  };
}

/**
 * The step under the unit's current target status, planned from `date` (the day being planned):
 * the same object when nothing changes.
 */
export function applyTargetStatus(
  step: FollowUpStep,
  unitAboveTarget: boolean,
  date: IsoDate,
): FollowUpStep {
  if (!followsTargetStatus(step) || step.mandatory === unitAboveTarget) return step;
  if (!unitAboveTarget) {
    const { notifyOn } = step.schedule;
    return {
      ...step,
      mandatory: false,
      schedule: { notifyOn, remindOn: null, approachOn: null, escalateOn: null },
    };
  }
  return { ...step, mandatory: true, schedule: mandatorySchedule(step, date) };
}

/**
 * The steps under their units' current status (`aboveTarget` by unit id; a unit missing from it
 * keeps its steps as they are), and those that changed (to be stored).
 */
export function applyTargetStatuses(
  steps: readonly FollowUpStep[],
  aboveTarget: ReadonlyMap<string, boolean>,
  date: IsoDate,
): { steps: FollowUpStep[]; changed: FollowUpStep[] } {
  const changed: FollowUpStep[] = [];
  const out = steps.map((step) => {
    const status = aboveTarget.get(step.unitId);
    if (status === undefined) return step;
    const next = applyTargetStatus(step, status, date);
    if (next !== step) changed.push(next);
    return next;
  });
  return { steps: out, changed };
}

/** The units whose target status decides some of these steps. */
export function unitsFollowingTarget(steps: readonly FollowUpStep[]): string[] {
  return [...new Set(steps.filter(followsTargetStatus).map((s) => s.unitId))].sort();
}
