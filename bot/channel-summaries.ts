/**
 * Scheduled absence summaries in channels: each scheduler tick queues the summaries that are due
 * (domain/subscriptions/schedule.ts) into the same outbox as the follow-up cards, rendered when
 * sent (app/channel-summary.ts) in the subscription's language. Exactly once per period: the
 * outbox id names the subscription and the period (enqueueing it again changes nothing), and the
 * period is recorded on the subscription after it is queued, so a crash between the two queues
 * nothing twice. A channel the bot can no longer reach stops its subscription, and the person who
 * made it is told in their personal chat.
 */
import { CardFactory, MessageFactory } from 'botbuilder';
import { channelSummary } from '../app/channel-summary.js';
import { dueSummary } from '../domain/subscriptions/schedule.js';
import { translator } from '../i18n/index.js';
import { channelSummaryCard } from '../cards/channel-summary-card.js';
import { card, heading, text } from '../cards/elements.js';
import type { OutboxItem, OutboxRepository } from '../data/outbox-repository.js';
import type { AppDeps } from './deps.js';
import type { RenderContext, RenderResult } from './proactive/outbox-sender.js';

export const CHANNEL_SUMMARY_KIND = 'channel-summary';

/** Queues every subscription's due summary; returns how many were queued. */
export async function planChannelSummaries(
  deps: AppDeps,
  outbox: OutboxRepository,
): Promise<number> {
  const now = deps.clock();
  const nowIso = new Date(now.toMillis()).toISOString();
  let queued = 0;
  for (const sub of await deps.repos.channelSubscriptions.all()) {
    if (!sub.active) continue;
    const due = dueSummary(sub, now);
    if (!due) continue;
    const added = await outbox.enqueue([
      {
        id: `${CHANNEL_SUMMARY_KIND}:${sub.id}:${due.period.key}`,
        recipient: sub.createdBy,
        conversationId: sub.conversationId,
        kind: CHANNEL_SUMMARY_KIND,
        payload: { subscriptionId: sub.id, periodFirst: due.period.first, late: due.late },
        dueAt: nowIso,
        originalDueAt: due.sendAt,
        late: due.late,
      },
    ]);
    await deps.repos.channelSubscriptions.markSent(sub.id, due.period.key);
    queued += added.added;
  }
  return queued;
}

function payloadOf(item: Readonly<OutboxItem>) {
  const { subscriptionId, periodFirst, late } = item.payload;
  return {
    subscriptionId: typeof subscriptionId === 'string' ? subscriptionId : '',
    periodFirst: typeof periodFirst === 'string' ? periodFirst : '',
    late: late === true,
  };
}

/** The summary as it is at send time, in the subscription's language. */
export async function renderChannelSummary(
  deps: AppDeps,
  item: Readonly<OutboxItem>,
  ctx: RenderContext,
): Promise<RenderResult> {
  const input = payloadOf(item);
  const sub = await deps.repos.channelSubscriptions.get(input.subscriptionId);
  const view = await channelSummary({ repos: deps.repos, now: ctx.now }, input);
  if (!sub || !view) return { cancel: 'subscription stopped or its unit no longer visible' };
  const shown = channelSummaryCard(view, translator(sub.locale));
  return { activity: MessageFactory.attachment(CardFactory.adaptiveCard(shown)) };
}

/** The channel could not be reached (403/404): the subscription stops and its maker hears of it. */
export async function channelLost(
  deps: AppDeps,
  outbox: OutboxRepository,
  item: Readonly<OutboxItem>,
): Promise<void> {
  const stopped = await deps.repos.channelSubscriptions.stop(payloadOf(item).subscriptionId);
  if (!stopped) return;
  const { units } = await deps.repos.org.snapshot();
  const unit = units.find((u) => u.id === stopped.unitId)?.name ?? stopped.unitId;
  const ref = await deps.repos.conversations.personalReference(stopped.createdBy);
  const t = translator(ref?.locale ?? stopped.locale);
  const notice = card([heading(t('channels.lost.title')), text(t('channels.lost.body', { unit }))]);
  await deps.repos.audit.record({
    actor: 'system',
    action: 'channel.unreachable',
    subject: null,
    unitId: stopped.unitId,
    outcome: 'rejected',
    detail: stopped.id,
  });
  await outbox.enqueue([
    {
      id: `channel-lost:${stopped.id}`,
      recipient: stopped.createdBy,
      kind: 'card',
      // No `about`: the notice names a channel and a unit, nobody's absence.
      payload: { card: notice },
      dueAt: new Date(deps.clock().toMillis()).toISOString(),
    },
  ]);
}
