/** The stored HR process workflows (domain/workflows/types.ts) and the HR intake channel. */
import { z } from 'zod';
import { WORKFLOW_KINDS, WORKFLOW_ROLES } from '../domain/workflows/types.js';

const isoDate = z.iso.date();
const isoInstant = z.iso.datetime({ offset: true });
const value = z.union([z.string().max(2000), z.number()]);
const values = z.record(z.string().max(100), value);

export const workflowSchema = z.strictObject({
  id: z.string().min(1),
  kind: z.enum(WORKFLOW_KINDS),
  unitId: z.string().min(1),
  personKey: z.string().min(1).nullable(),
  sickPeriodId: z.string().min(1).nullable(),
  state: z.string().min(1),
  version: z.number().int().min(1),
  steps: z.array(
    z.strictObject({
      id: z.string().min(1),
      owners: z.array(z.enum(WORKFLOW_ROLES)).min(1),
      due: isoDate.nullable(),
      doneAt: isoInstant.nullable(),
      doneBy: z.string().nullable(),
    }),
  ),
  fields: values,
  records: z.array(z.strictObject({ stepId: z.string(), on: isoDate, by: z.string(), values })),
  history: z.array(
    z.strictObject({
      at: isoInstant,
      by: z.string(),
      action: z.string(),
      stepId: z.string().nullable(),
      to: z.string(),
    }),
  ),
  launchedBy: z.string().min(1),
  assignee: z.string().nullable(),
  notices: z
    .array(
      z.strictObject({
        stepId: z.string().min(1),
        due: isoDate.nullable(),
        recipient: z.string().min(1),
        audience: z.enum(['leader', 'hr']),
        on: isoDate,
        toldOn: isoDate.nullable(),
      }),
    )
    .max(500)
    .optional(),
  createdAt: isoInstant,
  updatedAt: isoInstant,
});

export const workflowSectionSchema = z.strictObject({
  instances: z.array(workflowSchema),
  /** The team channel where new requests arrive as cards any HR consultant can take. */
  intake: z
    .strictObject({
      conversationId: z.string().min(1),
      setBy: z.string(),
      setAt: isoInstant,
      /** The language the channel was set up in (its cards are drawn in it); older files lack it. */
      locale: z.enum(['da', 'en']).optional(),
    })
    .nullable(),
});

export type WorkflowSection = z.infer<typeof workflowSectionSchema>;
