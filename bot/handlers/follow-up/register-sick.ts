/**
 * After a sickness registration (app/follow-up/register-sickness.ts): the confirmation
 * (optional), the plan card, and one frequency card for the triggers it set off.
 */
import type { SickShown } from '../../../app/follow-up/register-sickness.js';
import { formatDay } from '../../../cards/follow-up-format.js';
import { frequencyTriggerCard } from '../../../cards/frequency-trigger-card.js';
import { sendCard } from '../../cards.js';
import type { Turn } from '../../turn.js';
import { todayOf } from './follow-up-context.js';
import { sendPlan } from './plan-view.js';

/** `withText`: confirm a new registration in words (an already-sick answer always is). */
export async function announceSickness(
  turn: Turn,
  shown: SickShown,
  withText: boolean,
): Promise<void> {
  const { t } = turn;
  const p = shown.period;
  const name = shown.employeeName;
  const params = {
    name,
    date: formatDay(t.locale, p.start, todayOf(turn)),
    percent: String(p.partialPercent ?? ''),
  };
  if (shown.kind === 'already-sick') {
    await turn.context.sendActivity(t('followup.chat.alreadySick', params));
  } else if (withText) {
    const key =
      p.partialPercent === null ? 'followup.chat.registered' : 'followup.chat.registeredPartial';
    await turn.context.sendActivity(t(key, params));
  }
  await sendPlan(turn, shown.plan);
  // One card for the person, however many triggers fired together.
  const [hit, ...also] = shown.hits;
  if (hit)
    await sendCard(
      turn.context,
      frequencyTriggerCard({ employeeName: name, hit, also, handled: null }, t),
    );
}
