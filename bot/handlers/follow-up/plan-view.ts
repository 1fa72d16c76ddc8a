/**
 * The plan of a sick period as the timeline card, and the plan made on demand for a period that
 * has none yet (e.g. imported before plans existed). A person without an open period who has
 * steps of their own (a contact agreed in a frequent-absence talk) is shown those instead.
 * Every plan shown is an audited read.
 */
import { availablePolicies, findPolicy } from '../../../domain/follow-up/policy-resolve.js';
import { ensurePlan } from '../../../app/follow-up-plan.js';
import type { FollowUpPolicy } from '../../../domain/follow-up/policy-types.js';
import { followsUp } from '../../../domain/follow-up/registration.js';
import {
  ACTIVE_STATES,
  personPlanId,
  type FollowUpStep,
} from '../../../domain/follow-up/step-types.js';
import type { SickPeriod } from '../../../domain/model.js';
import { followUpPlanCard } from '../../../cards/follow-up-plan-card.js';
import type { AdaptiveCard } from '../../../cards/elements.js';
import { sendCard } from '../../cards.js';
import type { Turn } from '../../turn.js';
import { audit, todayOf, type Employee } from './follow-up-context.js';
import type { FollowUpOptions } from '../../../app/follow-up-seams.js';

export function policyName(
  steps: readonly FollowUpStep[],
  policies: readonly FollowUpPolicy[] = availablePolicies(),
): string {
  const id = steps[0]?.policyId ?? '';
  const policy = findPolicy(id, policies);
  return policy.ok ? policy.value.name : id;
}

export async function planCard(
  turn: Turn,
  employee: Employee,
  period: SickPeriod,
  options: FollowUpOptions,
): Promise<AdaptiveCard> {
  const today = todayOf(turn);
  const steps = await ensurePlan(turn.deps, period, employee.unitId, today, options);
  const { policies } = await turn.deps.repos.org.snapshot();
  const view = {
    employeeName: employee.displayName,
    period: { start: period.start, end: period.end, partialPercent: period.partialPercent },
    policyName: policyName(steps, availablePolicies(policies)),
    steps,
    today,
  };
  return followUpPlanCard(view, turn.t);
}

/** Sends the plan card of a period and records the read. */
export async function sendPlan(
  turn: Turn,
  employee: Employee,
  period: SickPeriod,
  options: FollowUpOptions,
): Promise<void> {
  await sendCard(turn.context, await planCard(turn, employee, period, options));
  await audit(
    turn,
    'followup.plan.read',
    employee.personKey,
    employee.unitId,
    'allowed',
    period.id,
  );
}

/** The period a plan question is about: the open one, else the latest. */
export async function currentPeriod(turn: Turn, personKey: string): Promise<SickPeriod | null> {
  const open = await turn.deps.repos.absence.openPeriodOf(personKey);
  if (open) return open;
  const all = await turn.deps.repos.absence.periodsOfPerson(personKey);
  return all.filter((p) => followsUp(p.type)).at(-1) ?? null;
}

/** Sends the person's own steps (no sick period) as the plan card and records the read. */
async function sendPersonSteps(
  turn: Turn,
  employee: Employee,
  steps: readonly FollowUpStep[],
): Promise<void> {
  const { policies } = await turn.deps.repos.org.snapshot();
  const view = {
    employeeName: employee.displayName,
    period: null,
    policyName: policyName(steps, availablePolicies(policies)),
    steps,
    today: todayOf(turn),
  };
  await sendCard(turn.context, followUpPlanCard(view, turn.t));
  const { personKey, unitId } = employee;
  await audit(turn, 'followup.plan.read', personKey, unitId, 'allowed', personPlanId(personKey));
}

/**
 * "hvad skal jeg gøre for Mette?": the open period's plan; without one, the person's own steps
 * while any wants action, else the latest period's plan, else the person's settled own steps,
 * else a plain answer.
 */
export async function showPlan(
  turn: Turn,
  employee: Employee,
  options: FollowUpOptions,
): Promise<void> {
  const { personKey } = employee;
  const open = await turn.deps.repos.absence.openPeriodOf(personKey);
  if (open) return sendPlan(turn, employee, open, options);
  const own = await turn.deps.repos.followUps.planFor(personPlanId(personKey));
  if (own.some((s) => ACTIVE_STATES.has(s.state))) return sendPersonSteps(turn, employee, own);
  const period = await currentPeriod(turn, personKey);
  if (period) return sendPlan(turn, employee, period, options);
  if (own.length > 0) return sendPersonSteps(turn, employee, own);
  await turn.context.sendActivity(turn.t('followup.chat.noPeriod', { name: employee.displayName }));
}
