/**
 * The due card's buttons: Udført (structured outcome), Udskyd (date), Bed HR om hjælp, Tilbyd
 * Tidlig Indsats. ("Start samtaleguide" is the guide's own.) Each names the step version it saw;
 * the repository applies the change only to that version, so a stale card or an invoke Teams
 * delivers again changes state once and is answered with the step as it is now.
 */
import { mayAccess } from '../../domain/access.js';
import { workingDayOnOrAfter } from '../../domain/follow-up/deadlines.js';
import {
  completeStep,
  offerEarlyIntervention,
  postponeStep,
  requestHrHelp,
} from '../../domain/follow-up/step-actions.js';
import type { FollowUpStep, StepOutcome } from '../../domain/follow-up/step-types.js';
import type { IsoDate } from '../../domain/model.js';
import type { StepChange, StepChangeOutcome } from '../../data/follow-up-repository.js';
import { auditAction, todayIn, type UseCaseContext } from '../context.js';
import { actsAsDeputy } from '../deputies.js';
import { ownEmployee } from '../employees.js';
import { guardFreeText } from '../free-text.js';
import { recordStepChange } from './change-log.js';
import { askHrForStep, type HrHelpOptions } from './hr-help.js';
import { followUpRefusal, notice, refused, type Notice, type Refused } from './notice.js';

/** A step action as the card sends it (the verb is also the audit log's action). */
export type StepActionInput = { stepId: string; version: number } & (
  | { verb: 'followup.complete'; outcome: StepOutcome }
  | { verb: 'followup.postpone'; date: IsoDate }
  | { verb: 'followup.askHr' }
  | { verb: 'followup.offerEarlyIntervention' }
);

/** The step after the action (changed or not), and what to tell the actor about it. */
export interface StepActionDone {
  kind: 'step';
  step: FollowUpStep;
  notice: Notice;
  tone: 'good' | 'attention';
}

function changeFor(action: StepActionInput, today: IsoDate): StepChange {
  const v = { version: action.version };
  switch (action.verb) {
    case 'followup.complete':
      return (s) => completeStep(s, { ...v, outcome: action.outcome }, today);
    case 'followup.postpone':
      return (s) => postponeStep(s, { ...v, date: action.date }, today);
    case 'followup.askHr':
      return (s) => requestHrHelp(s, v, today);
    case 'followup.offerEarlyIntervention':
      return (s) => offerEarlyIntervention(s, v, today);
  }
}

/** The step already shows what this action would do (Teams delivered the invoke again). */
function alreadyApplied(step: FollowUpStep, action: StepActionInput): boolean {
  switch (action.verb) {
    case 'followup.complete':
      return step.outcome?.kind === action.outcome.kind;
    case 'followup.postpone':
      return step.postponedTo === workingDayOnOrAfter(action.date);
    case 'followup.askHr':
      return step.hrHelpRequestedOn !== null;
    case 'followup.offerEarlyIntervention':
      return step.earlyInterventionOfferedOn !== null;
  }
}

const APPLIED_NOTICE = {
  'followup.complete': 'followup.notice.saved',
  'followup.postpone': 'followup.notice.postponed',
  'followup.askHr': 'followup.notice.hrAsked',
  'followup.offerEarlyIntervention': 'followup.notice.earlyIntervention',
} as const;

function noticeFor(
  action: StepActionInput,
  outcome: StepChangeOutcome,
): Pick<StepActionDone, 'notice' | 'tone'> {
  if (outcome.status === 'applied')
    return { notice: notice(APPLIED_NOTICE[action.verb]), tone: 'good' };
  if (outcome.status === 'stale' && alreadyApplied(outcome.step, action))
    return { notice: notice('followup.notice.alreadyDone'), tone: 'good' };
  if (outcome.status === 'refused') {
    const deadline = String(outcome.detail.deadline ?? '');
    const dates = deadline ? { deadline } : undefined;
    return { notice: notice(`followup.error.${outcome.reason}`, {}, dates), tone: 'attention' };
  }
  return { notice: notice('followup.error.stale'), tone: 'attention' };
}

/**
 * The employee's leader may act on every step of the period; an HR consultant serving the unit
 * may act on the steps addressed to HR (the NemRefusion report), which arrive in HR's digest.
 * A step of a person who has since moved to another of the leader's units is still theirs. The
 * deputy in force for the absent leader acts on it too (app/deputies.ts, audited).
 */
async function mayActOn(ctx: UseCaseContext, step: FollowUpStep, verb: string): Promise<boolean> {
  const { persons, units } = await ctx.repos.org.snapshot();
  const may = (kind: 'employee' | 'hr-case') =>
    mayAccess(ctx.actor.person, persons, units, ctx.audience, { kind, unitId: step.unitId }).ok;
  if (may('employee') || (step.audience === 'hr' && may('hr-case'))) return true;
  if ((await ownEmployee(ctx, step.personKey)) !== null) return true;
  return actsAsDeputy(ctx, step, verb);
}

/** The guardrail on the step's free text (the "other" note of "not appropriate"). */
async function refusedNote(
  ctx: UseCaseContext,
  action: StepActionInput,
  step: FollowUpStep,
): Promise<Notice | null> {
  if (action.verb !== 'followup.complete' || !('note' in action.outcome)) return null;
  const subject = { personKey: step.personKey, unitId: step.unitId };
  const note = { note: action.outcome.note };
  const verdict = await guardFreeText(ctx, action.verb, note, subject);
  return verdict.ok ? null : { kind: 'free-text', verdict };
}

/** Applies a due card's action to the version of the step it names, and audits it. */
export async function applyStepAction(
  ctx: UseCaseContext,
  action: StepActionInput,
  options: HrHelpOptions,
): Promise<Refused | StepActionDone> {
  const gate = followUpRefusal(ctx, 'leader-or-hr-consultant');
  if (gate) return gate;
  const step = await ctx.repos.followUps.step(action.stepId);
  if (!step) return refused(notice('followup.error.missing'));
  if (!(await mayActOn(ctx, step, action.verb))) {
    await auditAction(ctx, action.verb, step.personKey, step.unitId, 'denied', 'not-own-employee');
    return refused(notice('followup.error.notYourStep'));
  }
  const refusal = await refusedNote(ctx, action, step);
  if (refusal) return { kind: 'step', step, notice: refusal, tone: 'attention' };
  const change = changeFor(action, todayIn(ctx));
  const outcome = await ctx.repos.followUps.applyStepChange(step.id, action.version, change);
  const current = outcome.status === 'missing' ? step : outcome.step;
  const result = outcome.status === 'applied' ? 'allowed' : 'rejected';
  await auditAction(ctx, action.verb, step.personKey, step.unitId, result, outcome.status);
  if (outcome.status === 'applied') await recordStepChange(ctx, action.verb, step, current);
  if (outcome.status === 'applied' && action.verb === 'followup.askHr')
    await askHrForStep(ctx, current, options);
  return { kind: 'step', step: current, ...noticeFor(action, outcome) };
}
