/**
 * Card verbs of the well-being tips and a zod schema per payload. Every value is checked again by
 * the use case (a tip id that is not in the catalogue is refused there).
 */
import { z } from 'zod';
import { STEP_IDS } from '../domain/guide/guide-kinds.js';
import { TIP_THEMES } from '../domain/tips/catalogue.js';

export const TIP_VERBS = {
  /** Another tip on the same theme: { verb, theme, step }. */
  another: 'tips.another',
  /** 👍/👎 on a tip: { verb, tipId, useful, place } ('digest': answered with a message). */
  feedback: 'tips.feedback',
  /** The weekly tip on a weekday: { verb, weekday } (the choice input's value). */
  weeklySave: 'tips.weekly.save',
  /** One tap: no weekly tip any more. */
  weeklyStop: 'tips.weekly.stop',
  /** HR switches a tip off or on again: { verb, tipId, off }. */
  switch: 'tips.switch',
} as const;

export const TIP_PREFIX = 'tips.';

/** What a tip was asked about: a theme, the basics for new leaders, or anything. */
export const tipAskedSchema = z.enum([...TIP_THEMES, 'basics']).nullable();
export type TipAsked = z.infer<typeof tipAskedSchema>;

const tipId = z.string().trim().min(1).max(20);

export const tipActionSchema = z.discriminatedUnion('verb', [
  z.object({
    verb: z.literal(TIP_VERBS.another),
    theme: tipAskedSchema.default(null),
    step: z.enum(STEP_IDS).nullable().default(null),
  }),
  z.object({
    verb: z.literal(TIP_VERBS.feedback),
    tipId,
    useful: z.boolean(),
    place: z.enum(['card', 'digest', 'weekly']).default('card'),
    theme: tipAskedSchema.default(null),
  }),
  z.object({
    verb: z.literal(TIP_VERBS.weeklySave),
    weekday: z.coerce.number().int(),
  }),
  z.object({ verb: z.literal(TIP_VERBS.weeklyStop) }),
  z.object({ verb: z.literal(TIP_VERBS.switch), tipId, off: z.boolean() }),
]);
export type TipAction = z.infer<typeof tipActionSchema>;

/** The payload as a typed action, or null when it is not a valid tip action. */
export function parseTipAction(data: unknown): TipAction | null {
  const parsed = tipActionSchema.safeParse(data);
  return parsed.success ? parsed.data : null;
}
