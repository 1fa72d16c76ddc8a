/**
 * Proactive cards at the moment they are rendered for sending: access is decided again for the
 * recipient as they are now (a recipient who lost the role or the unit since the card was queued
 * gets nothing about those people, and what is dropped is audit-logged), and every person a card
 * shows is audit-logged as read by the recipient, like a read in chat.
 */
import { z } from 'zod';
import { mayAccess, type AccessRequest, type DeputyCover } from '../domain/access.js';
import { dueItemOf } from '../domain/follow-up/due.js';
import type { DueItem, FollowUpStep } from '../domain/follow-up/step-types.js';
import type { IsoDate, Person } from '../domain/model.js';
import type { NewAuditEntry, OrgSnapshot, Repositories } from '../data/repositories.js';
import type { DigestRecord, FiredTriggerRecord } from '../data/follow-up-schema.js';
import type { TriggerHit } from '../domain/follow-up/frequency.js';
import { hitOf } from './frequency-check.js';
import { deputyCover } from './deputies.js';
import { employeesByKey, leaderOf } from './org.js';

/** Who a queued card is about, stored with it so access can be decided again at render. */
export const cardAboutSchema = z.object({
  /** The role the recipient gets it in. */
  as: z.enum(['leader', 'hr', 'hr-admin']),
  unitIds: z.array(z.string().max(200)).max(100),
  /** The people whose absence the card shows (person keys), audited when it is rendered. */
  subjects: z
    .array(z.object({ personKey: z.string().max(200), unitId: z.string().max(200) }))
    .max(100),
});
export type CardAbout = z.infer<typeof cardAboutSchema>;

type Repos = Pick<Repositories, 'org' | 'audit' | 'followUps' | 'deputies'>;

async function recordAll(repos: Repos, entries: NewAuditEntry[]): Promise<void> {
  // Recorded together, so the store writes them in one commit.
  await repos.audit.recordMany(entries);
}

/**
 * Whether a queued card may still go to its recipient. True: it is sent and each person on it
 * audited as read; false: it is dropped and the drop audited. A card queued before cards carried
 * `about` has none; such a card is decided on the recipient alone (still registered).
 */
export async function releaseQueuedCard(
  repos: Repos,
  recipientId: string,
  about: unknown,
  outboxId: string,
): Promise<boolean> {
  const snapshot = await repos.org.snapshot();
  const recipient = snapshot.persons.find((p) => p.aadObjectId === recipientId) ?? null;
  const parsed = cardAboutSchema.safeParse(about);
  if (!parsed.success) return recipient !== null;
  const { as, unitIds, subjects } = parsed.data;
  const request: AccessRequest = { kind: 'queued-card', unitIds, as };
  const allowed =
    recipient !== null &&
    mayAccess(recipient, snapshot.persons, snapshot.units, 'scheduled', request).ok;
  const entry = (subject: string | null, unitId: string | null): NewAuditEntry => ({
    actor: recipientId,
    action: allowed ? 'absence.proactive.read' : 'delivery.dropped',
    subject,
    unitId,
    outcome: allowed ? 'allowed' : 'denied',
    detail: `outbox:${outboxId}`,
  });
  const entries =
    subjects.length > 0
      ? subjects.map((s) => entry(s.personKey, s.unitId))
      : unitIds.map((u) => entry(null, u));
  await recordAll(repos, entries);
  return allowed;
}

export interface DigestItemData {
  item: DueItem;
  step: FollowUpStep;
  employeeName: string;
  leaderName: string;
  lateFrom: IsoDate | null;
}

/** What a line of the message asks to read: HR's case, or the leader's (or deputy's) follow-up. */
function lineRequest(record: DigestRecord, unitId: string): AccessRequest {
  return record.audience === 'hr'
    ? { kind: 'hr-case', unitId }
    : { kind: 'follow-up-step', unitId };
}

function mayReadStep(
  recipient: Person | null,
  snapshot: OrgSnapshot,
  record: DigestRecord,
  step: FollowUpStep,
  cover: DeputyCover,
): boolean {
  if (!recipient) return false;
  const request = lineRequest(record, step.unitId);
  return mayAccess(recipient, snapshot.persons, snapshot.units, 'scheduled', request, cover).ok;
}

/**
 * The items of a stored digest with each step's current state, for its recipient as they are
 * now: items about people the recipient may no longer see are left out (and the drop audited),
 * every item shown is audited as read. `reason` tells the audit log why it was rendered.
 */
export async function digestItemsFor(
  repos: Repos,
  input: {
    record: DigestRecord;
    /** Steps already at hand (e.g. the one just changed); others are read from the repository. */
    known?: readonly FollowUpStep[];
    today: IsoDate;
    reason: string;
  },
): Promise<DigestItemData[]> {
  const { record } = input;
  const snapshot = await repos.org.snapshot();
  const recipient = snapshot.persons.find((p) => p.aadObjectId === record.recipient) ?? null;
  const known = new Map((input.known ?? []).map((s) => [s.id, s]));
  const steps = new Map<string, FollowUpStep>();
  for (const i of record.items) {
    const step = known.get(i.stepId);
    if (step) steps.set(i.stepId, step);
  }
  const unread = record.items.map((i) => i.stepId).filter((id) => !steps.has(id));
  for (const [id, step] of await repos.followUps.stepsById(unread)) steps.set(id, step);
  const names = await employeesByKey(
    repos,
    [...steps.values()].map((s) => s.personKey),
    input.today,
  );
  // A deputy in force reads the absent leader's steps (domain/access.ts 'follow-up-step').
  const cover = await deputyCover(repos, input.today);
  const items: DigestItemData[] = [];
  const entries: NewAuditEntry[] = [];
  for (const i of record.items) {
    const step = steps.get(i.stepId);
    if (!step) continue;
    const allowed = mayReadStep(recipient, snapshot, record, step, cover);
    entries.push({
      actor: record.recipient,
      action: allowed ? 'absence.digest.read' : 'delivery.dropped',
      subject: step.personKey,
      unitId: step.unitId,
      outcome: allowed ? 'allowed' : 'denied',
      detail: `${input.reason}:${record.id}`,
    });
    if (!allowed) continue;
    items.push({
      item: dueItemOf(step, i.kind, record.date),
      step,
      employeeName: names.get(step.personKey)?.displayName ?? '–',
      leaderName: leaderOf(snapshot, step.unitId)?.displayName ?? '–',
      lateFrom: i.lateFrom,
    });
  }
  await recordAll(repos, entries);
  return items;
}

export interface DigestFlagData {
  personKey: string;
  employeeName: string;
  /** The triggers that fired together, as they are now. */
  hits: TriggerHit[];
  /** What the leader did about it (any of the person's triggers), null while open. */
  handled: 'guide' | 'hr' | null;
}

/**
 * The frequent-absence flags of a stored digest, for its recipient as they are now: a flag
 * about someone the recipient may no longer see is left out (the drop audited), every flag shown
 * is audited as read.
 */
export async function digestFlagsFor(
  repos: Repos,
  input: {
    record: DigestRecord;
    today: IsoDate;
    reason: string;
    /** Fired triggers already read (by id; null: gone); others are read from the repository. */
    knownFired?: ReadonlyMap<string, FiredTriggerRecord | null>;
  },
): Promise<DigestFlagData[]> {
  const { record } = input;
  const flags = record.flags ?? [];
  if (flags.length === 0) return [];
  const snapshot = await repos.org.snapshot();
  const recipient = snapshot.persons.find((p) => p.aadObjectId === record.recipient) ?? null;
  const names = await employeesByKey(
    repos,
    flags.map((f) => f.personKey),
    input.today,
  );
  const cover = await deputyCover(repos, input.today);
  const out: DigestFlagData[] = [];
  const entries: NewAuditEntry[] = [];
  for (const flag of flags) {
    const request = lineRequest(record, flag.unitId);
    const allowed =
      recipient !== null &&
      mayAccess(recipient, snapshot.persons, snapshot.units, 'scheduled', request, cover).ok;
    entries.push({
      actor: record.recipient,
      action: allowed ? 'absence.digest.read' : 'delivery.dropped',
      subject: flag.personKey,
      unitId: flag.unitId,
      outcome: allowed ? 'allowed' : 'denied',
      detail: `${input.reason}:${record.id}`,
    });
    if (!allowed) continue;
    const known = input.knownFired;
    const fired = await Promise.all(
      flag.firedIds.map((id) =>
        known?.has(id) ? Promise.resolve(known.get(id) ?? null) : repos.followUps.firedTrigger(id),
      ),
    );
    const records = fired.flatMap((f) => (f ? [f] : []));
    if (records.length === 0) continue;
    out.push({
      personKey: flag.personKey,
      employeeName: names.get(flag.personKey)?.displayName ?? '–',
      hits: records.map(hitOf),
      handled: records.find((r) => r.handled !== null)?.handled ?? null,
    });
  }
  await recordAll(repos, entries);
  return out;
}
