/**
 * A write that fails (disk full, an I/O error) is undone in memory, so the next write cannot
 * save it. Once on a real full disk (a small tmpfs, when this machine lets the test mount one),
 * and always through the store's file adapter with an injected ENOSPC.
 */
import { expect } from 'chai';
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import type { Adapter } from 'lowdb';
import { openStore, StoreWriteError, type Store } from '../../data/store.js';
import type { StoreData } from '../../data/schema.js';
import { emptyStore } from '../../data/defaults.js';
import { tempDir } from '../helpers/tmp.js';

const seed = () => emptyStore('2026-11-22T08:00:00.000Z');
const codesIn = (file: string): string[] =>
  (JSON.parse(readFileSync(file, 'utf8')) as StoreData).jobCodes.map((j) => j.code);
const push = (code: string) => (d: StoreData) =>
  void d.jobCodes.push({ code, occupationalGroup: 'g' });

async function expectWriteError(p: Promise<unknown>, code: string): Promise<StoreWriteError> {
  try {
    await p;
  } catch (err) {
    expect(err).to.be.instanceOf(StoreWriteError);
    expect((err as StoreWriteError).reason).to.equal('io');
    expect(((err as StoreWriteError).cause as NodeJS.ErrnoException).code).to.equal(code);
    return err as StoreWriteError;
  }
  return expect.fail('the write succeeded');
}

function enospc(): NodeJS.ErrnoException {
  return Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
}

describe('Store.update when the file cannot be written', () => {
  let tmp: ReturnType<typeof tempDir>;
  let store: Store | undefined;
  beforeEach(() => (tmp = tempDir()));
  afterEach(async () => {
    await store?.close();
    store = undefined;
    tmp.cleanup();
  });

  /**
   * A store whose writes can be held (until `release`) and made to fail with ENOSPC: a write
   * fails when `failures` was above 0 as it began; `during` runs as it fails.
   */
  async function failingStore(file: string) {
    const control = {
      failures: 0,
      during: () => {},
      gate: Promise.resolve(),
      release: () => {},
      hold() {
        this.gate = new Promise<void>((r) => (this.release = r));
      },
    };
    const s = await openStore(file, {
      seed,
      wrapAdapter: (inner: Adapter<StoreData>) => ({
        read: () => inner.read(),
        write: async (data) => {
          const fail = control.failures > 0;
          if (fail) control.failures--;
          await control.gate;
          if (!fail) return inner.write(data);
          control.during();
          throw enospc();
        },
      }),
    });
    return { s, control };
  }

  it('when the disk is full, then the change is undone in memory and the next write does not save it', async () => {
    const file = tmp.file('d.json');
    const { s, control } = await failingStore(file);
    store = s;
    await s.update(push('before'));
    control.failures = 1;
    const err = await expectWriteError(s.update(push('lost')), 'ENOSPC');
    expect(err.message).to.match(/undone/);
    expect(s.read().jobCodes.map((j) => j.code)).to.deep.equal(['before']);
    await s.update(push('after'));
    expect(codesIn(file)).to.deep.equal(['before', 'after']);
    await s.close();
    store = await openStore(file, { seed });
    expect(store.read().jobCodes.map((j) => j.code)).to.deep.equal(['before', 'after']);
  });

  it('when a batch of queued updates shares the failed write, then all of them fail and the update queued behind them is saved without them', async () => {
    const file = tmp.file('d.json');
    const { s, control } = await failingStore(file);
    store = s;
    control.hold();
    const first = s.update(push('first'));
    const batch = ['b1', 'b2', 'b3'].map((c) => s.update(push(c)));
    const releaseFirst = control.release;
    control.failures = 1;
    control.hold();
    releaseFirst();
    await first;
    // Once the batch's write has begun, a new update waits for the next write.
    while (control.failures > 0) await new Promise((r) => setImmediate(r));
    const later = s.update(push('later'));
    control.release();
    const results = await Promise.allSettled(batch);
    for (const r of results) {
      expect(r.status).to.equal('rejected');
      expect((r as PromiseRejectedResult).reason).to.be.instanceOf(StoreWriteError);
    }
    await later;
    expect(codesIn(file)).to.deep.equal(['first', 'later']);
    expect(s.read().jobCodes.map((j) => j.code)).to.deep.equal(['first', 'later']);
  });

  it('when the file cannot even be read back after the failed write, then the next update starts from the file once it can', async () => {
    const file = tmp.file('d.json');
    const { s, control } = await failingStore(file);
    store = s;
    await s.update(push('before'));
    control.failures = 1;
    control.during = () => renameSync(file, `${file}.away`);
    await expectWriteError(s.update(push('lost')), 'ENOSPC');
    renameSync(`${file}.away`, file);
    await s.update(push('after'));
    expect(codesIn(file)).to.deep.equal(['before', 'after']);
    expect(s.read().jobCodes.map((j) => j.code)).to.deep.equal(['before', 'after']);
  });
});

describe('Store.update on a real full disk (tmpfs)', function () {
  this.timeout(20_000);
  let tmp: ReturnType<typeof tempDir>;
  let mountPoint = '';
  let mounted = false;
  let store: Store | undefined;

  before(function () {
    tmp = tempDir();
    mountPoint = tmp.file('small-disk');
    mkdirSync(mountPoint);
    const r = spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=256k', 'tmpfs', mountPoint], {
      encoding: 'utf8',
    });
    mounted = r.status === 0;
    // Mounting needs root (CAP_SYS_ADMIN); elsewhere the injected ENOSPC tests above stand in.
    if (!mounted) this.skip();
  });
  after(async () => {
    await store?.close();
    if (mounted) spawnSync('umount', [mountPoint]);
    tmp.cleanup();
  });

  it('when the disk fills up, then the failed change is undone and not saved once space is free again', async () => {
    const file = `${mountPoint}/d.json`;
    store = await openStore(file, { seed });
    await store.update(push('before'));
    const filler = `${mountPoint}/filler`;
    const chunk = Buffer.alloc(4096, 1);
    let written = 0;
    try {
      for (;;) {
        writeFileSync(filler, chunk, { flag: 'a' });
        written += chunk.length;
      }
    } catch (err) {
      expect((err as NodeJS.ErrnoException).code).to.equal('ENOSPC');
    }
    expect(written).to.be.greaterThan(0);
    const big = 'x'.repeat(64 * 1024);
    await expectWriteError(store.update(push(big)), 'ENOSPC');
    expect(store.read().jobCodes.map((j) => j.code)).to.deep.equal(['before']);
    rmSync(filler);
    await store.update(push('after'));
    expect(codesIn(file)).to.deep.equal(['before', 'after']);
    await store.close();
    store = await openStore(file, { seed });
    expect(store.read().jobCodes.map((j) => j.code)).to.deep.equal(['before', 'after']);
  });
});
