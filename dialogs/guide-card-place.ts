/**
 * One card per guide, refreshed in place. The guide's card is sent once; each step after that
 * replaces it with `updateActivity` on the message that shows it — the message the button was
 * pressed on, or the one remembered with the session (so it works after a restart, and for a
 * typed "fortsæt"). Action.Submit and updateActivity rather than Action.Execute: the guide is a
 * dialog of message turns, Teams updates a bot's own message in a personal chat, and the Agents
 * Playground's connector implements the same PUT; an update that fails is sent as a new card.
 */
import { ActivityTypes, CardFactory, MessageFactory, type TurnContext } from 'botbuilder';
import type { GuideTurnDeps } from './guide-deps.js';

/** 'refresh': replace the card the leader is looking at; 'new': send it at the end of the chat. */
export type CardPlacement = 'refresh' | 'new';

/** The guide's session and the message its card is shown on. */
export interface CardHolder {
  sessionId: string;
  cardActivityId: string | null;
}

/**
 * The message a guide button was pressed on (Teams and the Playground send its id as replyToId
 * with an Action.Submit), or null for a typed word or a begin from another feature's card.
 */
export function pressedCardOf(context: TurnContext): string | null {
  const { activity } = context;
  const isMessage = activity.type === String(ActivityTypes.Message);
  if (!isMessage || activity.value === undefined) return null;
  const id = activity.replyToId;
  return typeof id === 'string' && id.length > 0 ? id : null;
}

async function update(context: TurnContext, id: string, card: object): Promise<boolean> {
  const activity = MessageFactory.attachment(CardFactory.adaptiveCard(card));
  try {
    await context.updateActivity({ ...activity, id });
    return true;
  } catch {
    return false;
  }
}

/**
 * Shows the guide's card: in place on the pressed or remembered message, or as a new message;
 * the message that shows it is remembered with the session.
 */
export async function placeGuideCard(
  deps: GuideTurnDeps,
  context: TurnContext,
  holder: CardHolder,
  card: object,
  placement: CardPlacement,
): Promise<void> {
  const target = placement === 'new' ? null : (pressedCardOf(context) ?? holder.cardActivityId);
  let shownOn: string | null = null;
  if (target !== null && (await update(context, target, card))) shownOn = target;
  if (shownOn === null) {
    const sent = await context.sendActivity(
      MessageFactory.attachment(CardFactory.adaptiveCard(card)),
    );
    shownOn = sent?.id ?? null;
  }
  if (shownOn !== null && shownOn !== holder.cardActivityId)
    await deps.guide.rememberCard(holder.sessionId, shownOn);
}
