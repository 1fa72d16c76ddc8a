/**
 * The due card's buttons: Udført (structured outcome), Udskyd (date), Bed HR om hjælp, Tilbyd
 * Tidlig Indsats. ("Start samtaleguide" is the guide's own route, bot/handlers/guide.) Each names the step version it saw; the repository applies
 * the change only to that version, so a stale card or an invoke Teams delivers again changes
 * state once and is answered with the card as it is now.
 */
import { mayAccess } from '../../../domain/access.js';
import { guardFreeText } from '../../../app/free-text.js';
import { freeTextRefusal } from '../../gate-text.js';
import { workingDayOnOrAfter } from '../../../domain/follow-up/deadlines.js';
import {
  completeStep,
  offerEarlyIntervention,
  postponeStep,
  requestHrHelp,
} from '../../../domain/follow-up/step-actions.js';
import type { FollowUpStep } from '../../../domain/follow-up/step-types.js';
import { FOLLOW_UP_VERBS, type FollowUpAction } from '../../../cards/follow-up-actions.js';
import { formatDay } from '../../../cards/follow-up-format.js';
import type { StepChange, StepChangeOutcome } from '../../../data/follow-up-repository.js';
import type { ExecuteAnswer, Turn } from '../../turn.js';
import { digestFor, renderDigest } from '../../digest-view.js';
import { audit, myEmployee, todayOf } from './follow-up-context.js';
import type { FollowUpOptions } from '../../../app/follow-up-seams.js';
import { askHrForStep } from './hr-help.js';

const V = FOLLOW_UP_VERBS;
type StepVerb =
  | typeof V.complete
  | typeof V.postpone
  | typeof V.askHr
  | typeof V.offerEarlyIntervention
  | typeof V.startGuide;
export type StepAction = Extract<FollowUpAction, { verb: StepVerb }>;

export const isStepAction = (a: FollowUpAction): a is StepAction =>
  ([V.complete, V.postpone, V.askHr, V.offerEarlyIntervention] as string[]).includes(a.verb);

function changeFor(action: StepAction, today: string): StepChange | null {
  const v = { version: action.version };
  switch (action.verb) {
    case V.complete:
      return (s) => completeStep(s, { ...v, outcome: action.outcome }, today);
    case V.postpone:
      return (s) => postponeStep(s, { ...v, date: action.date }, today);
    case V.askHr:
      return (s) => requestHrHelp(s, v, today);
    case V.offerEarlyIntervention:
      return (s) => offerEarlyIntervention(s, v, today);
    default:
      return null;
  }
}

/** The step already shows what this action would do (Teams delivered the invoke again). */
function alreadyApplied(step: FollowUpStep, action: StepAction): boolean {
  switch (action.verb) {
    case V.complete:
      return step.outcome?.kind === action.outcome.kind;
    case V.postpone:
      return step.postponedTo === workingDayOnOrAfter(action.date);
    case V.askHr:
      return step.hrHelpRequestedOn !== null;
    case V.offerEarlyIntervention:
      return step.earlyInterventionOfferedOn !== null;
    default:
      return false;
  }
}

const APPLIED_NOTICE = {
  [V.complete]: 'followup.notice.saved',
  [V.postpone]: 'followup.notice.postponed',
  [V.askHr]: 'followup.notice.hrAsked',
  [V.offerEarlyIntervention]: 'followup.notice.earlyIntervention',
  [V.startGuide]: 'followup.notice.guide',
} as const;

function noticeFor(
  turn: Turn,
  action: StepAction,
  outcome: StepChangeOutcome,
): { text: string; tone: 'good' | 'attention' } {
  const { t } = turn;
  if (outcome.status === 'applied') return { text: t(APPLIED_NOTICE[action.verb]), tone: 'good' };
  if (outcome.status === 'stale' && alreadyApplied(outcome.step, action)) {
    return { text: t('followup.notice.alreadyDone'), tone: 'good' };
  }
  if (outcome.status === 'refused') {
    const deadline = String(outcome.detail.deadline ?? '');
    const params: Record<string, string> = deadline
      ? { deadline: formatDay(t.locale, deadline, todayOf(turn)) }
      : {};
    return { text: t(`followup.error.${outcome.reason}`, params), tone: 'attention' };
  }
  return { text: t('followup.error.stale'), tone: 'attention' };
}

/**
 * The employee's leader may act on every step of the period; an HR consultant serving the unit
 * may act on the steps addressed to HR (the NemRefusion report), which arrive in HR's digest.
 * A step of a person who has since moved to another of the leader's units is still theirs.
 */
async function mayActOn(turn: Turn, step: FollowUpStep): Promise<boolean> {
  const { persons, units } = await turn.deps.repos.org.snapshot();
  const may = (kind: 'employee' | 'hr-case') =>
    mayAccess(turn.person, persons, units, turn.audience, { kind, unitId: step.unitId }).ok;
  if (may('employee') || (step.audience === 'hr' && may('hr-case'))) return true;
  return (await myEmployee(turn, step.personKey)) !== null;
}

/** The guardrail on the step's free text (the "other" note of "not appropriate"). */
async function refusedNote(turn: Turn, action: StepAction, step: FollowUpStep) {
  if (action.verb !== V.complete || !('note' in action.outcome)) return null;
  const subject = { personKey: step.personKey, unitId: step.unitId };
  const verdict = await guardFreeText(
    turn.ctx,
    action.verb,
    { note: action.outcome.note },
    subject,
  );
  return verdict.ok ? null : freeTextRefusal(turn.t, verdict);
}

/** The digest the action came from, refreshed, with a notice on what happened. */
async function refreshedCard(
  turn: Turn,
  action: StepAction,
  outcome: StepChangeOutcome | { text: string; tone: 'good' | 'attention' },
  current: FollowUpStep,
): Promise<ExecuteAnswer> {
  const today = todayOf(turn);
  const me = turn.person;
  const record = await digestFor(turn.deps, action.digestId, me.aadObjectId, current, today);
  const notice = 'tone' in outcome ? outcome : noticeFor(turn, action, outcome);
  const input = { record, recipientName: me.displayName, known: [current], notice, today };
  return { kind: 'card', card: await renderDigest(turn.deps, input, turn.t) };
}

export async function handleStepAction(
  turn: Turn,
  action: StepAction,
  options: FollowUpOptions,
): Promise<ExecuteAnswer> {
  const { t } = turn;
  const step = await turn.deps.repos.followUps.step(action.stepId);
  if (!step) return { kind: 'message', text: t('followup.error.missing') };
  if (!(await mayActOn(turn, step))) {
    await audit(turn, action.verb, step.personKey, step.unitId, 'denied', 'not-own-employee');
    return { kind: 'message', text: t('followup.error.notYourStep') };
  }
  const refusal = await refusedNote(turn, action, step);
  if (refusal) return refreshedCard(turn, action, { text: refusal, tone: 'attention' }, step);
  const change = changeFor(action, todayOf(turn));
  const outcome: StepChangeOutcome = change
    ? await turn.deps.repos.followUps.applyStepChange(step.id, action.version, change)
    : { status: 'applied', step };
  const current = outcome.status === 'missing' ? step : outcome.step;
  const result = outcome.status === 'applied' ? 'allowed' : 'rejected';
  await audit(turn, action.verb, step.personKey, step.unitId, result, outcome.status);
  const applied = outcome.status === 'applied';
  if (applied && action.verb === V.askHr) await askHrForStep(turn, current, options);
  return refreshedCard(turn, action, outcome, current);
}
