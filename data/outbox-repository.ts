/**
 * The outbox of proactive sends, in domain verbs. Every item has a stable id chosen by its producer
 * (e.g. `${stepId}:${kind}@${date}`), so enqueueing the same thing twice changes nothing.
 * Status: pending → sent | retrying → … → sent | failed (final) | cancelled (nothing left to say).
 * Instants are stored as UTC ISO strings with milliseconds, so they compare as strings.
 * The lowdb implementation keeps an id → index map so that a lookup is O(1) at 45,000 items.
 */
import type { Store } from './store.js';
import type { OutboxItem, StoreData } from './schema.js';

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
  /** Each mark* changes only a pending/retrying item and returns whether it changed it. */
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
}

const ACTIVE: ReadonlySet<OutboxStatus> = new Set(['pending', 'retrying']);

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

/** Normalises an ISO instant to UTC with milliseconds; throws on anything else (a bug). */
export function utcInstant(iso: string): string {
  const ms = ISO_INSTANT.test(iso) ? Date.parse(iso) : NaN;
  if (Number.isNaN(ms)) throw new Error(`invalid instant: ${iso}`);
  return new Date(ms).toISOString();
}

/** Runs fn, turning a synchronous throw (an invalid argument) into a rejected promise. */
function rejecting<T>(fn: () => Promise<T>): Promise<T> {
  try {
    return fn();
  } catch (err) {
    return Promise.reject(err instanceof Error ? err : new Error(String(err)));
  }
}

/** When the item may be tried next. */
export function dueKey(item: Pick<OutboxItem, 'dueAt' | 'nextAttemptAt'>): string {
  return item.nextAttemptAt ?? item.dueAt;
}

export function isActive(item: Pick<OutboxItem, 'status'>): boolean {
  return ACTIVE.has(item.status);
}

function newItem(i: NewOutboxItem): OutboxItem {
  const dueAt = utcInstant(i.dueAt);
  return {
    id: i.id,
    recipient: i.recipient,
    conversationId: i.conversationId ?? null,
    kind: i.kind,
    payload: structuredClone(i.payload),
    dueAt,
    originalDueAt: i.originalDueAt ? utcInstant(i.originalDueAt) : dueAt,
    status: 'pending',
    attempts: 0,
    nextAttemptAt: null,
    late: i.late ?? false,
    sentAt: null,
    lastError: null,
    activityId: null,
  };
}

/** id → index in the outbox array, rebuilt when the array was replaced or reordered. */
class OutboxIndex {
  private array: OutboxItem[] | null = null;
  private byId = new Map<string, number>();

  find(outbox: OutboxItem[], id: string): OutboxItem | undefined {
    if (outbox !== this.array) this.rebuild(outbox);
    let i = this.byId.get(id);
    if (i !== undefined && outbox[i]?.id !== id) {
      this.rebuild(outbox);
      i = this.byId.get(id);
    }
    if (i === undefined && this.byId.size !== outbox.length) {
      this.rebuild(outbox);
      i = this.byId.get(id);
    }
    return i === undefined ? undefined : outbox[i];
  }

  added(outbox: OutboxItem[], item: OutboxItem): void {
    if (outbox === this.array) this.byId.set(item.id, outbox.length - 1);
  }

  private rebuild(outbox: OutboxItem[]): void {
    this.array = outbox;
    this.byId = new Map(outbox.map((item, i) => [item.id, i]));
  }
}

/** Keeps the `limit` smallest due keys in order (cheap when the input is already nearly sorted). */
function pickEarliest(outbox: readonly OutboxItem[], now: string, limit: number): OutboxItem[] {
  const picked: OutboxItem[] = [];
  for (const item of outbox) {
    if (!isActive(item)) continue;
    const key = dueKey(item);
    if (key > now) continue;
    const last = picked[picked.length - 1];
    if (picked.length >= limit && last && key >= dueKey(last)) continue;
    let lo = 0;
    let hi = picked.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (dueKey(picked[mid]!) <= key) lo = mid + 1;
      else hi = mid;
    }
    picked.splice(lo, 0, item);
    if (picked.length > limit) picked.pop();
  }
  return picked;
}

function countAll(outbox: readonly OutboxItem[]): OutboxCounts {
  const c: OutboxCounts = {
    pending: 0,
    retrying: 0,
    sent: 0,
    failed: 0,
    cancelled: 0,
    total: outbox.length,
  };
  for (const item of outbox) c[item.status]++;
  return c;
}

export function createLowdbOutboxRepository(store: Store): OutboxRepository {
  const index = new OutboxIndex();
  const find = (d: Readonly<StoreData>, id: string) => index.find(d.outbox, id);
  const change = (id: string, fn: (item: OutboxItem) => void): Promise<boolean> =>
    store.update((d) => {
      const item = find(d, id);
      if (!item || !isActive(item)) return false;
      fn(item);
      return true;
    });
  const changeAt = (
    id: string,
    at: string,
    fn: (item: OutboxItem, at: string) => void,
  ): Promise<boolean> =>
    rejecting(() => {
      const instant = utcInstant(at);
      return change(id, (item) => fn(item, instant));
    });

  return {
    enqueue: (items) =>
      rejecting(() => {
        const fresh = items.map(newItem);
        return store.update((d) => {
          let added = 0;
          for (const item of fresh) {
            if (find(d, item.id)) continue;
            d.outbox.push(item);
            index.added(d.outbox, item);
            added++;
          }
          return { added, skipped: fresh.length - added };
        });
      }),
    nextDue: (now, limit) =>
      rejecting(() =>
        Promise.resolve(
          pickEarliest(store.read().outbox, utcInstant(now), limit).map((i) => structuredClone(i)),
        ),
      ),
    earliestDue: () => {
      let min: string | null = null;
      for (const item of store.read().outbox) {
        if (isActive(item) && (min === null || dueKey(item) < min)) min = dueKey(item);
      }
      return Promise.resolve(min);
    },
    get: (id) => {
      const item = find(store.read(), id);
      return Promise.resolve(item ? structuredClone(item) : null);
    },
    markSent: (id, at, details = {}) =>
      changeAt(id, at, (item, sentAt) => {
        item.status = 'sent';
        item.sentAt = sentAt;
        item.attempts++;
        item.nextAttemptAt = null;
        item.lastError = null;
        if (details.activityId !== undefined) item.activityId = details.activityId;
        if (details.late) item.late = true;
      }),
    markRetry: (id, nextAttemptAt, error, options = {}) =>
      changeAt(id, nextAttemptAt, (item, next) => {
        item.status = 'retrying';
        item.nextAttemptAt = next;
        item.lastError = error;
        if (options.countAttempt !== false) item.attempts++;
      }),
    markFailed: (id, error) =>
      change(id, (item) => {
        item.status = 'failed';
        item.attempts++;
        item.nextAttemptAt = null;
        item.lastError = error;
      }),
    markCancelled: (id, reason) =>
      change(id, (item) => {
        item.status = 'cancelled';
        item.nextAttemptAt = null;
        item.lastError = reason;
      }),
    counts: () => Promise.resolve(countAll(store.read().outbox)),
    prune: (before) =>
      rejecting(() => {
        const cutoff = utcInstant(before);
        return store.update((d) => {
          const keep = d.outbox.filter((i) => isActive(i) || i.originalDueAt >= cutoff);
          const removed = d.outbox.length - keep.length;
          if (removed > 0) d.outbox = keep;
          return removed;
        });
      }),
  };
}
