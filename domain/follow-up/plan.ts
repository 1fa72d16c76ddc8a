/**
 * Plan generation: the unit's policy plus the legal overlay, for one sick period.
 * A period that already has an end (imported, or registered afterwards) is closed at once.
 */
import type { IsoDate, SickPeriod } from '../model.js';
import { fail, ok, type Result } from '../result.js';
import { buildSchedule, ruleDate, ruleNoticeDate } from './deadlines.js';
import { closeOnFit } from './fit.js';
import { LEGAL_OVERLAY } from './legal-overlay.js';
import type { FollowUpPolicy, StepRule } from './policy-types.js';
import { followsUp } from './registration.js';
import { ACTIVE_STATES, type FollowUpStep } from './step-types.js';

export interface PlanInput {
  period: SickPeriod;
  /** The employee's unit (routes HR cards). */
  unitId: string;
  policy: FollowUpPolicy;
  /** Decides 'above-target' rules: mandatory above target, recommended below. */
  unitAboveTarget: boolean;
  /** The day the plan is made; steps that fell due before it are delivered on it, as overdue. */
  today: IsoDate;
}

export const stepId = (periodId: string, key: string): string => `${periodId}:${key}`;

/** What a step is planned from: a sick period, or a person's own plan (agreed-steps.ts). */
export type StepAnchor = Pick<SickPeriod, 'id' | 'personKey' | 'start'>;

export function createStep(
  input: Omit<PlanInput, 'period'> & { period: StepAnchor },
  rule: StepRule,
): FollowUpStep {
  const { period, today } = input;
  const mandatory = rule.mandatory === 'always' || input.unitAboveTarget;
  const dueDate = ruleDate(period.start, rule.day, rule.timing);
  const schedule = buildSchedule(
    { kind: rule.kind, timing: rule.timing, mandatory, escalateToHr: rule.escalateToHr, dueDate },
    ruleNoticeDate(period.start, rule),
    today,
  );
  return {
    id: stepId(period.id, rule.key),
    periodId: period.id,
    personKey: period.personKey,
    unitId: input.unitId,
    policyId: input.policy.id,
    periodStart: period.start,
    key: rule.key,
    kind: rule.kind,
    purpose: rule.purpose,
    audience: rule.audience,
    timing: rule.timing,
    legal: rule.legal,
    mandatory,
    mandatoryRule: rule.mandatory,
    offersEarlyIntervention: rule.offersEarlyIntervention,
    escalateToHr: rule.escalateToHr,
    onlyIfAbsenceExceedsDays: rule.onlyIfAbsenceExceedsDays,
    keepAfterFit: rule.keepAfterFit,
    day: rule.day,
    plannedDate: dueDate,
    dueDate,
    schedule,
    state: 'open',
    outcome: null,
    version: 1,
    postponedTo: null,
    closedOn: null,
    missedBeforeFit: false,
    createdOn: today,
    notifiedOn: null,
    remindedOn: null,
    escalatedToHrOn: null,
    hrHelpRequestedOn: null,
    earlyInterventionOfferedOn: null,
  };
}

const byDate = (a: FollowUpStep, b: FollowUpStep): number =>
  a.dueDate.localeCompare(b.dueDate) || a.day - b.day || a.key.localeCompare(b.key);

/** The steps of a period, sorted by due date. Fails for absence that is not the employee's sickness. */
export function generatePlan(input: PlanInput): Result<FollowUpStep[], 'not-sickness'> {
  if (!followsUp(input.period.type)) return fail('not-sickness', { type: input.period.type });
  const rules = [...input.policy.steps, ...LEGAL_OVERLAY];
  const steps = rules.map((rule) => createStep(input, rule)).sort(byDate);
  const end = input.period.end;
  return ok(end === null ? steps : closeOnFit(steps, end, input.today));
}

/**
 * Re-plans a period (its start or end was corrected, or the policy changed): steps the leader
 * has settled (done, skipped) are kept, and so are postponed ones that are still needed; the others take the fresh plan with a
 * higher version, so cards showing the old step cannot act. Settled steps missing from the
 * fresh plan are kept; active ones missing from it are dropped.
 */
export function mergePlan(
  existing: readonly FollowUpStep[],
  fresh: readonly FollowUpStep[],
): FollowUpStep[] {
  const old = new Map(existing.map((s) => [s.id, s]));
  const merged = fresh.map((f) => {
    const o = old.get(f.id);
    if (!o) return f;
    if (o.state === 'done' || o.state === 'skipped-with-reason') return o;
    if (o.state === 'postponed' && ACTIVE_STATES.has(f.state)) return o;
    const {
      notifiedOn,
      remindedOn,
      escalatedToHrOn,
      hrHelpRequestedOn,
      earlyInterventionOfferedOn,
    } = o;
    const bookkeeping = {
      notifiedOn,
      remindedOn,
      escalatedToHrOn,
      hrHelpRequestedOn,
      earlyInterventionOfferedOn,
    };
    return { ...f, ...bookkeeping, version: Math.max(o.version, f.version) + 1 };
  });
  const kept = existing.filter(
    (s) => !fresh.some((f) => f.id === s.id) && !ACTIVE_STATES.has(s.state),
  );
  return [...merged, ...kept].sort(byDate);
}
