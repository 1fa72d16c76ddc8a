/**
 * Before the conversation: the checklist (each item with a short why) and the decision whether
 * to hold it at all, or by phone, or through someone else.
 */
import type { ChecklistItemId, HoldDecision } from '../domain/guide/guide-kinds.js';
import { raw, type Translator } from '../i18n/index.js';
import {
  choiceInput,
  container,
  text,
  toggleInput,
  type AdaptiveCard,
  type CardElement,
} from './elements.js';
import { GUIDE_INPUTS } from './guide-actions.js';
import { answerAction, guideStepCard, type GuideFrame } from './guide-step-card.js';

export interface ChecklistView {
  items: readonly ChecklistItemId[];
  checked: readonly ChecklistItemId[];
  decisions: readonly HoldDecision[];
  decision: HoldDecision | null;
}

function item(id: ChecklistItemId, checked: boolean, t: Translator): CardElement {
  return container(
    [
      toggleInput({
        id: GUIDE_INPUTS.check(id),
        label: t(`guide.check.${id}.title`),
        title: t('guide.checklist.done'),
        value: checked ? 'true' : 'false',
      }),
      text(t('guide.checklist.why', { why: raw(t(`guide.check.${id}.why`)) }), {
        isSubtle: true,
        size: 'Small',
        spacing: 'None',
      }),
    ],
    { spacing: 'Medium' },
  );
}

function decisionBlock(frame: GuideFrame, view: ChecklistView, t: Translator): CardElement {
  const isCall = frame.kind === 'firstContact';
  const title = (d: HoldDecision): string =>
    isCall && d !== 'phone' ? t(`guide.decision.call.${d}`) : t(`guide.decision.${d}`);
  const why = isCall
    ? t('guide.decision.call.why')
    : frame.kind === 'legal7a'
      ? t('guide.decision.whyLegal')
      : t('guide.decision.why');
  return container(
    [
      choiceInput({
        id: GUIDE_INPUTS.decision,
        label: isCall ? t('guide.decision.call.label') : t('guide.decision.label'),
        choices: view.decisions.map((d) => ({ title: title(d), value: d })),
        value: view.decision ?? 'hold',
        style: 'expanded',
      }),
      text(why, { isSubtle: true, size: 'Small', spacing: 'None' }),
    ],
    { style: 'emphasis', spacing: 'Large' },
  );
}

export function guideChecklistCard(
  frame: GuideFrame,
  view: ChecklistView,
  t: Translator,
): AdaptiveCard {
  const body: CardElement[] = [
    text(t('guide.checklist.title'), { weight: 'Bolder', size: 'Medium' }),
    text(t(`guide.kind.${frame.kind}.purpose`)),
    text(t(`guide.kind.${frame.kind}.when`), { isSubtle: true, spacing: 'None' }),
    text(t('guide.checklist.intro'), { isSubtle: true, size: 'Small' }),
    ...view.items.map((id) => item(id, view.checked.includes(id), t)),
    decisionBlock(frame, view, t),
  ];
  return guideStepCard(frame, body, [answerAction(t('guide.nav.saveAndNext'), frame)], t);
}
