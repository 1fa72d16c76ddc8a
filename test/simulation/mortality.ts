/**
 * How a simulated process dies (crash-simulation.sim.ts): at a random durable write, after which
 * nothing more reaches the store. The lowdb store dies at a file write or a journal append; the
 * PostgreSQL pool at an autocommitted write or a COMMIT (its transaction is then lost, as when
 * the process is killed before the server has the COMMIT).
 */
import type pg from 'pg';
import type { StoreData } from '../../data/schema.js';
import type { Store } from '../../data/store.js';

export class Killed extends Error {}
/** What an update queued behind the kill returns: it did nothing. */
const DEAD = Symbol('dead');

const T0 = Date.now();
/** SIM_DEBUG=1: a timestamped trace of days, kills and restarts. */
export function debug(line: string): void {
  if (process.env.SIM_DEBUG)
    process.stdout.write(`${String(Date.now() - T0).padStart(7)} ${line}\n`);
}

/**
 * The process's fate: it dies at a random durable write, a store write or a journal append. After
 * `budget` durable writes it is armed, and the next one that would change something is the kill:
 * that write does not happen, and from then on nothing reaches the disk.
 */
export class Mortality {
  dead = false;
  constructor(private budget: number) {}
  /** A journal append: counts toward the budget, and is the kill once armed. */
  append(): void {
    if (this.dead) throw new Killed('killed');
    if (--this.budget <= 0) this.die('outbox-journal');
  }
  armed(): boolean {
    return --this.budget <= 0;
  }
  private readonly deaths: Array<() => void> = [];
  /** Runs `fn` when the process dies (its sockets close, as the kernel closes them). */
  onDeath(fn: () => void): void {
    this.deaths.push(fn);
  }
  die(what: string): never {
    debug(`  killed at a write to ${what}`);
    this.dead = true;
    for (const fn of this.deaths) fn();
    throw new Killed('killed');
  }
}

/** A store that dies with its process: once dead, no read or write succeeds. */
export class MortalStore implements Store {
  constructor(
    private readonly inner: Store,
    private readonly fate: Mortality,
  ) {}
  get dead(): boolean {
    return this.fate.dead;
  }
  get file(): string {
    return this.inner.file;
  }
  readonly kind = 'lowdb' as const;
  read() {
    if (this.fate.dead) throw new Killed('killed');
    return this.inner.read();
  }
  revision() {
    return this.inner.revision();
  }
  /**
   * Once armed, the first update that changes the document is the kill (a kill at a no-op write
   * leaves the file as a kill just after it would). The kill throws inside the update, so the
   * store rolls that change back. Updates queued behind it do nothing and fail to their callers;
   * they return a marker rather than throw inside the store, so the store does not reload the
   * file once for each of them. Updates of the batch that ran before the kill reach the file,
   * as if the process had died just after writing them.
   */
  update<T>(fn: (d: StoreData) => T): Promise<T> {
    if (this.fate.dead) return Promise.reject(new Killed('killed'));
    const armed = this.fate.armed();
    return this.inner
      .update((d): T | typeof DEAD => {
        if (this.fate.dead) return DEAD;
        if (!armed) return fn(d);
        const before = JSON.stringify(d);
        const result = fn(d);
        if (JSON.stringify(d) !== before) {
          const old = JSON.parse(before) as Record<string, unknown>;
          const changed = Object.keys(d).filter(
            (k) => JSON.stringify(old[k]) !== JSON.stringify((d as Record<string, unknown>)[k]),
          );
          this.fate.die(changed.join(','));
        }
        return result;
      })
      .then((result) => {
        if (result === DEAD) throw new Killed('killed');
        return result;
      });
  }
  close() {
    return this.inner.close();
  }
}

/** A durable write on PostgreSQL: an autocommitted INSERT/UPDATE/DELETE, or a COMMIT. */
const DURABLE = /^\s*(INSERT|UPDATE|DELETE|COMMIT)\b/i;

type QueryFn = (sql: string, params?: unknown[]) => Promise<unknown>;

/**
 * Makes `pool` die with `fate`: once armed, the next durable write is the kill and does not reach
 * the server; from then on every query fails. A transaction open at the kill is never committed
 * (the server rolls it back when the dead pool's connections close).
 */
export function mortalPool(pool: pg.Pool, fate: Mortality): void {
  const inTx = new WeakMap<object, boolean>();
  // kill -9 closes every connection: the server rolls back open transactions and frees their locks.
  const clients = new Set<pg.PoolClient>();
  pool.on('connect', (client) => void clients.add(client));
  fate.onDeath(() => {
    for (const client of clients)
      (
        client as unknown as { connection: { stream: { destroy(): void } } }
      ).connection.stream.destroy();
  });
  const guard = (sql: string, autocommit: boolean): void => {
    if (fate.dead) throw new Killed('killed');
    if ((autocommit || /^\s*COMMIT/i.test(sql)) && DURABLE.test(sql) && fate.armed())
      fate.die(sql.trim().split(/\s+/).slice(0, 3).join(' '));
  };
  const poolQuery = pool.query.bind(pool) as unknown as QueryFn;
  (pool as unknown as { query: QueryFn }).query = (sql, params) => {
    try {
      guard(sql, true);
    } catch (err) {
      return Promise.reject(err instanceof Error ? err : new Error(String(err)));
    }
    return poolQuery(sql, params);
  };
  // pg's pool.query takes a client through connect(callback) and queries it with a callback:
  // those pass through (pool.query is guarded above); promise-style use is guarded.
  const patch = (client: pg.PoolClient): void => {
    if (inTx.has(client)) return;
    inTx.set(client, false);
    const clientQuery = client.query.bind(client) as unknown as (...a: unknown[]) => unknown;
    (client as unknown as { query: (...a: unknown[]) => unknown }).query = (...args) => {
      const [sql] = args;
      if (typeof sql !== 'string' || args.some((a) => typeof a === 'function'))
        return clientQuery(...args);
      try {
        if (/^\s*BEGIN/i.test(sql)) inTx.set(client, true);
        guard(sql, !inTx.get(client));
        if (/^\s*(COMMIT|ROLLBACK)/i.test(sql)) inTx.set(client, false);
      } catch (err) {
        return Promise.reject(err instanceof Error ? err : new Error(String(err)));
      }
      return clientQuery(...args);
    };
  };
  const connect = pool.connect.bind(pool) as (...a: unknown[]) => unknown;
  (pool as unknown as { connect: (...a: unknown[]) => unknown }).connect = (...args) => {
    if (typeof args[0] === 'function') return connect(...args);
    if (fate.dead) return Promise.reject(new Killed('killed'));
    return (connect() as Promise<pg.PoolClient>).then((client) => {
      patch(client);
      return client;
    });
  };
}
