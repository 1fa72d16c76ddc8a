/** The tip repository over a real lowdb file: old files open, everything survives a restart. */
import { expect } from 'chai';
import { readFileSync } from 'node:fs';
import { openStore, type Store } from '../../../data/store.js';
import { createLowdbRepositories } from '../../../data/lowdb-repositories.js';
import { emptyStore } from '../../../data/defaults.js';
import type { StoreData } from '../../../data/schema.js';
import { tempDir } from '../../helpers/tmp.js';

const NOW = '2026-11-23T08:00:00.000Z';

describe('TipRepository (lowdb)', () => {
  let tmp: ReturnType<typeof tempDir>;
  let store: Store | null = null;
  beforeEach(() => (tmp = tempDir()));
  afterEach(async () => {
    await store?.close();
    tmp.cleanup();
  });

  async function open() {
    store = await openStore(tmp.file('t.json'), { seed: (): StoreData => emptyStore(NOW) });
    return createLowdbRepositories(store, () => NOW).tips;
  }

  it('when a store file written before tips is opened, then it loads with no tips and reading writes nothing', async () => {
    const tips = await open();
    const before = readFileSync(tmp.file('t.json'), 'utf8');
    expect(await tips.shownTo('a')).to.deep.equal([]);
    expect(await tips.counts()).to.deep.equal([]);
    expect([...(await tips.disabled())]).to.deep.equal([]);
    expect(await tips.setDisabled('T001', false, 'hr', NOW)).to.equal(false);
    expect(readFileSync(tmp.file('t.json'), 'utf8')).to.equal(before);
    expect(JSON.parse(before)).to.not.have.property('tips');
  });

  it('when tips are shown, answered, switched off and a weekly day is chosen, then all of it is there after a restart', async () => {
    let tips = await open();
    await tips.recordShown({ person: 'a', tipId: 'T010', at: NOW, via: 'chat' });
    await tips.recordShown({ person: 'b', tipId: 'T010', at: NOW, via: 'chat' });
    await tips.answer({ person: 'a', tipId: 'T010', useful: true, at: NOW });
    await tips.answer({ person: 'b', tipId: 'T010', useful: true, at: NOW });
    await tips.answer({ person: 'b', tipId: 'T010', useful: false, at: NOW });
    expect(await tips.setDisabled('T020', true, 'hr', NOW)).to.equal(true);
    await tips.setWeekly('a', 3, '2026-11-23');
    await store!.close();
    store = null;
    tips = await open();
    expect(await tips.shownTo('a')).to.deep.equal(['T010']);
    expect(await tips.counts()).to.deep.equal([{ tipId: 'T010', shown: 2, up: 1, down: 1 }]);
    expect([...(await tips.disabled())]).to.deep.equal(['T020']);
    expect(await tips.weeklyOf('a')).to.deep.equal({
      person: 'a',
      weekday: 3,
      since: '2026-11-23',
    });
  });

  it('when the same weekly tip is given twice (a repeated tick), then it is kept once and shown once', async () => {
    const tips = await open();
    const given = { person: 'a', date: '2026-11-25', tipId: 'T117', via: 'pending' as const };
    const shown = { person: 'a', tipId: 'T117', at: NOW, via: 'weekly' as const };
    await tips.giveWeekly([given], [shown]);
    await tips.giveWeekly([{ ...given, tipId: 'T010' }], [{ ...shown, tipId: 'T010' }]);
    expect(await tips.weeklyGiven('a', '2026-11-25')).to.deep.equal(given);
    expect(await tips.shownTo('a')).to.deep.equal(['T117']);
    expect(await tips.lastWeeklyGiven('a')).to.equal('2026-11-25');
  });
});
