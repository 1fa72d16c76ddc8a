/**
 * Brings the database's schema up to the code's with node-pg-migrate, at every start. The runner
 * holds a PostgreSQL advisory lock (a second instance starting at once waits, then finds nothing
 * to do) and runs every pending migration in one transaction, so an interrupted migration leaves
 * nothing half-done. A database that has run a migration this code does not know (a newer
 * version's) is refused: the code would misread it.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runner } from 'node-pg-migrate';
import { StoreOpenError } from '../store-errors.js';
import type { Db } from './db.js';

export const MIGRATIONS_DIR = fileURLToPath(new URL('../../migrations', import.meta.url));
const MIGRATIONS_TABLE = 'pgmigrations';

/** The migrations this code carries, oldest first. */
export function knownMigrations(): string[] {
  return readdirSync(MIGRATIONS_DIR)
    .filter((f) => f.endsWith('.sql'))
    .map((f) => path.basename(f, '.sql'))
    .sort();
}

async function appliedMigrations(db: Db): Promise<string[]> {
  const exists = await db.query("SELECT to_regclass('public.pgmigrations') IS NOT NULL AS e");
  if (!exists.rows[0]?.e) return [];
  const { rows } = await db.query<{ name: string }>(
    `SELECT name FROM ${MIGRATIONS_TABLE} ORDER BY id`,
  );
  return rows.map((r) => r.name);
}

export async function refuseNewerSchema(db: Db): Promise<void> {
  const known = new Set(knownMigrations());
  const unknown = (await appliedMigrations(db)).filter((m) => !known.has(m));
  if (unknown.length > 0)
    throw new StoreOpenError(
      `The database's schema is newer than this version of Nærvær (it has run ${unknown.join(', ')}). ` +
        'Start the newer version, or restore a backup made for this one; nothing was changed.',
      'schema-mismatch',
    );
}

export async function migrate(db: Db, url: string): Promise<void> {
  await refuseNewerSchema(db);
  await runner({
    databaseUrl: url,
    dir: MIGRATIONS_DIR,
    direction: 'up',
    migrationsTable: MIGRATIONS_TABLE,
    singleTransaction: true,
    advisoryLockMode: 'wait',
    checkOrder: true,
    log: () => undefined,
  });
}
