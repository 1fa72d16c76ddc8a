/**
 * Registering sickness for one of the leader's own employees (from chat, the register card or a
 * name choice): validate, make the plan from the unit's policy, store period and plan in one
 * write, audit, and check the frequency triggers. Refusals change nothing.
 */
import { randomUUID } from 'node:crypto';
import { generatePlan } from '../../../domain/follow-up/plan.js';
import { availablePolicies, policyForUnit } from '../../../domain/follow-up/policy-resolve.js';
import { validateRegistration } from '../../../domain/follow-up/registration.js';
import type { TriggerHit } from '../../../domain/follow-up/frequency.js';
import type { FollowUpStep } from '../../../domain/follow-up/step-types.js';
import type { IsoDate, SickPeriod } from '../../../domain/model.js';
import { formatDay } from '../../../cards/follow-up-format.js';
import { sendCard } from '../../cards.js';
import { frequencyTriggerCard } from '../../../cards/frequency-trigger-card.js';
import type { Turn } from '../../turn.js';
import { checkFrequencyTriggers } from '../../../app/frequency-check.js';
import { audit, todayOf, type Employee } from './follow-up-context.js';
import type { FollowUpOptions } from '../../../app/follow-up-seams.js';
import { sendPlan } from './plan-view.js';

export interface SickInput {
  start: IsoDate;
  partialPercent: number | null;
}

export type SickOutcome =
  | { kind: 'recorded'; period: SickPeriod; hits: TriggerHit[] }
  | { kind: 'already-sick'; period: SickPeriod }
  | { kind: 'refused'; message: string };

function newPeriod(turn: Turn, employee: Employee, input: SickInput): SickPeriod {
  const at = turn.now.toUTC().toISO() ?? '';
  return {
    id: `chat-${randomUUID()}`,
    personKey: employee.personKey,
    type: input.partialPercent === null ? 'SYGDOM' : 'DELVIS_SYGDOM',
    start: input.start,
    end: null,
    partialPercent: input.partialPercent,
    source: 'chat',
    sourceId: null,
    registeredBy: turn.person.aadObjectId,
    createdAt: at,
    updatedAt: at,
  };
}

/** The date checks alone (before any name is looked up): a localized refusal, or null. */
export function sickInputProblem(turn: Turn, input: SickInput): string | null {
  const valid = validateRegistration({ ...input, end: null }, todayOf(turn));
  return valid.ok ? null : turn.t(`followup.error.${valid.reason}`);
}

/** The new period and its plan from the unit's policy, or a localized refusal. */
async function planned(
  turn: Turn,
  employee: Employee,
  input: SickInput,
  options: FollowUpOptions,
): Promise<{ period: SickPeriod; plan: FollowUpStep[] } | string> {
  const { t } = turn;
  const today = todayOf(turn);
  const problem = sickInputProblem(turn, input);
  if (problem) return problem;
  const { units, settings, policies } = await turn.deps.repos.org.snapshot();
  const available = availablePolicies(policies);
  const policy = policyForUnit(employee.unitId, units, settings.policyId, available);
  if (!policy.ok) return t('followup.error.unknown-policy');
  const period = newPeriod(turn, employee, input);
  const unitId = employee.unitId;
  const unitAboveTarget = options.aboveTarget ? await options.aboveTarget(unitId, today) : true;
  const plan = generatePlan({ period, unitId, policy: policy.value, unitAboveTarget, today });
  return plan.ok ? { period, plan: plan.value } : t(`followup.error.${plan.reason}`);
}

function overlapMessage(turn: Turn, employee: Employee, clash: SickPeriod): string {
  const { t } = turn;
  const today = todayOf(turn);
  return t('followup.chat.overlaps', {
    name: employee.displayName,
    start: formatDay(t.locale, clash.start, today),
    end: formatDay(t.locale, clash.end ?? today, today),
  });
}

export async function registerSickness(
  turn: Turn,
  employee: Employee,
  input: SickInput,
  options: FollowUpOptions,
): Promise<SickOutcome> {
  const made = await planned(turn, employee, input, options);
  if (typeof made === 'string') return { kind: 'refused', message: made };
  const stored = await turn.deps.repos.absence.recordSickPeriod(made.period, made.plan);
  if (stored.outcome === 'already-sick') return { kind: 'already-sick', period: stored.period };
  if (stored.outcome === 'overlaps') {
    return { kind: 'refused', message: overlapMessage(turn, employee, stored.period) };
  }
  const { personKey, unitId } = employee;
  await audit(turn, 'followup.sick.register', personKey, unitId, 'allowed', made.period.id);
  const hits = await checkFrequencyTriggers(turn.deps, personKey, todayOf(turn), unitId);
  return { kind: 'recorded', period: stored.period, hits };
}

/** After a registration: the confirmation (optional), the plan card, and any frequency card. */
export async function announceSickness(
  turn: Turn,
  employee: Employee,
  outcome: Exclude<SickOutcome, { kind: 'refused' }>,
  options: FollowUpOptions & { withText: boolean },
): Promise<void> {
  const { t } = turn;
  const p = outcome.period;
  const params = {
    name: employee.displayName,
    date: formatDay(t.locale, p.start, todayOf(turn)),
    percent: String(p.partialPercent ?? ''),
  };
  if (outcome.kind === 'already-sick') {
    await turn.context.sendActivity(t('followup.chat.alreadySick', params));
  } else if (options.withText) {
    const key =
      p.partialPercent === null ? 'followup.chat.registered' : 'followup.chat.registeredPartial';
    await turn.context.sendActivity(t(key, params));
  }
  await sendPlan(turn, employee, p, options);
  const hits = outcome.kind === 'recorded' ? outcome.hits : [];
  for (const hit of hits)
    await sendCard(
      turn.context,
      frequencyTriggerCard({ employeeName: employee.displayName, hit, handled: null }, t),
    );
}
