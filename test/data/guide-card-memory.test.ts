import { expect } from 'chai';
import { emptyStore } from '../../data/defaults.js';
import { lowdbGuideRepository } from '../../data/guide-repository.js';
import { openStore } from '../../data/store.js';
import { tempDir } from '../helpers/tmp.js';
import { apply, start } from '../domain/guide/guide-fixtures.js';

describe('lowdbGuideRepository: the message showing the guide card', () => {
  it('when the card is remembered, then the version stays, later saves keep it, and it survives a restart', async () => {
    const tmp = tempDir();
    const file = tmp.file('d.json');
    const seed = () => emptyStore('2026-11-09T08:00:00.000Z');
    let store = await openStore(file, { seed });
    let repo = lowdbGuideRepository(store);
    const session = { ...start('early'), id: 'g-1' };
    await repo.save(session, 0);
    await repo.rememberCard('g-1', '1:card-message');
    expect((await repo.get('g-1'))?.version).to.equal(1);
    // A submit loaded before the card was remembered still saves, and the card stays.
    const saved = await repo.save(apply(session, { type: 'leave' }), 1);
    expect(saved.status).to.equal('saved');
    await store.close();
    store = await openStore(file, { seed });
    repo = lowdbGuideRepository(store);
    const again = await repo.get('g-1');
    expect(again?.cardActivityId).to.equal('1:card-message');
    expect(again?.version).to.equal(2);
    await store.close();
    tmp.cleanup();
  });
});
