/** Test fixtures for the follow-up engine. */
import type { AbsenceType, SickPeriod } from '../../../domain/model.js';
import { generatePlan } from '../../../domain/follow-up/plan.js';
import { findPolicy } from '../../../domain/follow-up/policy-resolve.js';
import type { FollowUpStep } from '../../../domain/follow-up/step-types.js';

export function period(
  start: string,
  opts: {
    id?: string;
    end?: string | null;
    type?: AbsenceType;
    partialPercent?: number | null;
    personKey?: string;
  } = {},
): SickPeriod {
  return {
    id: opts.id ?? 'p1',
    personKey: opts.personKey ?? 'person-1',
    type: opts.type ?? 'SYGDOM',
    start,
    end: opts.end ?? null,
    partialPercent: opts.partialPercent ?? null,
    source: 'chat',
    sourceId: null,
    registeredBy: null,
    createdAt: '2026-01-01T08:00:00.000Z',
    updatedAt: '2026-01-01T08:00:00.000Z',
  };
}

/** The plan for a preset; throws (a test bug) when the preset or the plan fails. */
export function planFor(
  policyId: string,
  start: string,
  opts: {
    today?: string;
    end?: string | null;
    aboveTarget?: boolean;
    type?: AbsenceType;
    partialPercent?: number;
  } = {},
): FollowUpStep[] {
  const policy = findPolicy(policyId);
  if (!policy.ok) throw new Error(`no preset ${policyId}`);
  const plan = generatePlan({
    period: period(start, {
      end: opts.end ?? null,
      type: opts.type,
      partialPercent: opts.partialPercent,
    }),
    unitId: 'unit-1',
    policy: policy.value,
    unitAboveTarget: opts.aboveTarget ?? true,
    today: opts.today ?? start,
  });
  if (!plan.ok) throw new Error(plan.reason);
  return plan.value;
}

export function stepOf(steps: readonly FollowUpStep[], key: string): FollowUpStep {
  const s = steps.find((x) => x.key === key);
  if (!s) throw new Error(`no step ${key}`);
  return s;
}

/** key → dueDate, for compact table assertions. */
export function dueDates(steps: readonly FollowUpStep[]): Record<string, string> {
  return Object.fromEntries(steps.map((s) => [s.key, s.dueDate]));
}
