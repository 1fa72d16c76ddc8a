/** The audit log in PostgreSQL: appended rows; pruning and counted entries in one transaction. */
import type { AuditRepository } from '../repositories.js';
import type { AuditEntry } from '../schema.js';
import { dataOf, json, lockKeys, type DataRow, type Db, type Queryable } from './db.js';

async function insert(q: Queryable, entry: AuditEntry): Promise<void> {
  await q.query('INSERT INTO audit (at, action, subject, data) VALUES ($1, $2, $3, $4::jsonb)', [
    entry.at,
    entry.action,
    entry.subject,
    json(entry),
  ]);
}

export function pgAuditRepository(db: Db, now: () => string): AuditRepository {
  return {
    record: (entry) => insert(db, { ...entry, at: entry.at ?? now() }),
    recordMany: async (entries) => {
      if (entries.length === 0) return;
      const at = now();
      for (let from = 0; from < entries.length; from += 1_000) {
        const chunk = entries.slice(from, from + 1_000).map((e) => ({ ...e, at: e.at ?? at }));
        await db.query(
          `INSERT INTO audit (at, action, subject, data)
           SELECT (e->>'at')::timestamptz, e->>'action', e->>'subject', e
           FROM jsonb_array_elements($1::jsonb) WITH ORDINALITY AS t(e, n) ORDER BY n`,
          [json(chunk)],
        );
      }
    },
    forSubject: async (subject) => {
      const { rows } = await db.query<DataRow<AuditEntry>>(
        'SELECT data FROM audit WHERE subject = $1 ORDER BY seq',
        [subject],
      );
      return dataOf(rows);
    },
    recordCount: (entry, count) =>
      db.tx(async (q) => {
        // One writer per action at a time, so two instances counting the same burst share one entry.
        await lockKeys(q, [`audit-count:${entry.action}`]);
        const detail = `${entry.detail}; count=${count}`;
        const { rows } = await q.query<{ seq: string }>(
          `SELECT seq FROM audit WHERE action = $1 AND data->>'at' = $2
             AND starts_with(data->>'detail', $3) AND at >= $4::timestamptz - interval '1 minute'
           ORDER BY seq DESC LIMIT 1`,
          [entry.action, entry.at, `${entry.detail}; count=`, entry.at],
        );
        const seq = rows[0]?.seq;
        if (seq === undefined) return insert(q, { ...entry, detail });
        await q.query(
          `UPDATE audit SET data = jsonb_set(data, '{detail}', to_jsonb($2::text)) WHERE seq = $1`,
          [seq, detail],
        );
      }),
    prune: async (before) => {
      const cutoff = Date.parse(before);
      if (Number.isNaN(cutoff)) throw new Error(`audit prune: not an instant: ${before}`);
      return db.tx(async (q) => {
        const removed =
          (await q.query('DELETE FROM audit WHERE at < $1', [new Date(cutoff).toISOString()]))
            .rowCount ?? 0;
        if (removed === 0) return 0;
        await insert(q, {
          at: now(),
          actor: 'system',
          action: 'audit.pruned',
          subject: null,
          unitId: null,
          outcome: 'allowed',
          detail: `removed=${removed}; before=${before}`,
        });
        return removed;
      });
    },
  };
}
