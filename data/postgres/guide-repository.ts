/**
 * Conversation-guide sessions in PostgreSQL. A save locks the session's row and compares the
 * version inside the transaction (a new session is an insert that fails on a taken id), so a save
 * from an older version changes nothing in any instance.
 */
import type { FollowUpStep } from '../../domain/follow-up/step-types.js';
import type { GuideSession } from '../../domain/guide/guide-session.js';
import {
  OPEN_GUIDE_STATUSES,
  type GuideListFilter,
  type GuideRepository,
  type GuideSaveOutcome,
  type StoredGuide,
} from '../guide-repository.js';
import type { StoredGuideRecord } from '../guide-schema.js';
import { firstData, json, type DataRow, type Db, type Queryable } from './db.js';
import { insertSteps } from './follow-up-steps.js';

function split(record: StoredGuideRecord): StoredGuide {
  const { version, cardActivityId, ...session } = record;
  return { session, version, cardActivityId: cardActivityId ?? null };
}

function recordOf(session: GuideSession, version: number, card: string | null | undefined) {
  const record: StoredGuideRecord = { ...structuredClone(session), version };
  if (card) record.cardActivityId = card;
  return record;
}

const newestFirst = (a: StoredGuide, b: StoredGuide): number =>
  b.session.updatedAt.localeCompare(a.session.updatedAt) ||
  b.session.createdAt.localeCompare(a.session.createdAt);

async function write(
  q: Queryable,
  session: GuideSession,
  expectedVersion: number,
): Promise<GuideSaveOutcome> {
  if (expectedVersion === 0) {
    const record = recordOf(session, 1, null);
    const inserted = await q.query(
      `INSERT INTO guides (id, leader_id, person_key, data) VALUES ($1, $2, $3, $4::jsonb)
       ON CONFLICT (id) DO NOTHING`,
      [session.id, session.leaderId, session.personKey, json(record)],
    );
    if (inserted.rowCount) return { status: 'saved', guide: split(record) };
  }
  const { rows } = await q.query<DataRow<StoredGuideRecord>>(
    'SELECT data FROM guides WHERE id = $1 FOR UPDATE',
    [session.id],
  );
  const current = firstData(rows);
  if (expectedVersion === 0)
    return current ? { status: 'exists', guide: split(current) } : { status: 'missing' };
  if (!current) return { status: 'missing' };
  if (current.version !== expectedVersion) return { status: 'stale', guide: split(current) };
  const record = recordOf(session, expectedVersion + 1, current.cardActivityId);
  await q.query(
    'UPDATE guides SET leader_id = $2, person_key = $3, data = $4::jsonb WHERE id = $1',
    [session.id, session.leaderId, session.personKey, json(record)],
  );
  return { status: 'saved', guide: split(record) };
}

export function pgGuideRepository(db: Db): GuideRepository {
  const list = async (filter: GuideListFilter = {}): Promise<StoredGuide[]> => {
    const { rows } = await db.query<DataRow<StoredGuideRecord>>(
      `SELECT data FROM guides
       WHERE ($1::text IS NULL OR leader_id = $1) AND ($2::text IS NULL OR person_key = $2)
         AND ($3::text[] IS NULL OR data->>'status' = ANY($3::text[]))
       ORDER BY seq`,
      [
        filter.leaderId ?? null,
        filter.personKey ?? null,
        filter.statuses ? [...filter.statuses] : null,
      ],
    );
    return rows.map((r) => split(r.data)).sort(newestFirst);
  };
  return {
    get: async (id) => {
      const { rows } = await db.query<DataRow<StoredGuideRecord>>(
        'SELECT data FROM guides WHERE id = $1',
        [id],
      );
      const found = firstData(rows);
      return found ? split(found) : null;
    },
    openFor: async (leaderId, personKey) =>
      (await list({ leaderId, personKey, statuses: OPEN_GUIDE_STATUSES }))[0] ?? null,
    list,
    save: (session, expectedVersion) => db.tx((q) => write(q, session, expectedVersion)),
    saveCompleted: (session, expectedVersion, steps: readonly FollowUpStep[]) =>
      db.tx(async (q) => {
        const outcome = await write(q, session, expectedVersion);
        return outcome.status === 'saved'
          ? { ...outcome, added: await insertSteps(q, steps) }
          : outcome;
      }),
    rememberCard: async (id, activityId) => {
      await db.query(
        `UPDATE guides SET data = jsonb_set(data, '{cardActivityId}', to_jsonb($2::text)) WHERE id = $1`,
        [id, activityId],
      );
    },
  };
}
