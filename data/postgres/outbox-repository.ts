/**
 * The outbox in PostgreSQL, shared by every instance. `nextDue` claims the items it returns
 * (`FOR UPDATE SKIP LOCKED`, then a lease in `claim_until`): another instance skips them until the
 * lease runs out, so a killed instance's claims are sent by another afterwards and no item is in
 * two instances' hands at once. Every mark is one UPDATE conditional on the item being active, and
 * an outcome releases the claim. Leases run on the database's clock (all instances share it).
 */
import { randomUUID } from 'node:crypto';
import type { OutboxItem } from '../schema.js';
import type { OutboxCounts, OutboxRepository } from '../outbox-repository.js';
import { newOutboxItem, rejecting, utcInstant } from '../outbox-items.js';
import { dataOf, firstData, json, type DataRow, type Db } from './db.js';

export interface PgOutboxOptions {
  /**
   * How long a claim keeps other instances off an item (default 30 s: a batch of 100 at 40/s takes
   * 2.5 s). Only the leading instance sends, so the lease matters at a take-over: a killed
   * sender's unfinished batch waits this long; a stopped one gives its claims back (releaseClaims).
   */
  leaseMs?: number;
  /** This instance's name in claims (default: a random id). */
  instance?: string;
}

const ACTIVE = "status IN ('pending', 'retrying')";

export function createPgOutboxRepository(db: Db, options: PgOutboxOptions = {}): OutboxRepository {
  const me = options.instance ?? randomUUID();
  const leaseMs = options.leaseMs ?? 30_000;
  /** Merges `patch` into an active item; `attempts` grows by `attempt`; `release` ends the claim. */
  const mark = async (
    id: string,
    patch: Partial<OutboxItem>,
    attempt: number,
    release = true,
  ): Promise<boolean> => {
    const result = await db.query(
      `UPDATE outbox SET
         data = jsonb_set(data || $2::jsonb, '{attempts}', to_jsonb((data->>'attempts')::int + $3)),
         status = COALESCE($2::jsonb->>'status', status),
         due_key = COALESCE(($2::jsonb->>'nextAttemptAt'), data->>'dueAt'),
         claimed_by = CASE WHEN $4 THEN NULL ELSE claimed_by END,
         claim_until = CASE WHEN $4 THEN NULL ELSE claim_until END
       WHERE id = $1 AND ${ACTIVE}`,
      [id, json(patch), attempt, release],
    );
    return (result.rowCount ?? 0) > 0;
  };
  return {
    enqueue: (items) =>
      rejecting(async () => {
        const fresh = items.map(newOutboxItem);
        const { rowCount } = await db.query(
          `INSERT INTO outbox (id, status, due_key, original_due_at, data)
           SELECT i->>'id', i->>'status', i->>'dueAt', i->>'originalDueAt', i
           FROM jsonb_array_elements($1::jsonb) WITH ORDINALITY AS t(i, n) ORDER BY n
           ON CONFLICT (id) DO NOTHING`,
          [json(fresh)],
        );
        const added = rowCount ?? 0;
        return { added, skipped: fresh.length - added };
      }),
    nextDue: (now, limit) =>
      rejecting(async () => {
        const { rows } = await db.query<DataRow<OutboxItem>>(
          `UPDATE outbox o SET claimed_by = $3,
             claim_until = clock_timestamp() + make_interval(secs => $4::double precision / 1000)
           FROM (
             SELECT id FROM outbox
             WHERE ${ACTIVE} AND due_key <= $1
               AND (claim_until IS NULL OR claim_until < clock_timestamp() OR claimed_by = $3)
             ORDER BY due_key, seq LIMIT $2
             FOR UPDATE SKIP LOCKED
           ) c
           WHERE o.id = c.id
           RETURNING o.data`,
          [utcInstant(now), limit, me, leaseMs],
        );
        const key = (i: OutboxItem) => i.nextAttemptAt ?? i.dueAt;
        return dataOf(rows).sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
      }),
    earliestDue: async () => {
      const { rows } = await db.query<{ due: string | null }>(
        `SELECT min(due_key) AS due FROM outbox WHERE ${ACTIVE}`,
      );
      return rows[0]?.due ?? null;
    },
    get: async (id) =>
      firstData(
        (await db.query<DataRow<OutboxItem>>('SELECT data FROM outbox WHERE id = $1', [id])).rows,
      ),
    getMany: async (ids) => {
      const { rows } = await db.query<DataRow<OutboxItem>>(
        'SELECT data FROM outbox WHERE id = ANY($1::text[])',
        [[...ids]],
      );
      return new Map(dataOf(rows).map((i) => [i.id, i]));
    },
    markSending: (id, at) => rejecting(() => mark(id, { sendingSince: utcInstant(at) }, 0, false)),
    markSent: (id, at, details = {}) =>
      rejecting(() =>
        mark(
          id,
          {
            status: 'sent',
            sentAt: utcInstant(at),
            sendingSince: null,
            nextAttemptAt: null,
            lastError: null,
            ...(details.activityId !== undefined ? { activityId: details.activityId } : {}),
            ...(details.late ? { late: true } : {}),
          },
          1,
        ),
      ),
    markRetry: (id, next, error, opts = {}) =>
      rejecting(() =>
        mark(
          id,
          {
            status: 'retrying',
            nextAttemptAt: utcInstant(next),
            lastError: error,
            sendingSince: null,
          },
          opts.countAttempt === false ? 0 : 1,
        ),
      ),
    markFailed: (id, error) =>
      mark(id, { status: 'failed', nextAttemptAt: null, lastError: error, sendingSince: null }, 1),
    markCancelled: (id, reason) =>
      mark(
        id,
        { status: 'cancelled', nextAttemptAt: null, lastError: reason, sendingSince: null },
        0,
      ),
    counts: async () => {
      const { rows } = await db.query<{ status: OutboxItem['status']; n: number }>(
        'SELECT status, count(*)::int AS n FROM outbox GROUP BY status',
      );
      const c: OutboxCounts = {
        pending: 0,
        retrying: 0,
        sent: 0,
        failed: 0,
        cancelled: 0,
        total: 0,
      };
      for (const r of rows) {
        c[r.status] += r.n;
        c.total += r.n;
      }
      return c;
    },
    prune: (before) =>
      rejecting(async () => {
        const { rowCount } = await db.query(
          `DELETE FROM outbox WHERE NOT (${ACTIVE}) AND original_due_at < $1`,
          [utcInstant(before)],
        );
        return rowCount ?? 0;
      }),
    flush: () => Promise.resolve(),
    releaseClaims: async () => {
      const { rowCount } = await db.query(
        `UPDATE outbox SET claimed_by = NULL, claim_until = NULL
         WHERE claimed_by = $1 AND ${ACTIVE}`,
        [me],
      );
      return rowCount ?? 0;
    },
  };
}
