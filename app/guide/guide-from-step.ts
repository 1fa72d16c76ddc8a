/**
 * The guide a due follow-up step calls for (a call on day 3, the § 7a talk …), started or, when
 * one is open for the same employee, kind and sick period, taken up again. Whose step it is is
 * checked before anything about the absence is read; a refusal is audited.
 */
import { isPersonStep, type FollowUpStep } from '../../domain/follow-up/step-types.js';
import type { GuideError } from '../../domain/guide/guide-errors.js';
import { isBack, kindForStep } from '../../domain/guide/suggest-kind.js';
import { fail, ok, type Result } from '../../domain/result.js';
import type { StoredGuide } from '../../data/guide-repository.js';
import { todayIn, type UseCaseContext } from '../context.js';
import { auditGuide } from './guide-audit.js';
import { ownGuideEmployee } from './guide-employee.js';
import type { GuideSeams } from './guide-seams.js';
import { startGuideSession, type StartRequest } from './guide-start.js';

export type StepGuideFailure = GuideError | 'invalidAction';

/**
 * The guide a step calls for: the conversation of its sick period, or for the person's own step
 * (agreed in a frequent-absence talk without a period) the next frequent-absence conversation.
 */
async function requestFor(ctx: UseCaseContext, step: FollowUpStep): Promise<StartRequest | null> {
  const { personKey } = step;
  if (isPersonStep(step))
    return { personKey, sickPeriodId: null, kind: 'frequent', contactDay: null };
  const period = await ctx.repos.absence.period(step.periodId);
  if (!period || period.personKey !== personKey) return null;
  const back = isBack(period, todayIn(ctx));
  const { kind, contactDay } = kindForStep(step, period.partialPercent !== null, back);
  return { personKey, sickPeriodId: period.id, kind, contactDay };
}

/** Starts (or takes up) the guide for a leader's follow-up step. */
export async function startGuideForStep(
  ctx: UseCaseContext,
  seams: GuideSeams,
  stepId: string,
): Promise<Result<StoredGuide, StepGuideFailure>> {
  const step = await ctx.repos.followUps.step(stepId);
  if (!step || step.audience !== 'leader') return fail('invalidAction');
  const refuse = async (reason: StepGuideFailure) => {
    await auditGuide(ctx, {
      action: 'guide.start',
      subject: step.personKey,
      unitId: step.unitId,
      outcome: reason === 'notYourEmployee' ? 'denied' : 'rejected',
      detail: reason,
    });
    return fail(reason);
  };
  if (!(await ownGuideEmployee(ctx, step.personKey))) return refuse('notYourEmployee');
  const request = await requestFor(ctx, step);
  if (!request) return refuse('invalidAction');
  const started = await startGuideSession(ctx, seams, request);
  return started.ok ? ok(started.value) : refuse(started.reason);
}
