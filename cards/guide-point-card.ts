/**
 * During the conversation: one point at a time — what to cover, why, an example of what to
 * say, and (where one fits) a question to avoid with the allowed question instead.
 */
import type { NeverAskId, PointId } from '../domain/guide/guide-kinds.js';
import type { Translator } from '../i18n/index.js';
import { container, text, type AdaptiveCard, type CardElement } from './elements.js';
import { guideStepCard, nextAction, type GuideFrame } from './guide-step-card.js';

export interface PointView {
  point: PointId;
  neverAsk: NeverAskId | null;
}

function neverAskBlock(id: NeverAskId, t: Translator): CardElement {
  return container(
    [
      text(t('guide.never.title'), { weight: 'Bolder', size: 'Small' }),
      text(t(`guide.never.${id}.dont`), { spacing: 'None' }),
      text(t(`guide.never.${id}.instead`), { spacing: 'Small' }),
    ],
    { style: 'warning', spacing: 'Medium' },
  );
}

export function guidePointCard(frame: GuideFrame, view: PointView, t: Translator): AdaptiveCard {
  const p = view.point;
  const body: CardElement[] = [
    text(t(`guide.point.${p}.title`), { weight: 'Bolder', size: 'Medium' }),
    text(t(`guide.point.${p}.what`)),
    container(
      [
        text(t('guide.point.whyLabel'), { weight: 'Bolder', size: 'Small' }),
        text(t(`guide.point.${p}.why`), { spacing: 'None' }),
      ],
      { style: 'emphasis', spacing: 'Medium' },
    ),
    container(
      [
        text(t('guide.point.sayLabel'), { weight: 'Bolder', size: 'Small' }),
        text(t(`guide.point.${p}.say`), { spacing: 'None', color: 'Accent' }),
      ],
      { spacing: 'Medium' },
    ),
  ];
  if (view.neverAsk) body.push(neverAskBlock(view.neverAsk, t));
  return guideStepCard(frame, body, [nextAction(frame, t)], t);
}
