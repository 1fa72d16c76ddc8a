/**
 * The correction cards' verbs ('followup.undo.*') and a zod schema per payload. The handler
 * parses every payload here; nothing is cast. Who may do what is decided again by the use case.
 */
import { z } from 'zod';
import { fail, ok, type Result } from '../domain/result.js';

export const CORRECTION_PREFIX = 'followup.undo.';

export const CORRECTION_VERBS = {
  /** "Ja, fortryd": undo the change the card names. */
  confirm: 'followup.undo.confirm',
  /** "Nej": nothing changes. */
  keep: 'followup.undo.keep',
  /** "Ja, slet" / "Nej, slet ikke syg": the period and its plan are removed. */
  notSick: 'followup.undo.notSick',
  /** "Ja, én dag": today was the only sick day. */
  oneDay: 'followup.undo.oneDay',
} as const;

const id = z.string().min(1).max(300);
const periodRef = { personKey: id, periodId: id };

const correctionActionSchema = z.discriminatedUnion('verb', [
  z.object({ verb: z.literal(CORRECTION_VERBS.confirm), entryId: id }),
  z.object({ verb: z.literal(CORRECTION_VERBS.keep) }),
  z.object({ verb: z.literal(CORRECTION_VERBS.notSick), ...periodRef }),
  z.object({ verb: z.literal(CORRECTION_VERBS.oneDay), ...periodRef }),
]);

export type CorrectionAction = z.infer<typeof correctionActionSchema>;

export function parseCorrectionAction(value: unknown): Result<CorrectionAction, 'invalid-action'> {
  const parsed = correctionActionSchema.safeParse(value);
  return parsed.success ? ok(parsed.data) : fail('invalid-action');
}
