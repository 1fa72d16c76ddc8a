/**
 * What a leader (or HR) does with a step from a card. Every action names the step version it
 * saw: a stale card (or an invoke Teams delivers twice) fails with 'stale' and changes nothing.
 */
import type { IsoDate } from '../model.js';
import { fail, ok, type Result } from '../result.js';
import { buildSchedule, maxDate, workingDayOnOrAfter } from './deadlines.js';
import type { StepKind } from './policy-types.js';
import {
  ACTIVE_STATES,
  NOTE_MAX_LENGTH,
  type FollowUpStep,
  type OutcomeKind,
  type StepOutcome,
} from './step-types.js';

export type StepActionFailure =
  | 'stale'
  | 'not-open'
  | 'outcome-not-allowed'
  | 'note-required'
  | 'note-too-long'
  | 'postpone-not-future'
  | 'postpone-past-deadline'
  | 'already-requested'
  | 'not-offered';

export type StepActionResult = Result<FollowUpStep, StepActionFailure>;

/** A personal conversation cannot be held "via a colleague"; notices are only noted. */
const ALLOWED_OUTCOMES: Record<StepKind, readonly OutcomeKind[]> = {
  contact: ['talked', 'via-colleague', 'not-appropriate'],
  conversation: ['talked', 'not-appropriate'],
  notice: ['noted'],
  info: ['noted'],
  report: ['noted'],
};

export function allowedOutcomes(kind: StepKind): readonly OutcomeKind[] {
  return ALLOWED_OUTCOMES[kind];
}

function guard(step: FollowUpStep, version: number): Result<FollowUpStep, 'stale' | 'not-open'> {
  if (step.version !== version) return fail('stale', { current: step.version, seen: version });
  if (!ACTIVE_STATES.has(step.state)) return fail('not-open', { state: step.state });
  return ok(step);
}

function checkOutcome(step: FollowUpStep, outcome: StepOutcome): StepActionFailure | null {
  if (!ALLOWED_OUTCOMES[step.kind].includes(outcome.kind)) return 'outcome-not-allowed';
  if (outcome.kind !== 'not-appropriate') return null;
  const note = outcome.note?.trim() ?? '';
  if (outcome.reason === 'other' && note === '') return 'note-required';
  return note.length > NOTE_MAX_LENGTH ? 'note-too-long' : null;
}

/** Udført: done with a structured outcome; "not appropriate now" records a skip with its reason. */
export function completeStep(
  step: FollowUpStep,
  action: { version: number; outcome: StepOutcome },
  today: IsoDate,
): StepActionResult {
  const g = guard(step, action.version);
  if (!g.ok) return g;
  const problem = checkOutcome(step, action.outcome);
  if (problem) return fail(problem, { kind: action.outcome.kind });
  const outcome: StepOutcome =
    action.outcome.kind === 'not-appropriate'
      ? { ...action.outcome, note: action.outcome.note?.trim() || null }
      : { kind: action.outcome.kind };
  const state = outcome.kind === 'not-appropriate' ? 'skipped-with-reason' : 'done';
  return ok({ ...step, state, outcome, closedOn: today, version: step.version + 1 });
}

/**
 * Udskyd: a new date after today. A weekend/holiday moves to the next working day. A legal
 * deadline cannot be moved past itself; a policy deadline moved past itself moves with it.
 * The HR escalation day stays as planned (the deadline did not move).
 */
export function postponeStep(
  step: FollowUpStep,
  action: { version: number; date: IsoDate },
  today: IsoDate,
): StepActionResult {
  const g = guard(step, action.version);
  if (!g.ok) return g;
  if (action.date <= today) return fail('postpone-not-future', { date: action.date, today });
  const deadline = step.timing === 'deadline';
  if (deadline && step.legal && action.date > step.dueDate) {
    return fail('postpone-past-deadline', { date: action.date, deadline: step.dueDate });
  }
  const target = workingDayOnOrAfter(action.date);
  const dueDate = deadline ? maxDate(step.dueDate, target) : target;
  const fresh = buildSchedule({ ...step, dueDate }, target, target);
  const schedule = { ...fresh, escalateOn: step.schedule.escalateOn };
  return ok({
    ...step,
    state: 'postponed',
    dueDate,
    schedule,
    postponedTo: target,
    version: step.version + 1,
  });
}

/** Bed HR om hjælp: recorded once; the lead sends the HR consultant the case card. */
export function requestHrHelp(
  step: FollowUpStep,
  action: { version: number },
  today: IsoDate,
): StepActionResult {
  const g = guard(step, action.version);
  if (!g.ok) return g;
  if (step.hrHelpRequestedOn !== null)
    return fail('already-requested', { on: step.hrHelpRequestedOn });
  return ok({ ...step, hrHelpRequestedOn: today, version: step.version + 1 });
}

/** Tilbyd Tidlig Indsats: only where the policy offers it, recorded once. */
export function offerEarlyIntervention(
  step: FollowUpStep,
  action: { version: number },
  today: IsoDate,
): StepActionResult {
  const g = guard(step, action.version);
  if (!g.ok) return g;
  if (!step.offersEarlyIntervention) return fail('not-offered');
  if (step.earlyInterventionOfferedOn !== null) {
    return fail('already-requested', { on: step.earlyInterventionOfferedOn });
  }
  return ok({ ...step, earlyInterventionOfferedOn: today, version: step.version + 1 });
}
