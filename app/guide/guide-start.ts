/**
 * Starting a guide: which conversation fits (suggested kind first), the offer to go on with a
 * guide left part-way, and the new session itself. The employee is checked to be the actor's
 * own, and a sick period named by a card to be theirs, before anything is read.
 */
import { followsUp } from '../../domain/follow-up/registration.js';
import { ACTIVE_STATES, type FollowUpStep } from '../../domain/follow-up/step-types.js';
import type { GuideError } from '../../domain/guide/guide-errors.js';
import type { GuideKind } from '../../domain/guide/guide-kinds.js';
import { startGuide, type GuideSession } from '../../domain/guide/guide-session.js';
import {
  isBack,
  suggestGuide,
  type GuideSuggestion,
  type SuggestStep,
} from '../../domain/guide/suggest-kind.js';
import type { SickPeriod } from '../../domain/model.js';
import { fail, ok, type Result } from '../../domain/result.js';
import { absenceOfPeriods } from '../../domain/absence-spans.js';
import { assessFrequency, frequencyRules } from '../../domain/triggers.js';
import type { StoredGuide } from '../../data/guide-repository.js';
import { todayIn, type UseCaseContext } from '../context.js';
import { ensurePlan } from '../follow-up-plan.js';
import { auditGuide } from './guide-audit.js';
import { ownGuideEmployee, type GuideEmployee } from './guide-employee.js';
import type { GuideSeams } from './guide-seams.js';
import { clockOf } from './guide-world.js';

export interface StartRequest {
  personKey: string;
  sickPeriodId: string | null;
  kind: GuideKind;
  contactDay: number | null;
}

/** The start card's content, or the open guide to go on with, or a refusal. */
export type GuideOffer =
  | { kind: 'notYourEmployee' }
  | { kind: 'resume'; stored: StoredGuide; employeeName: string }
  | { kind: 'start'; employeeName: string; personKey: string; suggestion: GuideSuggestion };

/**
 * The period's plan, made now if it has none yet (an imported period the scheduler has not
 * reached), so a step agreed in the guide is never mistaken for the whole plan.
 */
export function planOf(
  ctx: UseCaseContext,
  seams: Pick<GuideSeams, 'aboveTarget'>,
  period: SickPeriod,
  unitId: string,
): Promise<FollowUpStep[]> {
  return ensurePlan(ctx, period, unitId, todayIn(ctx), { aboveTarget: seams.aboveTarget });
}

async function nextLeaderStep(
  ctx: UseCaseContext,
  seams: GuideSeams,
  period: SickPeriod,
  unitId: string,
): Promise<SuggestStep | null> {
  const plan = await planOf(ctx, seams, period, unitId);
  const next = plan.find((s) => s.audience === 'leader' && ACTIVE_STATES.has(s.state));
  return next ? { purpose: next.purpose, day: next.day } : null;
}

/** The kinds that fit the employee now; reads (and audits) their absence. */
export async function guideSuggestion(
  ctx: UseCaseContext,
  seams: GuideSeams,
  employee: GuideEmployee,
): Promise<GuideSuggestion> {
  const today = todayIn(ctx);
  const periods = (await ctx.repos.absence.periodsOfPerson(employee.personKey)).filter((p) =>
    followsUp(p.type),
  );
  await auditGuide(ctx, {
    action: 'guide.absence.read',
    subject: employee.personKey,
    unitId: employee.unitId,
    outcome: 'allowed',
  });
  const rules = frequencyRules(await ctx.repos.org.snapshot());
  const absence = absenceOfPeriods(periods);
  const frequent = assessFrequency(rules, employee.unitId, absence, today).some((e) => e.met);
  const open = periods.find((p) => p.start <= today && (p.end === null || p.end >= today));
  const nextStep =
    open && !isBack(open, today) ? await nextLeaderStep(ctx, seams, open, employee.unitId) : null;
  return suggestGuide({ today, periods, nextStep, frequent });
}

/** The start for one of the actor's employees, or the open guide about them to go on with. */
export async function guideOffer(
  ctx: UseCaseContext,
  seams: GuideSeams,
  personKey: string,
): Promise<GuideOffer> {
  const employee = await ownGuideEmployee(ctx, personKey);
  if (!employee) {
    await auditGuide(ctx, {
      action: 'guide.offer',
      subject: personKey,
      unitId: null,
      outcome: 'denied',
      detail: 'not-own-employee',
    });
    return { kind: 'notYourEmployee' };
  }
  const employeeName = employee.displayName;
  const open = await ctx.repos.guides.openFor(ctx.actor.person.aadObjectId, personKey);
  if (open) return { kind: 'resume', stored: open, employeeName };
  const suggestion = await guideSuggestion(ctx, seams, employee);
  return { kind: 'start', employeeName, personKey, suggestion };
}

/** A new session (or the open one of the same kind and period, so a double click makes one). */
export async function startGuideSession(
  ctx: UseCaseContext,
  seams: GuideSeams,
  request: StartRequest,
): Promise<Result<StoredGuide, GuideError | 'invalidAction'>> {
  const leaderId = ctx.actor.person.aadObjectId;
  const employee = await ownGuideEmployee(ctx, request.personKey);
  if (!employee) return fail('notYourEmployee');
  const { sickPeriodId } = request;
  const period = sickPeriodId ? await ctx.repos.absence.period(sickPeriodId) : null;
  if (sickPeriodId && period?.personKey !== request.personKey) return fail('invalidAction');
  const open = await ctx.repos.guides.openFor(leaderId, request.personKey);
  if (open && sameGuide(open.session, request)) return ok(open);
  const guideCtx = {
    clock: clockOf(ctx),
    actorId: leaderId,
    sickPeriod: period,
    weeklyHours: employee.weeklyHours,
  };
  const input = { id: seams.newId(), ...request, actorLeadsEmployee: true };
  const started = startGuide(input, guideCtx);
  if (!started.ok) return started;
  const saved = await ctx.repos.guides.save(started.value, 0);
  if (saved.status !== 'saved') return fail('staleCard');
  await auditGuide(ctx, {
    action: 'guide.start',
    subject: request.personKey,
    unitId: employee.unitId,
    outcome: 'allowed',
    detail: request.kind,
  });
  return ok(saved.guide);
}

/** The same conversation: kind, sick period and (for a call) its day. */
function sameGuide(session: GuideSession, request: StartRequest): boolean {
  const day = request.kind === 'firstContact' ? (request.contactDay ?? 1) : null;
  return (
    session.kind === request.kind &&
    session.sickPeriodId === request.sickPeriodId &&
    session.contactDay === day
  );
}
