/**
 * A digest card as it is now: the items a stored digest showed (followUpDigests), each with its
 * step's current state. An action on one item answers with this card, so the whole card updates
 * in place. Without a stored digest (or one that is not the clicker's), the card shows the one
 * step acted on. The lead's scheduler renders the first delivery with the same function.
 */
import { dueItemOf } from '../../../domain/follow-up/due.js';
import type { FollowUpStep } from '../../../domain/follow-up/step-types.js';
import type { IsoDate } from '../../../domain/model.js';
import {
  dueDigestCard,
  type DigestItemView,
  type DigestView,
} from '../../../cards/due-digest-card.js';
import type { AdaptiveCard } from '../../../cards/elements.js';
import type { DigestRecord } from '../../../data/follow-up-schema.js';
import type { Translator } from '../../../i18n/index.js';
import type { AppDeps } from '../../deps.js';
import { employeeDirectory, leaderOf } from './follow-up-context.js';

export interface DigestCardInput {
  record: DigestRecord;
  recipientName: string;
  /** Steps already at hand (e.g. the one just changed); others are read from the repository. */
  known?: readonly FollowUpStep[];
  notice?: DigestView['notice'];
  today: IsoDate;
}

/** Renders a stored digest with the current state of its steps (items whose step is gone are left out). */
export async function renderDigest(
  deps: Pick<AppDeps, 'repos'>,
  input: DigestCardInput,
  t: Translator,
): Promise<AdaptiveCard> {
  const { record } = input;
  const snapshot = await deps.repos.org.snapshot();
  const names = await employeeDirectory(deps, input.today);
  const known = new Map((input.known ?? []).map((s) => [s.id, s]));
  const items: DigestItemView[] = [];
  for (const i of record.items) {
    const step = known.get(i.stepId) ?? (await deps.repos.followUps.step(i.stepId));
    if (!step) continue;
    items.push({
      item: dueItemOf(step, i.kind, record.date),
      step,
      employeeName: names.get(step.personKey)?.displayName ?? '–',
      leaderName: leaderOf(snapshot, step.unitId)?.displayName ?? '–',
      lateFrom: i.lateFrom,
    });
  }
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
