/**
 * A follow-up step of one sick period, or of the person themselves (scope 'person'), as stored
 * (data/follow-up-schema.ts mirrors this).
 * Plain data. There is no field for a diagnosis: outcomes are structured, and the only free
 * text is a short note on "not appropriate now" (the card asks for no health details).
 */
import type { IsoDate } from '../model.js';
import type { Audience, MandatoryRule, Purpose, StepKind, StepTiming } from './policy-types.js';

/**
 * open → done | skipped-with-reason (the leader's outcome) | postponed (a new date; still active)
 * | not-needed (closed because the employee is fit, or the step's condition was not met).
 */
export const STEP_STATES = [
  'open',
  'done',
  'postponed',
  'not-needed',
  'skipped-with-reason',
] as const;
export type StepState = (typeof STEP_STATES)[number];

/** States in which a step still wants action (and is delivered, reminded, escalated). */
export const ACTIVE_STATES: ReadonlySet<StepState> = new Set(['open', 'postponed']);

export const OUTCOME_KINDS = ['talked', 'via-colleague', 'not-appropriate', 'noted'] as const;
export type OutcomeKind = (typeof OUTCOME_KINDS)[number];

/** Why a contact or conversation is not appropriate now. 'other' needs a short note. */
export const SKIP_REASONS = [
  'in-treatment',
  'employee-asked-for-rest',
  'no-need',
  'other',
] as const;
export type SkipReason = (typeof SKIP_REASONS)[number];

export const NOTE_MAX_LENGTH = 140;

/**
 * What a step belongs to besides its sick period. 'person': the person (and their unit) and no
 * sick period — the next contact agreed in a frequent-absence conversation held while the
 * employee is at work. Such a step is delivered, reminded and acted on like any other; only the
 * leader's own outcome (done, skipped, postponed) moves it, as there is no period whose fit
 * registration could close it.
 */
export const STEP_SCOPES = ['person'] as const;
export type StepScope = (typeof STEP_SCOPES)[number];

/**
 * The `periodId` of a person's own steps: their plan key. No sick period has it (period ids are
 * `chat-…` or import ids), so a period's plan, re-plan or fit never touches these steps.
 */
export const personPlanId = (personKey: string): string => `person:${personKey}`;

export const isPersonStep = (step: Pick<FollowUpStep, 'scope'>): boolean => step.scope === 'person';

export type StepOutcome =
  | { kind: 'talked' | 'via-colleague' | 'noted' }
  | { kind: 'not-appropriate'; reason: SkipReason; note: string | null };

/** The planned delivery days of a step; every date is a working day. */
export interface StepSchedule {
  /** First delivery of the step. */
  notifyOn: IsoDate;
  /** Once, the first working day after the due day (contact day or deadline), if still active. */
  remindOn: IsoDate | null;
  /** Deadline steps: 3 working days before the deadline, if that is after notifyOn. */
  approachOn: IsoDate | null;
  /** Steps with escalateToHr: the day HR is told (3 working days before the deadline). */
  escalateOn: IsoDate | null;
}

export interface FollowUpStep {
  /** `${periodId}:${key}` — stable. */
  id: string;
  /** The sick period's id; for a person step, personPlanId(personKey). */
  periodId: string;
  /** Absent: a step of the sick period `periodId` (every step stored before this field existed). */
  scope?: StepScope;
  personKey: string;
  /** The employee's unit when the plan was made (routes HR cards). */
  unitId: string;
  policyId: string;
  /** The sick period's first day; for a person step, the day it was agreed. */
  periodStart: IsoDate;
  key: string;
  kind: StepKind;
  purpose: Purpose;
  audience: Audience;
  timing: StepTiming;
  legal: boolean;
  /** False for a recommended step (e.g. Høje-Taastrup below target): delivered once, never reminded. */
  mandatory: boolean;
  /**
   * The policy rule behind `mandatory`. 'above-target' (Høje-Taastrup): `mandatory` follows the
   * unit's current target status, re-checked on every planned day (target-status.ts). Absent on
   * steps stored before this field existed; they keep `mandatory` as planned.
   */
  mandatoryRule?: MandatoryRule;
  offersEarlyIntervention: boolean;
  escalateToHr: boolean;
  onlyIfAbsenceExceedsDays: number | null;
  keepAfterFit: boolean;
  /** Day of the period (day 1 = first sick day; for a person step, the day it was agreed). */
  day: number;
  /** The day as planned (working-day adjusted); never changes. */
  plannedDate: IsoDate;
  /** Contact day (possibly postponed) or, for a deadline step, the latest date. */
  dueDate: IsoDate;
  schedule: StepSchedule;
  state: StepState;
  outcome: StepOutcome | null;
  /** Bumped on every state change; card actions carry it, so a stale card cannot act twice. */
  version: number;
  postponedTo: IsoDate | null;
  closedOn: IsoDate | null;
  /** Closed by a fit registration although its due day had already passed during the sickness. */
  missedBeforeFit: boolean;
  createdOn: IsoDate;
  notifiedOn: IsoDate | null;
  remindedOn: IsoDate | null;
  escalatedToHrOn: IsoDate | null;
  hrHelpRequestedOn: IsoDate | null;
  earlyInterventionOfferedOn: IsoDate | null;
}

export const DUE_KINDS = ['new', 'approaching', 'reminder', 'escalation'] as const;
export type DueKind = (typeof DUE_KINDS)[number];

/** One thing to deliver on one working day: plain data with a stable id for the outbox. */
export interface DueItem {
  /** `${stepId}:${kind}@${date}` — the same step, kind and day always give the same id. */
  id: string;
  kind: DueKind;
  audience: Audience;
  date: IsoDate;
  stepId: string;
  periodId: string;
  personKey: string;
  unitId: string;
  stepKind: StepKind;
  purpose: Purpose;
  legal: boolean;
  timing: StepTiming;
  dueDate: IsoDate;
  /** The day is after the step's due day (a late registration or a reminder). */
  overdue: boolean;
  version: number;
}
