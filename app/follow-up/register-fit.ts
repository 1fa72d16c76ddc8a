/**
 * Registering an employee fit: the open period ends the day before the first day back, and its
 * open steps close as no longer needed (a step that must survive — the report to the
 * municipality after more than 30 days — stays open and is named). Refusals change nothing.
 */
import { addDays } from '../../domain/calendar.js';
import type { Purpose } from '../../domain/follow-up/policy-types.js';
import { ACTIVE_STATES } from '../../domain/follow-up/step-types.js';
import type { IsoDate } from '../../domain/model.js';
import { auditAction, todayIn, type UseCaseContext } from '../context.js';
import type { Employee } from '../org.js';
import { recordChange } from './change-log.js';
import { notice, refused, type Notice, type Refused } from './notice.js';

export interface FitRegistered {
  kind: 'fit';
  employeeName: string;
  lastSickDay: IsoDate;
  /** The purposes of the steps that stay open after a long absence. */
  stillOpen: Purpose[];
}

/** The date check alone (before any name is looked up): a refusal, or null. */
export function fitDateProblem(ctx: UseCaseContext, fitDate: IsoDate, name: string): Notice | null {
  return fitDate > addDays(todayIn(ctx), 1)
    ? notice('followup.chat.fitTooFarAhead', { name })
    : null;
}

/**
 * Registers the employee fit from `fitDate` (the first day back). The caller has established that
 * the employee is the actor's own.
 */
export async function registerFit(
  ctx: UseCaseContext,
  employee: Employee,
  fitDate: IsoDate,
): Promise<FitRegistered | Refused> {
  const name = employee.displayName;
  const problem = fitDateProblem(ctx, fitDate, name);
  if (problem) return refused(problem);
  const open = await ctx.repos.absence.openPeriodOf(employee.personKey);
  if (!open) return refused(notice('followup.chat.notSick', { name }));
  const lastSickDay = addDays(fitDate, -1);
  if (lastSickDay < open.start)
    return refused(notice('followup.chat.fitSameDay', { name }, { date: open.start }));
  const before = { period: open, steps: await ctx.repos.followUps.planFor(open.id) };
  const result = await ctx.repos.absence.registerFit(open.id, lastSickDay, todayIn(ctx));
  if (result.outcome !== 'closed') return refused(notice('followup.chat.notSick', { name }));
  const { personKey, unitId } = employee;
  await auditAction(ctx, 'followup.fit.register', personKey, unitId, 'allowed', open.id);
  await recordChange(ctx, 'fit', { personKey, unitId, periodId: open.id }, before, result);
  const stillOpen = result.steps.filter((s) => ACTIVE_STATES.has(s.state)).map((s) => s.purpose);
  return { kind: 'fit', employeeName: name, lastSickDay, stillOpen };
}
