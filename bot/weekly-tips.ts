/**
 * The weekly tip in the scheduler's tick: chosen before the day's messages are planned and, once
 * they are, left in the day's message of a reader who got one or queued on a card of its own
 * (outbox kind 'tip', id `tip:<person>:<date>`, so it goes exactly once). The card is rendered
 * when sent, in the reader's language, with a button that turns the weekly tip off.
 */
import { CardFactory, MessageFactory } from 'botbuilder';
import { digestId } from '../domain/follow-up/due.js';
import type { IsoDate } from '../domain/model.js';
import { translator } from '../i18n/index.js';
import { tipById } from '../app/tips.js';
import { prepareWeeklyTips, settleWeeklyTips, type PendingWeeklyTip } from '../app/weekly-tips.js';
import { tipCard } from '../cards/tip-card.js';
import type { OutboxRepository } from '../data/outbox-repository.js';
import type { AppDeps } from './deps.js';
import type { Renderer } from './proactive/outbox-sender.js';

/** Before planning the day's messages (from the due hour): today's tips, chosen and recorded. */
export function weeklyTipsBefore(deps: AppDeps, today: IsoDate): Promise<PendingWeeklyTip[]> {
  return prepareWeeklyTips(deps.repos, deps.clock(), today);
}

/** After planning: each tip in its reader's day's message, or queued on its own card. */
export async function weeklyTipsAfter(
  deps: AppDeps,
  outbox: OutboxRepository,
  pending: readonly PendingWeeklyTip[],
  dueAt: string,
): Promise<void> {
  if (pending.length === 0) return;
  const { followUps } = deps.repos;
  const hasDayMessage = async (person: string, date: IsoDate) =>
    (await followUps.digest(digestId(person, date))) !== null ||
    (await followUps.digest(digestId(`${person}:hr`, date))) !== null;
  const own = await settleWeeklyTips(deps.repos, pending, hasDayMessage);
  await outbox.enqueue(
    own.map((p) => ({
      id: `tip:${p.person}:${p.date}`,
      recipient: p.person,
      kind: 'tip',
      payload: { tipId: p.tipId },
      dueAt,
    })),
  );
}

/** Renders a weekly tip card when it is sent. */
export function weeklyTipRenderer(): Renderer {
  return (item, ctx) => {
    const tip = tipById(typeof item.payload.tipId === 'string' ? item.payload.tipId : '');
    if (!tip) return Promise.resolve({ cancel: 'tip gone' });
    const view = { tipId: tip.id, element: tip.element, asked: null, step: null };
    const card = tipCard(
      { ...view, repeat: false, place: 'weekly', answered: null },
      translator(ctx.locale),
    );
    return Promise.resolve({ activity: MessageFactory.attachment(CardFactory.adaptiveCard(card)) });
  };
}
