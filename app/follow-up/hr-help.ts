/**
 * "Bed HR om hjælp": the request is stored once (hrRequests, id = the step id or
 * `freq:<fired id>`), then the unit's HR consultant is told through the HrNotifier with the case
 * facts. HR's answer — only from HR serving the unit, and through the diagnosis guardrail — is
 * stored with the request and passed on to the leader.
 */
import { mayAccess } from '../../domain/access.js';
import { hrCaseFacts, type HrCaseFacts } from '../../domain/follow-up/hr-facts.js';
import { isPersonStep, type FollowUpStep } from '../../domain/follow-up/step-types.js';
import type { IsoDate } from '../../domain/model.js';
import type { HrRequestRecord } from '../../data/follow-up-schema.js';
import type { Repositories } from '../../data/repositories.js';
import { auditAction, todayIn, type UseCaseContext } from '../context.js';
import type { FollowUpOptions, LocalizedCard } from '../follow-up-seams.js';
import { guardFreeText } from '../free-text.js';
import { employeesByKey } from '../org.js';
import { currentPeriod } from './follow-up-plan-view.js';
import { followUpRefusal, notice, refused, type Refused } from './notice.js';

/** An HR case as HR's card shows it (with HR's answer once given). */
export interface HrCaseView {
  leaderName: string;
  employeeName: string;
  unitName: string;
  /** The request's id (HR's answer is routed by it). */
  stepId: string;
  facts: HrCaseFacts;
  today: IsoDate;
  reply: { text: string; on: IsoDate } | null;
}

/** HR's answer as the leader who asked gets it. */
export interface HrAnswerView {
  hr: string;
  name: string;
  reply: string;
}

/** How the cards HR and the leader are sent are drawn: app/ knows no card, the bot hands these in. */
export interface HrCards {
  hrCase(view: HrCaseView): LocalizedCard;
  answerToLeader(view: HrAnswerView): LocalizedCard;
}

export interface HrHelpOptions extends FollowUpOptions {
  hrCards: HrCards;
}

type Repos = Pick<Repositories, 'absence' | 'followUps' | 'org'>;

/** A request's case as it is now; null if its period is gone. */
export async function hrCaseView(
  repos: Repos,
  request: HrRequestRecord,
  today: IsoDate,
): Promise<HrCaseView | null> {
  const periods = await repos.absence.periodsOfPerson(request.personKey);
  const period = periods.find((p) => p.id === request.periodId) ?? periods.at(-1);
  if (!period) return null;
  const steps = await repos.followUps.planFor(period.id);
  const { units, persons } = await repos.org.snapshot();
  const names = await employeesByKey(repos, [request.personKey], today);
  return {
    leaderName: persons.find((p) => p.aadObjectId === request.requestedBy)?.displayName ?? '–',
    employeeName: names.get(request.personKey)?.displayName ?? '–',
    unitName: units.find((u) => u.id === request.unitId)?.name ?? request.unitId,
    stepId: request.id,
    facts: hrCaseFacts(period, steps, periods, today),
    today,
    reply: request.reply ? { text: request.reply.text, on: request.reply.on } : null,
  };
}

/** Stores the request and, when it is new, tells HR (a notifier failure is logged, not fatal). */
export async function askHr(
  ctx: UseCaseContext,
  request: HrRequestRecord,
  options: HrHelpOptions,
): Promise<void> {
  const stored = await ctx.repos.followUps.recordHrRequest(request);
  if (!stored.created || !options.hrNotifier) return;
  const view = await hrCaseView(ctx.repos, stored.request, todayIn(ctx));
  if (!view) return;
  const card = options.hrCards.hrCase(view);
  try {
    await options.hrNotifier.notify(request.unitId, card, request.id, request.personKey);
  } catch (err) {
    options.onNotifyError?.(err);
  }
}

type NewRequest = Pick<HrRequestRecord, 'id' | 'kind' | 'stepId' | 'periodId'> & {
  personKey: string;
  unitId: string;
};

const requestOf = (ctx: UseCaseContext, r: NewRequest): HrRequestRecord => ({
  ...r,
  requestedBy: ctx.actor.person.aadObjectId,
  requestedOn: todayIn(ctx),
  reply: null,
});

/** The request for a step the actor has just marked "HR asked". */
export async function askHrForStep(
  ctx: UseCaseContext,
  step: FollowUpStep,
  options: HrHelpOptions,
): Promise<void> {
  const { personKey, unitId } = step;
  // A person's own step has no period: HR's card then shows the latest one's facts.
  const periodId = isPersonStep(step) ? null : step.periodId;
  const request = { id: step.id, kind: 'step' as const, stepId: step.id, periodId };
  await askHr(ctx, requestOf(ctx, { ...request, personKey, unitId }), options);
}

/** The request for a frequency trigger the actor has just handed to HR. */
export async function askHrForFrequency(
  ctx: UseCaseContext,
  firedId: string,
  employee: { personKey: string; unitId: string },
  options: HrHelpOptions,
): Promise<void> {
  const period = await currentPeriod(ctx.repos, employee.personKey);
  const request = {
    id: `freq:${firedId}`,
    kind: 'frequency' as const,
    stepId: null,
    periodId: period?.id ?? null,
  };
  await askHr(ctx, requestOf(ctx, { ...request, ...employee }), options);
}

async function tellLeader(
  ctx: UseCaseContext,
  request: HrRequestRecord,
  options: HrHelpOptions,
): Promise<void> {
  const notify = options.hrNotifier?.notifyLeader?.bind(options.hrNotifier);
  if (!notify || !request.reply) return;
  const names = await employeesByKey(ctx.repos, [request.personKey], todayIn(ctx));
  const card = options.hrCards.answerToLeader({
    hr: ctx.actor.person.displayName,
    name: names.get(request.personKey)?.displayName ?? '–',
    reply: request.reply.text,
  });
  try {
    await notify(request.requestedBy, card, `${request.id}:reply`, {
      personKey: request.personKey,
      unitId: request.unitId,
    });
  } catch (err) {
    options.onNotifyError?.(err);
  }
}

/**
 * HR answers a request: only HR serving the unit (mayAccess), and the answer passes the
 * diagnosis guardrail before it is stored or passed on. A second answer changes nothing.
 */
export async function hrReply(
  ctx: UseCaseContext,
  input: { verb: string; requestId: string; reply: string },
  options: HrHelpOptions,
): Promise<Refused | { kind: 'case'; view: HrCaseView }> {
  const gate = followUpRefusal(ctx, 'anyone');
  if (gate) return gate;
  const missing = refused(notice('followup.hrReply.missing'));
  const request = await ctx.repos.followUps.hrRequest(input.requestId);
  if (!request) return missing;
  const { personKey, unitId } = request;
  const { persons, units } = await ctx.repos.org.snapshot();
  const access = { kind: 'hr-case' as const, unitId };
  if (!mayAccess(ctx.actor.person, persons, units, ctx.audience, access).ok) {
    await auditAction(ctx, input.verb, personKey, unitId, 'denied', 'not-hr-for-unit');
    return refused(notice('followup.hrReply.notYours'));
  }
  const verdict = await guardFreeText(
    ctx,
    input.verb,
    { reply: input.reply },
    { personKey, unitId },
  );
  if (!verdict.ok) return refused({ kind: 'free-text', verdict });
  const today = todayIn(ctx);
  const reply = { text: input.reply, by: ctx.actor.person.aadObjectId, on: today };
  const outcome = await ctx.repos.followUps.recordHrReply(request.id, reply);
  if (outcome.status === 'missing') return missing;
  const recorded = outcome.status === 'recorded';
  await auditAction(
    ctx,
    input.verb,
    personKey,
    unitId,
    recorded ? 'allowed' : 'rejected',
    request.id,
  );
  if (recorded) await tellLeader(ctx, outcome.request, options);
  const view = await hrCaseView(ctx.repos, outcome.request, today);
  return view ? { kind: 'case', view } : missing;
}
