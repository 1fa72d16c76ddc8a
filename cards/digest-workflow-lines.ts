/**
 * The "Forløb" section of the day's one message: one line per workflow step that became the
 * recipient's — the workflow, who or which unit it is about, the step and its due date — with
 * "Åbn forløb", which answers with the workflow card (the reader's own view and buttons, as the
 * workflow lists open it). A step that has moved on since shows that instead of its due date.
 */
import type { IsoDate } from '../domain/model.js';
import type { WorkflowKind } from '../domain/workflows/types.js';
import type { MessageKey, Translator } from '../i18n/index.js';
import { actionSet, container, executeAction, text, type CardElement } from './elements.js';
import { formatDay } from './follow-up-format.js';
import { WORKFLOW_VERBS } from './workflow-actions.js';

export interface DigestWorkflowView {
  workflowId: string;
  kind: WorkflowKind;
  stepId: string;
  due: IsoDate | null;
  /** null: a workflow about a unit (the unit is named instead). */
  employeeName: string | null;
  unitName: string;
  /** Whether the step is still the current one. */
  current: boolean;
}

/** One workflow line; `first` starts the section with its heading. */
export function workflowLineBlock(
  t: Translator,
  v: DigestWorkflowView,
  slot: number,
  first: boolean,
  date: IsoDate,
): CardElement {
  const about = v.employeeName ?? v.unitName;
  const step = t(`workflows.step.${v.stepId}` as MessageKey);
  const body: CardElement[] = [];
  if (first) body.push(text(t('workflows.digest.section'), { weight: 'Bolder', size: 'Medium' }));
  body.push(
    text(t('workflows.digest.line', { kind: t(`workflows.kind.${v.kind}`), about }), {
      weight: 'Bolder',
      spacing: first ? 'Small' : 'Default',
    }),
  );
  if (!v.current) body.push(text(t('workflows.digest.moved', { step }), { color: 'Good' }));
  else
    body.push(
      text(
        v.due
          ? t('workflows.digest.stepDue', { step, date: formatDay(t.locale, v.due, date) })
          : t('workflows.digest.step', { step }),
        { spacing: 'Small' },
      ),
    );
  const open = executeAction(t('workflows.digest.open'), {
    verb: WORKFLOW_VERBS.refresh,
    id: v.workflowId,
  });
  body.push(actionSet([open]));
  return container(body, {
    separator: slot > 0,
    spacing: 'Medium',
    ...(v.current ? {} : { style: 'good' }),
  });
}
