/**
 * Which digest cards a day's due items make: one per recipient (the leader of the unit, or the HR
 * consultants serving it), split into runs of at most one card's worth of items, and the stable
 * id each card gets.
 */
import { hrConsultantsFor } from '../domain/access.js';
import type { DueItem } from '../domain/follow-up/step-types.js';
import type { OrgSnapshot } from '../data/repositories.js';
import type { FollowUpRepository } from '../data/follow-up-repository.js';
import type { DigestRecord } from '../data/follow-up-schema.js';
import { digestId } from '../domain/follow-up/due.js';
import type { IsoDate, Person } from '../domain/model.js';
import { MAX_DIGEST_ITEMS } from '../cards/due-digest-card.js';
import { leaderOf } from '../app/org.js';

export interface DigestGroup {
  recipient: Person;
  audience: DueItem['audience'];
  items: DueItem[];
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

export interface PlannedDigest {
  /** The digest's number that day for its recipient (1: no suffix). */
  n: number;
  record: DigestRecord;
}

/**
 * The digest of one card's worth of items, numbered from `from` on: a digest with exactly these
 * items may exist from a tick that crashed before it was recorded, so it is reused (same id, so
 * the outbox keeps it exactly-once); an id holding other items (an earlier digest the same day)
 * is passed over.
 */
export async function planDigest(
  followUps: Pick<FollowUpRepository, 'digest'>,
  key: string,
  group: DigestGroup,
  day: IsoDate,
  today: IsoDate,
  from: number,
): Promise<PlannedDigest> {
  const late = day < today;
  const items = group.items.map((i) => ({
    kind: i.kind,
    stepId: i.stepId,
    lateFrom: late ? day : null,
  }));
  const signature = (list: ReadonlyArray<{ kind: string; stepId: string }>) =>
    list
      .map((i) => `${i.stepId}/${i.kind}`)
      .sort()
      .join(',');
  const idOf = (n: number) => (n === 1 ? digestId(key, day) : `${digestId(key, day)}#${n}`);
  let n = from;
  for (;;) {
    const existing = await followUps.digest(idOf(n));
    if (!existing || signature(existing.items) === signature(items)) break;
    n++;
  }
  const record = {
    id: idOf(n),
    recipient: group.recipient.aadObjectId,
    audience: group.audience,
    date: day,
    items,
  };
  return { n, record };
}
