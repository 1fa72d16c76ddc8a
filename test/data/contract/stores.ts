/**
 * The stores the contract suite runs against: lowdb (a temporary file, with and without the
 * outbox journal) and PostgreSQL (a fresh database each test; see test/helpers/postgres.ts).
 * `forEachStore` declares the same cases once per store.
 */
import { emptyStore } from '../../../data/defaults.js';
import { createLowdbRepositories } from '../../../data/lowdb-repositories.js';
import {
  createLowdbOutboxRepository,
  type LowdbOutboxOptions,
  type OutboxRepository,
} from '../../../data/outbox-repository.js';
import type { Repositories } from '../../../data/repositories.js';
import type { StoreData } from '../../../data/schema.js';
import { openStore } from '../../../data/store.js';
import { openPgStore } from '../../../data/postgres/pg-store.js';
import type { PgOutboxOptions } from '../../../data/postgres/outbox-repository.js';
import { freshDatabase } from '../../helpers/postgres.js';
import { tempDir } from '../../helpers/tmp.js';

export const NOW = '2026-11-23T08:00:00.000Z';

export interface OpenedForTest {
  repos: Repositories;
  outbox: OutboxRepository;
  /** Closes and opens the same store again (a restart). */
  reopen(): Promise<void>;
  /** A second instance on the same store (PostgreSQL only; lowdb refuses a second process). */
  second?(options?: PgOutboxOptions): Promise<{ repos: Repositories; outbox: OutboxRepository }>;
  close(): Promise<void>;
}

export interface StoreKind {
  name: string;
  kind: 'lowdb' | 'postgres';
  open(seed?: () => StoreData, outbox?: PgOutboxOptions): Promise<OpenedForTest>;
}

const now = () => NOW;
const emptySeed = () => emptyStore(NOW);

function lowdb(name: string, options: LowdbOutboxOptions): StoreKind {
  return {
    name,
    kind: 'lowdb',
    open: async (seed = emptySeed) => {
      const tmp = tempDir();
      const file = tmp.file('store.json');
      const state = { store: await openStore(file, { seed }) };
      const make = () => ({
        repos: createLowdbRepositories(state.store, now),
        outbox: createLowdbOutboxRepository(state.store, options),
      });
      const opened: OpenedForTest = {
        ...make(),
        reopen: async () => {
          await opened.outbox.flush();
          await state.store.close();
          state.store = await openStore(file, { seed });
          Object.assign(opened, make());
        },
        close: async () => {
          await opened.outbox.flush();
          await state.store.close();
          tmp.cleanup();
        },
      };
      return opened;
    },
  };
}

const postgres: StoreKind = {
  name: 'postgres',
  kind: 'postgres',
  open: async (seed = emptySeed, outboxOptions = {}) => {
    const database = await freshDatabase();
    const instances: Array<{ close(): Promise<void> }> = [];
    const start = async (o: PgOutboxOptions = outboxOptions) => {
      const { store, repos } = await openPgStore(database.url, { seed, now, poolSize: 4 });
      instances.push(store);
      return { store, repos, outbox: store.createOutbox(o) };
    };
    let first = await start();
    const opened: OpenedForTest = {
      repos: first.repos,
      outbox: first.outbox,
      reopen: async () => {
        await first.store.close();
        first = await start();
        Object.assign(opened, { repos: first.repos, outbox: first.outbox });
      },
      second: async (o) => {
        const { repos, outbox } = await start(o);
        return { repos, outbox };
      },
      close: async () => {
        for (const i of instances) await i.close();
        await database.drop();
      },
    };
    return opened;
  },
};

export const STORES: readonly StoreKind[] = [
  lowdb('lowdb', {}),
  lowdb('lowdb, a commit per outbox mark', { journal: false }),
  postgres,
];

/**
 * Declares `body` once per store, with a fresh store before each case (seeded by `seed`).
 * `store()` is the store of the running case.
 */
export function forEachStore(
  title: string,
  body: (store: () => OpenedForTest, kind: StoreKind) => void,
  options: { seed?: () => StoreData; stores?: readonly StoreKind[] } = {},
): void {
  for (const kind of options.stores ?? STORES)
    describe(`${title} (${kind.name})`, () => {
      let opened: OpenedForTest | null = null;
      beforeEach(async () => {
        opened = await kind.open(options.seed);
      });
      afterEach(async () => {
        await opened?.close();
        opened = null;
      });
      body(() => {
        if (!opened) throw new Error('no store open');
        return opened;
      }, kind);
    });
}

/** Only one lowdb variant where the outbox is not involved. */
export const REPOSITORY_STORES = STORES.filter((s) => s.name !== 'lowdb, a commit per outbox mark');
