/**
 * Every follow-up card verb and a zod schema per payload. Handlers never cast `activity.value`:
 * they call `parseFollowUpAction` and get a typed action or 'invalid-action'.
 *
 * Digest items put their inputs under per-item ids (`outcome-<slot>`, `reason-<slot>`,
 * `note-<slot>`, `date-<slot>`), because one card holds several items and input ids must be
 * unique; the action data names its `slot`. Every step action carries {stepId, version}: the
 * domain refuses a version that is no longer current, so a stale card cannot act twice.
 */
import { z } from 'zod';
import {
  NOTE_MAX_LENGTH,
  OUTCOME_KINDS,
  SKIP_REASONS,
  type StepOutcome,
} from '../domain/follow-up/step-types.js';
import { fail, ok, type Result } from '../domain/result.js';

export const FOLLOW_UP_VERBS = {
  complete: 'followup.complete',
  postpone: 'followup.postpone',
  startGuide: 'followup.startGuide',
  askHr: 'followup.askHr',
  offerEarlyIntervention: 'followup.offerEarlyIntervention',
  hrReply: 'followup.hrReply',
  registerSick: 'followup.registerSick',
  frequencyGuide: 'followup.frequencyGuide',
  frequencyAskHr: 'followup.frequencyAskHr',
  chooseEmployee: 'followup.chooseEmployee',
  digestPage: 'followup.digestPage',
} as const;

export const inputId = (field: 'outcome' | 'reason' | 'note' | 'date', slot: number): string =>
  `${field}-${slot}`;

const stepRef = {
  stepId: z.string().min(1).max(300),
  version: z.number().int().min(1),
  /** The digest card the action came from (to answer with the whole card refreshed). */
  digestId: z.string().min(1).max(300).optional(),
};
const slot = z.number().int().min(0).max(99);
/** An unselected ChoiceSet or empty text input arrives as '' — treat it as absent. */
const blankToUndefined = (v: unknown): unknown => (v === '' || v === null ? undefined : v);

const completeBase = z.object({ verb: z.literal(FOLLOW_UP_VERBS.complete), ...stepRef, slot });
const postponeBase = z.object({ verb: z.literal(FOLLOW_UP_VERBS.postpone), ...stepRef, slot });

export const stepActionSchema = z.object({
  verb: z.enum([
    FOLLOW_UP_VERBS.startGuide,
    FOLLOW_UP_VERBS.askHr,
    FOLLOW_UP_VERBS.offerEarlyIntervention,
  ]),
  ...stepRef,
});

export const hrReplySchema = z.object({
  verb: z.literal(FOLLOW_UP_VERBS.hrReply),
  stepId: z.string().min(1).max(300),
  reply: z.string().trim().min(1).max(1000),
});

export const frequencyActionSchema = z.object({
  verb: z.enum([FOLLOW_UP_VERBS.frequencyGuide, FOLLOW_UP_VERBS.frequencyAskHr]),
  personKey: z.string().min(1).max(200),
  triggerId: z.string().min(1).max(60),
});

/** Input.Number may arrive as a number or a string; a blank percent on "partial" becomes 0 (refused by the domain). */
export const registerSickSchema = z
  .object({
    verb: z.literal(FOLLOW_UP_VERBS.registerSick),
    employee: z.string().min(1).max(200),
    start: z.iso.date(),
    extent: z.enum(['full', 'partial']),
    percent: z.preprocess(blankToUndefined, z.coerce.number().optional()),
  })
  .transform((v) => ({
    verb: v.verb,
    personKey: v.employee,
    start: v.start,
    partialPercent: v.extent === 'partial' ? (v.percent ?? 0) : null,
  }));

/**
 * A choice between employees with the same name: the button carries the person and the intent
 * with its already resolved dates. The handler re-checks the person and re-validates the dates.
 */
export const chooseEmployeeSchema = z.object({
  verb: z.literal(FOLLOW_UP_VERBS.chooseEmployee),
  personKey: z.string().min(1).max(200),
  intent: z.enum(['sick', 'fit', 'plan']),
  start: z.iso.date().optional(),
  partialPercent: z.number().min(-1000).max(1000).nullable().optional(),
  fitDate: z.iso.date().optional(),
});

/** "Show the next items" on the day's message: that page of the same stored digest. */
export const digestPageSchema = z.object({
  verb: z.literal(FOLLOW_UP_VERBS.digestPage),
  digestId: z.string().min(1).max(300),
  page: z.number().int().min(0).max(99),
});

interface StepRefData {
  stepId: string;
  version: number;
  digestId?: string;
}

export type FollowUpAction =
  | ({ verb: typeof FOLLOW_UP_VERBS.complete; outcome: StepOutcome } & StepRefData)
  | ({ verb: typeof FOLLOW_UP_VERBS.postpone; date: string } & StepRefData)
  | z.infer<typeof stepActionSchema>
  | z.infer<typeof hrReplySchema>
  | z.infer<typeof frequencyActionSchema>
  | z.output<typeof registerSickSchema>
  | z.infer<typeof chooseEmployeeSchema>
  | z.infer<typeof digestPageSchema>;

function parseOutcome(raw: Record<string, unknown>, n: number): StepOutcome | null {
  const fields = z
    .object({
      outcome: z.enum(OUTCOME_KINDS),
      reason: z.preprocess(blankToUndefined, z.enum(SKIP_REASONS).optional()),
      note: z.preprocess(blankToUndefined, z.string().max(NOTE_MAX_LENGTH).optional()),
    })
    .safeParse({
      outcome: raw[inputId('outcome', n)],
      reason: raw[inputId('reason', n)],
      note: raw[inputId('note', n)],
    });
  if (!fields.success) return null;
  const { outcome, reason, note } = fields.data;
  if (outcome !== 'not-appropriate') return { kind: outcome };
  return reason ? { kind: 'not-appropriate', reason, note: note ?? null } : null;
}

function refOf(d: StepRefData): StepRefData {
  const ref = { stepId: d.stepId, version: d.version };
  return d.digestId === undefined ? ref : { ...ref, digestId: d.digestId };
}

function parseStepInputs(raw: Record<string, unknown>): FollowUpAction | null {
  const c = completeBase.safeParse(raw);
  if (c.success) {
    const outcome = parseOutcome(raw, c.data.slot);
    return outcome ? { verb: c.data.verb, ...refOf(c.data), outcome } : null;
  }
  const p = postponeBase.safeParse(raw);
  if (!p.success) return null;
  const date = z.iso.date().safeParse(raw[inputId('date', p.data.slot)]);
  return date.success ? { verb: p.data.verb, ...refOf(p.data), date: date.data } : null;
}

const SIMPLE = [
  stepActionSchema,
  hrReplySchema,
  frequencyActionSchema,
  registerSickSchema,
  chooseEmployeeSchema,
  digestPageSchema,
] as const;

/** Parses an Action.Execute / Action.Submit payload of a follow-up card. */
export function parseFollowUpAction(raw: unknown): Result<FollowUpAction, 'invalid-action'> {
  const obj = z.record(z.string(), z.unknown()).safeParse(raw);
  if (!obj.success) return fail('invalid-action');
  const fromInputs = parseStepInputs(obj.data);
  if (fromInputs) return ok(fromInputs);
  for (const schema of SIMPLE) {
    const r = schema.safeParse(obj.data);
    if (r.success) return ok(r.data);
  }
  return fail('invalid-action');
}

/** True when the payload's verb is one of this feature's (the router's first check). */
export function isFollowUpVerb(verb: unknown): boolean {
  return typeof verb === 'string' && (Object.values(FOLLOW_UP_VERBS) as string[]).includes(verb);
}
