/**
 * What a guide session's transition and card need about the world, read fresh from the store on
 * every turn: the employee (still the actor's own?), the linked sick period, and for a talk about
 * frequent absence the periods and days in the window. Ownership is checked before any absence
 * is read, and every read of absence is audited.
 */
import { countInWindow } from '../domain/follow-up/frequency.js';
import type { GuideError } from '../domain/guide/guide-errors.js';
import type { GuideContext, GuideSession } from '../domain/guide/guide-session.js';
import type { GuideViewInput } from '../domain/guide/guide-view.js';
import type { AbsenceFacts } from '../domain/guide/documents.js';
import type { IsoDate, SickPeriod } from '../domain/model.js';
import { fail, ok, type Result } from '../domain/result.js';
import { frequencyRules } from '../domain/triggers.js';
import type { GuideActor, GuideDialogDeps } from './guide-deps.js';
import { auditGuide, ownEmployee, todayOf, type GuideEmployee } from './guide-people.js';

/** The window a frequent-absence talk looks back over when the unit's policy names none. */
export const DEFAULT_WINDOW_MONTHS = 12;

export interface GuideWorld {
  employee: GuideEmployee;
  sickPeriod: SickPeriod | null;
  today: IsoDate;
  ctx: GuideContext;
  view: GuideViewInput;
}

/** Counted as the frequent-absence rule counts, over the window of the unit's first trigger. */
async function absenceFacts(
  deps: GuideDialogDeps,
  employee: GuideEmployee,
  today: IsoDate,
): Promise<AbsenceFacts> {
  const { personKey, unitId } = employee;
  const rules = frequencyRules(await deps.org.snapshot());
  const months = rules.triggersOf(unitId)[0]?.windowMonths ?? DEFAULT_WINDOW_MONTHS;
  const periods = await deps.absence.periodsOfPerson(personKey);
  const counted = countInWindow(periods, personKey, months, today, rules.counts);
  return { periods: counted.periods, days: counted.days, months };
}

async function linkedPeriod(
  deps: GuideDialogDeps,
  session: GuideSession,
): Promise<SickPeriod | null> {
  if (session.sickPeriodId === null) return null;
  const period = await deps.absence.period(session.sickPeriodId);
  return period && period.personKey === session.personKey ? period : null;
}

/** The world of a session for the acting leader, or why they may not go on with it. */
export async function worldOf(
  deps: GuideDialogDeps,
  actor: GuideActor,
  session: GuideSession,
): Promise<Result<GuideWorld, GuideError>> {
  if (session.leaderId !== actor.person.aadObjectId) return fail('notYourGuide');
  const employee = await ownEmployee(deps, actor.person, session.personKey);
  if (!employee) return fail('notYourEmployee');
  const today = todayOf(deps);
  const sickPeriod = await linkedPeriod(deps, session);
  const facts = session.kind === 'frequent' ? await absenceFacts(deps, employee, today) : null;
  if (session.sickPeriodId !== null || facts !== null) {
    const subject = session.personKey;
    await auditGuide(deps, actor, {
      action: 'guide.absence.read',
      subject,
      unitId: employee.unitId,
      outcome: 'allowed',
    });
  }
  const { weeklyHours } = employee;
  const ctx: GuideContext = {
    clock: deps.clock,
    actorId: actor.person.aadObjectId,
    sickPeriod: sickPeriod ? { start: sickPeriod.start, end: sickPeriod.end } : null,
    weeklyHours,
  };
  const view: GuideViewInput = {
    parties: { employeeName: employee.displayName, leaderName: actor.person.displayName },
    today,
    sickStart: sickPeriod?.start ?? null,
    weeklyHours,
    absenceFacts: facts,
  };
  return ok({ employee, sickPeriod, today, ctx, view });
}
