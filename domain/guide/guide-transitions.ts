/**
 * The guide session's state machine as pure functions: (session, command, context) → a new
 * session or a reason. A dialog only loads the session, parses the submit into a command, calls
 * `applyGuideCommand`, saves the result and renders the card for the new step.
 */
import { today } from '../clock.js';
import { fail, ok, type Result } from '../result.js';
import { validateAgreements, type AgreementsInput } from './agreements.js';
import type { GuideError } from './guide-errors.js';
import {
  checklistFor,
  decisionsFor,
  isPointStep,
  phaseOf,
  type ChecklistItemId,
  type HoldDecision,
  type StepId,
} from './guide-kinds.js';
import {
  nowIso,
  sickPeriodProblem,
  stepsOf,
  type GuideContext,
  type GuideSession,
} from './guide-session.js';
import { validateMeeting, type Meeting } from './meeting.js';

export type GuideAnswer =
  | { step: 'checklist'; checked: ChecklistItemId[]; decision: HoldDecision }
  | { step: 'invitation'; meeting: Meeting }
  | { step: 'agreements'; agreements: AgreementsInput };

/** `step` is the step the card was showing; a mismatch means an old card was used. */
export type GuideCommand =
  | { type: 'next'; step: StepId }
  | { type: 'back'; step: StepId }
  | { type: 'answer'; answer: GuideAnswer }
  | { type: 'complete'; step: StepId }
  | { type: 'leave' }
  | { type: 'resume' }
  | { type: 'cancel' };

export type GuideCommandType = GuideCommand['type'];

type Outcome = Result<GuideSession, GuideError>;

/** The owner may act on an open guide; anyone else, or a closed guide, is refused. */
function guardOpen(session: GuideSession, ctx: GuideContext): GuideError | null {
  if (session.leaderId !== ctx.actorId) return 'notYourGuide';
  return session.status === 'completed' || session.status === 'cancelled' ? 'guideClosed' : null;
}

function guardActive(
  session: GuideSession,
  ctx: GuideContext,
  step: StepId | null,
): GuideError | null {
  const closed = guardOpen(session, ctx);
  if (closed) return closed;
  if (step !== null && step !== session.step) return 'staleCard';
  return sickPeriodProblem(session.kind, ctx.sickPeriod, today(ctx.clock), phaseOf(session.step));
}

/** A step that has nothing to show is passed over (the draft when no invitation was made). */
const skipped = (session: GuideSession, step: StepId): boolean =>
  step === 'invitationDraft' && session.meeting === null;

function move(session: GuideSession, direction: 1 | -1): StepId | null {
  const steps = stepsOf(session);
  let at = Math.max(steps.indexOf(session.step), 0) + direction;
  while (at >= 0 && at < steps.length) {
    const step = steps[at];
    if (step !== undefined && !skipped(session, step)) return step;
    at += direction;
  }
  return null;
}

function touched(
  session: GuideSession,
  ctx: GuideContext,
  changes: Partial<GuideSession>,
): GuideSession {
  return { ...session, status: 'active', pausedAt: null, ...changes, updatedAt: nowIso(ctx.clock) };
}

function next(session: GuideSession, ctx: GuideContext): Outcome {
  if (session.step === 'agreements' && session.agreements === null) return fail('answerRequired');
  const step = move(session, 1);
  if (step === null) return fail('atLastStep');
  const current = session.step;
  const covered =
    isPointStep(current) && !session.covered.includes(current)
      ? [...session.covered, current]
      : session.covered;
  return ok(touched(session, ctx, { step, covered }));
}

function back(session: GuideSession, ctx: GuideContext): Outcome {
  const step = move(session, -1);
  return step === null ? fail('atFirstStep') : ok(touched(session, ctx, { step }));
}

function store(session: GuideSession, answer: GuideAnswer, ctx: GuideContext): Outcome {
  const on = today(ctx.clock);
  switch (answer.step) {
    case 'checklist': {
      if (!decisionsFor(session.kind).includes(answer.decision)) return fail('wrongAnswerForStep');
      const allowed = checklistFor(session);
      const checked = allowed.filter((item) => answer.checked.includes(item));
      return ok({ ...session, checklist: { checked, decision: answer.decision } });
    }
    case 'invitation': {
      const meeting = validateMeeting(answer.meeting, on);
      return meeting.ok ? ok({ ...session, meeting: meeting.value }) : meeting;
    }
    case 'agreements': {
      const agreements = validateAgreements(answer.agreements, {
        today: on,
        sickStart: ctx.sickPeriod?.start ?? null,
        weeklyHours: ctx.weeklyHours,
      });
      return agreements.ok ? ok({ ...session, agreements: agreements.value }) : agreements;
    }
  }
}

/** Stores a validated answer for the current step and moves on. */
function answer(session: GuideSession, given: GuideAnswer, ctx: GuideContext): Outcome {
  const stored = store(session, given, ctx);
  return stored.ok ? next(stored.value, ctx) : stored;
}

function complete(session: GuideSession, ctx: GuideContext): Outcome {
  if (move(session, 1) !== null) return fail('notAtLastStep');
  if (session.agreements === null) return fail('answerRequired');
  const at = nowIso(ctx.clock);
  return ok({ ...session, status: 'completed', pausedAt: null, closedAt: at, updatedAt: at });
}

function stepOf(command: GuideCommand): StepId | null {
  if (command.type === 'answer') return command.answer.step;
  return command.type === 'next' || command.type === 'back' || command.type === 'complete'
    ? command.step
    : null;
}

/** Applies one command. A refused command leaves the session as it was. */
export function applyGuideCommand(
  session: GuideSession,
  command: GuideCommand,
  ctx: GuideContext,
): Outcome {
  if (command.type === 'leave' || command.type === 'cancel') {
    const problem = guardOpen(session, ctx);
    if (problem) return fail(problem);
    const at = nowIso(ctx.clock);
    return command.type === 'leave'
      ? ok({ ...session, status: 'paused', pausedAt: at, updatedAt: at })
      : ok({ ...session, status: 'cancelled', pausedAt: null, closedAt: at, updatedAt: at });
  }
  const problem = guardActive(session, ctx, stepOf(command));
  if (problem) return fail(problem);
  switch (command.type) {
    case 'resume':
      return ok(touched(session, ctx, {}));
    case 'next':
      return next(session, ctx);
    case 'back':
      return back(session, ctx);
    case 'answer':
      return answer(session, command.answer, ctx);
    case 'complete':
      return complete(session, ctx);
  }
}
