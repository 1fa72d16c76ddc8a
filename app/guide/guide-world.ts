/**
 * What a guide session's transition and card need about the world, read fresh from the store on
 * every turn: the employee (still the actor's own, for this audience?), the linked sick period,
 * and for a talk about frequent absence the periods and days in the window. Ownership is checked
 * before any absence is read, and every read of absence is audited.
 */
import type { Clock } from '../../domain/clock.js';
import { countInWindow } from '../../domain/follow-up/frequency.js';
import type { AbsenceFacts } from '../../domain/guide/documents.js';
import type { GuideError } from '../../domain/guide/guide-errors.js';
import type { GuideContext, GuideSession } from '../../domain/guide/guide-session.js';
import type { GuideViewInput } from '../../domain/guide/guide-view.js';
import type { IsoDate, SickPeriod } from '../../domain/model.js';
import { fail, ok, type Result } from '../../domain/result.js';
import { frequencyRules } from '../../domain/triggers.js';
import { todayIn, type UseCaseContext } from '../context.js';
import { auditGuide } from './guide-audit.js';
import { ownGuideEmployee, type GuideEmployee } from './guide-employee.js';
import { guideStepTips, type StepTips } from './guide-tips.js';

/** The window a frequent-absence talk looks back over when the unit's policy names none. */
export const DEFAULT_WINDOW_MONTHS = 12;

export interface GuideWorld {
  employee: GuideEmployee;
  sickPeriod: SickPeriod | null;
  today: IsoDate;
  ctx: GuideContext;
  view: GuideViewInput;
  /** The tip each step shows (tip ids; none switched off by HR). */
  stepTips: StepTips;
}

/** The use case's instant as the domain's clock: every change in a turn is stamped with it. */
export const clockOf =
  (ctx: Pick<UseCaseContext, 'now'>): Clock =>
  () =>
    ctx.now;

/** Counted as the frequent-absence rule counts, over the window of the unit's first trigger. */
async function absenceFacts(
  ctx: UseCaseContext,
  employee: GuideEmployee,
  today: IsoDate,
): Promise<AbsenceFacts> {
  const { personKey, unitId } = employee;
  const rules = frequencyRules(await ctx.repos.org.snapshot());
  const months = rules.triggersOf(unitId)[0]?.windowMonths ?? DEFAULT_WINDOW_MONTHS;
  const periods = await ctx.repos.absence.periodsOfPerson(personKey);
  const counted = countInWindow(periods, personKey, months, today, rules.counts);
  return { periods: counted.periods, days: counted.days, months };
}

async function linkedPeriod(
  ctx: UseCaseContext,
  session: GuideSession,
): Promise<SickPeriod | null> {
  if (session.sickPeriodId === null) return null;
  const period = await ctx.repos.absence.period(session.sickPeriodId);
  return period && period.personKey === session.personKey ? period : null;
}

/** The world of a session for the acting leader, or why they may not go on with it. */
export async function guideWorld(
  ctx: UseCaseContext,
  session: GuideSession,
): Promise<Result<GuideWorld, GuideError>> {
  const { person } = ctx.actor;
  if (session.leaderId !== person.aadObjectId) return fail('notYourGuide');
  const employee = await ownGuideEmployee(ctx, session.personKey);
  if (!employee) return fail('notYourEmployee');
  const today = todayIn(ctx);
  const sickPeriod = await linkedPeriod(ctx, session);
  const facts = session.kind === 'frequent' ? await absenceFacts(ctx, employee, today) : null;
  if (session.sickPeriodId !== null || facts !== null) {
    await auditGuide(ctx, {
      action: 'guide.absence.read',
      subject: session.personKey,
      unitId: employee.unitId,
      outcome: 'allowed',
    });
  }
  const { weeklyHours } = employee;
  const guideCtx: GuideContext = {
    clock: clockOf(ctx),
    actorId: person.aadObjectId,
    sickPeriod: sickPeriod ? { start: sickPeriod.start, end: sickPeriod.end } : null,
    weeklyHours,
  };
  const view: GuideViewInput = {
    parties: { employeeName: employee.displayName, leaderName: person.displayName },
    today,
    sickStart: sickPeriod?.start ?? null,
    weeklyHours,
    absenceFacts: facts,
  };
  const stepTips = await guideStepTips(ctx, session.id);
  return ok({ employee, sickPeriod, today, ctx: guideCtx, view, stepTips });
}
