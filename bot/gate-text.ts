import type { FreeTextVerdict } from '../app/free-text.js';
import type { Translator } from '../i18n/index.js';

/** The answer to free text the guardrail refused: which field, what it looked like, nothing kept. */
export function freeTextRefusal(
  t: Translator,
  verdict: Extract<FreeTextVerdict, { ok: false }>,
): string {
  return t('gate.freeText.refused', {
    field: t(`gate.freeText.field.${verdict.field}`),
    hint: t(`gate.freeText.hint.${verdict.hint}`),
  });
}
