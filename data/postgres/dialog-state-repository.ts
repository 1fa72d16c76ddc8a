/** Dialog state (botbuilder-dialogs' storage) in PostgreSQL, one row per key. */
import type { DialogStateRepository } from '../repositories.js';
import { json, type Db } from './db.js';

export function pgDialogStateRepository(db: Db): DialogStateRepository {
  return {
    read: async (keys) => {
      const { rows } = await db.query<{ key: string; data: unknown }>(
        'SELECT key, data FROM dialog_state WHERE key = ANY($1::text[])',
        [[...keys]],
      );
      return Object.fromEntries(rows.map((r) => [r.key, r.data]));
    },
    write: async (changes) => {
      const entries = Object.entries(changes);
      if (entries.length === 0) return;
      await db.query(
        `INSERT INTO dialog_state (key, data)
         SELECT e.key, e.value FROM jsonb_each($1::jsonb) e
         ON CONFLICT (key) DO UPDATE SET data = EXCLUDED.data`,
        [json(changes)],
      );
    },
    delete: async (keys) => {
      await db.query('DELETE FROM dialog_state WHERE key = ANY($1::text[])', [[...keys]]);
    },
  };
}
