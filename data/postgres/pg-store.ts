/**
 * Opens the PostgreSQL store: connects (a database that does not answer is refused with a clear
 * message), migrates under node-pg-migrate's advisory lock, seeds an empty database once (under a
 * lock, so two instances starting together seed it once), and hands out the repositories, the
 * shared outbox and the coordination of work across instances.
 */
import type { OutboxRepository } from '../outbox-repository.js';
import type { Repositories, StoreInfo } from '../repositories.js';
import type { StoreData } from '../schema.js';
import { StoreOpenError } from '../store-errors.js';
import type { Coordination } from '../open-store.js';
import { createDb, lockKeys, type Db } from './db.js';
import { documentHeader, insertDocument, isEmptyStore } from './document.js';
import { migrate } from './migrate.js';
import { createPgOutboxRepository, type PgOutboxOptions } from './outbox-repository.js';
import { createPgRepositories } from './pg-repositories.js';
import { pgCoordination } from './coordination.js';

export interface PgStore {
  readonly kind: 'postgres';
  readonly db: Db;
  readonly coordination: Coordination;
  createOutbox(options?: PgOutboxOptions): OutboxRepository;
  beforeClose(hook: () => Promise<void>): void;
  close(): Promise<void>;
}

export interface OpenPgStoreOptions {
  seed: () => StoreData;
  now: () => string;
  /** Connections in this instance's pool (default 10). */
  poolSize?: number;
  /** The outbox's claims (lease length; tests shorten it). */
  outbox?: PgOutboxOptions;
}

/** The URL without its password, for messages. */
export function redactedUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return 'DATABASE_URL';
  }
}

async function connect(db: Db, url: string): Promise<void> {
  try {
    await db.query('SELECT 1');
  } catch (err) {
    await db.close().catch(() => undefined);
    const reason = err instanceof Error ? err.message : String(err);
    throw new StoreOpenError(
      `Could not connect to PostgreSQL at ${redactedUrl(url)} (${reason}). ` +
        'Check DATABASE_URL and that the server is running.',
      'unreachable',
    );
  }
}

async function seedOnce(db: Db, seed: () => StoreData): Promise<void> {
  if (!(await isEmptyStore(db))) return;
  await db.tx(async (q) => {
    await lockKeys(q, ['store:seed']);
    if (await isEmptyStore(q)) await insertDocument(q, seed());
  });
}

export async function openPgStore(
  url: string,
  options: OpenPgStoreOptions,
): Promise<{ store: PgStore; repos: Repositories }> {
  const db = createDb(url, { max: options.poolSize });
  await connect(db, url);
  try {
    await migrate(db, url);
    await seedOnce(db, options.seed);
  } catch (err) {
    await db.close().catch(() => undefined);
    throw err;
  }
  const header = await documentHeader(db);
  const info: StoreInfo = {
    kind: 'postgres',
    schemaVersion: header?.schemaVersion ?? 1,
    origin: header?.origin ?? 'empty',
  };
  const coordination = pgCoordination(db, url);
  const hooks: Array<() => Promise<void>> = [];
  let closing: Promise<void> | null = null;
  const store: PgStore = {
    kind: 'postgres',
    db,
    coordination,
    createOutbox: (o) => createPgOutboxRepository(db, { ...options.outbox, ...o }),
    beforeClose: (hook) => void hooks.push(hook),
    close: () =>
      (closing ??= (async () => {
        for (const hook of hooks) await hook().catch(() => undefined);
        await coordination.close();
        await db.close();
      })()),
  };
  return { store, repos: createPgRepositories(db, () => info, options.now) };
}
