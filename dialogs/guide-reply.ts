/**
 * How the guide answers in chat: a card, a localized sentence, a refusal with its reason, or a
 * document as plain text (ready to copy into a mail or print). Never the text of a refused
 * answer: a refusal names the field and a hint only.
 */
import { CardFactory, MessageFactory, type TurnContext } from 'botbuilder';
import type { GuideWorld } from '../app/guide/guide-world.js';
import type { GuideError } from '../domain/guide/guide-errors.js';
import { guideCardModel } from '../domain/guide/guide-view.js';
import type { GuideSession } from '../domain/guide/guide-session.js';
import { guideCard } from '../cards/guide-card.js';
import { guideErrorText } from '../cards/guide-error-text.js';
import type { Translator } from '../i18n/index.js';

export async function sendCard(context: TurnContext, card: object): Promise<void> {
  await context.sendActivity(MessageFactory.attachment(CardFactory.adaptiveCard(card)));
}

export async function say(context: TurnContext, text: string): Promise<void> {
  await context.sendActivity(MessageFactory.text(text));
}

/** A document as one plain-text message (no markdown, so lines and dashes stay as written). */
export async function sendPlainText(context: TurnContext, text: string): Promise<void> {
  const activity = MessageFactory.text(text);
  activity.textFormat = 'plain';
  await context.sendActivity(activity);
}

export async function refuse(
  context: TurnContext,
  t: Translator,
  failure: { reason: GuideError; detail?: Record<string, string | number> },
): Promise<void> {
  await say(context, guideErrorText(failure, t));
}

/** The card for the session's current step. */
export function stepCardOf(session: GuideSession, world: GuideWorld, t: Translator): object {
  const model = guideCardModel(session, world.view);
  return guideCard(model, t, world.stepTips[model.step] ?? null);
}
