/**
 * The legal overlay: statutory steps added under every policy — the sygedagpengeloven § 7a
 * conversation, the § 7b retention plan and the report to the municipality after the 30-day
 * employer period. The legal basis is summarised in docs/law.md. Data, not code. Not legal advice:
 * have HR check the current law.
 *
 * Reading of the deadlines (the earlier, never-late reading where sources differ):
 * - § 7a conversation "no later than 4 weeks after the first sick day": day 28, the last day of
 *   the fourth week (day 1 = the first sick day). The card arrives 14 days earlier (day 14), so
 *   the employee can be invited with reasonable notice; HR is told 3 working days before.
 * - § 7b fastholdelsesplan: the employee may ask when a return within 8 weeks is not expected;
 *   an informational step on day 14, the day the § 7a card arrives, so the leader can mention it.
 * - Employer period ends on day 30; report to the municipality (NemRefusion) no later than
 *   5 weeks after the first sick day: day 35. Only when the absence passes 30 days; a reminder to
 *   HR/payroll from day 31 (or the adjusted deadline if earlier). It survives a fit registration
 *   once the absence has lasted more than 30 days, because the report is still due.
 * - § 56 (chronic illness) is not a step: the § 7a card and the frequent-absence card mention it.
 */
import type { StepRule } from './policy-types.js';

export const LEGAL_CONVERSATION_KEY = 'legal-s7a';
export const EMPLOYER_PERIOD_DAYS = 30;

export const LEGAL_OVERLAY: readonly StepRule[] = [
  {
    key: LEGAL_CONVERSATION_KEY,
    kind: 'conversation',
    day: 28,
    timing: 'deadline',
    leadDays: 14,
    audience: 'leader',
    mandatory: 'always',
    purpose: 'legal-conversation',
    offersEarlyIntervention: false,
    legal: true,
    escalateToHr: true,
    onlyIfAbsenceExceedsDays: null,
    keepAfterFit: false,
  },
  {
    key: 'legal-retention-plan',
    kind: 'info',
    day: 14,
    timing: 'contact-day',
    leadDays: 0,
    audience: 'leader',
    mandatory: 'always',
    purpose: 'retention-plan',
    offersEarlyIntervention: false,
    legal: true,
    escalateToHr: false,
    onlyIfAbsenceExceedsDays: null,
    keepAfterFit: false,
  },
  {
    key: 'legal-municipality-report',
    kind: 'report',
    day: 35,
    timing: 'deadline',
    leadDays: 4,
    audience: 'hr',
    mandatory: 'always',
    purpose: 'municipality-report',
    offersEarlyIntervention: false,
    legal: true,
    escalateToHr: false,
    onlyIfAbsenceExceedsDays: EMPLOYER_PERIOD_DAYS,
    keepAfterFit: true,
  },
];
