/**
 * Offering a guide in chat: the start card for one of the leader's employees (which conversation
 * fits, suggested kind first), or the offer to go on with a guide left part-way. Whether the
 * person is the leader's own, and what fits, the use case decides.
 */
import type { TurnContext } from 'botbuilder';
import { progressOf } from '../domain/guide/guide-session.js';
import { guideResumeCard, guideStartCard } from '../cards/guide-start-card.js';
import type { StoredGuide } from '../data/guide-repository.js';
import type { Translator } from '../i18n/index.js';
import type { GuideTurnDeps } from './guide-deps.js';
import { say, sendCard } from './guide-reply.js';

export function resumeCardOf(stored: StoredGuide, employeeName: string, t: Translator): object {
  const { session } = stored;
  const view = {
    sessionId: session.id,
    kind: session.kind,
    contactDay: session.contactDay,
    employeeName,
    progress: progressOf(session),
  };
  return guideResumeCard(view, t);
}

/** The start card for one of the leader's employees, or the offer to go on with an open guide. */
export async function offerGuide(
  deps: GuideTurnDeps,
  context: TurnContext,
  personKey: string,
): Promise<void> {
  const { t } = deps;
  const offer = await deps.guide.offer(personKey);
  if (offer.kind === 'notYourEmployee') return say(context, t('guide.error.notYourEmployee'));
  if (offer.kind === 'resume')
    return sendCard(context, resumeCardOf(offer.stored, offer.employeeName, t));
  const view = { employeeName: offer.employeeName, personKey, ...offer.suggestion };
  await sendCard(context, guideStartCard(view, t));
}
