/**
 * A digest card as it is now: the items a stored digest showed (followUpDigests), each with its
 * step's current state. An action on one item answers with this card, so the whole card updates
 * in place. Without a stored digest (or one that is not the clicker's), the card shows the one
 * step acted on. The lead's scheduler renders the first delivery with the same function.
 */
import type { FollowUpStep } from '../domain/follow-up/step-types.js';
import type { IsoDate } from '../domain/model.js';
import { dueDigestCard, type DigestView } from '../cards/due-digest-card.js';
import type { AdaptiveCard } from '../cards/elements.js';
import type { DigestRecord } from '../data/follow-up-schema.js';
import type { Translator } from '../i18n/index.js';
import type { AppDeps } from './deps.js';
import { digestItemsFor } from '../app/proactive.js';

export interface DigestCardInput {
  record: DigestRecord;
  recipientName: string;
  /** Steps already at hand (e.g. the one just changed); others are read from the repository. */
  known?: readonly FollowUpStep[];
  notice?: DigestView['notice'];
  today: IsoDate;
  /** Why it is rendered, for the audit log ('send' from the outbox; default 'refresh'). */
  reason?: string;
}

/**
 * Renders a stored digest with the current state of its steps, for its recipient as they are now
 * (app/proactive.ts leaves out what they may no longer see and audits what is shown).
 */
export async function renderDigest(
  deps: Pick<AppDeps, 'repos'>,
  input: DigestCardInput,
  t: Translator,
): Promise<AdaptiveCard> {
  const { record } = input;
  const items = await digestItemsFor(deps.repos, { ...input, reason: input.reason ?? 'refresh' });
  const view: DigestView = {
    id: record.id,
    recipientName: input.recipientName,
    audience: record.audience,
    date: record.date,
    items,
    notice: input.notice ?? null,
  };
  return dueDigestCard(view, t);
}

/** The digest an action came from if it is the clicker's and shows the step; else a one-item digest. */
export async function digestFor(
  deps: Pick<AppDeps, 'repos'>,
  digestId: string | undefined,
  recipient: string,
  step: FollowUpStep,
  today: IsoDate,
): Promise<DigestRecord> {
  const stored = digestId ? await deps.repos.followUps.digest(digestId) : null;
  const usable = stored?.recipient === recipient && stored.items.some((i) => i.stepId === step.id);
  if (stored && usable) return stored;
  return {
    id: `single:${step.id}`,
    recipient,
    audience: step.audience,
    date: today,
    items: [{ kind: 'new', stepId: step.id, lateFrom: null }],
  };
}
