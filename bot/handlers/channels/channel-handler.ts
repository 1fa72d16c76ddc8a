/**
 * Channel subscriptions in chat: "abonnér på fravær for … hver måned" / "subscribe to absence for
 * … monthly", "abonnementer" / "subscriptions", and the list's stop button. Parse → one use case
 * (app/subscriptions.ts) → render. A subscribe text is taken here even when the classifier reads
 * it as a statistics question (this handler comes before the statistics handler).
 */
import type { TurnContext } from 'botbuilder';
import {
  isBareSubscribe,
  isSubscribeText,
  readSubscribeRequest,
} from '../../../domain/subscriptions/phrases.js';
import {
  changeSubscription,
  channelSubscriptions,
  stopSubscription,
  subscribeBySettings,
  subscriptionSettings,
  subscribeByText,
  subscribeFailureKey,
  type ChannelInfo,
  type SubscriptionAnswer,
} from '../../../app/subscriptions.js';
import { CHANNEL_VERBS, parseChannelAction } from '../../../cards/channel-actions.js';
import { channelSettingsCard } from '../../../cards/channel-settings-card.js';
import { subscribedCard, subscriptionsCard } from '../../../cards/channel-subscriptions-card.js';
import type { Translator } from '../../../i18n/index.js';
import { sendCard } from '../../cards.js';
import type { ExecuteAnswer, ExecuteHandler, TextHandler } from '../../turn.js';

const LIST =
  /^\s*(?:vis|show|list)?\s*(?:kanalens|the channel'?s|this channel'?s)?\s*(?:abonnementer|subscriptions)\s*[?!.]*\s*$/iu;

/** The channel the turn happens in (null outside a channel). */
export function channelOf(context: TurnContext): ChannelInfo | null {
  const { activity } = context;
  if (activity.conversation?.conversationType !== 'channel') return null;
  const data = (activity.channelData ?? {}) as {
    team?: { id?: string };
    channel?: { id?: string };
  };
  return {
    conversationId: activity.conversation.id,
    teamId: data.team?.id ?? null,
    channelId: data.channel?.id ?? null,
  };
}

function rendered(answer: SubscriptionAnswer, t: Translator): ExecuteAnswer {
  if (answer.kind === 'message') return { kind: 'message', text: t(answer.key, answer.params) };
  if (answer.kind === 'settings') return { kind: 'card', card: channelSettingsCard(answer, t) };
  if (answer.kind === 'subscribed')
    return { kind: 'card', card: subscribedCard(answer.subscription, t) };
  return { kind: 'card', card: subscriptionsCard(answer.subscriptions, t) };
}

export const channelTextHandler: TextHandler = {
  name: 'channels',
  intents: ['subscribe', 'stats'],
  matches: (text, turn) =>
    !turn.roles.includes('none') && (isSubscribeText(text) || LIST.test(text)),
  accepts: (text, turn) =>
    !turn.roles.includes('none') && (isSubscribeText(text) || LIST.test(text)),
  async handle(turn, text) {
    const channel = channelOf(turn.context);
    let answer: SubscriptionAnswer;
    if (LIST.test(text)) answer = await channelSubscriptions(turn.ctx, channel);
    else if (isBareSubscribe(text)) answer = await subscriptionSettings(turn.ctx, channel, null);
    else {
      const request = readSubscribeRequest(text);
      answer = request.ok
        ? await subscribeByText(turn.ctx, channel, request.value, turn.locale)
        : { kind: 'message', key: subscribeFailureKey(request.reason) };
    }
    const shown = rendered(answer, turn.t);
    if (shown.kind === 'message') return void (await turn.context.sendActivity(shown.text));
    await sendCard(turn.context, shown.card);
  },
};

export const channelExecuteHandler: ExecuteHandler = {
  prefix: 'channels.',
  async handle(turn, _verb, data) {
    const action = parseChannelAction(data);
    if (!action) return { kind: 'message', text: turn.t('core.invalidAction') };
    const channel = channelOf(turn.context);
    if (action.verb === CHANNEL_VERBS.stop)
      return rendered(await stopSubscription(turn.ctx, channel, action.id), turn.t);
    if (action.verb === CHANNEL_VERBS.edit)
      return rendered(await subscriptionSettings(turn.ctx, channel, action.id), turn.t);
    const { id, unitId, cadence, day, hour, locale, medPack } = action;
    const settings = { unitId, cadence, day, hour, locale, medPack };
    const answer = id
      ? await changeSubscription(turn.ctx, channel, id, settings)
      : await subscribeBySettings(turn.ctx, channel, settings);
    return rendered(answer, turn.t);
  },
};
