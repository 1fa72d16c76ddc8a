import { expect } from 'chai';
import { derived } from '../../data/derived.js';
import { openStore, type Store } from '../../data/store.js';
import { emptyStore } from '../../data/defaults.js';
import { tempDir } from '../helpers/tmp.js';

describe('derived views of the store', () => {
  const tmp = tempDir();
  let store: Store;
  afterEach(async () => store?.close());
  after(() => tmp.cleanup());

  it('when reads come between commits, then the view is built once and rebuilt after the next commit', async () => {
    store = await openStore(tmp.file('a.json'), {
      seed: () => emptyStore('2026-11-22T08:00:00.000Z'),
    });
    let builds = 0;
    const auditCount = derived(store, (d) => (builds++, d.audit.length));
    expect([auditCount(), auditCount(), auditCount()]).to.deep.equal([0, 0, 0]);
    expect(builds).to.equal(1);
    await store.update(
      (d) =>
        void d.audit.push({
          at: 'x',
          actor: 'a',
          action: 'b',
          subject: null,
          unitId: null,
          outcome: 'allowed',
          detail: null,
        } as never),
    );
    expect(auditCount()).to.equal(1);
    expect(builds).to.equal(2);
  });

  it('when an update fails and the store reloads its file, then the view is of the reloaded document', async () => {
    store = await openStore(tmp.file('b.json'), {
      seed: () => emptyStore('2026-11-22T08:00:00.000Z'),
    });
    const units = derived(store, (d) => d.units);
    expect(units()).to.equal(store.read().units);
    const failing = store.update((d) => {
      d.units.push({} as never);
      throw new Error('refused');
    });
    await failing.catch(() => undefined);
    expect(store.read().units).to.have.length(0);
    expect(units(), 'the same array as the store now holds').to.equal(store.read().units);
  });
});
