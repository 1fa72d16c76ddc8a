/**
 * The outbox over the lowdb store. Lookups go through an id → index map (O(1) at 45,000 items).
 * With the journal (default) every mark is durable as soon as it resolves, in well under a
 * millisecond, and reaches the store file with a later group commit (see outbox-journal.ts);
 * without it every mark waits for its own whole-file store commit.
 */
import type { Store } from './store.js';
import type { OutboxItem, StoreData } from './schema.js';
import {
  OutboxJournal,
  OutboxOverlay,
  PatchFolder,
  type JournalOptions,
  type OutboxPatch,
} from './outbox-journal.js';
import { dueKey, isActive, newOutboxItem, rejecting, utcInstant } from './outbox-items.js';
import type { OutboxCounts, OutboxRepository } from './outbox-repository.js';

/** id → index in the outbox array, rebuilt when the array was replaced or reordered. */
class OutboxIndex {
  private array: OutboxItem[] | null = null;
  private byId = new Map<string, number>();

  find(outbox: OutboxItem[], id: string): OutboxItem | undefined {
    if (outbox !== this.array) this.rebuild(outbox);
    let i = this.byId.get(id);
    if (
      (i !== undefined && outbox[i]?.id !== id) ||
      (i === undefined && this.byId.size !== outbox.length)
    ) {
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

/** Keeps the `limit` earliest due items in order (cheap when the input is already nearly sorted). */
function pickEarliest(items: Iterable<OutboxItem>, now: string, limit: number): OutboxItem[] {
  const picked: OutboxItem[] = [];
  for (const item of items) {
    if (!isActive(item) || dueKey(item) > now) continue;
    const key = dueKey(item);
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

function countAll(items: Iterable<OutboxItem>): OutboxCounts {
  const c: OutboxCounts = { pending: 0, retrying: 0, sent: 0, failed: 0, cancelled: 0, total: 0 };
  for (const item of items) {
    c[item.status]++;
    c.total++;
  }
  return c;
}

type Compute = (current: OutboxItem) => OutboxPatch;

const sentPatch =
  (sentAt: string, details: { activityId?: string | null; late?: boolean }): Compute =>
  (c) => ({
    status: 'sent',
    sentAt,
    sendingSince: null,
    attempts: c.attempts + 1,
    nextAttemptAt: null,
    lastError: null,
    ...(details.activityId !== undefined ? { activityId: details.activityId } : {}),
    ...(details.late ? { late: true } : {}),
  });

const retryPatch =
  (nextAttemptAt: string, lastError: string, countAttempt: boolean): Compute =>
  (c) => ({
    status: 'retrying',
    nextAttemptAt,
    lastError,
    sendingSince: null,
    attempts: c.attempts + (countAttempt ? 1 : 0),
  });

const failedPatch =
  (lastError: string): Compute =>
  (c) => ({
    status: 'failed',
    attempts: c.attempts + 1,
    nextAttemptAt: null,
    lastError,
    sendingSince: null,
  });

const cancelledPatch =
  (reason: string): Compute =>
  () => ({ status: 'cancelled', nextAttemptAt: null, lastError: reason, sendingSince: null });

export interface LowdbOutboxOptions {
  /** Journal file (default `<store file>.outbox-journal`); false: every mark waits for its own commit. */
  journal?: string | false;
  /** Journal lines after which it is rotated and compacted (default 5,000). */
  rotateAfter?: number;
  /** How often journaled marks are folded into the store file (default 60 s; also at each rotation). */
  foldEveryMs?: number;
  /** Appends a line to the journal file (default: fs appendFile); for fault injection. */
  appendJournal?: JournalOptions['append'];
}

interface Durable {
  journal: OutboxJournal;
  folder: PatchFolder;
}

/**
 * The outbox over the store. With the journal (default), marks a crash left in it are laid over
 * the items at once and folded into the store with the first batch. Read the outbox only through
 * this repository: the store document may lag the journal by up to `foldEveryMs`.
 */
export function createLowdbOutboxRepository(
  store: Store,
  options: LowdbOutboxOptions = {},
): OutboxRepository {
  const index = new OutboxIndex();
  const overlay = new OutboxOverlay();
  if (options.journal === false) return build(store, index, overlay, null);
  const folder = new PatchFolder(
    overlay,
    (batch) =>
      store.update((d) => {
        for (const p of batch) Object.assign(index.find(d.outbox, p.id) ?? {}, p.patch);
      }),
    options.foldEveryMs,
  );
  const journal = new OutboxJournal(options.journal ?? `${store.file}.outbox-journal`, {
    commitBarrier: () => folder.fold(),
    rotateAfter: options.rotateAfter,
    append: options.appendJournal,
  });
  for (const line of journal.takeOver()) folder.add(line.id, line.patch);
  journal.compactRotated();
  return build(store, index, overlay, { journal, folder });
}

function build(
  store: Store,
  index: OutboxIndex,
  overlay: OutboxOverlay,
  durable: Durable | null,
): OutboxRepository {
  const find = (d: Readonly<StoreData>, id: string) => index.find(d.outbox, id);
  function* views(): Generator<OutboxItem> {
    for (const item of store.read().outbox) yield overlay.has(item.id) ? overlay.view(item) : item;
  }
  const change = (id: string, compute: Compute): Promise<boolean> => {
    if (!durable) {
      return store.update((d) => {
        const item = find(d, id);
        if (!item || !isActive(item)) return false;
        Object.assign(item, compute(item));
        return true;
      });
    }
    const stored = find(store.read(), id);
    const current = stored && overlay.view(stored);
    if (!current || !isActive(current)) return Promise.resolve(false);
    const patch = compute(current);
    durable.folder.add(id, patch);
    return durable.journal.append({ id, patch }).then(() => true);
  };

  return {
    enqueue: (items) =>
      rejecting(() => {
        const fresh = items.map(newOutboxItem);
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
          pickEarliest(views(), utcInstant(now), limit).map((i) => structuredClone(i)),
        ),
      ),
    earliestDue: () => {
      let min: string | null = null;
      for (const item of views())
        if (isActive(item) && (min === null || dueKey(item) < min)) min = dueKey(item);
      return Promise.resolve(min);
    },
    get: (id) => {
      const item = find(store.read(), id);
      return Promise.resolve(item ? structuredClone(overlay.view(item)) : null);
    },
    getMany: (ids) => {
      const data = store.read();
      const found = ids.flatMap((id) => find(data, id) ?? []);
      return Promise.resolve(new Map(found.map((i) => [i.id, structuredClone(overlay.view(i))])));
    },
    markSending: (id, at) => rejecting(() => change(id, () => ({ sendingSince: utcInstant(at) }))),
    markSent: (id, at, details = {}) =>
      rejecting(() => change(id, sentPatch(utcInstant(at), details))),
    markRetry: (id, next, error, options = {}) =>
      rejecting(() =>
        change(id, retryPatch(utcInstant(next), error, options.countAttempt !== false)),
      ),
    markFailed: (id, error) => change(id, failedPatch(error)),
    markCancelled: (id, reason) => change(id, cancelledPatch(reason)),
    counts: () => Promise.resolve(countAll(views())),
    flush: () => (durable ? durable.folder.fold() : Promise.resolve()),
    releaseClaims: () => Promise.resolve(0),
    prune: (before) =>
      rejecting(async () => {
        const cutoff = utcInstant(before);
        if (durable) await durable.folder.fold();
        return store.update((d) => {
          const keep = d.outbox.filter(
            (i) => isActive(i) || i.originalDueAt >= cutoff || overlay.has(i.id),
          );
          const removed = d.outbox.length - keep.length;
          if (removed > 0) d.outbox = keep;
          return removed;
        });
      }),
  };
}
