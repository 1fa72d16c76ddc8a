/**
 * Card verbs of the HR process workflows and a zod schema per payload. Input values arrive in
 * the action's data as `f_<fieldId>`; the use cases check every value again.
 */
import { z } from 'zod';
import { WORKFLOW_ACTIONS, WORKFLOW_KINDS } from '../domain/workflows/types.js';

export const WORKFLOW_VERBS = {
  refresh: 'workflow.refresh',
  act: 'workflow.act',
  take: 'workflow.take',
  form: 'workflow.form',
  launch: 'workflow.launch',
  list: 'workflow.list',
} as const;

export const WORKFLOW_PREFIX = 'workflow.';
export const FIELD_PREFIX = 'f_';

const id = z.string().trim().min(1).max(200);
const optionalId = z.string().trim().max(200).nullish();
const kind = z.enum(WORKFLOW_KINDS);
const target = { kind, personKey: optionalId, unitId: optionalId };

export const workflowActionSchema = z.discriminatedUnion('verb', [
  z.object({ verb: z.literal(WORKFLOW_VERBS.refresh), id }),
  z.object({
    verb: z.literal(WORKFLOW_VERBS.act),
    id,
    version: z.coerce.number().int().min(1),
    action: z.enum(WORKFLOW_ACTIONS),
    stepId: id,
  }),
  z.object({ verb: z.literal(WORKFLOW_VERBS.take), id }),
  z.object({ verb: z.literal(WORKFLOW_VERBS.form), ...target }),
  z.object({ verb: z.literal(WORKFLOW_VERBS.launch), ...target, launchId: id }),
  z.object({ verb: z.literal(WORKFLOW_VERBS.list), filter: z.enum(['mine', 'open']) }),
]);
export type WorkflowCardAction = z.infer<typeof workflowActionSchema>;

const fieldValue = z.union([z.string().max(2000), z.number()]);

/** The action and its `f_` input values, or null when the payload is not a valid action. */
export function parseWorkflowAction(
  data: Record<string, unknown>,
): { action: WorkflowCardAction; values: Record<string, string | number> } | null {
  const parsed = workflowActionSchema.safeParse(data);
  if (!parsed.success) return null;
  const values: Record<string, string | number> = {};
  for (const [key, value] of Object.entries(data)) {
    if (!key.startsWith(FIELD_PREFIX)) continue;
    const v = fieldValue.safeParse(value);
    if (!v.success) return null;
    values[key.slice(FIELD_PREFIX.length)] = v.data;
  }
  return { action: parsed.data, values };
}
