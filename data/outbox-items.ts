/** Outbox item helpers shared by every OutboxRepository implementation and the sender. */
import type { OutboxItem } from './schema.js';
import type { NewOutboxItem, OutboxStatus } from './outbox-repository.js';

const ACTIVE: ReadonlySet<OutboxStatus> = new Set(['pending', 'retrying']);

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

/** Normalises an ISO instant to UTC with milliseconds; throws on anything else (a bug). */
export function utcInstant(iso: string): string {
  const ms = ISO_INSTANT.test(iso) ? Date.parse(iso) : NaN;
  if (Number.isNaN(ms)) throw new Error(`invalid instant: ${iso}`);
  return new Date(ms).toISOString();
}

/** Runs fn, turning a synchronous throw (an invalid argument) into a rejected promise. */
export function rejecting<T>(fn: () => Promise<T>): Promise<T> {
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

/** A new pending item from what a producer enqueues (instants normalised to UTC). */
export function newOutboxItem(i: NewOutboxItem): OutboxItem {
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
