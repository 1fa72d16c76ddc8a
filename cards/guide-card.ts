/**
 * The card for a guide session's current step: the one call a dialog makes after a transition.
 * The model comes from `guideCardModel` in domain/guide/guide-view.ts.
 */
import type { GuideCardModel } from '../domain/guide/guide-view.js';
import type { Translator } from '../i18n/index.js';
import { container, text, type AdaptiveCard } from './elements.js';
import { guideAgreementsCard } from './guide-agreements-card.js';
import { guideChecklistCard } from './guide-checklist-card.js';
import { guideInvitationDraftCard, guideInvitationFormCard } from './guide-invitation-card.js';
import { guidePointCard } from './guide-point-card.js';
import type { GuideFrame } from './guide-step-card.js';
import { guideMinutesCard, guideSummaryCard } from './guide-summary-card.js';
import { tipTextKey } from './tip-card.js';

function frameOf(model: GuideCardModel): GuideFrame {
  const { sessionId, kind, contactDay, employeeName, progress, step } = model;
  return { sessionId, kind, contactDay, employeeName, progress, step };
}

/** The step's card with its tip (a tip id chosen in app/, or null for none) at the end. */
export function guideCard(
  model: GuideCardModel,
  t: Translator,
  tipId: string | null = null,
): AdaptiveCard {
  const body = stepCard(model, t);
  if (tipId === null) return body;
  const tip = container(
    [text(t('tips.guide.heading'), { weight: 'Bolder' }), text(t(tipTextKey(tipId)))],
    { separator: true, spacing: 'Large' },
  );
  return { ...body, body: [...body.body, tip] };
}

function stepCard(model: GuideCardModel, t: Translator): AdaptiveCard {
  const frame = frameOf(model);
  const view = model.view;
  switch (view.step) {
    case 'checklist':
      return guideChecklistCard(frame, view, t);
    case 'invitation':
      return guideInvitationFormCard(frame, view, t);
    case 'invitationDraft':
      return guideInvitationDraftCard(frame, view.draft, t);
    case 'point':
      return guidePointCard(frame, view, t);
    case 'agreements':
      return guideAgreementsCard(frame, view, t);
    case 'summary':
      return guideSummaryCard(frame, view, t);
    case 'minutes':
      return guideMinutesCard(frame, view.draft, t);
  }
}
