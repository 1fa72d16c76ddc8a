/**
 * A refused guide command as one localized sentence, with its detail filled in: the field's
 * name, a rephrasing hint for the diagnosis guardrail, or a limit. Never the refused text.
 */
import { GUARDRAIL_HINTS, type GuardrailHint } from '../domain/guardrail/guardrail.js';
import type { GuideError } from '../domain/guide/guide-errors.js';
import type { MessageKey, Params, Translator } from '../i18n/index.js';
import { formatHours } from './guide-format.js';

const FIELDS: Record<string, MessageKey> = {
  place: 'guide.field.place',
  otherAgreement: 'guide.field.otherAgreement',
};

const isHint = (value: unknown): value is GuardrailHint => GUARDRAIL_HINTS.some((h) => h === value);

function paramsOf(detail: Record<string, string | number> | undefined, t: Translator): Params {
  const params: Params = {};
  if (!detail) return params;
  const field = FIELDS[String(detail.field)];
  if (field) params.field = t(field);
  if (typeof detail.max === 'number') params.max = formatHours(t.locale, detail.max);
  if (isHint(detail.hint)) params.hint = t(`guide.guardrail.hint.${detail.hint}`);
  return params;
}

export function guideErrorText(
  failure: { reason: GuideError; detail?: Record<string, string | number> },
  t: Translator,
): string {
  return t(`guide.error.${failure.reason}`, paramsOf(failure.detail, t));
}
