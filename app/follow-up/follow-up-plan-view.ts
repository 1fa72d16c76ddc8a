/**
 * The plan of a sick period as a view model, with the plan made on demand for a period that has
 * none yet (e.g. imported before plans existed). A person without an open period who has steps
 * of their own (a contact agreed in a frequent-absence talk) is shown those instead. Every plan
 * returned is an audited read.
 */
import { availablePolicies, findPolicy } from '../../domain/follow-up/policy-resolve.js';
import type { FollowUpPolicy } from '../../domain/follow-up/policy-types.js';
import { followsUp } from '../../domain/follow-up/registration.js';
import {
  ACTIVE_STATES,
  personPlanId,
  type FollowUpStep,
} from '../../domain/follow-up/step-types.js';
import type { IsoDate, SickPeriod } from '../../domain/model.js';
import type { Repositories } from '../../data/repositories.js';
import { auditAction, todayIn, type UseCaseContext } from '../context.js';
import { ensurePlan } from '../follow-up-plan.js';
import type { FollowUpOptions } from '../follow-up-seams.js';
import type { Employee } from '../org.js';

export interface PlanView {
  employeeName: string;
  /** Null for the person's own steps, which belong to no sick period. */
  period: { start: IsoDate; end: IsoDate | null; partialPercent: number | null } | null;
  policyName: string;
  steps: readonly FollowUpStep[];
  today: IsoDate;
}

/** The name of the policy the steps were made under (its id when it is no longer known). */
export function policyName(
  steps: readonly FollowUpStep[],
  policies: readonly FollowUpPolicy[] = availablePolicies(),
): string {
  const id = steps[0]?.policyId ?? '';
  const policy = findPolicy(id, policies);
  return policy.ok ? policy.value.name : id;
}

async function viewOf(
  ctx: UseCaseContext,
  employee: Employee,
  period: SickPeriod | null,
  steps: readonly FollowUpStep[],
): Promise<PlanView> {
  const { policies } = await ctx.repos.org.snapshot();
  const { personKey, unitId } = employee;
  const readId = period ? period.id : personPlanId(personKey);
  await auditAction(ctx, 'followup.plan.read', personKey, unitId, 'allowed', readId);
  return {
    employeeName: employee.displayName,
    period: period && {
      start: period.start,
      end: period.end,
      partialPercent: period.partialPercent,
    },
    policyName: policyName(steps, availablePolicies(policies)),
    steps,
    today: todayIn(ctx),
  };
}

/**
 * The plan of one of the leader's own employees' periods (made and stored now if it has none).
 * The caller has established that the employee is the actor's own.
 */
export async function periodPlanView(
  ctx: UseCaseContext,
  employee: Employee,
  period: SickPeriod,
  options: FollowUpOptions,
): Promise<PlanView> {
  const steps = await ensurePlan(ctx, period, employee.unitId, todayIn(ctx), options);
  return viewOf(ctx, employee, period, steps);
}

/** The period a plan question is about: the open one, else the latest followed-up one. */
export async function currentPeriod(
  repos: Pick<Repositories, 'absence'>,
  personKey: string,
): Promise<SickPeriod | null> {
  const open = await repos.absence.openPeriodOf(personKey);
  if (open) return open;
  const all = await repos.absence.periodsOfPerson(personKey);
  return all.filter((p) => followsUp(p.type)).at(-1) ?? null;
}

/**
 * "hvad skal jeg gøre for Mette?": the open period's plan; without one, the person's own steps
 * while any wants action, else the latest period's plan, else the person's settled own steps,
 * else null (nothing to show). The caller has established that the employee is the actor's own.
 */
export async function employeePlanView(
  ctx: UseCaseContext,
  employee: Employee,
  options: FollowUpOptions,
): Promise<PlanView | null> {
  const { personKey } = employee;
  const open = await ctx.repos.absence.openPeriodOf(personKey);
  if (open) return periodPlanView(ctx, employee, open, options);
  const own = await ctx.repos.followUps.planFor(personPlanId(personKey));
  if (own.some((s) => ACTIVE_STATES.has(s.state))) return viewOf(ctx, employee, null, own);
  const period = await currentPeriod(ctx.repos, personKey);
  if (period) return periodPlanView(ctx, employee, period, options);
  return own.length > 0 ? viewOf(ctx, employee, null, own) : null;
}
