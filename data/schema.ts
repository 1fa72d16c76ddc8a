/**
 * The one stored document, validated with zod on open. A file that does not match
 * (or carries another schemaVersion) refuses to load — never "reset to defaults".
 * There is no field for a diagnosis, a symptom, free-text health notes or a CPR number.
 */
import { z } from 'zod';
import { ABSENCE_TYPES } from '../domain/model.js';
import { CHANGE_KINDS } from '../domain/follow-up/corrections.js';
import {
  digestRecordSchema,
  firedTriggerSchema,
  followUpSectionSchema,
  followUpStepSchema,
  hrRequestSchema,
} from './follow-up-schema.js';
import { guideSectionSchema } from './guide-schema.js';
import { policySchema } from './policy-schema.js';
import { tipSectionSchema } from './tip-schema.js';
import { workflowSectionSchema } from './workflow-schema.js';
import { channelSubscriptionSchema } from './subscription-schema.js';
import { wellbeingScoreSchema } from './trivsel-schema.js';

export const SCHEMA_VERSION = 1;

const isoDate = z.iso.date();
const isoInstant = z.iso.datetime({ offset: true });

export const unitSchema = z.strictObject({
  id: z.string().min(1),
  name: z.string().min(1),
  parentId: z.string().min(1).nullable(),
  level: z.enum(['kommune', 'forvaltning', 'omraade', 'institution', 'afsnit']),
  unitType: z.string().nullable(),
  validFrom: isoDate,
  validTo: isoDate.nullable(),
  policyId: z.string().nullable(),
});

export const employmentSchema = z.strictObject({
  id: z.string().min(1),
  personKey: z.string().min(1),
  displayName: z.string(),
  unitId: z.string().min(1),
  occupationRate: z.number().min(0).max(2),
  occupationalGroup: z.string(),
  payForm: z.enum(['monthly', 'hourly']),
  apprentice: z.boolean(),
  validFrom: isoDate,
  validTo: isoDate.nullable(),
});

export const sickPeriodSchema = z.strictObject({
  id: z.string().min(1),
  personKey: z.string().min(1),
  type: z.enum(ABSENCE_TYPES),
  start: isoDate,
  end: isoDate.nullable(),
  partialPercent: z.number().min(1).max(99).nullable(),
  source: z.enum(['chat', 'import']),
  sourceId: z.string().nullable(),
  registeredBy: z.string().nullable(),
  createdAt: isoInstant,
  updatedAt: isoInstant,
});

export const absenceDaySchema = z.strictObject({
  employmentId: z.string().min(1),
  date: isoDate,
  type: z.enum(ABSENCE_TYPES),
  hours: z.number().min(0).max(24),
  plannedHours: z.number().min(0).max(24).nullable(),
});

export const targetSchema = z.strictObject({
  unitId: z.string().min(1),
  year: z.number().int().min(2000).max(2100),
  daysPerFte: z.number().min(0).max(365),
  method: z.enum(['FAST', 'LANDSGNS_VAEGTET', 'REDUKTION', 'FORVENTET']),
  appliesToSubUnits: z.boolean(),
});

export const nationalAverageSchema = z.strictObject({
  year: z.number().int(),
  source: z.enum(['KRL', 'DST', 'BENCHMARK', 'EGEN']),
  sector: z.enum(['KOMMUNER', 'REGIONER']),
  occupationalGroup: z.string().min(1),
  daysPerFte: z.number().min(0).max(365),
});

export const personSchema = z.strictObject({
  aadObjectId: z.string().min(1),
  upn: z.string().nullable(),
  displayName: z.string(),
  leads: z.array(z.string()),
  hr: z.enum(['consultant', 'admin']).nullable(),
  hrUnits: z.array(z.string()),
  locale: z.enum(['da', 'en']).nullable(),
  tr: z.array(z.string()).optional(),
});

export const settingsSchema = z.strictObject({
  name: z.string(),
  policyId: z.string(),
  statistics: z.strictObject({
    shortMaxDays: z.number().int().min(1).max(365),
    countParagraph56: z.boolean(),
    countPregnancy: z.boolean(),
    includeHourlyPaid: z.boolean(),
    includeApprentices: z.boolean(),
    minGroupSize: z.number().int().min(1).max(100),
  }),
  frequencyTriggers: z.array(
    z.strictObject({
      id: z.string(),
      kind: z.enum(['periods', 'days']),
      threshold: z.number().int().min(1),
      windowMonths: z.number().int().min(1).max(36),
    }),
  ),
  /** The hour (Copenhagen time) due cards arrive on a working day; HR sets it with the politik import. */
  dueHour: z.number().int().min(0).max(23),
});

/** Mapping of a source system's absence code to a normalised type (fravaersaarsager.csv). */
export const absenceCodeSchema = z.strictObject({
  system: z.string(),
  code: z.string().min(1),
  text: z.string(),
  type: z.enum(ABSENCE_TYPES),
});

/** Mapping of a job code / agreement to a KRL occupational group. */
export const jobCodeSchema = z.strictObject({
  code: z.string().min(1),
  occupationalGroup: z.string().min(1),
});

/** A stored Bot Framework conversation reference, keyed by conversation id. */
export const conversationRefSchema = z.strictObject({
  conversationId: z.string().min(1),
  scope: z.enum(['personal', 'channel', 'groupChat']),
  aadObjectId: z.string().nullable(),
  tenantId: z.string().nullable(),
  locale: z.enum(['da', 'en']),
  /** The reference as botbuilder gives it (plain JSON). */
  reference: z.record(z.string(), z.unknown()),
  updatedAt: isoInstant,
});

export const auditEntrySchema = z.strictObject({
  at: isoInstant,
  /** aadObjectId of the actor, or 'system' / 'import' / 'anonymous'. */
  actor: z.string(),
  action: z.string(),
  /** Pseudonymous person key of the data subject, when the entry concerns one person. */
  subject: z.string().nullable(),
  unitId: z.string().nullable(),
  outcome: z.enum(['allowed', 'denied', 'rejected']),
  detail: z.string().nullable(),
});

/**
 * Outbox of proactive sends (the follow-up issue fills it; bot/proactive delivers it).
 * pending → sent | retrying → … | failed (final) | cancelled (the renderer found nothing left to say).
 */
export const outboxItemSchema = z.strictObject({
  id: z.string().min(1),
  recipient: z.string().min(1),
  conversationId: z.string().nullable(),
  kind: z.string(),
  payload: z.record(z.string(), z.unknown()),
  dueAt: isoInstant,
  originalDueAt: isoInstant,
  status: z.enum(['pending', 'sent', 'retrying', 'failed', 'cancelled']),
  attempts: z.number().int().min(0),
  nextAttemptAt: isoInstant.nullable(),
  late: z.boolean(),
  sentAt: isoInstant.nullable(),
  lastError: z.string().nullable(),
  /** The id Teams gave the sent activity (to update the card in place later). */
  activityId: z.string().nullable().optional(),
  /**
   * Set just before a send and cleared by its outcome: an item found with it set was being sent
   * when the process stopped, so its recipient may already have it (a possible duplicate, logged).
   */
  sendingSince: isoInstant.nullable().optional(),
});

/**
 * One undoable change of a person's own (domain/follow-up/corrections.ts ChangeEntry): what it
 * did and the state needed to take it back. Kept only while it may be undone.
 */
export const changeEntrySchema = z.strictObject({
  id: z.string().min(1),
  actor: z.string().min(1),
  at: isoInstant,
  kind: z.enum(CHANGE_KINDS),
  personKey: z.string().min(1),
  unitId: z.string().min(1),
  periodId: z.string().min(1),
  periodBefore: sickPeriodSchema.nullable().optional(),
  periodAfter: isoInstant.nullable().optional(),
  stepsBefore: z.array(followUpStepSchema).max(500),
  stepsAfter: z
    .array(z.strictObject({ id: z.string().min(1), version: z.number().int().min(1) }))
    .max(500),
  undoneAt: isoInstant.nullable(),
});

/** A deputy while a leader is away (domain/deputyship.ts): who covers whom, which units, when. */
export const deputyshipSchema = z.strictObject({
  id: z.string().min(1),
  leaderId: z.string().min(1),
  deputyId: z.string().min(1),
  unitIds: z.array(z.string().min(1)).min(1).max(100),
  from: isoDate,
  to: isoDate,
  createdAt: isoInstant,
  endedAt: isoInstant.nullable(),
});

/** Key/value state for botbuilder-dialogs (the store-backed Storage). */
export const dialogStateSchema = z.record(z.string(), z.unknown());

/** The scheduler's own progress, so a restart catches up instead of skipping or repeating. */
export const schedulerStateSchema = z.strictObject({
  /** The last working day whose due items were planned into the outbox. */
  lastPlannedDate: isoDate.nullable(),
  /** Sick periods updated after this instant still need plans and trigger checks. */
  lastScanAt: isoInstant.nullable(),
});

/**
 * The loops in a unit tree (a unit that is its own parent, or A's parent B whose parent is A...),
 * each as the ids along it. A loop would send every walk up the tree round for ever.
 */
export function unitTreeLoops(
  units: ReadonlyArray<{ id: string; parentId: string | null }>,
): string[][] {
  const parent = new Map(units.map((u) => [u.id, u.parentId]));
  const state = new Map<string, 'walking' | 'done'>();
  const loops: string[][] = [];
  for (const unit of units) {
    const walk: string[] = [];
    let at: string | null | undefined = unit.id;
    while (at != null && parent.has(at) && !state.has(at)) {
      state.set(at, 'walking');
      walk.push(at);
      at = parent.get(at);
    }
    if (at != null && state.get(at) === 'walking') loops.push(walk.slice(walk.indexOf(at)));
    for (const id of walk) state.set(id, 'done');
  }
  return loops;
}

function loopText(loop: readonly string[], names: ReadonlyMap<string, string>): string {
  return [...loop, loop[0]!].map((id) => `${id} (${names.get(id) ?? '?'})`).join(' → ');
}

const documentSchema = z.strictObject({
  schemaVersion: z.literal(SCHEMA_VERSION),
  createdAt: isoInstant,
  /** 'demo' when seeded with the synthetic municipality, 'imported' once HR has imported data. */
  origin: z.enum(['empty', 'demo', 'imported']),
  settings: settingsSchema,
  units: z.array(unitSchema),
  employments: z.array(employmentSchema),
  persons: z.array(personSchema),
  targets: z.array(targetSchema),
  nationalAverages: z.array(nationalAverageSchema),
  absenceCodes: z.array(absenceCodeSchema),
  jobCodes: z.array(jobCodeSchema),
  sickPeriods: z.array(sickPeriodSchema),
  absenceDays: z.array(absenceDaySchema),
  conversationRefs: z.array(conversationRefSchema),
  audit: z.array(auditEntrySchema),
  outbox: z.array(outboxItemSchema),
  dialogState: dialogStateSchema,
  followUps: followUpSectionSchema,
  /** Follow-up bookkeeping; optional, so documents written before these sections still open. */
  firedTriggers: z.array(firedTriggerSchema).optional(),
  hrRequests: z.array(hrRequestSchema).optional(),
  followUpDigests: z.array(digestRecordSchema).optional(),
  guides: guideSectionSchema,
  /** The municipality's own follow-up policy documents (politik import); optional for old files. */
  policies: z.array(policySchema).optional(),
  scheduler: schedulerStateSchema.optional(),
  /** Deputies while leaders are away; optional, so files written before them still open. */
  deputyships: z.array(deputyshipSchema).optional(),
  /** The undoable changes of the last working days; optional, so older files still open. */
  changeLog: z.array(changeEntrySchema).optional(),
  /** Well-being tips shown, answered, weekly and switched off; optional, so older files open. */
  tips: tipSectionSchema.optional(),
  /** HR process workflows and the HR intake channel; optional, so older files still open. */
  workflows: workflowSectionSchema.optional(),
  /** Channels' scheduled absence summaries; optional, so older files still open. */
  channelSubscriptions: z.array(channelSubscriptionSchema).optional(),
  /** Well-being and APV scores per unit (trivsel import); optional, so older files still open. */
  wellbeingScores: z.array(wellbeingScoreSchema).optional(),
});

/** The document, and a unit tree without loops (a file with one is refused like a corrupt one). */
export const storeSchema = documentSchema.superRefine((d, ctx) => {
  const loops = unitTreeLoops(d.units);
  if (loops.length === 0) return;
  const names = new Map(d.units.map((u) => [u.id, u.name]));
  const shown = loops.slice(0, 3).map((l) => loopText(l, names));
  const more = loops.length > 3 ? ` and ${loops.length - 3} more` : '';
  ctx.addIssue({
    code: 'custom',
    path: ['units'],
    message: `the unit tree has a loop: ${shown.join('; ')}${more}`,
  });
});

export type StoreData = z.infer<typeof storeSchema>;
export type AuditEntry = z.infer<typeof auditEntrySchema>;
export type ConversationRefRecord = z.infer<typeof conversationRefSchema>;
export type OutboxItem = z.infer<typeof outboxItemSchema>;
export type SchedulerState = z.infer<typeof schedulerStateSchema>;
export type ChangeEntryRecord = z.infer<typeof changeEntrySchema>;
