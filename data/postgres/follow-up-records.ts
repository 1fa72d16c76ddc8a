/**
 * The PostgreSQL half of FollowUpRepository that is not about steps: fired frequency triggers
 * (fired under an advisory lock per person, so two instances cannot fire the same one twice),
 * requests for HR's help and what each digest card showed.
 */
import type { TriggerHit } from '../../domain/follow-up/frequency.js';
import type { FollowUpRepository } from '../follow-up-repository.js';
import type { DigestRecord, FiredTriggerRecord, HrRequestRecord } from '../follow-up-schema.js';
import { byDayAndId, firedRecord, newHitsAmong, type Select } from '../follow-up-records.js';
import { dataOf, firstData, json, lockKeys, type DataRow, type Db, type Queryable } from './db.js';

type Records = Pick<
  FollowUpRepository,
  | 'firedTriggers'
  | 'firedTrigger'
  | 'fireTriggers'
  | 'fireTriggersMany'
  | 'withdrawTriggers'
  | 'markTriggerHandled'
  | 'hrRequest'
  | 'recordHrRequest'
  | 'recordHrReply'
  | 'saveDigest'
  | 'saveDigests'
  | 'digest'
  | 'digests'
>;

async function firedOf(q: Queryable, personKeys: readonly string[]): Promise<FiredTriggerRecord[]> {
  const { rows } = await q.query<DataRow<FiredTriggerRecord>>(
    'SELECT data FROM fired_triggers WHERE person_key = ANY($1::text[]) ORDER BY seq',
    [personKeys],
  );
  return dataOf(rows);
}

/** The hits not recorded yet, decided on the fired rows of the persons asked about. */
async function newHits(
  q: Queryable,
  entries: ReadonlyArray<{ personKey: string; select: Select }>,
): Promise<Map<string, TriggerHit[]>> {
  return newHitsAmong(
    await firedOf(
      q,
      entries.map((e) => e.personKey),
    ),
    entries,
  );
}

const byId = async <T>(db: Db, table: string, id: string): Promise<T | null> =>
  firstData((await db.query<DataRow<T>>(`SELECT data FROM ${table} WHERE id = $1`, [id])).rows);

/**
 * Persons per check and write: the first tick after a large import checks thousands, and deciding
 * all their hits at once held the event loop for 160 ms. Each person's hits are independent (one
 * lock per person), so chunks change nothing but the length of each piece of work.
 */
const FIRE_CHUNK = 250;

export function pgFollowUpRecords(db: Db): Records {
  const fireTriggersMany: Records['fireTriggersMany'] = async (entries) => {
    const all = new Map<string, TriggerHit[]>();
    for (let from = 0; from < entries.length; from += FIRE_CHUNK)
      for (const [key, hits] of await fireChunk(entries.slice(from, from + FIRE_CHUNK)))
        all.set(key, hits);
    return all;
  };
  const fireChunk: Records['fireTriggersMany'] = async (entries) => {
    // Most checks find nothing new: answer those from a read, without locks or a write.
    if (entries.length === 0 || (await newHits(db, entries)).size === 0) return new Map();
    return db.tx(async (q) => {
      await lockKeys(
        q,
        entries.map((e) => `fired:${e.personKey}`),
      );
      const hits = await newHits(q, entries);
      const records = [...hits.values()].flat().map(firedRecord);
      await q.query(
        `INSERT INTO fired_triggers (id, person_key, data)
         SELECT f->>'id', f->>'personKey', f FROM jsonb_array_elements($1::jsonb)
           WITH ORDINALITY AS t(f, n) ORDER BY n
         ON CONFLICT (id) DO NOTHING`,
        [json(records)],
      );
      return hits;
    });
  };
  const saveDigests = async (records: readonly DigestRecord[]) => {
    if (records.length === 0) return;
    // One statement; the last record of an id wins, as when saved one after another.
    const last = [...new Map(records.map((r) => [r.id, r])).values()];
    await db.tx((q) =>
      q.query(
        `INSERT INTO follow_up_digests (id, data)
         SELECT r->>'id', r FROM jsonb_array_elements($1::jsonb) WITH ORDINALITY AS t(r, n) ORDER BY n
         ON CONFLICT (id) DO UPDATE SET data = EXCLUDED.data`,
        [json(last)],
      ),
    );
  };
  return {
    firedTriggers: (personKey) => firedOf(db, [personKey]),
    firedTrigger: (id) => byId<FiredTriggerRecord>(db, 'fired_triggers', id),
    fireTriggers: async (personKey, select) =>
      (await fireTriggersMany([{ personKey, select }])).get(personKey) ?? [],
    fireTriggersMany,
    withdrawTriggers: async (personKey, select) => {
      const unhandled = async (q: Queryable) =>
        (await firedOf(q, [personKey])).filter((f) => f.handled === null);
      // Most undos withdraw nothing: answer those from a read, without locks or a write.
      if (select(await unhandled(db)).length === 0) return [];
      return db.tx(async (q) => {
        // The lock fireTriggers takes: a flag cannot be fired and withdrawn at once.
        await lockKeys(q, [`fired:${personKey}`]);
        const ids = select(await unhandled(q));
        // A flag acted on meanwhile (markTriggerHandled's row lock) is kept.
        const { rows } = await q.query<DataRow<FiredTriggerRecord>>(
          `DELETE FROM fired_triggers WHERE id = ANY($1::text[]) AND person_key = $2
             AND data->>'handled' IS NULL
           RETURNING data`,
          [[...ids], personKey],
        );
        return dataOf(rows).sort(byDayAndId);
      });
    },
    markTriggerHandled: (id, handled) =>
      db.tx(async (q) => {
        const { rows } = await q.query<DataRow<FiredTriggerRecord>>(
          'SELECT data FROM fired_triggers WHERE id = $1 FOR UPDATE',
          [id],
        );
        const record = firstData(rows);
        if (!record) return null;
        const changed = record.handled === null;
        if (changed) {
          record.handled = handled;
          await q.query('UPDATE fired_triggers SET data = $2::jsonb WHERE id = $1', [
            id,
            json(record),
          ]);
        }
        return { record, changed };
      }),
    hrRequest: (id) => byId<HrRequestRecord>(db, 'hr_requests', id),
    recordHrRequest: async (request) => {
      const inserted = await db.query(
        'INSERT INTO hr_requests (id, data) VALUES ($1, $2::jsonb) ON CONFLICT (id) DO NOTHING',
        [request.id, json(request)],
      );
      if (inserted.rowCount) return { request: structuredClone(request), created: true };
      const existing = await byId<HrRequestRecord>(db, 'hr_requests', request.id);
      return { request: existing ?? structuredClone(request), created: false };
    },
    recordHrReply: (id, reply) =>
      db.tx(async (q) => {
        const { rows } = await q.query<DataRow<HrRequestRecord>>(
          'SELECT data FROM hr_requests WHERE id = $1 FOR UPDATE',
          [id],
        );
        const r = firstData(rows);
        if (!r) return { status: 'missing' as const };
        if (r.reply) return { status: 'already-answered' as const, request: r };
        r.reply = { ...reply };
        await q.query('UPDATE hr_requests SET data = $2::jsonb WHERE id = $1', [id, json(r)]);
        return { status: 'recorded' as const, request: r };
      }),
    saveDigest: (record: DigestRecord) => saveDigests([record]),
    saveDigests,
    digest: (id) => byId<DigestRecord>(db, 'follow_up_digests', id),
    digests: async (ids) => {
      const { rows } = await db.query<DataRow<DigestRecord>>(
        'SELECT data FROM follow_up_digests WHERE id = ANY($1::text[])',
        [[...ids]],
      );
      return new Map(dataOf(rows).map((r) => [r.id, r]));
    },
  };
}
