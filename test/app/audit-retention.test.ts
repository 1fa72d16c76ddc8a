/** The audit log's retention over a real lowdb store: old entries go, recent ones stay. */
import { expect } from 'chai';
import { DateTime } from 'luxon';
import { pruneAuditLog } from '../../app/audit-retention.js';
import { createLowdbRepositories } from '../../data/lowdb-repositories.js';
import { openStore } from '../../data/store.js';
import { fixtureStore } from '../helpers/fixture-org.js';
import { tempDir } from '../helpers/tmp.js';

describe('pruneAuditLog', () => {
  const tmp = tempDir();
  after(() => tmp.cleanup());

  it('when entries are older than the retention, then they are removed and the rest stay; a second run removes nothing', async () => {
    const store = await openStore(tmp.file('a.json'), { seed: () => fixtureStore() });
    try {
      const repos = createLowdbRepositories(store, () => '2026-12-02T08:00:00.000Z');
      const entry = (at: string) => ({
        at,
        actor: 'x',
        action: 'absence.read',
        subject: 'p-mette',
        unitId: 'HN',
        outcome: 'allowed' as const,
        detail: null,
      });
      await repos.audit.record(entry('2020-01-01T08:00:00.000Z'));
      await repos.audit.record(entry('2021-12-01T08:00:00.000Z'));
      await repos.audit.record(entry('2026-11-30T08:00:00.000Z'));
      const now = DateTime.fromISO('2026-12-02T09:00:00Z');
      expect(await pruneAuditLog(repos, now, 1825)).to.equal(2);
      const left = store.read().audit.filter((a) => a.action === 'absence.read');
      expect(left.map((a) => a.at)).to.deep.equal(['2026-11-30T08:00:00.000Z']);
      expect(await pruneAuditLog(repos, now, 1825)).to.equal(0);
    } finally {
      await store.close();
    }
  });
});
