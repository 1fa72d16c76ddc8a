/** The inputs of a workflow's fields (launch form and steps), each labelled in the reader's language. */
import type { FieldSpec } from '../domain/workflows/types.js';
import type { MessageKey, Translator } from '../i18n/index.js';
import { dateInput, numberInput, textInput, type CardElement } from './elements.js';
import { FIELD_PREFIX } from './workflow-actions.js';

export const fieldLabel = (t: Translator, fieldId: string): string =>
  t(`workflows.field.${fieldId}` as MessageKey);

export function fieldInput(spec: FieldSpec, t: Translator, idPrefix = ''): CardElement {
  const common = {
    id: `${FIELD_PREFIX}${idPrefix}${spec.id}`,
    label: fieldLabel(t, spec.id),
    isRequired: true,
    errorMessage: t('workflows.field.required'),
  };
  if (spec.kind === 'date') return dateInput(common);
  if (spec.kind === 'number') return numberInput({ ...common, min: spec.min, max: spec.max });
  return textInput({ ...common, isMultiline: true, maxLength: 1000 });
}
