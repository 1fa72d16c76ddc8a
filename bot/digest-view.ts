/**
 * The day's follow-up message as it is now: the items and flags its stored digest holds
 * (followUpDigests), each with its current state. The outbox renders the message and its
 * updates in place with it, and an action on one item answers with it, so the whole card
 * updates in place (on the page the action came from). Without a stored digest (or one that is
 * not the clicker's), the card shows the one step acted on.
 */
import type { FollowUpStep } from '../domain/follow-up/step-types.js';
import type { IsoDate } from '../domain/model.js';
import { dueDigestCard, parsePageDigestId, type DigestView } from '../cards/due-digest-card.js';
import type { AdaptiveCard } from '../cards/elements.js';
import type { DigestRecord } from '../data/follow-up-schema.js';
import type { Translator } from '../i18n/index.js';
import type { AppDeps } from './deps.js';
import { digestFlagsFor, digestItemsFor } from '../app/proactive.js';
import { digestWorkflowsFor } from '../app/workflows/workflow-digest.js';
import { weeklyTipInDayMessage } from '../app/weekly-tips.js';
import { withTipSection } from '../cards/tip-card.js';

export interface DigestCardInput {
  record: DigestRecord;
  recipientName: string;
  /** Steps already at hand (e.g. the one just changed); others are read from the repository. */
  known?: readonly FollowUpStep[];
  notice?: DigestView['notice'];
  today: IsoDate;
  /** Why it is rendered, for the audit log ('send' from the outbox; default 'refresh'). */
  reason?: string;
  /** The page of the message (0: the first). */
  page?: number;
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
  const reason = input.reason ?? 'refresh';
  const items = await digestItemsFor(deps.repos, { ...input, reason });
  const flags = await digestFlagsFor(deps.repos, { record, today: input.today, reason });
  const workflows = await digestWorkflowsFor(deps.repos, { record, today: input.today, reason });
  const view: DigestView = {
    id: record.id,
    recipientName: input.recipientName,
    audience: record.audience,
    date: record.date,
    items,
    flags,
    workflows,
    page: input.page ?? 0,
    notice: input.notice ?? null,
  };
  const tip = await weeklyTipInDayMessage(deps.repos, record.recipient, record.date);
  return withTipSection(dueDigestCard(view, t), tip, t);
}

/** The stored digest a page action names, if it is the clicker's; with the page asked for. */
export async function digestPage(
  deps: Pick<AppDeps, 'repos'>,
  digestId: string,
  recipient: string,
): Promise<{ record: DigestRecord; page: number } | null> {
  const { id, page } = parsePageDigestId(digestId);
  const stored = await deps.repos.followUps.digest(id);
  return stored?.recipient === recipient ? { record: stored, page } : null;
}

/** The digest an action came from if it is the clicker's and shows the step; else a one-item digest. */
export async function digestFor(
  deps: Pick<AppDeps, 'repos'>,
  digestId: string | undefined,
  recipient: string,
  step: FollowUpStep,
  today: IsoDate,
): Promise<DigestRecord> {
  const stored = digestId
    ? await deps.repos.followUps.digest(parsePageDigestId(digestId).id)
    : null;
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
