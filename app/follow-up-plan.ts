/**
 * A sick period's follow-up plan under its unit's policy: made (not stored) for the scheduler's
 * batch, or made and stored on demand for a period that has none yet.
 */
import { generatePlan } from '../domain/follow-up/plan.js';
import { availablePolicies, policyForUnit } from '../domain/follow-up/policy-resolve.js';
import type { FollowUpStep } from '../domain/follow-up/step-types.js';
import type { IsoDate, SickPeriod } from '../domain/model.js';
import type { Repositories } from '../data/repositories.js';
import { fail, type Result } from '../domain/result.js';
import type { FollowUpOptions } from './follow-up-seams.js';

/**
 * The plan a period gets under its unit's policy (nothing stored), or why there is none. Only a
 * policy with conditional steps asks for the unit's target status: that is a statistics figure,
 * and asking it after every registration kept the statistics index rebuilding (seconds of work at
 * 45,000 employees) and made each registration wait for it.
 */
export async function planUnderPolicy(
  deps: { repos: Pick<Repositories, 'org'> },
  period: SickPeriod,
  unitId: string,
  today: IsoDate,
  options: FollowUpOptions,
): Promise<Result<FollowUpStep[], 'unknown-policy' | 'not-sickness'>> {
  const { units, settings, policies } = await deps.repos.org.snapshot();
  const policy = policyForUnit(unitId, units, settings.policyId, availablePolicies(policies));
  if (!policy.ok) return fail('unknown-policy');
  const conditional = policy.value.steps.some((r) => r.mandatory === 'above-target');
  const unitAboveTarget =
    conditional && options.aboveTarget ? await options.aboveTarget(unitId, today) : true;
  return generatePlan({ period, unitId, policy: policy.value, unitAboveTarget, today });
}

/** The plan a period gets under its unit's policy (nothing stored); empty when none applies. */
export async function newPlan(
  deps: { repos: Pick<Repositories, 'org' | 'followUps'> },
  period: SickPeriod,
  unitId: string,
  today: IsoDate,
  options: FollowUpOptions,
): Promise<FollowUpStep[]> {
  const plan = await planUnderPolicy(deps, period, unitId, today, options);
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
