/**
 * Card verbs of the deputy feature and a zod schema per payload: stop a deputyship, and the
 * answers to "replace the deputy you have?". Every value is checked again by the use case.
 */
import { z } from 'zod';

export const DEPUTY_VERBS = {
  /** Ends one of the leader's deputyships now: { verb, id }. */
  stop: 'deputy.stop',
  /** Replaces the standing deputyship by the one proposed (app/deputies.ts checks it again). */
  replace: 'deputy.replace',
  /** Keeps the standing deputyship. */
  keep: 'deputy.keep',
} as const;

export const DEPUTY_PREFIX = 'deputy.';

const isoDate = z.iso.date();
const id = z.string().trim().min(1).max(200);

export const deputyActionSchema = z.discriminatedUnion('verb', [
  z.object({ verb: z.literal(DEPUTY_VERBS.stop), id }),
  z.object({
    verb: z.literal(DEPUTY_VERBS.replace),
    replaces: id,
    deputyId: id,
    from: isoDate,
    to: isoDate,
    unitIds: z.array(id).min(1).max(100),
  }),
  z.object({ verb: z.literal(DEPUTY_VERBS.keep) }),
]);
export type DeputyAction = z.infer<typeof deputyActionSchema>;

/** The payload as a typed action, or null when it is not a valid deputy action. */
export function parseDeputyAction(data: unknown): DeputyAction | null {
  const parsed = deputyActionSchema.safeParse(data);
  return parsed.success ? parsed.data : null;
}
