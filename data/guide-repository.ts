/**
 * Conversation-guide sessions in domain verbs. Every save names the version it started from and
 * runs inside the store's write queue: a save from an older version (a double click, a second
 * tab, Teams delivering a submit again) changes nothing and is reported as 'stale'. Completing a
 * guide stores the session and the follow-up steps its agreements make in one write.
 */
import type { FollowUpStep } from '../domain/follow-up/step-types.js';
import type { GuideSession, GuideStatus } from '../domain/guide/guide-session.js';
import type { StoredGuideRecord } from './guide-schema.js';
import type { StoreData } from './schema.js';
import type { Store } from './store.js';

/** A session with the version it was stored at (1 for a new one). */
export interface StoredGuide {
  session: GuideSession;
  version: number;
  /** The chat message showing the guide's card; null before one was sent. */
  cardActivityId: string | null;
}

export type GuideSaveOutcome =
  | { status: 'saved'; guide: StoredGuide }
  /** Another save came first: nothing changed; `guide` is the stored one. */
  | { status: 'stale'; guide: StoredGuide }
  /** `expectedVersion` named a session that is not stored. */
  | { status: 'missing' }
  /** A new session (expectedVersion 0) whose id is taken. */
  | { status: 'exists'; guide: StoredGuide };

export interface GuideListFilter {
  leaderId?: string;
  personKey?: string;
  statuses?: readonly GuideStatus[];
}

/** Statuses of a guide the leader can still go on with. */
export const OPEN_GUIDE_STATUSES: readonly GuideStatus[] = ['active', 'paused'];

export interface GuideRepository {
  get(id: string): Promise<StoredGuide | null>;
  /** The leader's most recently touched open (active or paused) guide about this person. */
  openFor(leaderId: string, personKey: string): Promise<StoredGuide | null>;
  /** Sessions matching the filter, most recently touched first. */
  list(filter?: GuideListFilter): Promise<StoredGuide[]>;
  /** Saves `session`; `expectedVersion` is the version it was loaded at, 0 for a new session. */
  save(session: GuideSession, expectedVersion: number): Promise<GuideSaveOutcome>;
  /**
   * Saves a completed session and adds the follow-up steps its agreements make, in one write.
   * A step whose id is already stored is left as it is (completing twice adds nothing).
   */
  saveCompleted(
    session: GuideSession,
    expectedVersion: number,
    steps: readonly FollowUpStep[],
  ): Promise<GuideSaveOutcome & { added?: number }>;
  /**
   * Remembers the message that now shows the session's card. Not a change of the guide: the
   * version stays, so a submit loaded before it still saves.
   */
  rememberCard(id: string, activityId: string): Promise<void>;
}

function split(record: StoredGuideRecord): StoredGuide {
  const { version, cardActivityId, ...session } = structuredClone(record);
  return { session, version, cardActivityId: cardActivityId ?? null };
}

/** The stored record for a session, keeping the card it is shown on. */
function recordOf(
  session: GuideSession,
  version: number,
  card: string | null | undefined,
): StoredGuideRecord {
  const record: StoredGuideRecord = { ...structuredClone(session), version };
  if (card) record.cardActivityId = card;
  return record;
}

const newestFirst = (a: StoredGuide, b: StoredGuide): number =>
  b.session.updatedAt.localeCompare(a.session.updatedAt) ||
  b.session.createdAt.localeCompare(a.session.createdAt);

function matches(record: StoredGuideRecord, f: GuideListFilter): boolean {
  if (f.leaderId !== undefined && record.leaderId !== f.leaderId) return false;
  if (f.personKey !== undefined && record.personKey !== f.personKey) return false;
  return f.statuses === undefined || f.statuses.includes(record.status);
}

function write(d: StoreData, session: GuideSession, expectedVersion: number): GuideSaveOutcome {
  const i = d.guides.findIndex((g) => g.id === session.id);
  const current = d.guides[i];
  if (expectedVersion === 0) {
    if (current) return { status: 'exists', guide: split(current) };
    const record = recordOf(session, 1, null);
    d.guides.push(record);
    return { status: 'saved', guide: split(record) };
  }
  if (!current) return { status: 'missing' };
  if (current.version !== expectedVersion) return { status: 'stale', guide: split(current) };
  const record = recordOf(session, expectedVersion + 1, current.cardActivityId);
  d.guides[i] = record;
  return { status: 'saved', guide: split(record) };
}

function addSteps(d: StoreData, steps: readonly FollowUpStep[]): number {
  const known = new Set(d.followUps.map((s) => s.id));
  const fresh = steps.filter((s) => !known.has(s.id));
  d.followUps.push(...structuredClone(fresh));
  return fresh.length;
}

export function lowdbGuideRepository(store: Store): GuideRepository {
  const list = (filter: GuideListFilter = {}): StoredGuide[] =>
    store
      .read()
      .guides.filter((g) => matches(g, filter))
      .map(split)
      .sort(newestFirst);
  return {
    get: (id) => {
      const found = store.read().guides.find((g) => g.id === id);
      return Promise.resolve(found ? split(found) : null);
    },
    openFor: (leaderId, personKey) =>
      Promise.resolve(list({ leaderId, personKey, statuses: OPEN_GUIDE_STATUSES })[0] ?? null),
    list: (filter) => Promise.resolve(list(filter)),
    save: (session, expectedVersion) => store.update((d) => write(d, session, expectedVersion)),
    saveCompleted: (session, expectedVersion, steps) =>
      store.update((d) => {
        const outcome = write(d, session, expectedVersion);
        return outcome.status === 'saved' ? { ...outcome, added: addSteps(d, steps) } : outcome;
      }),
    rememberCard: (id, activityId) =>
      store.update((d) => {
        const record = d.guides.find((g) => g.id === id);
        if (record) record.cardActivityId = activityId;
      }),
  };
}
