/**
 * The change log and the corrections of sick periods in PostgreSQL. A correction or an undo
 * locks the period (advisory) and the log, reads the period and its steps, decides with the pure
 * function and writes the result and the log entry in one transaction.
 */
import {
  rebaseEntries,
  type ChangeEntry,
  type PeriodState,
} from '../../domain/follow-up/corrections.js';
import { fail, ok } from '../../domain/result.js';
import type { SickPeriod } from '../../domain/model.js';
import type { ChangeLogRepository } from '../change-log-repository.js';
import { dataOf, firstData, json, lockKeys, type DataRow, type Db, type Queryable } from './db.js';
import { insertPeriod } from './absence-repository.js';
import { replacePlan, stepsOfPeriod } from './follow-up-steps.js';

/** Entries are kept this long: far past any undo window. */
const KEEP_DAYS = 14;
const LOG_LOCK = 'change-log';

async function stateOf(q: Queryable, periodId: string): Promise<PeriodState> {
  const { rows } = await q.query<DataRow<SickPeriod>>(
    'SELECT data FROM sick_periods WHERE id = $1',
    [periodId],
  );
  return { period: firstData(rows), steps: await stepsOfPeriod(q, periodId) };
}

async function write(q: Queryable, periodId: string, state: PeriodState): Promise<void> {
  if (state.period !== undefined) {
    if (state.period === null) await q.query('DELETE FROM sick_periods WHERE id = $1', [periodId]);
    else {
      const updated = await q.query(
        'UPDATE sick_periods SET person_key = $2, updated_at = $3, data = $4::jsonb WHERE id = $1',
        [periodId, state.period.personKey, state.period.updatedAt, json(state.period)],
      );
      if (!updated.rowCount) await insertPeriod(q, state.period);
    }
  }
  await replacePlan(q, periodId, state.steps);
}

async function append(q: Queryable, entry: ChangeEntry): Promise<void> {
  const oldest = new Date(Date.parse(entry.at) - KEEP_DAYS * 86_400_000).toISOString();
  await q.query('DELETE FROM change_log WHERE at < $1', [oldest]);
  await q.query('INSERT INTO change_log (id, actor, at, data) VALUES ($1, $2, $3, $4::jsonb)', [
    entry.id,
    entry.actor,
    entry.at,
    json(entry),
  ]);
}

export function pgChangeLogRepository(db: Db): ChangeLogRepository {
  return {
    append: (entry) =>
      db.tx(async (q) => {
        await lockKeys(q, [LOG_LOCK]);
        await append(q, entry);
      }),
    latest: async (actor) =>
      firstData(
        (
          await db.query<DataRow<ChangeEntry>>(
            `SELECT data FROM change_log WHERE actor = $1 AND data->>'undoneAt' IS NULL
             ORDER BY at DESC, seq DESC LIMIT 1`,
            [actor],
          )
        ).rows,
      ),
    entry: async (id) =>
      firstData(
        (await db.query<DataRow<ChangeEntry>>('SELECT data FROM change_log WHERE id = $1', [id]))
          .rows,
      ),
    changePeriod: (periodId, change, log) =>
      db.tx(async (q) => {
        await lockKeys(q, [LOG_LOCK, `period:${periodId}`]);
        const before = await stateOf(q, periodId);
        const result = change(structuredClone(before));
        if (!result.ok) return result;
        await write(q, periodId, result.value);
        await append(q, log(before, result.value));
        return ok(structuredClone(result.value));
      }),
    undo: (entryId, undo, at) =>
      db.tx(async (q) => {
        await lockKeys(q, [LOG_LOCK]);
        const all = dataOf(
          (await q.query<DataRow<ChangeEntry>>('SELECT data FROM change_log ORDER BY seq')).rows,
        );
        const entry = all.find((e) => e.id === entryId);
        if (!entry) return fail('missing' as const);
        if (entry.undoneAt !== null) return fail('already-undone' as const);
        await lockKeys(q, [`period:${entry.periodId}`]);
        const result = undo(structuredClone(entry), await stateOf(q, entry.periodId));
        if (!result.ok) return result;
        await write(q, entry.periodId, result.value);
        for (const e of rebaseEntries(all, entry, result.value)) {
          const saved = e.id === entry.id ? { ...e, undoneAt: at } : e;
          await q.query('UPDATE change_log SET data = $2::jsonb WHERE id = $1', [
            e.id,
            json(saved),
          ]);
        }
        return ok({ entry: { ...entry, undoneAt: at }, state: result.value });
      }),
  };
}
