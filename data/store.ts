/**
 * The embedded store: one JSON file through lowdb, with the guarantees lowdb alone lacks.
 * - Validated with zod on open; a corrupt or mismatched file refuses to open (never reset).
 * - Every read-modify-write goes through one queue (`update`), so no write is lost in-process.
 * - A lock file keeps a second process off the same file (lowdb silently loses writes then).
 * - Stale temp files from a crash mid-write are removed at open.
 * If an update function throws, the in-memory data is reloaded from the file, so nothing changes.
 */
import { Low } from 'lowdb';
import { DataFile } from 'lowdb/node';
import { mkdir, readdir, rm, readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { storeSchema, SCHEMA_VERSION, type StoreData } from './schema.js';
import { acquireLock, type Lock } from './store-lock.js';
import { StoreOpenError } from './store-errors.js';

export { StoreOpenError, StoreLockedError } from './store-errors.js';

export interface Store {
  /** The current data. Treat as read-only: change it only inside `update`. */
  read(): Readonly<StoreData>;
  /** Runs fn on the live data inside the single write queue, then writes the file. */
  update<T>(fn: (draft: StoreData) => T): Promise<T>;
  /** Increments on every committed update (for caches derived from the data). */
  revision(): number;
  readonly file: string;
  readonly kind: 'lowdb';
  close(): Promise<void>;
}

export interface OpenStoreOptions {
  /** Builds the first document when the file does not exist. */
  seed: () => StoreData;
}

export async function openStore(file: string, opts: OpenStoreOptions): Promise<Store> {
  const absolute = path.resolve(file);
  await mkdir(path.dirname(absolute), { recursive: true });
  const lock = await acquireLock(absolute);
  try {
    await removeStaleTempFiles(absolute);
    const db = await loadOrSeed(absolute, opts);
    return new LowStore(absolute, db, lock);
  } catch (err) {
    await lock.release();
    throw err;
  }
}

function adapter(file: string): DataFile<StoreData> {
  return new DataFile<StoreData>(file, {
    parse: (s) => JSON.parse(s) as StoreData,
    stringify: (d) => JSON.stringify(d),
  });
}

async function loadOrSeed(file: string, opts: OpenStoreOptions): Promise<Low<StoreData>> {
  if (!existsSync(file)) {
    const data = storeSchema.parse(opts.seed());
    const db = new Low<StoreData>(adapter(file), data);
    await db.write();
    return db;
  }
  const data = await readValidated(file);
  return new Low<StoreData>(adapter(file), data);
}

/** Reads and validates the file; throws StoreOpenError with a readable reason. */
export async function readValidated(file: string): Promise<StoreData> {
  let raw: unknown;
  try {
    raw = JSON.parse(await readFile(file, 'utf8'));
  } catch (err) {
    throw new StoreOpenError(
      `The data file ${file} is not valid JSON (${(err as Error).message}). Refusing to start; restore it from a backup or move it away.`,
      'corrupt',
    );
  }
  const version = (raw as { schemaVersion?: unknown } | null)?.schemaVersion;
  if (version !== SCHEMA_VERSION) {
    throw new StoreOpenError(
      `The data file ${file} has schemaVersion ${JSON.stringify(version)}, this build expects ${SCHEMA_VERSION}. Refusing to start.`,
      'schema-mismatch',
    );
  }
  const parsed = storeSchema.safeParse(raw);
  if (!parsed.success) {
    const issues = parsed.error.issues
      .slice(0, 5)
      .map((i) => `${i.path.join('.')}: ${i.message}`)
      .join('; ');
    throw new StoreOpenError(
      `The data file ${file} does not match the schema (${issues}). Refusing to start.`,
      'invalid',
    );
  }
  return parsed.data;
}

async function removeStaleTempFiles(file: string): Promise<void> {
  const dir = path.dirname(file);
  const base = path.basename(file);
  for (const name of await readdir(dir)) {
    if (name.startsWith(`.${base}`) && name.endsWith('.tmp'))
      await rm(path.join(dir, name), { force: true });
  }
}

interface Job {
  fn: (draft: StoreData) => unknown;
  resolve: (value: unknown) => void;
  reject: (err: unknown) => void;
}

/**
 * Group commit: updates queued while a write is in flight run together, in order, and share the
 * next write. If one throws, the data is reloaded from the file (the last committed state) and
 * the batch's earlier updates are applied again, so only the failing update is dropped.
 */
class LowStore implements Store {
  readonly kind = 'lowdb' as const;
  private pending: Job[] = [];
  private flushing: Promise<void> | null = null;
  private rev = 0;
  private closed = false;

  constructor(
    readonly file: string,
    private readonly db: Low<StoreData>,
    private readonly lock: Lock,
  ) {}

  read(): Readonly<StoreData> {
    return this.db.data;
  }

  revision(): number {
    return this.rev;
  }

  update<T>(fn: (draft: StoreData) => T): Promise<T> {
    if (this.closed) return Promise.reject(new Error('store is closed'));
    return new Promise<T>((resolve, reject) => {
      this.pending.push({ fn, resolve: resolve as (v: unknown) => void, reject });
      this.scheduleFlush();
    });
  }

  private scheduleFlush(): void {
    if (this.flushing) return;
    this.flushing = this.flushLoop().finally(() => {
      this.flushing = null;
      if (this.pending.length > 0) this.scheduleFlush();
    });
  }

  private async flushLoop(): Promise<void> {
    while (this.pending.length > 0) await this.commit(this.pending.splice(0));
  }

  private async commit(batch: Job[]): Promise<void> {
    let done: Array<{ job: Job; result: unknown }> = [];
    try {
      for (const job of batch) {
        try {
          done.push({ job, result: job.fn(this.db.data) });
        } catch (err) {
          done = await this.replay(done);
          job.reject(err);
        }
      }
      if (done.length === 0) return;
      this.rev++;
      await this.db.write();
      for (const d of done) d.job.resolve(d.result);
    } catch (err) {
      // Every job must settle, whatever failed (a corrupt file on reload, a failed write).
      for (const d of done) d.job.reject(err);
      for (const job of batch) job.reject(err);
    }
  }

  /** Reloads the last committed state and applies the batch's good updates again. */
  private async replay(
    done: Array<{ job: Job; result: unknown }>,
  ): Promise<Array<{ job: Job; result: unknown }>> {
    let kept = done;
    for (;;) {
      this.db.data = await readValidated(this.file);
      const failed = kept.findIndex((d) => {
        try {
          d.job.fn(this.db.data);
          return false;
        } catch (err) {
          d.job.reject(err);
          return true;
        }
      });
      if (failed < 0) return kept;
      kept = kept.filter((_, i) => i !== failed);
    }
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    while (this.flushing) await this.flushing;
    await this.lock.release();
  }
}
