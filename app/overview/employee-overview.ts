/**
 * "hvordan går det med Mette?", "Mettes fravær", "how is Mette doing": one of the leader's own
 * employees — their current or last sick period, their sick periods and days in the last 12
 * months by the frequent-absence rule (domain/triggers.ts), the triggers they meet, and their
 * follow-up plan. Personal chat and leaders only. A name that matches only someone else's
 * employee is "not found" and audited (app/employees.ts); every read is audited.
 */
import { mayAccess } from '../../domain/access.js';
import { dayNumber } from '../../domain/calendar.js';
import { daysInclusive } from '../../domain/follow-up/deadlines.js';
import type { IsoDate } from '../../domain/model.js';
import { dayOfPeriod } from '../../domain/overview/attention.js';
import { absenceOfRecord, sicknessSpells } from '../../domain/absence-spans.js';
import {
  frequencyRules,
  windowCount,
  type TriggerEvaluation,
  assessFrequency,
} from '../../domain/triggers.js';
import { auditAction, todayIn, type UseCaseContext } from '../context.js';
import { findOwnEmployee, ownEmployee } from '../employees.js';
import {
  currentPeriod,
  employeePlanView,
  type PlanView,
} from '../follow-up/follow-up-plan-view.js';
import type { FollowUpOptions } from '../follow-up-seams.js';
import type { Employee } from '../org.js';
import { statisticsIndexOf } from '../statistics.js';
import { message, personalOnly, type OverviewMessage } from './answer.js';

/** The rolling window the leader sees figures for. */
export const WINDOW_MONTHS = 12;

export interface EmployeePeriodView {
  start: IsoDate;
  end: IsoDate | null;
  partialPercent: number | null;
  /** Open period: today's day of it; closed: its length in calendar days. */
  days: number;
}

export interface EmployeeOverview {
  kind: 'employee';
  name: string;
  unitName: string;
  today: IsoDate;
  period: EmployeePeriodView | null;
  /** Sick periods (joined spells) and calendar sick days in the last 12 months. */
  lastYear: { periods: number; days: number };
  /** The frequent-absence triggers of the person's unit that are met today. */
  triggersMet: TriggerEvaluation[];
  plan: PlanView | null;
}

export type EmployeeAnswer =
  EmployeeOverview | OverviewMessage | { kind: 'choice'; query: string; candidates: Employee[] };

function gate(ctx: UseCaseContext): OverviewMessage | null {
  const audience = personalOnly(ctx);
  if (audience) return audience;
  return ctx.actor.person.leads.length === 0 ? message('overview.employee.leadersOnly') : null;
}

async function absenceFigures(ctx: UseCaseContext, employee: Employee, today: IsoDate) {
  const index = await statisticsIndexOf(ctx);
  const { policies } = await ctx.repos.org.snapshot();
  const rules = frequencyRules({ units: index.tree.units, settings: index.settings, policies });
  const record = index.personByKey.get(employee.personKey);
  const absence = record ? absenceOfRecord(record) : [];
  const day = dayNumber(today);
  const counted = windowCount(sicknessSpells(absence, day, rules.counts), day, WINDOW_MONTHS);
  const lastYear = { periods: counted.periods, days: counted.days };
  const triggersMet = assessFrequency(rules, employee.unitId, absence, today).filter((e) => e.met);
  return { lastYear, triggersMet };
}

async function periodOf(ctx: UseCaseContext, employee: Employee, today: IsoDate) {
  const period = await currentPeriod(ctx.repos, employee.personKey);
  if (!period || period.start > today) return null;
  const open = period.end === null || period.end >= today;
  const days = open ? dayOfPeriod(period, today) : daysInclusive(period.start, period.end ?? today);
  return { start: period.start, end: period.end, partialPercent: period.partialPercent, days };
}

/** The overview of an employee already known to be the actor's own. */
async function overviewOf(
  ctx: UseCaseContext,
  employee: Employee,
  options: FollowUpOptions,
): Promise<EmployeeOverview> {
  const today = todayIn(ctx);
  await auditAction(ctx, 'absence.employee.read', employee.personKey, employee.unitId, 'allowed');
  return {
    kind: 'employee',
    name: employee.displayName,
    unitName: employee.unitName,
    today,
    period: await periodOf(ctx, employee, today),
    ...(await absenceFigures(ctx, employee, today)),
    plan: await employeePlanView(ctx, employee, options),
  };
}

async function mayRead(ctx: UseCaseContext, employee: Employee): Promise<boolean> {
  const { persons, units } = await ctx.repos.org.snapshot();
  const request = { kind: 'employee' as const, unitId: employee.unitId };
  return mayAccess(ctx.actor.person, persons, units, ctx.audience, request).ok;
}

/** An employee by the name the leader wrote: the overview, a choice, or "not found". */
export async function employeeOverview(
  ctx: UseCaseContext,
  input: { name: string },
  options: FollowUpOptions,
): Promise<EmployeeAnswer> {
  const refusal = gate(ctx);
  if (refusal) return refusal;
  const match = await findOwnEmployee(ctx, input.name);
  if (match.kind === 'several')
    return { kind: 'choice', query: input.name, candidates: match.candidates };
  if (match.kind === 'none' || !(await mayRead(ctx, match.employee)))
    return message('overview.employee.notFound', { name: input.name });
  return overviewOf(ctx, match.employee, options);
}

/**
 * The leader chose one of several employees of a name. The person is checked again (the payload
 * could name anyone): someone else's employee is refused and audited.
 */
export async function employeeOverviewChosen(
  ctx: UseCaseContext,
  input: { personKey: string },
  options: FollowUpOptions,
): Promise<EmployeeAnswer> {
  const refusal = gate(ctx);
  if (refusal) return refusal;
  const employee = await ownEmployee(ctx, input.personKey);
  if (!employee || !(await mayRead(ctx, employee))) {
    await auditAction(
      ctx,
      'absence.employee.read',
      input.personKey,
      null,
      'denied',
      'not-own-employee',
    );
    return message('overview.employee.notYours');
  }
  return overviewOf(ctx, employee, options);
}
