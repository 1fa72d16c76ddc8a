/**
 * How the HR cards are drawn for app/follow-up/hr-help.ts: the case card HR gets (and gets back,
 * answered), and HR's answer as the leader gets it — each in the recipient's own language.
 */
import type { HrCards } from '../app/follow-up/hr-help.js';
import { card, text } from '../cards/elements.js';
import { hrHelpCard } from '../cards/hr-help-card.js';

export const HR_CARDS: HrCards = {
  hrCase: (view) => (t) => hrHelpCard(view, t),
  answerToLeader: (view) => (t) => card([text(t('followup.hrReply.toLeader', { ...view }))]),
};
