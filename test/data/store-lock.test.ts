/**
 * The single-writer lock across processes: simultaneous opens, kill -9 and restart, a restart in
 * a fresh PID namespace (the new process has the dead one's pid, as under Docker), a lost lock.
 */
import { expect } from 'chai';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { openStore, StoreOpenError, StoreWriteError, type Store } from '../../data/store.js';
import { emptyStore } from '../../data/defaults.js';
import { tempDir } from '../helpers/tmp.js';

const seed = () => emptyStore('2026-11-22T08:00:00.000Z');
const childScript = fileURLToPath(new URL('../helpers/store-lock-child.ts', import.meta.url));
/** proper-lockfile's shortest stale time; the refresh then runs every second. */
const STALE_MS = 2000;

interface Child {
  proc: ChildProcess;
  lines: string[];
  /** Resolves with the first output line that satisfies `match`. */
  line(match: (l: string) => boolean): Promise<string>;
  exited: Promise<number | null>;
}

function startChild(args: string[], inPidNamespace = false): Child {
  const node = [process.execPath, '--import', 'tsx', childScript, ...args];
  const [cmd, ...rest] = inPidNamespace
    ? ['unshare', '--pid', '--fork', '--mount-proc', ...node]
    : node;
  // unshare complains on stderr when its child is killed; that is expected here.
  const proc = spawn(cmd!, rest, {
    stdio: ['pipe', 'pipe', inPidNamespace ? 'ignore' : 'inherit'],
  });
  const lines: string[] = [];
  const waiters: Array<{ match: (l: string) => boolean; resolve: (l: string) => void }> = [];
  let buffer = '';
  proc.stdout.on('data', (d: Buffer) => {
    buffer += d.toString();
    const parts = buffer.split('\n');
    buffer = parts.pop() ?? '';
    for (const l of parts) {
      lines.push(l);
      for (const w of waiters.filter((x) => x.match(l))) w.resolve(l);
    }
  });
  const exited = new Promise<number | null>((resolve) => proc.on('exit', (code) => resolve(code)));
  return {
    proc,
    lines,
    exited,
    line: (match) =>
      new Promise((resolve, reject) => {
        const seen = lines.find(match);
        if (seen !== undefined) return resolve(seen);
        waiters.push({ match, resolve });
        void exited.then(() => {
          const l = lines.find(match);
          if (l !== undefined) resolve(l);
          else reject(new Error(`child exited without printing it; output: ${lines.join(' | ')}`));
        });
      }),
  };
}

function begin(child: Child, at: number): void {
  child.proc.stdin!.write(`start ${at}\n`);
}

/** The pid, as seen from outside, of the process `unshare --fork` started (pid 1 inside). */
function forkedChildOf(pid: number): number {
  const children = readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim();
  return Number(children.split(/\s+/)[0]);
}

function unshareWorks(): boolean {
  const r = spawnSync('unshare', ['--pid', '--fork', '--mount-proc', 'true'], { stdio: 'ignore' });
  return r.status === 0;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function expectLocked(file: string): Promise<void> {
  try {
    const s = await openStore(file, { seed, lock: { staleMs: STALE_MS } });
    await s.close();
    expect.fail('the store opened while another process held it');
  } catch (err) {
    expect(err).to.be.instanceOf(StoreOpenError);
    expect((err as StoreOpenError).code).to.equal('locked');
    expect((err as Error).message).to.match(/in use by another process/);
  }
}

describe('store lock across processes', function () {
  this.timeout(30_000);
  let tmp: ReturnType<typeof tempDir>;
  let children: Child[] = [];
  let store: Store | undefined;
  beforeEach(() => (tmp = tempDir()));
  afterEach(async () => {
    for (const c of children) c.proc.kill('SIGKILL');
    await Promise.all(children.map((c) => c.exited));
    children = [];
    await store?.close();
    store = undefined;
    tmp.cleanup();
  });

  it('when four processes open the same file at the same instant, then exactly one gets it, 30 times out of 30', async () => {
    const rounds = 30;
    const files = Array.from({ length: rounds }, (_, i) => tmp.file(`race-${i}.json`));
    children = [0, 1, 2, 3].map(() => startChild([String(10_000), '150', ...files]));
    await Promise.all(children.map((c) => c.line((l) => l.startsWith('pid '))));
    const at = Date.now() + 200;
    for (const c of children) begin(c, at);
    await Promise.all(children.map((c) => c.line((l) => l === 'done')));
    const outcomes = Array.from({ length: rounds }, (_, i) =>
      children.map((c) => c.lines.find((l) => l.startsWith(`${i} `)) ?? ''),
    );
    const winners = outcomes.map((o) => o.filter((l) => l.includes(' opened ')).length);
    expect(winners).to.deep.equal(Array.from({ length: rounds }, () => 1));
    for (const o of outcomes)
      expect(o.filter((l) => l.includes('refused: locked'))).to.have.length(3);
    // The opens really met: every process began within 5 ms of the mark in many rounds (not all:
    // a loaded machine delays some; a late round still may have only one winner).
    const together = outcomes.filter((o) => o.every((l) => Number(l.split(' ').at(-1)) <= 5));
    expect(together.length).to.be.at.least(rounds / 3);
  });

  it('when the holder is killed with SIGKILL, then a restart is refused until the lock is stale and then starts without clean-up', async () => {
    const file = tmp.file('d.json');
    const holder = startChild([String(STALE_MS), '0', file]);
    children = [holder];
    begin(holder, 0);
    await holder.line((l) => l.startsWith('0 opened'));
    holder.proc.kill('SIGKILL');
    await holder.exited;
    const killedAt = Date.now();
    expect(existsSync(`${file}.lock`)).to.equal(true);
    await expectLocked(file);
    for (;;) {
      try {
        store = await openStore(file, { seed, lock: { staleMs: STALE_MS } });
        break;
      } catch (err) {
        if (!(err instanceof StoreOpenError) || Date.now() - killedAt > STALE_MS + 3000) throw err;
        await sleep(200);
      }
    }
    expect(Date.now() - killedAt).to.be.below(STALE_MS + 3000);
    expect(store.read().schemaVersion).to.equal(1);
  });

  it('when a process holding the lock is killed and the restart gets the same pid (fresh PID namespace), then the restart starts', async function () {
    const file = tmp.file('d.json');
    if (!unshareWorks()) {
      // Without unshare, the same situation as the restarted process sees it: a lock left
      // by a dead process that names the current process's own pid (the former lock format).
      writeFileSync(`${file}.lock`, JSON.stringify({ pid: process.pid }));
      store = await openStore(file, { seed, lock: { staleMs: STALE_MS } });
      expect(statSync(`${file}.lock`).isDirectory()).to.equal(true);
      return;
    }
    const first = startChild([String(STALE_MS), '0', file], true);
    children = [first];
    expect(await first.line((l) => l.startsWith('pid '))).to.equal('pid 1');
    begin(first, 0);
    await first.line((l) => l.startsWith('0 opened'));
    process.kill(forkedChildOf(first.proc.pid!), 'SIGKILL');
    await first.exited;
    await sleep(STALE_MS + 1200);
    const second = startChild([String(STALE_MS), '0', file], true);
    children.push(second);
    expect(await second.line((l) => l.startsWith('pid '))).to.equal('pid 1');
    begin(second, 0);
    expect(await second.line((l) => l.startsWith('0 '))).to.match(/^0 opened/);
  });

  it('when a lock file of the former kind (a pid in a file) names this very process, then it is replaced', async () => {
    const file = tmp.file('d.json');
    writeFileSync(
      `${file}.lock`,
      JSON.stringify({ pid: process.pid, at: new Date().toISOString() }),
    );
    store = await openStore(file, { seed });
    expect(statSync(`${file}.lock`).isDirectory()).to.equal(true);
  });

  it('when the lock is lost while the store is open, then it is reported and every later write is refused', async () => {
    const file = tmp.file('d.json');
    const lost: Error[] = [];
    store = await openStore(file, {
      seed,
      lock: { staleMs: STALE_MS, updateMs: 1000 },
      onLockLost: (err) => lost.push(err),
    });
    rmSync(`${file}.lock`, { recursive: true });
    const deadline = Date.now() + 5000;
    while (lost.length === 0 && Date.now() < deadline) await sleep(100);
    expect(lost).to.have.length(1);
    const before = readFileSync(file, 'utf8');
    try {
      await store.update((d) => void d.jobCodes.push({ code: 'x', occupationalGroup: 'g' }));
      expect.fail('the write went through');
    } catch (err) {
      expect(err).to.be.instanceOf(StoreWriteError);
      expect((err as StoreWriteError).reason).to.equal('lock-lost');
    }
    expect(store.read().jobCodes).to.deep.equal([]);
    expect(readFileSync(file, 'utf8')).to.equal(before);
  });
});
