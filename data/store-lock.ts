/**
 * The single-writer lock: a directory `<data file>.lock`, made and kept by proper-lockfile.
 * - mkdir is atomic, so of processes opening the store at the same instant exactly one gets it.
 * - The holder refreshes the directory's mtime every `updateMs`; a lock left unrefreshed for
 *   `staleMs` belongs to a process that is gone and is taken over. No process id is involved, so
 *   a container restarted after kill -9 (whose new process has the old one's pid) starts once the
 *   lock has gone stale, without anyone deleting it by hand.
 * - If the lock is lost while held (a refresh failed or came too late, or another process took
 *   it over), `onCompromised` is told; the store then refuses further writes.
 * A lock file of the former kind (a regular file holding a pid) is removed: a pid cannot tell
 * whether its owner still runs once pids are reused.
 */
import { unlink } from 'node:fs/promises';
import { lock as properLock } from 'proper-lockfile';
import { StoreLockedError } from './store-errors.js';

export interface Lock {
  release(): Promise<void>;
}

export interface LockOptions {
  /** A lock not refreshed for this long is taken over (ms; proper-lockfile's minimum is 2,000). */
  staleMs?: number;
  /** How often the holder refreshes the lock (ms; at least 1,000 and at most staleMs / 2). */
  updateMs?: number;
  /** Called once when the lock is lost while held. */
  onCompromised?: (err: Error) => void;
}

export const DEFAULT_LOCK_STALE_MS = 10_000;
export const DEFAULT_LOCK_UPDATE_MS = 2_000;

export function lockPathOf(dataFile: string): string {
  return `${dataFile}.lock`;
}

/** unlink removes a regular file only (a directory gives EISDIR), so a current lock is safe. */
async function removeFormerLockFile(lockPath: string): Promise<void> {
  try {
    await unlink(lockPath);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code !== 'ENOENT' && code !== 'EISDIR' && code !== 'EPERM') throw err;
  }
}

export async function acquireLock(dataFile: string, opts: LockOptions = {}): Promise<Lock> {
  const lockPath = lockPathOf(dataFile);
  const staleMs = opts.staleMs ?? DEFAULT_LOCK_STALE_MS;
  await removeFormerLockFile(lockPath);
  let compromised = false;
  let unlock: () => Promise<void>;
  try {
    unlock = await properLock(dataFile, {
      lockfilePath: lockPath,
      realpath: false,
      retries: 0,
      stale: staleMs,
      update: opts.updateMs ?? DEFAULT_LOCK_UPDATE_MS,
      onCompromised: (err) => {
        compromised = true;
        opts.onCompromised?.(err);
      },
    });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ELOCKED') throw err;
    const seconds = Math.max(staleMs, 2000) / 1000;
    throw new StoreLockedError(
      `The data file ${dataFile} is in use by another process: its lock ${lockPath} was refreshed less than ${seconds} s ago. Only one Nærvær process may use a lowdb store. A lock whose process has stopped (even by kill -9) is taken over ${seconds} s after its last refresh.`,
    );
  }
  let released = false;
  return {
    async release() {
      if (released || compromised) return;
      released = true;
      await unlock();
    },
  };
}
