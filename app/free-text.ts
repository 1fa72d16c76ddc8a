/**
 * The diagnosis guardrail at the gate: every free-text field a use case stores or passes on is
 * checked here first. A refusal keeps nothing of the text (not in the store, not in the audit
 * log, not in the answer) and says which field and what kind of health detail it looked like.
 */
import { checkHealthText, type GuardrailHint } from '../domain/guardrail/guardrail.js';
import { auditAction, type UseCaseContext } from './context.js';

export type FreeTextField = 'note' | 'reply' | 'text';

export type FreeTextVerdict =
  { ok: true } | { ok: false; field: FreeTextField; hint: GuardrailHint };

/** Checks each given field; the first one holding a health detail refuses the whole request. */
export async function guardFreeText(
  ctx: Pick<UseCaseContext, 'actor' | 'repos'>,
  action: string,
  fields: Partial<Record<FreeTextField, string | null | undefined>>,
  subject: { personKey: string | null; unitId: string | null } = { personKey: null, unitId: null },
): Promise<FreeTextVerdict> {
  for (const [field, value] of Object.entries(fields) as [FreeTextField, string | null][]) {
    if (!value) continue;
    const verdict = checkHealthText(value);
    if (verdict.ok) continue;
    await auditAction(
      ctx,
      action,
      subject.personKey,
      subject.unitId,
      'rejected',
      `guardrail:${field}:${verdict.hint}`,
    );
    return { ok: false, field, hint: verdict.hint };
  }
  return { ok: true };
}
