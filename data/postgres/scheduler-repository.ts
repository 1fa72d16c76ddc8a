/** The scheduler's progress in PostgreSQL (one row). */
import type { SchedulerStateRepository } from '../repositories.js';
import type { SchedulerState } from '../schema.js';
import { firstData, json, type DataRow, type Db } from './db.js';

export function pgSchedulerRepository(db: Db): SchedulerStateRepository {
  return {
    get: async () => {
      const { rows } = await db.query<DataRow<SchedulerState>>(
        'SELECT data FROM scheduler_state WHERE id = 1',
      );
      return firstData(rows) ?? { lastPlannedDate: null, lastScanAt: null };
    },
    save: async (state) => {
      await db.query(
        `INSERT INTO scheduler_state (id, data) VALUES (1, $1::jsonb)
         ON CONFLICT (id) DO UPDATE SET data = EXCLUDED.data`,
        [json({ lastPlannedDate: state.lastPlannedDate, lastScanAt: state.lastScanAt })],
      );
    },
  };
}
