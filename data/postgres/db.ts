/**
 * The PostgreSQL connection pool and the few verbs every PostgreSQL repository uses: a query, a
 * transaction, and advisory locks that serialise the check-then-write of one aggregate (a person's
 * sick periods, a period's plan) across every instance sharing the database.
 */
import pg from 'pg';
import Cursor from 'pg-cursor';
import { StoreWriteError } from '../store-errors.js';

export interface Queryable {
  query<R extends pg.QueryResultRow = pg.QueryResultRow>(
    sql: string,
    params?: unknown[],
  ): Promise<pg.QueryResult<R>>;
}

export interface Db extends Queryable {
  readonly pool: pg.Pool;
  /** Runs fn in one transaction; a failure rolls everything back (and rejects). */
  tx<T>(fn: (client: Queryable) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** A row's jsonb document. */
export interface DataRow<T> {
  data: T;
}

export const dataOf = <T>(rows: ReadonlyArray<DataRow<T>>): T[] => rows.map((r) => r.data);

/** The first row's document, or null. */
export const firstData = <T>(rows: ReadonlyArray<DataRow<T>>): T | null => rows[0]?.data ?? null;

/** JSON for a jsonb parameter (node-postgres would send a JS array as a PostgreSQL array). */
export const json = (value: unknown): string => JSON.stringify(value);

/** Rows per page of a large read (see dataInPages). */
export const PAGE_ROWS = 1_000;

/**
 * The documents (`data`) of a query, read through a cursor a page at a time: at 45,000 employees a
 * read of thousands of rows (the statistics' 400,000 periods, the scan's changed periods) arrived
 * in bursts of up to 2 MB that the driver parsed in one turn of the event loop (50–100 ms each);
 * a page of 1,000 rows is one round trip, and other work runs between pages. One statement, so one
 * snapshot of the table (unlike reading in pages by key).
 */
export async function dataInPages<T>(
  db: Db,
  sql: string,
  params: readonly unknown[] = [],
): Promise<T[]> {
  const client = await db.pool.connect();
  const cursor = client.query(new Cursor<DataRow<T>>(sql, [...params]));
  const out: T[] = [];
  try {
    for (;;) {
      const rows = await cursor.read(PAGE_ROWS);
      for (const r of rows) out.push(r.data);
      if (rows.length < PAGE_ROWS) break;
    }
    await cursor.close();
    client.release();
    return out;
  } catch (err) {
    client.release(err instanceof Error ? err : new Error(String(err)));
    throw err;
  }
}

/** `keys` in chunks of a page each, for `= ANY($1)` reads of many keys (see dataInPages). */
export function chunksOf<T>(keys: Iterable<T>, size = PAGE_ROWS): T[][] {
  const all = [...keys];
  const out: T[][] = [];
  for (let i = 0; i < all.length; i += size) out.push(all.slice(i, i + size));
  return out;
}

/**
 * Takes transaction-scoped advisory locks on `keys` (in a fixed order, so two transactions never
 * wait on each other in a circle); they are released at commit or rollback.
 */
export async function lockKeys(q: Queryable, keys: Iterable<string>): Promise<void> {
  const sorted = [...new Set(keys)].sort();
  if (sorted.length === 0) return;
  // One round trip for all keys (an import's scan locks thousands), taken in the array's order.
  await q.query(
    `SELECT count(pg_advisory_xact_lock(hashtextextended(k, 0)))
     FROM (SELECT k FROM unnest($1::text[]) WITH ORDINALITY AS t(k, n) ORDER BY n) ordered`,
    [sorted],
  );
}

/** Errors of the connection or the server, as opposed to a bug in a query. */
function isConnectionError(err: unknown): boolean {
  const code = (err as { code?: unknown }).code;
  if (typeof code !== 'string')
    return err instanceof Error && /connection|terminat/i.test(err.message);
  return (
    /^(08|57P|53)/.test(code) || ['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT'].includes(code)
  );
}

/** A connection lost during a write becomes the same StoreWriteError the lowdb store gives. */
export function asWriteError(err: unknown): unknown {
  if (err instanceof StoreWriteError || !isConnectionError(err)) return err;
  const message = err instanceof Error ? err.message : String(err);
  return new StoreWriteError(
    `Could not save to PostgreSQL (${message}); nothing was changed.`,
    'io',
    {
      cause: err,
    },
  );
}

export function createDb(url: string, options: { max?: number } = {}): Db {
  const pool = new pg.Pool({ connectionString: url, max: options.max ?? 10 });
  // An idle client losing its connection must not crash the process; the next query reconnects.
  pool.on('error', () => undefined);
  // Nor one that is checked out between two queries, or ending while the server terminates it
  // (a failover, an administrator's kill): the pool listens only while a client is idle, and an
  // 'error' nobody listens to is thrown. Query errors still reach the query that failed.
  pool.on('connect', (client) => client.on('error', () => undefined));
  const query: Db['query'] = (sql, params) => pool.query(sql, params);
  return {
    pool,
    query,
    tx: async (fn) => {
      let client: pg.PoolClient;
      try {
        client = await pool.connect();
      } catch (err) {
        throw asWriteError(err);
      }
      try {
        await client.query('BEGIN');
        const result = await fn(client);
        await client.query('COMMIT');
        client.release();
        return result;
      } catch (err) {
        await client.query('ROLLBACK').catch(() => undefined);
        client.release(isConnectionError(err) ? (err as Error) : undefined);
        throw asWriteError(err);
      }
    },
    close: () => pool.end(),
  };
}
