/** Deputyships in PostgreSQL; a replacement ends the earlier ones and adds the new in one transaction. */
import type { Deputyship } from '../../domain/deputyship.js';
import type { DeputyRepository } from '../deputy-repository.js';
import { dataOf, firstData, json, type DataRow, type Db } from './db.js';

export function pgDeputyRepository(db: Db): DeputyRepository {
  return {
    all: async () =>
      dataOf(
        (await db.query<DataRow<Deputyship>>('SELECT data FROM deputyships ORDER BY seq')).rows,
      ),
    add: (deputyship, ends = []) =>
      db.tx(async (q) => {
        await q.query(
          `UPDATE deputyships SET data = jsonb_set(data, '{endedAt}', to_jsonb($2::text))
           WHERE id = ANY($1::text[]) AND data->>'endedAt' IS NULL`,
          [[...ends], deputyship.createdAt],
        );
        await q.query('INSERT INTO deputyships (id, data) VALUES ($1, $2::jsonb)', [
          deputyship.id,
          json(deputyship),
        ]);
      }),
    end: async (id, at) =>
      firstData(
        (
          await db.query<DataRow<Deputyship>>(
            `UPDATE deputyships SET data = jsonb_set(data, '{endedAt}', to_jsonb($2::text))
             WHERE id = $1 AND data->>'endedAt' IS NULL RETURNING data`,
            [id, at],
          )
        ).rows,
      ),
    endExpired: async (today, at) =>
      dataOf(
        (
          await db.query<DataRow<Deputyship>>(
            `UPDATE deputyships SET data = jsonb_set(data, '{endedAt}', to_jsonb($2::text))
             WHERE data->>'endedAt' IS NULL AND data->>'to' < $1 RETURNING data`,
            [today, at],
          )
        ).rows,
      ),
  };
}
