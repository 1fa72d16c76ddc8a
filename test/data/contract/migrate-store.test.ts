/** `npm run migrate-store`: a lowdb file moved into PostgreSQL, verified, once; never over other data. */
import { expect } from 'chai';
import { spawnSync } from 'node:child_process';
import { createLowdbRepositories } from '../../../data/lowdb-repositories.js';
import { createLowdbOutboxRepository } from '../../../data/outbox-repository.js';
import { migrateStore } from '../../../data/migrate-store.js';
import { openPgStore } from '../../../data/postgres/pg-store.js';
import { openStore } from '../../../data/store.js';
import { emptyStore } from '../../../data/defaults.js';
import { fixtureStore, IDS } from '../../helpers/fixture-org.js';
import { freshDatabase, type TestDatabase } from '../../helpers/postgres.js';
import { tempDir } from '../../helpers/tmp.js';
import { period, planFor } from '../../domain/follow-up/follow-up-fixtures.js';
import { NOW } from './stores.js';

describe('migrate-store (lowdb file → PostgreSQL)', () => {
  let tmp: ReturnType<typeof tempDir>;
  let database: TestDatabase;
  let file: string;
  beforeEach(async () => {
    tmp = tempDir();
    database = await freshDatabase();
    file = tmp.file('naervaer.json');
    // A store with records of several kinds, and an outbox mark still only in the journal.
    const store = await openStore(file, { seed: () => fixtureStore() });
    const repos = createLowdbRepositories(store, () => NOW);
    const outbox = createLowdbOutboxRepository(store, { foldEveryMs: 3_600_000 });
    await repos.absence.recordSickPeriod(
      period('2026-11-16', { personKey: 'p-mette' }),
      planFor('koege', '2026-11-16'),
    );
    await repos.audit.record({
      actor: IDS.leader,
      action: 'absence.read',
      subject: 'p-mette',
      unitId: 'HN',
      outcome: 'allowed',
      detail: null,
    });
    await repos.dialogState.write({ 'dialog/1': { step: 2 } });
    await outbox.enqueue([
      { id: 'o1', recipient: IDS.leader, kind: 'k', payload: {}, dueAt: NOW },
      { id: 'o2', recipient: IDS.leader, kind: 'k', payload: {}, dueAt: NOW },
    ]);
    await outbox.markSent('o1', NOW);
    await store.close();
  });
  afterEach(async () => {
    await database.drop();
    tmp.cleanup();
  });

  it('when moved, then every kind of record is counted equal and the PostgreSQL store reads the same', async () => {
    const outcome = await migrateStore(file, database.url);
    expect(outcome.status).to.equal('migrated');
    expect(outcome.counts).to.include({
      units: 6,
      persons: 5,
      employments: 5,
      sickPeriods: 1,
      audit: 1,
      outbox: 2,
      dialogState: 1,
    });
    const { store, repos } = await openPgStore(database.url, {
      seed: () => emptyStore(NOW),
      now: () => NOW,
    });
    try {
      expect(repos.info()).to.include({ kind: 'postgres', origin: 'demo' });
      expect((await repos.org.findPerson(IDS.leader))?.displayName).to.equal('Lone Kristensen');
      expect((await repos.absence.openPeriodOf('p-mette'))?.start).to.equal('2026-11-16');
      expect(await store.createOutbox().get('o1'), 'the journaled mark').to.include({
        status: 'sent',
      });
      expect(await repos.dialogState.read(['dialog/1'])).to.deep.equal({
        'dialog/1': { step: 2 },
      });
    } finally {
      await store.close();
    }
  });

  it('when run twice, then the second run changes nothing', async () => {
    await migrateStore(file, database.url);
    const again = await migrateStore(file, database.url);
    expect(again.status).to.equal('unchanged');
    expect(again.counts.sickPeriods).to.equal(1);
  });

  it('when the database holds other data, then it is refused with a clear message and nothing changes', async () => {
    const other = await openPgStore(database.url, {
      seed: () => fixtureStore('2025-01-01T00:00:00.000Z'),
      now: () => NOW,
    });
    await other.store.close();
    let error: unknown;
    await migrateStore(file, database.url).catch((e: unknown) => (error = e));
    expect(String(error)).to.match(/already holds other data; nothing was changed/);
    const reopened = await openPgStore(database.url, {
      seed: () => emptyStore(NOW),
      now: () => NOW,
    });
    try {
      expect(await reopened.repos.absence.periodsOfPerson('p-mette')).to.deep.equal([]);
    } finally {
      await reopened.store.close();
    }
  });

  it('from the command line: the counts are printed; a database that does not answer exits non-zero', function () {
    this.timeout(90_000); // two tsx start-ups on a busy machine
    const run = (to: string) =>
      spawnSync('npx', ['tsx', 'data/migrate-store-cli.ts', '--from', file, '--to', to], {
        encoding: 'utf8',
      });
    const ok = run(database.url);
    expect(ok.status, ok.stderr).to.equal(0);
    expect(ok.stdout)
      .to.match(/the counts match/)
      .and.to.match(/sickPeriods: 1/);
    const bad = run('postgres://nobody@127.0.0.1:1/none');
    expect(bad.status).to.equal(3);
    expect(bad.stderr).to.match(/Could not connect to PostgreSQL/);
  });
});
