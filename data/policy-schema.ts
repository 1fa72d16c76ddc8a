/**
 * The zod schema of a follow-up policy document (domain/follow-up/policy-types.ts). Every preset
 * must parse with it (tested); a municipality's own policy document is parsed with it before use.
 * Policy documents may not contain legal steps: the legal overlay is added under every policy.
 */
import { z } from 'zod';
import type { FollowUpPolicy, StepRule } from '../domain/follow-up/policy-types.js';
import {
  AUDIENCES,
  MANDATORY_RULES,
  PURPOSES,
  STEP_KINDS,
  STEP_TIMINGS,
} from '../domain/follow-up/policy-types.js';
import { fail, ok, type Result } from '../domain/result.js';

const KEY = /^[a-z0-9]+(-[a-z0-9]+)*$/;

export const stepRuleSchema = z
  .strictObject({
    key: z.string().regex(KEY).max(60),
    kind: z.enum(STEP_KINDS),
    day: z.number().int().min(1).max(365),
    timing: z.enum(STEP_TIMINGS),
    leadDays: z.number().int().min(0).max(364),
    audience: z.enum(AUDIENCES),
    mandatory: z.enum(MANDATORY_RULES),
    purpose: z.enum(PURPOSES),
    offersEarlyIntervention: z.boolean(),
    legal: z.boolean(),
    escalateToHr: z.boolean(),
    onlyIfAbsenceExceedsDays: z.number().int().min(1).max(365).nullable(),
    keepAfterFit: z.boolean(),
  })
  .refine((r) => r.timing === 'deadline' || r.leadDays === 0, {
    message: 'a contact-day step has no lead days',
    path: ['leadDays'],
  })
  .refine((r) => r.leadDays < r.day, {
    message: 'lead days must be fewer than the day',
    path: ['leadDays'],
  })
  .refine((r) => !r.keepAfterFit || r.onlyIfAbsenceExceedsDays !== null, {
    message: 'keepAfterFit needs a duration condition',
    path: ['keepAfterFit'],
  });

const triggerSchema = z.strictObject({
  id: z.string().min(1).max(60),
  kind: z.enum(['periods', 'days']),
  threshold: z.number().int().min(1).max(365),
  windowMonths: z.number().int().min(1).max(36),
  window: z.enum(['rolling', 'calendar-year']).optional(),
  audience: z.enum(['leader', 'hr']).optional(),
});

export const policySchema = z
  .strictObject({
    id: z.string().regex(KEY).max(60),
    name: z.string().min(1).max(80),
    source: z.string().max(500),
    steps: z.array(stepRuleSchema).max(30),
    frequencyTriggers: z.array(triggerSchema).max(10),
  })
  .superRefine((p, ctx) => {
    const keys = new Set<string>();
    p.steps.forEach((s, i) => {
      if (keys.has(s.key))
        ctx.addIssue({
          code: 'custom',
          message: `duplicate step key ${s.key}`,
          path: ['steps', i, 'key'],
        });
      keys.add(s.key);
      if (s.legal || s.key.startsWith('legal-')) {
        ctx.addIssue({
          code: 'custom',
          message: 'legal steps come from the overlay',
          path: ['steps', i],
        });
      }
    });
    const ids = new Set(p.frequencyTriggers.map((t) => t.id));
    if (ids.size !== p.frequencyTriggers.length) {
      ctx.addIssue({
        code: 'custom',
        message: 'duplicate trigger id',
        path: ['frequencyTriggers'],
      });
    }
  });

/** Compile-time check that the schema and the domain types agree in both directions. */
type Parsed = z.infer<typeof policySchema>;
const _toDomain = (p: Parsed): FollowUpPolicy => p;
const _fromDomain = (p: FollowUpPolicy): Parsed => p;
const _rule = (r: z.infer<typeof stepRuleSchema>): StepRule => r;
void _toDomain;
void _fromDomain;
void _rule;

/** Parses a policy document; the failure detail names the first problem. */
export function parsePolicy(raw: unknown): Result<FollowUpPolicy, 'invalid-policy'> {
  const parsed = policySchema.safeParse(raw);
  if (parsed.success) return ok(parsed.data);
  const issue = parsed.error.issues[0];
  return fail('invalid-policy', {
    path: issue?.path.join('.') ?? '',
    message: issue?.message ?? '',
  });
}
