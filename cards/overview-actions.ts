/**
 * Card verbs of the overview feature and a zod schema per payload. The overview card's step
 * buttons are the digest's own (followup.*); only the choice among employees of a name is ours.
 */
import { z } from 'zod';

export const OVERVIEW_VERBS = {
  /** Show one employee's absence and plan: { verb, personKey } (checked again on arrival). */
  showEmployee: 'overview.showEmployee',
} as const;

export const showEmployeeSchema = z.object({
  verb: z.literal(OVERVIEW_VERBS.showEmployee),
  personKey: z.string().trim().min(1).max(200),
});
export type ShowEmployeeAction = z.infer<typeof showEmployeeSchema>;

/** The payload as a typed action, or null when it is not a valid overview action. */
export function parseOverviewAction(data: unknown): ShowEmployeeAction | null {
  const parsed = showEmployeeSchema.safeParse(data);
  return parsed.success ? parsed.data : null;
}
