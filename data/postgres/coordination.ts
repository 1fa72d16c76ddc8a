/**
 * Work that one instance does for all: a role (the outbox sender, the scheduler) is held through a
 * session advisory lock on a connection of its own, so when the instance dies its connection closes,
 * the lock goes, and the next instance that asks takes the role over. A periodic job also claims its
 * minute in the `coordination` table, so a new holder does not run a minute its predecessor ran.
 */
import pg from 'pg';
import type { Coordination } from '../open-store.js';
import type { Db } from './db.js';

class RoleLock {
  private client: pg.Client | null = null;
  private held = false;
  private closed = false;
  private asking: Promise<boolean> = Promise.resolve(false);

  constructor(
    private readonly url: string,
    private readonly role: string,
  ) {}

  /** Whether this instance holds the role now (takes it when it is free); one ask at a time. */
  hold(): Promise<boolean> {
    this.asking = this.asking.then(() => this.ask());
    return this.asking;
  }

  private async ask(): Promise<boolean> {
    try {
      if (this.closed) return false;
      if (!this.client) {
        const client = new pg.Client({ connectionString: this.url });
        // A lost connection loses the lock with it: ask again next time.
        client.on('error', () => this.drop());
        client.on('end', () => this.drop());
        await client.connect();
        // Closed while connecting: this connection must not outlive the instance.
        if (this.closed) {
          await client.end().catch(() => undefined);
          return false;
        }
        this.client = client;
      }
      if (this.held) {
        await this.client.query('SELECT 1');
        return this.held;
      }
      const { rows } = await this.client.query<{ ok: boolean }>(
        'SELECT pg_try_advisory_lock(hashtextextended($1, 0)) AS ok',
        [`role:${this.role}`],
      );
      this.held = rows[0]?.ok === true;
      return this.held;
    } catch {
      this.drop();
      return false;
    }
  }

  private drop(): void {
    this.held = false;
    const client = this.client;
    this.client = null;
    void client?.end().catch(() => undefined);
  }

  async close(): Promise<void> {
    this.closed = true;
    await this.asking.catch(() => undefined);
    const client = this.client;
    this.client = null;
    this.held = false;
    await client?.end().catch(() => undefined);
  }
}

export function pgCoordination(db: Db, url: string): Coordination {
  const roles = new Map<string, RoleLock>();
  const roleLock = (role: string) => {
    let lock = roles.get(role);
    if (!lock) roles.set(role, (lock = new RoleLock(url, role)));
    return lock;
  };
  return {
    lead: (role) => roleLock(role).hold(),
    once: async (job, minute, fn) => {
      if (!(await roleLock(job).hold())) return null;
      const { rowCount } = await db.query(
        `INSERT INTO coordination (name, last_run) VALUES ($1, $2)
         ON CONFLICT (name) DO UPDATE SET last_run = EXCLUDED.last_run
           WHERE coordination.last_run < EXCLUDED.last_run`,
        [job, minute],
      );
      return rowCount ? fn() : null;
    },
    close: async () => {
      for (const lock of roles.values()) await lock.close();
    },
  };
}
