/**
 * The embedded store: one JSON file through lowdb, with the guarantees lowdb alone lacks.
 * - Validated with zod on open; a corrupt or mismatched file refuses to open (never reset).
 * - Every read-modify-write goes through one queue (`update`), so no write is lost in-process.
 * - A lock keeps a second process off the same file (lowdb silently loses writes then).
 * - Stale temp files from a crash mid-write are removed at open.
 * If an update function throws, or the file cannot be written (disk full, an I/O error), the
 * in-memory data goes back to the last saved state (the file), so nothing changes and a later
 * write cannot save the failed change.
 */
import { Low, type Adapter } from 'lowdb';
import { DataFile } from 'lowdb/node';
import { mkdir, rm } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { storeSchema, type StoreData } from './schema.js';
import { acquireLock, type Lock, type LockOptions } from './store-lock.js';
import { StoreWriteError } from './store-errors.js';
import { readValidated, removeStaleTempFiles, tempFileOf } from './store-file.js';

export { StoreOpenError, StoreLockedError, StoreWriteError } from './store-errors.js';
export { readValidated } from './store-file.js';

export interface Store {
  /** The current data. Treat as read-only: change it only inside `update`. */
  read(): Readonly<StoreData>;
  /**
   * Runs fn on the live data inside the single write queue, then writes the file. Rejects with
   * StoreWriteError when the file cannot be written; the data is then as it was before.
   */
  update<T>(fn: (draft: StoreData) => T): Promise<T>;
  /** Increments on every committed update (for caches derived from the data). */
  revision(): number;
  readonly file: string;
  readonly kind: 'lowdb';
  /** Runs `hook` at close, before the store stops taking updates (e.g. to save held counters). */
  beforeClose?(hook: () => Promise<void>): void;
  close(): Promise<void>;
}

export interface OpenStoreOptions {
  /** Builds the first document when the file does not exist. */
  seed: () => StoreData;
  /** The lock's stale and refresh times (defaults 10 s and 2 s; tests shorten them). */
  lock?: Pick<LockOptions, 'staleMs' | 'updateMs'>;
  /** Told when the lock is lost while the store is open; the store then refuses all writes. */
  onLockLost?: (err: Error) => void;
  /** Wraps the file adapter (tests use it to make writes fail as on a full disk). */
  wrapAdapter?: (adapter: Adapter<StoreData>) => Adapter<StoreData>;
}

export async function openStore(file: string, opts: OpenStoreOptions): Promise<Store> {
  const absolute = path.resolve(file);
  await mkdir(path.dirname(absolute), { recursive: true });
  let store: LowStore | null = null;
  let lost: Error | null = null;
  const onLockLost = opts.onLockLost ?? reportLockLost(absolute);
  const lock = await acquireLock(absolute, {
    ...opts.lock,
    onCompromised: (err) => {
      lost = err;
      store?.loseLock(err);
      onLockLost(err);
    },
  });
  try {
    await removeStaleTempFiles(absolute);
    const db = await loadOrSeed(absolute, opts);
    store = new LowStore(absolute, db, lock);
    if (lost) store.loseLock(lost);
    return store;
  } catch (err) {
    await lock.release();
    throw err;
  }
}

function reportLockLost(file: string): (err: Error) => void {
  return (err) =>
    void process.stderr.write(
      `Nærvær lost the lock on ${file} (${err.message}); it saves nothing more until restarted.\n`,
    );
}

function adapter(file: string, opts: OpenStoreOptions): Adapter<StoreData> {
  const plain = new DataFile<StoreData>(file, {
    parse: (s) => JSON.parse(s) as StoreData,
    stringify: (d) => JSON.stringify(d),
  });
  return opts.wrapAdapter ? opts.wrapAdapter(plain) : plain;
}

async function loadOrSeed(file: string, opts: OpenStoreOptions): Promise<Low<StoreData>> {
  if (!existsSync(file)) {
    const data = storeSchema.parse(opts.seed());
    const db = new Low<StoreData>(adapter(file, opts), data);
    await db.write();
    return db;
  }
  const data = await readValidated(file);
  return new Low<StoreData>(adapter(file, opts), data);
}

interface Job {
  fn: (draft: StoreData) => unknown;
  resolve: (value: unknown) => void;
  reject: (err: unknown) => void;
}

/**
 * Group commit: updates queued while a write is in flight run together, in order, and share the
 * next write. If one throws, the data is reloaded from the file (the last committed state) and
 * the batch's earlier updates are applied again, so only the failing update is dropped. If the
 * write fails, the data is reloaded from the file and the whole batch fails with StoreWriteError.
 */
class LowStore implements Store {
  readonly kind = 'lowdb' as const;
  private pending: Job[] = [];
  private flushing: Promise<void> | null = null;
  private rev = 0;
  private closed = false;
  private closing: Promise<void> | null = null;
  private readonly closeHooks: Array<() => Promise<void>> = [];
  /** The data in memory may hold changes the file lacks (a rollback could not read the file). */
  private unsaved = false;
  private lostLock: Error | null = null;

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

  loseLock(err: Error): void {
    this.lostLock ??= err;
  }

  update<T>(fn: (draft: StoreData) => T): Promise<T> {
    if (this.closed) return Promise.reject(new Error('store is closed'));
    if (this.lostLock) return Promise.reject(this.lockLostError());
    return new Promise<T>((resolve, reject) => {
      this.pending.push({ fn, resolve: resolve as (v: unknown) => void, reject });
      this.scheduleFlush();
    });
  }

  beforeClose(hook: () => Promise<void>): void {
    this.closeHooks.push(hook);
  }

  private lockLostError(): StoreWriteError {
    const reason = this.lostLock?.message ?? 'unknown';
    return new StoreWriteError(
      `The lock on ${this.file} was lost (${reason}); nothing more is saved until a restart.`,
      'lock-lost',
      { cause: this.lostLock },
    );
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
      if (this.lostLock) throw this.lockLostError();
      if (this.unsaved) await this.reload();
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
      // Every job must settle, whatever failed (a corrupt file on reload, a failed write), and
      // none of the batch's changes may stay in memory.
      const failure = await this.rollBack(err);
      for (const d of done) d.job.reject(failure);
      for (const job of batch) job.reject(failure);
    }
  }

  /** Back to the file's state after a failed write; the error the batch's callers get. */
  private async rollBack(err: unknown): Promise<StoreWriteError> {
    if (err instanceof StoreWriteError && err.reason === 'lock-lost') return err;
    // A partial temp file would keep a full disk full.
    await rm(tempFileOf(this.file), { force: true }).catch(() => undefined);
    try {
      await this.reload();
    } catch {
      this.unsaved = true;
    }
    const code = (err as NodeJS.ErrnoException).code;
    return new StoreWriteError(
      `Could not save ${this.file} (${code ?? (err as Error).message}); the change was undone.`,
      'io',
      { cause: err },
    );
  }

  private async reload(): Promise<void> {
    this.db.data = await readValidated(this.file);
    this.unsaved = false;
    this.rev++;
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

  close(): Promise<void> {
    this.closing ??= this.shutDown();
    return this.closing;
  }

  private async shutDown(): Promise<void> {
    // A hook reports its own failure; the store closes regardless.
    for (const hook of this.closeHooks) await hook().catch(() => undefined);
    this.closed = true;
    while (this.flushing) await this.flushing;
    await this.lock.release();
  }
}
