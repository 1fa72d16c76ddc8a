/**
 * Conversation-guide sessions as stored (owned by the conversation-guide issue). Strict objects
 * with closed choice lists: there is no field for a diagnosis or a health detail, and the only
 * free text (a meeting place, one short "other agreement") is bounded — the domain has already
 * run it through the diagnosis guardrail before it gets here.
 */
import { z } from 'zod';
import {
  ADJUSTMENTS,
  COLLEAGUES_TOLD,
  CONTACT_FORMS,
  EXPECTED_DURATIONS,
  OFFERS,
  PARTICIPANTS,
  TOOLS,
} from '../domain/guide/agreements.js';
import { GUIDE_LIMITS } from '../domain/guide/guide-errors.js';
import {
  CHECKLIST_ITEMS,
  GUIDE_KINDS,
  HOLD_DECISIONS,
  MAX_CONTACT_DAY,
  POINT_IDS,
  STEP_IDS,
} from '../domain/guide/guide-kinds.js';
import { GUIDE_STATUSES } from '../domain/guide/guide-session.js';
import { MEETING_FORMS, MEETING_GUESTS, MINUTE_TAKERS } from '../domain/guide/meeting.js';

const isoDate = z.iso.date();
const isoInstant = z.iso.datetime({ offset: true });
const id = z.string().min(1).max(GUIDE_LIMITS.idMaxLength);
const setOf = <T extends readonly [string, ...string[]]>(values: T) =>
  z.array(z.enum(values)).max(values.length);
const shortText = (max: number) => z.string().min(1).max(max);

export const guideMeetingSchema = z.strictObject({
  date: isoDate,
  time: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/),
  durationMinutes: z
    .number()
    .int()
    .min(GUIDE_LIMITS.meetingMinMinutes)
    .max(GUIDE_LIMITS.meetingMaxMinutes),
  form: z.enum(MEETING_FORMS),
  place: shortText(GUIDE_LIMITS.placeMaxLength).nullable(),
  minuteTaker: z.enum(MINUTE_TAKERS),
  guests: setOf(MEETING_GUESTS),
  mulighedserklaering: z.boolean(),
});

export const guideAgreementsSchema = z.strictObject({
  participants: setOf(PARTICIPANTS),
  expectedDuration: z.enum(EXPECTED_DURATIONS).nullable(),
  partialReturn: z
    .strictObject({ hoursPerWeek: z.number().positive().max(70), start: isoDate })
    .nullable(),
  adjustments: setOf(ADJUSTMENTS),
  offers: setOf(OFFERS),
  tools: setOf(TOOLS),
  handleplan: z.boolean(),
  colleaguesTold: z.enum(COLLEAGUES_TOLD).nullable(),
  nextContact: z.strictObject({ date: isoDate, form: z.enum(CONTACT_FORMS) }).nullable(),
  otherAgreement: shortText(GUIDE_LIMITS.otherAgreementMaxLength).nullable(),
});

export const guideSessionSchema = z.strictObject({
  id,
  leaderId: id,
  personKey: id,
  sickPeriodId: id.nullable(),
  kind: z.enum(GUIDE_KINDS),
  contactDay: z.number().int().min(1).max(MAX_CONTACT_DAY).nullable(),
  status: z.enum(GUIDE_STATUSES),
  step: z.enum(STEP_IDS),
  checklist: z
    .strictObject({ checked: setOf(CHECKLIST_ITEMS), decision: z.enum(HOLD_DECISIONS) })
    .nullable(),
  meeting: guideMeetingSchema.nullable(),
  agreements: guideAgreementsSchema.nullable(),
  covered: setOf(POINT_IDS),
  createdAt: isoInstant,
  updatedAt: isoInstant,
  pausedAt: isoInstant.nullable(),
  closedAt: isoInstant.nullable(),
});

/**
 * A session as kept in the store: the session plus a version that every save bumps, so two
 * saves from the same card (a double click, Teams delivering again) cannot both win, and the id
 * of the message showing its card.
 */
export const guideRecordSchema = guideSessionSchema.extend({
  version: z.number().int().min(1).default(1),
  /**
   * The chat message that shows the guide's card, so the next step refreshes that one card in
   * place (after a restart too); absent until a card was sent.
   */
  cardActivityId: z.string().min(1).max(GUIDE_LIMITS.activityIdMaxLength).nullable().optional(),
});

/** The `guides` section of the stored document. */
export const guideSectionSchema = z.array(guideRecordSchema);

export type StoredGuideSession = z.infer<typeof guideSessionSchema>;
export type StoredGuideRecord = z.infer<typeof guideRecordSchema>;
