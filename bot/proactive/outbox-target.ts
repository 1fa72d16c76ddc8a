/** Where an outbox item goes (its stored conversation reference) and whether it is due now. */
import type { ConversationReference } from 'botbuilder';
import type { Clock } from '../../domain/clock.js';
import type { Locale } from '../../domain/model.js';
import type { ConversationRepository } from '../../data/repositories.js';
import { dueKey, isActive, type OutboxItem } from '../../data/outbox-repository.js';
import { toConversationReference } from './send.js';

export interface Target {
  conversationId: string;
  reference: Partial<ConversationReference>;
  locale: Locale;
}

/** The item's own conversation if it names one, else the recipient's personal chat; null if none usable. */
export async function resolveTarget(
  conversations: Pick<ConversationRepository, 'personalReference' | 'byConversationId'>,
  item: Pick<OutboxItem, 'conversationId' | 'recipient'>,
): Promise<Target | null> {
  const record = item.conversationId
    ? await conversations.byConversationId(item.conversationId)
    : await conversations.personalReference(item.recipient);
  if (!record) return null;
  const reference = toConversationReference(record.reference);
  return reference
    ? { conversationId: record.conversationId, reference, locale: record.locale }
    : null;
}

/** The clock's instant in `ms` from now, as the outbox stores instants (UTC ISO with milliseconds). */
export function instantFrom(clock: Clock, ms = 0): string {
  return new Date(clock().toMillis() + ms).toISOString();
}

/** Still pending (or retrying) and due at the clock's now. */
export function isDueNow(item: OutboxItem, clock: Clock): boolean {
  return isActive(item) && dueKey(item) <= instantFrom(clock);
}
