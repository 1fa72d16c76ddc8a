/**
 * A follow-up policy is data: a list of step rules per sick period plus frequency triggers.
 * Presets live in policy-presets.ts; a municipality may supply its own document (validated by
 * data/policy-schema.ts). The legal overlay (legal-overlay.ts) is added under every policy.
 */
import type { FrequencyTrigger } from '../model.js';

/** contact: a call/contact; conversation: a planned talk; notice/info: a heads-up; report: HR paperwork. */
export const STEP_KINDS = ['contact', 'conversation', 'notice', 'info', 'report'] as const;
export type StepKind = (typeof STEP_KINDS)[number];

/**
 * contact-day: the step belongs on that day; on a weekend/holiday it moves to the NEXT working day.
 * deadline: the step must be done by that day (a latest date); it moves to the PREVIOUS working day.
 */
export const STEP_TIMINGS = ['contact-day', 'deadline'] as const;
export type StepTiming = (typeof STEP_TIMINGS)[number];

/** Who acts on the step: the employee's leader, or the unit's HR consultant / payroll. */
export const AUDIENCES = ['leader', 'hr'] as const;
export type Audience = (typeof AUDIENCES)[number];

/** always; or only while the unit is above its absence target (Høje-Taastrup), else recommended. */
export const MANDATORY_RULES = ['always', 'above-target'] as const;
export type MandatoryRule = (typeof MANDATORY_RULES)[number];

/** What a step is for. Each purpose has a title and a text in i18n (followup.step.* / followup.purpose.*). */
export const PURPOSES = [
  'sick-call',
  'first-contact',
  'early-contact',
  'keep-in-touch',
  'way-ahead',
  'contact-window',
  'early-conversation',
  'status-talk',
  'notice-2w',
  'notice-4w',
  'legal-conversation',
  'retention-plan',
  'municipality-report',
] as const;
export type Purpose = (typeof PURPOSES)[number];

export interface StepRule {
  /** Stable within the policy, kebab-case, e.g. 'call-day-3'. Legal overlay keys start with 'legal-'. */
  key: string;
  kind: StepKind;
  /** Day of the sick period; day 1 is the first sick day. */
  day: number;
  timing: StepTiming;
  /** Deadline steps: calendar days before the deadline when the card first arrives. 0 for contact days. */
  leadDays: number;
  audience: Audience;
  mandatory: MandatoryRule;
  purpose: Purpose;
  /** The card offers "Tilbyd Tidlig Indsats" (Køge: at the day-3 call). */
  offersEarlyIntervention: boolean;
  /** A statutory step (legal overlay only): its deadline can never be postponed past itself. */
  legal: boolean;
  /** HR is told when the deadline is 3 working days away and the step is not done. */
  escalateToHr: boolean;
  /** The step applies only when the absence lasts longer than this many calendar days. */
  onlyIfAbsenceExceedsDays: number | null;
  /** When the condition above is met, the step stays open after the employee is fit. */
  keepAfterFit: boolean;
}

export interface FollowUpPolicy {
  /** Preset id, e.g. 'koege'. */
  id: string;
  /** Display name (a proper name, the same in both languages), e.g. 'Køge'. */
  name: string;
  /** Where the rules come from. */
  source: string;
  steps: StepRule[];
  /** Frequent-absence triggers of this policy; empty = the municipality's settings apply. */
  frequencyTriggers: FrequencyTrigger[];
}
