/**
 * Follow-up steps per sick period, as stored (domain/follow-up/step-types.ts). Validated on open
 * with the rest of the document. No field for a diagnosis: outcomes are structured; the only
 * free text is a short note (≤ 140 characters) on "not appropriate now".
 */
import { z } from 'zod';
import {
  AUDIENCES,
  MANDATORY_RULES,
  PURPOSES,
  STEP_KINDS,
  STEP_TIMINGS,
} from '../domain/follow-up/policy-types.js';
import {
  DUE_KINDS,
  NOTE_MAX_LENGTH,
  SKIP_REASONS,
  STEP_SCOPES,
  STEP_STATES,
  type FollowUpStep,
} from '../domain/follow-up/step-types.js';

const isoDate = z.iso.date();

export const stepOutcomeSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.enum(['talked', 'via-colleague', 'noted']) }),
  z.strictObject({
    kind: z.literal('not-appropriate'),
    reason: z.enum(SKIP_REASONS),
    note: z.string().max(NOTE_MAX_LENGTH).nullable(),
  }),
]);

export const stepScheduleSchema = z.strictObject({
  notifyOn: isoDate,
  remindOn: isoDate.nullable(),
  approachOn: isoDate.nullable(),
  escalateOn: isoDate.nullable(),
});

export const followUpStepSchema = z.strictObject({
  id: z.string().min(1),
  periodId: z.string().min(1),
  /** Optional: absent on period steps, including every step stored before it existed. */
  scope: z.enum(STEP_SCOPES).optional(),
  personKey: z.string().min(1),
  unitId: z.string().min(1),
  policyId: z.string().min(1),
  periodStart: isoDate,
  key: z.string().min(1),
  kind: z.enum(STEP_KINDS),
  purpose: z.enum(PURPOSES),
  audience: z.enum(AUDIENCES),
  timing: z.enum(STEP_TIMINGS),
  legal: z.boolean(),
  mandatory: z.boolean(),
  /** Optional: steps stored before it existed still open (they keep `mandatory` as planned). */
  mandatoryRule: z.enum(MANDATORY_RULES).optional(),
  offersEarlyIntervention: z.boolean(),
  escalateToHr: z.boolean(),
  onlyIfAbsenceExceedsDays: z.number().int().min(1).nullable(),
  keepAfterFit: z.boolean(),
  day: z.number().int().min(1),
  plannedDate: isoDate,
  dueDate: isoDate,
  schedule: stepScheduleSchema,
  state: z.enum(STEP_STATES),
  outcome: stepOutcomeSchema.nullable(),
  version: z.number().int().min(1),
  postponedTo: isoDate.nullable(),
  closedOn: isoDate.nullable(),
  missedBeforeFit: z.boolean(),
  createdOn: isoDate,
  notifiedOn: isoDate.nullable(),
  remindedOn: isoDate.nullable(),
  escalatedToHrOn: isoDate.nullable(),
  hrHelpRequestedOn: isoDate.nullable(),
  earlyInterventionOfferedOn: isoDate.nullable(),
});

export const followUpSectionSchema = z.array(followUpStepSchema);

/** Compile-time check that the stored shape and the domain type agree in both directions. */
type Stored = z.infer<typeof followUpStepSchema>;
const _toDomain = (s: Stored): FollowUpStep => s;
const _fromDomain = (s: FollowUpStep): Stored => s;
void _toDomain;
void _fromDomain;

/**
 * A frequency trigger that has fired for a person (at most once per window): enough to show the
 * card again after an action (`handled`), and for triggersToFire to stay quiet in the window.
 */
export const firedTriggerSchema = z.strictObject({
  /** TriggerHit.id: `${personKey}:${triggerId}@${date}`. */
  id: z.string().min(1),
  personKey: z.string().min(1),
  triggerId: z.string().min(1),
  on: isoDate,
  kind: z.enum(['periods', 'days']),
  threshold: z.number().int().min(1),
  windowMonths: z.number().int().min(1).max(36),
  value: z.number().int().min(0),
  handled: z.enum(['guide', 'hr']).nullable(),
  /** Who is told: absent = the leader; 'hr' = the HR consultants of the unit. */
  audience: z.enum(['leader', 'hr']).optional(),
  /**
   * The day the leader was shown the flag (inline after a registration in chat, or in the day's
   * follow-up message); absent or null: not shown yet. Optional: older files lack it.
   */
  shownOn: isoDate.nullable().optional(),
});

/**
 * "Bed HR om hjælp": one request per step (id = the step id) or per fired frequency trigger
 * (id = `freq:${firedId}`). HR's answer to the leader is kept with it.
 */
export const hrRequestSchema = z.strictObject({
  id: z.string().min(1),
  kind: z.enum(['step', 'frequency']),
  stepId: z.string().nullable(),
  periodId: z.string().nullable(),
  personKey: z.string().min(1),
  unitId: z.string().min(1),
  /** aadObjectId of the leader who asked. */
  requestedBy: z.string().min(1),
  requestedOn: isoDate,
  reply: z
    .strictObject({ text: z.string().min(1).max(1000), by: z.string().min(1), on: isoDate })
    .nullable(),
});

/**
 * A frequent-absence flag on the day's message: one per person, naming every trigger of theirs
 * that fired together (ids of firedTriggers).
 */
export const digestFlagSchema = z.strictObject({
  personKey: z.string().min(1),
  unitId: z.string().min(1),
  firedIds: z.array(z.string().min(1)).min(1).max(10),
  /** Whose message shows it: absent = the leader's; 'hr' = the HR consultants'. */
  audience: z.enum(['leader', 'hr']).optional(),
});

/** A workflow step that became the recipient's, on the day's message (one line, "Åbn forløb"). */
export const digestWorkflowSchema = z.strictObject({
  workflowId: z.string().min(1),
  stepId: z.string().min(1),
  due: isoDate.nullable(),
});

/**
 * The day's one follow-up message of a recipient (id = digestId(recipient key, date)): what it
 * shows, so it is rendered at send time, updated in place when items arrive later that day, and
 * refreshed whole after an action on it. Items are added, never removed.
 */
export const digestRecordSchema = z.strictObject({
  id: z.string().min(1),
  /** aadObjectId of the recipient. */
  recipient: z.string().min(1),
  audience: z.enum(AUDIENCES),
  date: isoDate,
  items: z
    .array(
      z.strictObject({
        kind: z.enum(DUE_KINDS),
        stepId: z.string().min(1),
        /** The original due day when the item comes late (catch-up after downtime). */
        lateFrom: isoDate.nullable(),
      }),
    )
    .max(1000),
  /** Optional: digests stored before flags joined the day's message have none. */
  flags: z.array(digestFlagSchema).max(1000).optional(),
  /** Workflow steps that became the recipient's ("Forløb"); older digests have none. */
  workflows: z.array(digestWorkflowSchema).max(1000).optional(),
  /**
   * The outbox item that sent the day's message when it was not the message itself (which found
   * nothing left to do, so a later update went out as the message); absent: the message itself.
   */
  sentBy: z.string().min(1).optional(),
});

export type FiredTriggerRecord = z.infer<typeof firedTriggerSchema>;
export type HrRequestRecord = z.infer<typeof hrRequestSchema>;
export type DigestRecord = z.infer<typeof digestRecordSchema>;
export type DigestFlag = z.infer<typeof digestFlagSchema>;
export type DigestWorkflow = z.infer<typeof digestWorkflowSchema>;
