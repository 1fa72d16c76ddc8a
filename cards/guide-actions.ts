/**
 * The guide's card verbs and a strict zod schema per payload (unknown keys are rejected, every
 * string is bounded); guide-submit.ts turns a parsed payload into a domain command. Values come
 * from Teams as strings: toggles are 'true'/'false', multi-selects are comma-separated, empty
 * inputs are '' or missing.
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
  STEP_IDS,
} from '../domain/guide/guide-kinds.js';
import { MEETING_FORMS, MEETING_GUESTS, MINUTE_TAKERS } from '../domain/guide/meeting.js';

export const GUIDE_VERBS = {
  start: 'guide.start',
  next: 'guide.next',
  back: 'guide.back',
  answer: 'guide.answer',
  complete: 'guide.complete',
  leave: 'guide.leave',
  resume: 'guide.resume',
  cancel: 'guide.cancel',
  /** Cancel the guide left part-way and choose the conversation again. */
  restart: 'guide.restart',
  exportText: 'guide.export',
  /** Choose one of several employees with the same name. */
  pick: 'guide.pick',
} as const;

/** Ids of the inputs on the guide's cards (the keys of a submitted answer). */
export const GUIDE_INPUTS = {
  decision: 'decision',
  check: (item: (typeof CHECKLIST_ITEMS)[number]) => `check_${item}` as const,
  meetingDate: 'meetingDate',
  meetingTime: 'meetingTime',
  durationMinutes: 'durationMinutes',
  form: 'form',
  place: 'place',
  minuteTaker: 'minuteTaker',
  guests: 'guests',
  mulighedserklaering: 'mulighedserklaering',
  participants: 'participants',
  expectedDuration: 'expectedDuration',
  partialReturn: 'partialReturn',
  hoursPerWeek: 'hoursPerWeek',
  partialStart: 'partialStart',
  adjustments: 'adjustments',
  offers: 'offers',
  tools: 'tools',
  handleplan: 'handleplan',
  colleaguesTold: 'colleaguesTold',
  nextContactDate: 'nextContactDate',
  nextContactForm: 'nextContactForm',
  otherAgreement: 'otherAgreement',
} as const;

const id = z
  .string()
  .min(1)
  .max(GUIDE_LIMITS.idMaxLength)
  .regex(/^[\w.:-]+$/);
const blankToUndefined = (v: unknown): unknown => (v === '' || v === null ? undefined : v);
const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess(blankToUndefined, schema.optional());
const toggle = z.enum(['true', 'false']).transform((v) => v === 'true');
const isoDate = z.iso.date();
const FIGURE = /^-?\d{1,6}([.,]\d{1,6})?$/;
/**
 * A figure typed into a number input: "12,5" and "12.5" are 12.5. Anything else that a number
 * input can still send ("-3", "1e3", "tolv", "") becomes NaN, so the domain refuses it with a
 * clear reason (hoursInvalid, durationInvalid) instead of calling the card tampered with.
 */
const figure = z
  .union([z.number(), z.string().max(16)])
  .transform((v) =>
    typeof v === 'number' ? v : FIGURE.test(v.trim()) ? Number(v.trim().replace(',', '.')) : NaN,
  );
const csvOf = <T extends readonly [string, ...string[]]>(values: T) =>
  z
    .string()
    .max(400)
    .transform((s) => (s === '' ? [] : s.split(',')))
    .pipe(z.array(z.enum(values)).max(values.length));
const text = (max: number) => z.string().max(max);

const session = { sessionId: id };

export const guideStartSchema = z.strictObject({
  verb: z.literal(GUIDE_VERBS.start),
  personKey: id,
  sickPeriodId: id.nullable().optional(),
  kind: z.enum(GUIDE_KINDS),
  contactDay: z.number().int().min(1).max(MAX_CONTACT_DAY).nullable().optional(),
});

export const guideStepSchema = z.strictObject({
  verb: z.enum([GUIDE_VERBS.next, GUIDE_VERBS.back, GUIDE_VERBS.complete]),
  ...session,
  step: z.enum(STEP_IDS),
});

export const guideSessionActionSchema = z.strictObject({
  verb: z.enum([GUIDE_VERBS.leave, GUIDE_VERBS.resume, GUIDE_VERBS.cancel, GUIDE_VERBS.restart]),
  ...session,
});

export const guidePickSchema = z.strictObject({
  verb: z.literal(GUIDE_VERBS.pick),
  personKey: id,
});

export const guideExportSchema = z.strictObject({
  verb: z.literal(GUIDE_VERBS.exportText),
  ...session,
  document: z.enum(['invitation', 'minutes']),
});

const checkShape = Object.fromEntries(
  CHECKLIST_ITEMS.map((item) => [GUIDE_INPUTS.check(item), optional(toggle)]),
);

const checklistAnswer = z.strictObject({
  verb: z.literal(GUIDE_VERBS.answer),
  ...session,
  step: z.literal('checklist'),
  decision: optional(z.enum(HOLD_DECISIONS)),
  ...checkShape,
});

const invitationAnswer = z.strictObject({
  verb: z.literal(GUIDE_VERBS.answer),
  ...session,
  step: z.literal('invitation'),
  meetingDate: isoDate,
  meetingTime: z
    .string()
    .regex(/^\d{2}:\d{2}(:\d{2})?$/)
    .transform((v) => v.slice(0, 5)),
  durationMinutes: figure,
  form: z.enum(MEETING_FORMS),
  place: optional(text(GUIDE_LIMITS.placeMaxLength)),
  minuteTaker: z.enum(MINUTE_TAKERS),
  guests: optional(csvOf(MEETING_GUESTS)),
  mulighedserklaering: optional(toggle),
});

export const agreementsAnswerSchema = z.strictObject({
  verb: z.literal(GUIDE_VERBS.answer),
  ...session,
  step: z.literal('agreements'),
  participants: optional(csvOf(PARTICIPANTS)),
  expectedDuration: optional(z.enum(EXPECTED_DURATIONS)),
  partialReturn: optional(toggle),
  hoursPerWeek: optional(figure),
  partialStart: optional(isoDate),
  adjustments: optional(csvOf(ADJUSTMENTS)),
  offers: optional(csvOf(OFFERS)),
  tools: optional(csvOf(TOOLS)),
  handleplan: optional(toggle),
  colleaguesTold: optional(z.enum(COLLEAGUES_TOLD)),
  nextContactDate: optional(isoDate),
  nextContactForm: optional(z.enum(CONTACT_FORMS)),
  otherAgreement: optional(text(GUIDE_LIMITS.otherAgreementMaxLength)),
});

export const guideAnswerSchema = z.discriminatedUnion('step', [
  checklistAnswer,
  invitationAnswer,
  agreementsAnswerSchema,
]);
