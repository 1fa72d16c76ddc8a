import { TurnContext } from 'botbuilder';
import type { Locale } from '../../domain/model.js';
import type { Audience } from '../../domain/access.js';
import type { AppDeps } from '../deps.js';

export type Scope = 'personal' | 'channel' | 'groupChat';

/** The audience of a chat turn: who reads the answer along with the actor. */
export function audienceOf(context: TurnContext): Audience {
  const scope = scopeOf(context);
  return scope === 'personal' ? 'personal' : scope;
}

export function scopeOf(context: TurnContext): Scope {
  const type = context.activity.conversation?.conversationType;
  if (type === 'channel') return 'channel';
  if (type === 'groupChat') return 'groupChat';
  return 'personal';
}

/**
 * Stores the conversation reference (with the locale) for proactive sends. Written only when
 * something changed, so an ordinary message costs no store write.
 */
export async function rememberConversation(
  context: TurnContext,
  deps: AppDeps,
  aadObjectId: string | null,
  locale: Locale,
): Promise<void> {
  const reference = TurnContext.getConversationReference(context.activity);
  const conversationId = reference.conversation?.id;
  if (!conversationId) return;
  const existing = await deps.repos.conversations.byConversationId(conversationId);
  const plain = JSON.parse(JSON.stringify(reference)) as Record<string, unknown>;
  if (
    existing &&
    existing.locale === locale &&
    existing.aadObjectId === aadObjectId &&
    existing.reference.serviceUrl === plain.serviceUrl
  ) {
    return;
  }
  const tenant =
    (context.activity.conversation as { tenantId?: string } | undefined)?.tenantId ?? null;
  await deps.repos.conversations.saveReference({
    conversationId,
    scope: scopeOf(context),
    aadObjectId,
    tenantId: tenant,
    locale,
    reference: plain,
    updatedAt: deps.clock().toUTC().toISO() ?? '',
  });
}
