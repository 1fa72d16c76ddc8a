/**
 * Opens the store the configuration names: PostgreSQL when a database URL is given (large
 * municipalities, several instances), else the embedded lowdb file. Callers get the same
 * repositories either way, the store handle to build the outbox and close with, and the
 * coordination of work that one instance does for all.
 */
import { createLowdbRepositories } from './lowdb-repositories.js';
import type { Repositories } from './repositories.js';
import type { StoreData } from './schema.js';
import { openStore, type Store } from './store.js';
import { openPgStore, type PgStore } from './postgres/pg-store.js';

/** Work shared by several instances (PostgreSQL); with one process everything runs here. */
export interface Coordination {
  /** Whether this instance holds `role` now (it takes a free one; a dead holder frees it). */
  lead(role: string): Promise<boolean>;
  /** Runs `fn` if this instance holds `job` and no instance has run it for `minute` (else null). */
  once<T>(job: string, minute: string, fn: () => Promise<T>): Promise<T | null>;
  close(): Promise<void>;
}

export const SOLO: Coordination = {
  lead: () => Promise.resolve(true),
  once: (_job, _minute, fn) => fn(),
  close: () => Promise.resolve(),
};

export type AnyStore = Store | PgStore;

export interface OpenedStore {
  store: AnyStore;
  repos: Repositories;
}

export interface StoreLocation {
  dataFile: string;
  databaseUrl: string | null;
}

export async function openRepositories(
  where: StoreLocation,
  options: { seed: () => StoreData; now: () => string },
): Promise<OpenedStore> {
  if (where.databaseUrl) return openPgStore(where.databaseUrl, options);
  const store = await openStore(where.dataFile, { seed: options.seed });
  return { store, repos: createLowdbRepositories(store, options.now) };
}

export function coordinationOf(store: AnyStore): Coordination {
  return store.kind === 'postgres' ? store.coordination : SOLO;
}

export type { PgStore };
