/**
 * Which digest cards a day's due items make: one per recipient (the leader of the unit, or the HR
 * consultants serving it), split into runs of at most one card's worth of items.
 */
import { hrConsultantsFor } from '../domain/access.js';
import type { DueItem, FollowUpStep } from '../domain/follow-up/step-types.js';
import type { Person } from '../domain/model.js';
import type { OrgSnapshot } from '../data/repositories.js';
import { MAX_DIGEST_ITEMS } from '../cards/due-digest-card.js';
import { leaderOf } from './handlers/follow-up/follow-up-context.js';

export interface DigestGroup {
  recipient: Person;
  audience: DueItem['audience'];
  items: DueItem[];
}

/** Whether an item was already delivered (its step's bookkeeping names this day). */
export function delivered(step: FollowUpStep, item: DueItem): boolean {
  if (item.kind === 'new') return step.notifiedOn === item.date;
  if (item.kind === 'escalation') return step.escalatedToHrOn === item.date;
  return step.remindedOn === item.date;
}

function recipientsOf(item: DueItem, org: OrgSnapshot): Person[] {
  if (item.audience === 'hr') return hrConsultantsFor(org.persons, org.units, item.unitId);
  const leader = leaderOf(org, item.unitId);
  return leader ? [leader] : [];
}

/** The items in runs of at most `size` (one digest card each). */
function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/**
 * The digests of a day by recipient key (`<aadObjectId>` or `<aadObjectId>:hr`): each key's cards
 * in order, none with more items than one card holds.
 */
export function digestGroups(
  items: readonly DueItem[],
  org: OrgSnapshot,
): Map<string, DigestGroup[]> {
  const groups = new Map<string, DigestGroup>();
  for (const item of items) {
    for (const recipient of recipientsOf(item, org)) {
      const key = `${recipient.aadObjectId}${item.audience === 'hr' ? ':hr' : ''}`;
      const group = groups.get(key) ?? { recipient, audience: item.audience, items: [] };
      group.items.push(item);
      groups.set(key, group);
    }
  }
  return new Map(
    [...groups].map(([key, g]) => [
      key,
      chunks(g.items, MAX_DIGEST_ITEMS).map((items) => ({ ...g, items })),
    ]),
  );
}
