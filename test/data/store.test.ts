import { expect } from 'chai';
import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync, existsSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { openStore, StoreOpenError, type Store } from '../../data/store.js';
import { emptyStore } from '../../data/defaults.js';
import { tempDir } from '../helpers/tmp.js';

const seed = () => emptyStore('2026-11-22T08:00:00.000Z');
const child = fileURLToPath(new URL('../helpers/open-store-child.ts', import.meta.url));

function runChild(file: string): Promise<{ code: number | null; out: string; kill: () => void }> {
  return new Promise((resolve) => {
    const p = spawn(process.execPath, ['--import', 'tsx', child, file], {
      stdio: ['pipe', 'pipe', 'inherit'],
    });
    let out = '';
    p.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      if (out.includes('opened')) resolve({ code: null, out, kill: () => p.stdin.end() });
    });
    p.on('exit', (code) => resolve({ code, out, kill: () => undefined }));
  });
}

async function expectRefusal(file: string, code: StoreOpenError['code']): Promise<void> {
  try {
    await openStore(file, { seed });
    expect.fail('the store opened');
  } catch (err) {
    expect(err).to.be.instanceOf(StoreOpenError);
    expect((err as StoreOpenError).code).to.equal(code);
  }
}

describe('openStore', () => {
  let tmp: ReturnType<typeof tempDir>;
  let store: Store | undefined;
  beforeEach(() => (tmp = tempDir()));
  afterEach(async () => {
    await store?.close();
    store = undefined;
    tmp.cleanup();
  });

  it('when the file is missing, then it is created from the seed and validated', async () => {
    store = await openStore(tmp.file('d.json'), { seed });
    expect(store.read().schemaVersion).to.equal(1);
    expect(JSON.parse(readFileSync(tmp.file('d.json'), 'utf8')).origin).to.equal('empty');
  });

  it('when the file is not JSON, then it refuses to open and leaves the file alone', async () => {
    writeFileSync(tmp.file('d.json'), '{"schemaVersion":1, broken');
    await expectRefusal(tmp.file('d.json'), 'corrupt');
    expect(readFileSync(tmp.file('d.json'), 'utf8')).to.equal('{"schemaVersion":1, broken');
  });

  it('when the schema version differs, then it refuses to open', async () => {
    writeFileSync(tmp.file('d.json'), JSON.stringify({ ...seed(), schemaVersion: 99 }));
    await expectRefusal(tmp.file('d.json'), 'schema-mismatch');
  });

  it('when a record has a field the schema does not know (e.g. a diagnosis), then it refuses', async () => {
    const data = seed();
    const bad = {
      ...data,
      sickPeriods: [
        {
          id: 'x',
          personKey: 'p',
          type: 'SYGDOM',
          start: '2026-01-01',
          end: null,
          partialPercent: null,
          source: 'chat',
          sourceId: null,
          registeredBy: null,
          createdAt: data.createdAt,
          updatedAt: data.createdAt,
          diagnosis: 'influenza',
        },
      ],
    };
    writeFileSync(tmp.file('d.json'), JSON.stringify(bad));
    await expectRefusal(tmp.file('d.json'), 'invalid');
  });

  it('when 1,000 updates run concurrently, then none is lost', async () => {
    store = await openStore(tmp.file('d.json'), { seed });
    const s = store;
    await Promise.all(
      Array.from({ length: 1000 }, (_, i) =>
        s.update((d) => void d.jobCodes.push({ code: `c${i}`, occupationalGroup: 'g' })),
      ),
    );
    await s.close();
    store = await openStore(tmp.file('d.json'), { seed });
    expect(store.read().jobCodes).to.have.length(1000);
  });

  it('when an update throws, then neither memory nor file changes', async () => {
    store = await openStore(tmp.file('d.json'), { seed });
    const before = readFileSync(tmp.file('d.json'), 'utf8');
    try {
      await store.update((d) => {
        d.jobCodes.push({ code: 'half', occupationalGroup: 'g' });
        throw new Error('boom');
      });
    } catch {
      /* expected */
    }
    expect(store.read().jobCodes).to.deep.equal([]);
    expect(readFileSync(tmp.file('d.json'), 'utf8')).to.equal(before);
  });

  it('when stale temp files lie next to the data file, then they are removed at open', async () => {
    store = await openStore(tmp.file('d.json'), { seed });
    await store.close();
    writeFileSync(tmp.file('.d.json.tmp'), 'half-written');
    store = await openStore(tmp.file('d.json'), { seed });
    expect(readdirSync(tmp.dir).filter((n) => n.endsWith('.tmp'))).to.deep.equal([]);
  });

  it('when another process holds the store, then a second process refuses to start', async () => {
    const first = await runChild(tmp.file('d.json'));
    expect(first.out).to.contain('opened');
    const second = await runChild(tmp.file('d.json'));
    expect(second.code).to.equal(3);
    expect(second.out).to.contain('refused: locked');
    first.kill();
  });

  it('when the lock belongs to a process that no longer runs, then it is taken over', async () => {
    writeFileSync(tmp.file('d.json.lock'), JSON.stringify({ pid: 2 ** 22 + 12345 }));
    store = await openStore(tmp.file('d.json'), { seed });
    expect(existsSync(tmp.file('d.json.lock'))).to.equal(true);
  });
});

describe('Store.update group commit', () => {
  let tmp: ReturnType<typeof tempDir>;
  beforeEach(() => (tmp = tempDir()));
  afterEach(() => tmp.cleanup());

  it('when one update in a batch throws, then only that update is dropped', async () => {
    const store = await openStore(tmp.file('d.json'), { seed });
    const results = await Promise.allSettled([
      store.update((d) => d.jobCodes.push({ code: 'a', occupationalGroup: 'g' })),
      store.update((d) => {
        d.jobCodes.push({ code: 'bad', occupationalGroup: 'g' });
        throw new Error('boom');
      }),
      store.update((d) => d.jobCodes.push({ code: 'c', occupationalGroup: 'g' })),
    ]);
    expect(results.map((r) => r.status)).to.deep.equal(['fulfilled', 'rejected', 'fulfilled']);
    expect(store.read().jobCodes.map((j) => j.code)).to.deep.equal(['a', 'c']);
    await store.close();
    const reopened = await openStore(tmp.file('d.json'), { seed });
    expect(reopened.read().jobCodes.map((j) => j.code)).to.deep.equal(['a', 'c']);
    await reopened.close();
  });

  it('when the stale-copy pattern is avoided by update(), then 100 increments persist', async () => {
    const store = await openStore(tmp.file('d.json'), { seed });
    await Promise.all(
      Array.from({ length: 100 }, async () => {
        await new Promise((r) => setTimeout(r, Math.floor(Math.random() * 5)));
        await store.update((d) => void (d.settings.dueHour = (d.settings.dueHour + 1) % 24));
      }),
    );
    expect(store.read().settings.dueHour).to.equal((8 + 100) % 24);
    await store.close();
  });
});
