/**
 * A lock file next to the data file, so that a second process refuses to open the same store.
 * The lock holds the owner's pid; a lock whose process no longer runs is stale and taken over.
 */
import { open, readFile, rm } from 'node:fs/promises';
import { StoreLockedError } from './store-errors.js';

export interface Lock {
  release(): Promise<void>;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

async function tryCreate(lockFile: string): Promise<boolean> {
  try {
    const handle = await open(lockFile, 'wx');
    await handle.writeFile(JSON.stringify({ pid: process.pid, at: new Date().toISOString() }));
    await handle.close();
    return true;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw err;
  }
}

async function ownerPid(lockFile: string): Promise<number | null> {
  try {
    const parsed = JSON.parse(await readFile(lockFile, 'utf8')) as { pid?: unknown };
    return typeof parsed.pid === 'number' ? parsed.pid : null;
  } catch {
    return null;
  }
}

export async function acquireLock(dataFile: string): Promise<Lock> {
  const lockFile = `${dataFile}.lock`;
  if (!(await tryCreate(lockFile))) {
    const pid = await ownerPid(lockFile);
    if (pid !== null && isAlive(pid)) {
      throw new StoreLockedError(
        `The data file ${dataFile} is in use by another process (pid ${pid}). Only one Nærvær process may use a lowdb store.`,
      );
    }
    await rm(lockFile, { force: true });
    if (!(await tryCreate(lockFile))) throw new StoreLockedError(`Could not lock ${dataFile}.`);
  }
  let released = false;
  return {
    async release() {
      if (released) return;
      released = true;
      await rm(lockFile, { force: true });
    },
  };
}
