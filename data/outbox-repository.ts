/**
 * The outbox of proactive sends, in domain verbs. Every item has a stable id chosen by its producer
 * (e.g. `${stepId}:${kind}@${date}`), so enqueueing the same thing twice changes nothing.
 * Status: pending → sent | retrying → … → sent | failed (final) | cancelled (nothing left to say).
 * Instants are stored as UTC ISO strings with milliseconds, so they compare as strings.
 * The lowdb implementation is in lowdb-outbox-repository.ts.
 */
import type { OutboxItem } from './schema.js';

export { dueKey, isActive, newOutboxItem, rejecting, utcInstant } from './outbox-items.js';
export { createLowdbOutboxRepository, type LowdbOutboxOptions } from './lowdb-outbox-repository.js';

export type { OutboxItem } from './schema.js';
export type OutboxStatus = OutboxItem['status'];

export interface NewOutboxItem {
  /** Stable id: the same due thing always gets the same id. */
  id: string;
  /** aadObjectId of the person to reach. */
  recipient: string;
  /** A specific conversation (e.g. a channel); null/absent → the recipient's personal chat. */
  conversationId?: string | null;
  /** Selects the renderer at send time. */
  kind: string;
  payload: Record<string, unknown>;
  /** ISO instant (any offset) from which the item may be sent. */
  dueAt: string;
  /** Defaults to dueAt; a producer catching up may pass the day the item first fell due. */
  originalDueAt?: string;
  late?: boolean;
}

export interface OutboxCounts {
  pending: number;
  retrying: number;
  sent: number;
  failed: number;
  cancelled: number;
  total: number;
}

export interface OutboxRepository {
  /** Adds the items whose id is not in the outbox yet; an existing id is left alone. */
  enqueue(items: readonly NewOutboxItem[]): Promise<{ added: number; skipped: number }>;
  /** Up to `limit` items that are pending/retrying and due at `now`, earliest due first. */
  nextDue(now: string, limit: number): Promise<OutboxItem[]>;
  /** The earliest instant at which a pending/retrying item becomes due (null when none). */
  earliestDue(): Promise<string | null>;
  get(id: string): Promise<OutboxItem | null>;
  /** Those of these items that exist, by id (one read). */
  getMany(ids: readonly string[]): Promise<Map<string, OutboxItem>>;
  /** Each mark* changes only a pending/retrying item and returns whether it changed it. */
  /** Durably notes that a send is about to start; every outcome below clears it. */
  markSending(id: string, at: string): Promise<boolean>;
  markSent(
    id: string,
    at: string,
    details?: { activityId?: string | null; late?: boolean },
  ): Promise<boolean>;
  /** `countAttempt: false` for a throttled (429) try, which is not the item's fault. */
  markRetry(
    id: string,
    nextAttemptAt: string,
    error: string,
    options?: { countAttempt?: boolean },
  ): Promise<boolean>;
  markFailed(id: string, error: string): Promise<boolean>;
  markCancelled(id: string, reason: string): Promise<boolean>;
  counts(): Promise<OutboxCounts>;
  /**
   * Removes finished items (sent/failed/cancelled) first due before `before`. Keep `before` older
   * than any day the producer may still enqueue again, or a pruned id could be sent a second time.
   */
  prune(before: string): Promise<number>;
  /** Writes every change still held in memory or a journal into the store (call before closing it). */
  flush(): Promise<void>;
  /**
   * Gives back the items this instance claimed and did not finish (a stop, not a crash), so another
   * instance sends them at once instead of after the claims' lease. Returns how many; a store
   * without claims (lowdb: one process) returns 0.
   */
  releaseClaims(): Promise<number>;
}
