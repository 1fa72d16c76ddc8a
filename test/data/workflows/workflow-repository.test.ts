import { expect } from 'chai';
import { emptyStore } from '../../../data/defaults.js';
import { readValidated } from '../../../data/store.js';
import { openStore, type Store } from '../../../data/store.js';
import { lowdbWorkflowRepository } from '../../../data/workflow-repository.js';
import { workflow } from '../../helpers/workflow-fixture.js';
import { tempDir } from '../../helpers/tmp.js';

const AT = '2026-11-23T08:00:00.000Z';

describe('lowdbWorkflowRepository', () => {
  let store: Store;
  let file: string;
  let cleanup: () => void;
  beforeEach(async () => {
    const tmp = tempDir();
    cleanup = tmp.cleanup;
    file = tmp.file('store.json');
    store = await openStore(file, { seed: () => emptyStore(AT) });
  });
  afterEach(async () => {
    await store.close();
    cleanup();
  });

  it('when a file was written before workflows existed, then it opens with none', async () => {
    const repo = lowdbWorkflowRepository(store);
    expect(await repo.all()).to.deep.equal([]);
    expect(await repo.intakeChannel()).to.equal(null);
  });

  it('when a change is made from the current version, then it is stored with the version incremented, in the file', async () => {
    const repo = lowdbWorkflowRepository(store);
    await repo.create(workflow('w1'));
    const out = await repo.change('w1', 1, (w) => ({ ...w, state: 'follow-up' }));
    expect(out.status).to.equal('applied');
    const saved = (await readValidated(file)).workflows?.instances[0];
    expect(saved?.version).to.equal(2);
    expect(saved?.state).to.equal('follow-up');
  });

  it('when a change is made from an older version, then it is refused as stale and nothing changes', async () => {
    const repo = lowdbWorkflowRepository(store);
    await repo.create(workflow('w1'));
    await repo.change('w1', 1, (w) => ({ ...w, state: 'follow-up' }));
    let called = false;
    const out = await repo.change('w1', 1, (w) => ((called = true), { ...w, state: 'done' }));
    expect(out.status).to.equal('stale');
    expect(called).to.equal(false);
    expect((await repo.get('w1'))?.state).to.equal('follow-up');
  });

  it('when two consultants take the same request at once, then exactly one wins', async () => {
    const repo = lowdbWorkflowRepository(store);
    await repo.create(workflow('w1'));
    const outcomes = await Promise.all([repo.take('w1', 'hr-a', AT), repo.take('w1', 'hr-b', AT)]);
    expect(outcomes.map((o) => o.status).sort()).to.deep.equal(['already-taken', 'taken']);
    expect((await repo.get('w1'))?.assignee).to.equal('hr-a');
  });

  it('when the intake channel is set, then it is kept in the file', async () => {
    const repo = lowdbWorkflowRepository(store);
    await repo.setIntakeChannel('19:hr', 'hr-a', AT);
    expect((await readValidated(file)).workflows?.intake?.conversationId).to.equal('19:hr');
  });

  it('when the intake channel is set in English, then its language is kept; one set before has none', async () => {
    const repo = lowdbWorkflowRepository(store);
    await repo.setIntakeChannel('19:hr', 'hr-a', AT);
    expect(await repo.intakeLocale()).to.equal(null);
    await repo.setIntakeChannel('19:hr', 'hr-a', AT, 'en');
    expect(await repo.intakeLocale()).to.equal('en');
    expect((await readValidated(file)).workflows?.intake?.locale).to.equal('en');
  });
});
