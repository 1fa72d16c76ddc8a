/**
 * Which policy applies to a unit: the nearest unit (itself, then its ancestors) with a policyId
 * override, else the municipality's setting. The id is looked up in the municipality's own policy
 * documents first and the presets second (availablePolicies). Unknown ids are a Result failure,
 * not a silent default.
 */
import type { Unit } from '../model.js';
import { unitsById } from '../org-index.js';
import { fail, ok, type Result } from '../result.js';
import { POLICY_PRESETS } from './policy-presets.js';
import type { FollowUpPolicy } from './policy-types.js';

/** The policy id for a unit; walks up parentId (guarded against cycles). */
export function resolvePolicyId(
  unitId: string,
  units: readonly Unit[],
  municipalPolicyId: string,
): string {
  const byId = unitsById(units);
  const seen = new Set<string>();
  let current = byId.get(unitId);
  while (current && !seen.has(current.id)) {
    if (current.policyId) return current.policyId;
    seen.add(current.id);
    current = current.parentId ? byId.get(current.parentId) : undefined;
  }
  return municipalPolicyId;
}

/**
 * The policies a municipality can use: its own documents (HR's politik import) first, so one with
 * a preset's id replaces that preset, then the presets.
 */
export function availablePolicies(
  custom: readonly FollowUpPolicy[] = [],
): readonly FollowUpPolicy[] {
  if (custom.length === 0) return POLICY_PRESETS;
  const own = new Set(custom.map((p) => p.id));
  return [...custom, ...POLICY_PRESETS.filter((p) => !own.has(p.id))];
}

export function findPolicy(
  id: string,
  available: readonly FollowUpPolicy[] = POLICY_PRESETS,
): Result<FollowUpPolicy, 'unknown-policy'> {
  const policy = available.find((p) => p.id === id);
  return policy ? ok(policy) : fail('unknown-policy', { id });
}

/** The policy for a unit, from the presets plus any custom (validated) policy documents. */
export function policyForUnit(
  unitId: string,
  units: readonly Unit[],
  municipalPolicyId: string,
  available: readonly FollowUpPolicy[] = POLICY_PRESETS,
): Result<FollowUpPolicy, 'unknown-policy'> {
  return findPolicy(resolvePolicyId(unitId, units, municipalPolicyId), available);
}
