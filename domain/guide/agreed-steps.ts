/**
 * The agreed next contact (and the status talk a week into a partial return) as follow-up steps
 * of the guide's sick period, so they arrive as due cards like every other step. A guide held
 * without a sick period (frequent absence while the employee is at work) makes the same steps as
 * the person's own (scope 'person'): due card, reminder, Udført/Udskyd and the plan view alike.
 * The step key carries the date, so completing a guide twice, or two guides agreeing the same
 * day, make one step, never two.
 */
import { createStep, type StepAnchor } from '../follow-up/plan.js';
import type { FollowUpPolicy, StepRule } from '../follow-up/policy-types.js';
import { personPlanId, type FollowUpStep } from '../follow-up/step-types.js';
import type { IsoDate, SickPeriod } from '../model.js';
import { daysBetween } from './checks.js';
import type { FollowUpProposal, ProposalBatch } from './follow-up-proposals.js';
import type { GuideKind } from './guide-kinds.js';

export interface AgreedStepsInput {
  batch: ProposalBatch;
  /** The guide's sick period (the batch's sickPeriodId). */
  period: SickPeriod;
  /** The employee's unit and the follow-up policy of the period's plan. */
  unitId: string;
  policyId: string;
  today: IsoDate;
}

/** The same, for a guide without a sick period: the steps are the person's own. */
export type PersonStepsInput = Omit<AgreedStepsInput, 'period'>;

type ContactProposal = Extract<FollowUpProposal, { type: 'contact' }>;

export const agreedStepKey = (p: Pick<ContactProposal, 'reason' | 'date'>): string =>
  `guide-${p.reason === 'agreed' ? 'contact' : 'status'}-${p.date}`;

/**
 * A contact agreed in a return-to-work talk is for the weeks after the return, so it must outlive
 * the fit registration (which closes the period's open steps): kept like the report to the
 * municipality, with the smallest duration condition the stored schema allows.
 */
function survivesFit(kind: GuideKind): Pick<StepRule, 'keepAfterFit' | 'onlyIfAbsenceExceedsDays'> {
  return kind === 'returnToWork'
    ? { keepAfterFit: true, onlyIfAbsenceExceedsDays: 1 }
    : { keepAfterFit: false, onlyIfAbsenceExceedsDays: null };
}

function ruleFor(p: ContactProposal, periodStart: IsoDate, kind: GuideKind): StepRule {
  const talk = p.reason === 'partialReturnCheck' || p.form === 'meeting' || p.form === 'visit';
  return {
    key: agreedStepKey(p),
    kind: talk ? 'conversation' : 'contact',
    day: daysBetween(periodStart, p.date) + 1,
    timing: 'contact-day',
    leadDays: 0,
    audience: 'leader',
    mandatory: 'always',
    purpose: p.reason === 'agreed' ? 'keep-in-touch' : 'status-talk',
    offersEarlyIntervention: false,
    legal: false,
    escalateToHr: false,
    ...survivesFit(kind),
  };
}

const guidePolicy = (id: string): FollowUpPolicy => ({
  id,
  name: id,
  source: 'guide',
  steps: [],
  frequencyTriggers: [],
});

const isContact = (p: FollowUpProposal): p is ContactProposal => p.type === 'contact';

/** The follow-up steps for the batch's contact proposals (none when it has no sick period). */
export function agreedFollowUpSteps(input: AgreedStepsInput): FollowUpStep[] {
  const { batch, period } = input;
  if (batch.sickPeriodId !== period.id) return [];
  const policy = guidePolicy(input.policyId);
  const plan = { period, unitId: input.unitId, policy, unitAboveTarget: true, today: input.today };
  return batch.proposals
    .filter((p): p is ContactProposal => isContact(p) && p.date >= period.start)
    .map((p) => createStep(plan, ruleFor(p, period.start, batch.kind)));
}

/**
 * The contact proposals of a guide without a sick period as the person's own steps, counted from
 * the day they were agreed (none when the guide has a sick period: those are the period's).
 */
export function agreedPersonSteps(input: PersonStepsInput): FollowUpStep[] {
  const { batch } = input;
  if (batch.sickPeriodId !== null) return [];
  const anchor: StepAnchor = {
    id: personPlanId(batch.personKey),
    personKey: batch.personKey,
    start: batch.agreedOn,
  };
  const policy = guidePolicy(input.policyId);
  const plan = {
    period: anchor,
    unitId: input.unitId,
    policy,
    unitAboveTarget: true,
    today: input.today,
  };
  return batch.proposals
    .filter((p): p is ContactProposal => isContact(p) && p.date >= anchor.start)
    .map((p) => ({ ...createStep(plan, ruleFor(p, anchor.start, batch.kind)), scope: 'person' }));
}
