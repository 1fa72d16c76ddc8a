/**
 * When the bot is added to a team, the person who added it — if they may see some unit's
 * aggregates — gets a short card in their personal chat on how to subscribe a channel. It goes
 * through the outbox (paced, retried, once: the id names the team's conversation and the person).
 */
import type { TurnContext } from 'botbuilder';
import { visibleUnits } from '../../../domain/access.js';
import { translator } from '../../../i18n/index.js';
import { card, heading, text } from '../../../cards/elements.js';
import type { OutboxRepository } from '../../../data/outbox-repository.js';
import type { AppDeps } from '../../deps.js';
import { resolvePerson } from '../../identity.js';

export async function inviteInstaller(
  deps: AppDeps,
  outbox: OutboxRepository,
  context: TurnContext,
): Promise<void> {
  const conversationId = context.activity.conversation?.id;
  if (context.activity.conversation?.conversationType !== 'channel' || !conversationId) return;
  const person = await resolvePerson(context, deps);
  if (!person) return;
  const { units } = await deps.repos.org.snapshot();
  const visible = visibleUnits(person, units);
  const first = person.leads[0] ?? units.find((u) => u.parentId === null)?.id;
  const unit = units.find((u) => u.id === first && visible.has(u.id));
  if (!unit) return;
  const ref = await deps.repos.conversations.personalReference(person.aadObjectId);
  const t = translator(ref?.locale ?? person.locale ?? deps.config.defaultLocale);
  const invite = card([
    heading(t('channels.invite.title')),
    text(t('channels.invite.body', { unit: unit.name })),
  ]);
  await outbox.enqueue([
    {
      id: `channel-invite:${conversationId}:${person.aadObjectId}`,
      recipient: person.aadObjectId,
      kind: 'card',
      // No `about`: the card names a unit, nobody's absence.
      payload: { card: invite },
      dueAt: new Date(deps.clock().toMillis()).toISOString(),
    },
  ]);
}
