/**
 * Moves a lowdb store file into PostgreSQL: in one transaction, then the counts of every kind of
 * record are compared with the file's (a difference rolls it all back). The file is opened the way
 * the bot opens it — locked, so a running bot is not copied halfway, and with the outbox journal
 * folded in. Running it again finds the same records and changes nothing; a database that holds
 * other data is refused.
 */
import { createLowdbOutboxRepository } from './outbox-repository.js';
import type { StoreData } from './schema.js';
import { openStore } from './store.js';
import { StoreOpenError } from './store-errors.js';
import { createDb, lockKeys, type Queryable } from './postgres/db.js';
import {
  countsInDatabase,
  countsOfDocument,
  documentHeader,
  insertDocument,
  type DocumentCounts,
} from './postgres/document.js';
import { migrate } from './postgres/migrate.js';
import { redactedUrl } from './postgres/pg-store.js';

export type MigrateOutcome =
  | { status: 'migrated'; counts: DocumentCounts }
  /** The database already holds exactly this store (a second run). */
  | { status: 'unchanged'; counts: DocumentCounts };

export class MigrateRefusedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'MigrateRefusedError';
  }
}

/** The document as the bot would see it: the file with the outbox journal folded in. */
async function readFolded(file: string): Promise<StoreData> {
  const store = await openStore(file, {
    seed: () => {
      throw new StoreOpenError(`There is no store file at ${file}.`, 'invalid');
    },
  });
  try {
    await createLowdbOutboxRepository(store).flush();
    return structuredClone(store.read());
  } finally {
    await store.close();
  }
}

const differences = (a: DocumentCounts, b: DocumentCounts): string[] =>
  Object.keys(a)
    .filter((k) => a[k] !== b[k])
    .map((k) => `${k}: file ${a[k]}, database ${b[k] ?? 0}`);

/** Whether the database holds no records yet (a fresh one, or one a bot started empty). */
async function holdsNoRecords(q: Queryable): Promise<boolean> {
  const counts = await countsInDatabase(q);
  const header = await documentHeader(q);
  const records = Object.entries(counts).filter(([k]) => k !== 'dialogState' && k !== 'scheduler');
  return (header === null || header.origin === 'empty') && records.every(([, n]) => n === 0);
}

export async function migrateStore(file: string, url: string): Promise<MigrateOutcome> {
  const document = await readFolded(file);
  const expected = countsOfDocument(document);
  const db = createDb(url, { max: 2 });
  try {
    await db.query('SELECT 1').catch((err: unknown) => {
      throw new MigrateRefusedError(
        `Could not connect to PostgreSQL at ${redactedUrl(url)} (${(err as Error).message}).`,
      );
    });
    await migrate(db, url);
    return await db.tx(async (q) => {
      await lockKeys(q, ['store:seed']);
      const header = await documentHeader(q);
      if (header?.createdAt === document.createdAt) {
        const found = await countsInDatabase(q);
        if (differences(expected, found).length === 0)
          return { status: 'unchanged', counts: found };
      }
      if (!(await holdsNoRecords(q)))
        throw new MigrateRefusedError(
          `The database at ${redactedUrl(url)} already holds other data; nothing was changed. ` +
            'Migrate into an empty database.',
        );
      await q.query(
        'DELETE FROM store_meta; DELETE FROM dialog_state; DELETE FROM scheduler_state',
      );
      await insertDocument(q, document);
      const found = await countsInDatabase(q);
      const wrong = differences(expected, found);
      if (wrong.length > 0)
        throw new Error(`The counts differ after the copy (${wrong.join('; ')}); rolled back.`);
      return { status: 'migrated', counts: found };
    });
  } finally {
    await db.close();
  }
}
