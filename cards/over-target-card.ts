/**
 * HR's over-target notice: the unit, the quarter, its figure against its target, "Tilbyd
 * procesforløb" (W1) and the target follow-up (W2). Aggregates only: it names nobody.
 */
import type { Translator } from '../i18n/index.js';
import { card, executeAction, heading, text, type AdaptiveCard } from './elements.js';
import { formatDays } from './stats-format.js';
import { WORKFLOW_VERBS } from './workflow-actions.js';
import { outreachLaunchAction } from './workflow-forms.js';

export interface OverTargetView {
  unitId: string;
  unitName: string;
  /** `2026-Q4`. */
  quarter: string;
  daysPerFte: number;
  target: number;
}

export function overTargetCard(view: OverTargetView, t: Translator): AdaptiveCard {
  const params = {
    unit: view.unitName,
    period: view.quarter,
    value: formatDays(view.daysPerFte, t),
    target: formatDays(view.target, t),
  };
  return card(
    [
      heading(t('workflows.overTarget.title', params)),
      text(t('workflows.overTarget.body', params)),
    ],
    [
      outreachLaunchAction(view.unitId, t),
      executeAction(t('workflows.button.target-breach'), {
        verb: WORKFLOW_VERBS.form,
        kind: 'target-breach',
        unitId: view.unitId,
      }),
    ],
  );
}
