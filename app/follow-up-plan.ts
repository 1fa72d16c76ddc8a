/**
 * A sick period's follow-up plan under its unit's policy: made (not stored) for the scheduler's
 * batch, or made and stored on demand for a period that has none yet.
 */
import { generatePlan } from '../domain/follow-up/plan.js';
import { availablePolicies, policyForUnit } from '../domain/follow-up/policy-resolve.js';
import type { FollowUpStep } from '../domain/follow-up/step-types.js';
import type { IsoDate, SickPeriod } from '../domain/model.js';
import type { Repositories } from '../data/repositories.js';
import type { FollowUpOptions } from './follow-up-seams.js';

/** The plan a period gets under its unit's policy (nothing stored); empty when none applies. */
export async function newPlan(
  deps: { repos: Pick<Repositories, 'org' | 'followUps'> },
  period: SickPeriod,
  unitId: string,
  today: IsoDate,
  options: FollowUpOptions,
): Promise<FollowUpStep[]> {
  const { units, settings, policies } = await deps.repos.org.snapshot();
  const policy = policyForUnit(unitId, units, settings.policyId, availablePolicies(policies));
  if (!policy.ok) return [];
  // Only a policy with conditional steps needs the unit's target status (a figure to compute).
  const conditional = policy.value.steps.some((r) => r.mandatory === 'above-target');
  const unitAboveTarget =
    conditional && options.aboveTarget ? await options.aboveTarget(unitId, today) : true;
  const plan = generatePlan({ period, unitId, policy: policy.value, unitAboveTarget, today });
  return plan.ok ? plan.value : [];
}

/** The steps of a period; a period without any gets its plan made and stored now. */
export async function ensurePlan(
  deps: { repos: Pick<Repositories, 'org' | 'followUps'> },
  period: SickPeriod,
  unitId: string,
  today: IsoDate,
  options: FollowUpOptions,
): Promise<FollowUpStep[]> {
  const existing = await deps.repos.followUps.planFor(period.id);
  if (existing.length > 0) return existing;
  const plan = await newPlan(deps, period, unitId, today, options);
  if (plan.length === 0) return [];
  await deps.repos.followUps.savePlan(period.id, plan);
  return deps.repos.followUps.planFor(period.id);
}
