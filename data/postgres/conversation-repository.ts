/** Conversation references in PostgreSQL, keyed by conversation id; the first saved wins a look-up. */
import type { ConversationRepository } from '../repositories.js';
import type { ConversationRefRecord } from '../schema.js';
import { firstData, json, type DataRow, type Db } from './db.js';

export function pgConversationRepository(db: Db): ConversationRepository {
  return {
    saveReference: async (record) => {
      await db.query(
        `INSERT INTO conversation_refs (conversation_id, scope, aad_object_id, data)
         VALUES ($1, $2, $3, $4::jsonb)
         ON CONFLICT (conversation_id) DO UPDATE
           SET scope = EXCLUDED.scope, aad_object_id = EXCLUDED.aad_object_id, data = EXCLUDED.data`,
        [record.conversationId, record.scope, record.aadObjectId, json(record)],
      );
    },
    personalReference: async (id) => {
      const { rows } = await db.query<DataRow<ConversationRefRecord>>(
        `SELECT data FROM conversation_refs WHERE scope = 'personal' AND aad_object_id = $1
         ORDER BY seq LIMIT 1`,
        [id],
      );
      return firstData(rows);
    },
    byConversationId: async (cid) => {
      const { rows } = await db.query<DataRow<ConversationRefRecord>>(
        'SELECT data FROM conversation_refs WHERE conversation_id = $1',
        [cid],
      );
      return firstData(rows);
    },
  };
}
