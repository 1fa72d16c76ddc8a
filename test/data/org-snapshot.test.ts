/**
 * The lowdb store edits its document in place, while the domain keeps its look-ups (leader by
 * unit, units by id) per handed-out list (domain/org-index.ts). So the org snapshot hands out new
 * lists after every write: a leader moved by an import is the leader in the next snapshot.
 */
import { expect } from 'chai';
import { leaderOf } from '../../app/org.js';
import { createLowdbRepositories } from '../../data/lowdb-repositories.js';
import { openStore } from '../../data/store.js';
import { fixtureStore, IDS } from '../helpers/fixture-org.js';
import { tempDir } from '../helpers/tmp.js';

describe('the lowdb org snapshot', () => {
  const tmp = tempDir();
  after(() => tmp.cleanup());

  it('when a person’s units are changed in place by a write, then the next snapshot’s leader look-up sees it', async () => {
    const store = await openStore(tmp.file('s.json'), { seed: () => fixtureStore() });
    try {
      const repos = createLowdbRepositories(store, () => '2026-11-23T08:00:00.000Z');
      const before = await repos.org.snapshot();
      expect(leaderOf(before, 'HN')?.aadObjectId).to.equal(IDS.leader);
      expect(await repos.org.snapshot()).to.equal(before);
      await store.update((d) => {
        const lone = d.persons.find((p) => p.aadObjectId === IDS.leader)!;
        const pia = d.persons.find((p) => p.aadObjectId === IDS.otherLeader)!;
        lone.leads = [];
        pia.leads = [...pia.leads, 'HN'];
      });
      const after = await repos.org.snapshot();
      expect(after).not.to.equal(before);
      expect(leaderOf(after, 'HN')?.aadObjectId).to.equal(IDS.otherLeader);
    } finally {
      await store.close();
    }
  });
});
