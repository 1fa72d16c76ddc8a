import { expect } from 'chai';
import { readFileSync } from 'node:fs';
import { openStore, type Store } from '../../data/store.js';
import { createLowdbRepositories } from '../../data/lowdb-repositories.js';
import type { AuditEntry, StoreData } from '../../data/schema.js';
import { emptyStore } from '../../data/defaults.js';
import { tempDir } from '../helpers/tmp.js';

const NOW = '2026-11-23T08:00:00.000Z';

function entry(at: string, action = 'stats.read'): AuditEntry {
  return {
    at,
    actor: 'leader',
    action,
    subject: null,
    unitId: null,
    outcome: 'allowed',
    detail: null,
  };
}

describe('AuditRepository.prune', () => {
  let tmp: ReturnType<typeof tempDir>;
  let store: Store;
  beforeEach(() => (tmp = tempDir()));
  afterEach(async () => {
    await store.close();
    tmp.cleanup();
  });

  async function withAudit(audit: AuditEntry[]) {
    store = await openStore(tmp.file('d.json'), {
      seed: (): StoreData => ({ ...emptyStore(NOW), audit }),
    });
    return createLowdbRepositories(store, () => NOW).audit;
  }

  it('when entries are older than the cut-off, then they go, the rest stay in order, and the pruning is itself audited', async () => {
    const audit = await withAudit([
      entry('2021-01-01T00:00:00.000Z', 'a'),
      entry('2021-11-22T23:59:59.999Z', 'b'),
      entry('2021-11-23T08:00:00.000Z', 'c'),
      entry('2025-06-01T12:00:00.000Z', 'd'),
    ]);
    expect(await audit.prune('2021-11-23T08:00:00.000Z')).to.equal(2);
    const kept = store.read().audit;
    expect(kept.map((a) => a.action)).to.deep.equal(['c', 'd', 'audit.pruned']);
    expect(kept.at(-1)).to.include({
      at: NOW,
      actor: 'system',
      detail: 'removed=2; before=2021-11-23T08:00:00.000Z',
    });
    const onDisk = JSON.parse(readFileSync(tmp.file('d.json'), 'utf8')) as StoreData;
    expect(onDisk.audit.map((a) => a.action)).to.deep.equal(['c', 'd', 'audit.pruned']);
  });

  it('when an old entry sits after newer ones, or carries an offset, then it is judged by its instant', async () => {
    const audit = await withAudit([
      entry('2025-01-01T00:00:00.000Z', 'new'),
      entry('2020-01-01T00:00:00.000Z', 'old-late-in-the-list'),
      entry('2021-11-23T08:30:00+01:00', 'old-by-offset'),
      entry('2021-11-23T09:30:00+01:00', 'new-by-offset'),
    ]);
    expect(await audit.prune('2021-11-23T08:00:00.000Z')).to.equal(2);
    expect(store.read().audit.map((a) => a.action)).to.deep.equal([
      'new',
      'new-by-offset',
      'audit.pruned',
    ]);
  });

  it('when nothing is old enough, then nothing is written', async () => {
    const audit = await withAudit([entry('2025-01-01T00:00:00.000Z')]);
    const before = readFileSync(tmp.file('d.json'), 'utf8');
    const revision = store.revision();
    expect(await audit.prune('2021-11-23T08:00:00.000Z')).to.equal(0);
    expect(store.revision()).to.equal(revision);
    expect(readFileSync(tmp.file('d.json'), 'utf8')).to.equal(before);
  });

  it('when the cut-off is not an instant, then it refuses rather than guess', async () => {
    const audit = await withAudit([entry('2021-01-01T00:00:00.000Z')]);
    try {
      await audit.prune('five years ago');
      expect.fail('pruned');
    } catch (err) {
      expect((err as Error).message).to.match(/not an instant/);
    }
    expect(store.read().audit).to.have.length(1);
  });
});
