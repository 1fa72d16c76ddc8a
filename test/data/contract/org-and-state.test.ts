/**
 * The contract of the small repositories — organisation, conversation references, audit, dialog
 * state, scheduler state, statistics — held by every store alike.
 */
import { expect } from 'chai';
import { placeholderId } from '../../../data/import/person-lookup.js';
import type { ConversationRefRecord, StoreData } from '../../../data/schema.js';
import { fixtureStore, IDS } from '../../helpers/fixture-org.js';
import { period, planFor } from '../../domain/follow-up/follow-up-fixtures.js';
import { forEachStore, NOW, REPOSITORY_STORES } from './stores.js';

const seed = (): StoreData => {
  const d = fixtureStore();
  d.persons.push({
    aadObjectId: placeholderId('ny@kommune.dk'),
    upn: 'ny@kommune.dk',
    displayName: 'Ny Leder',
    leads: ['HS'],
    hr: null,
    hrUnits: [],
    locale: null,
  });
  d.employments.push({ ...d.employments[0]!, id: 'E-old', validTo: '2020-12-31' });
  return d;
};

const ref = (conversationId: string, extra: Partial<ConversationRefRecord> = {}) => ({
  conversationId,
  scope: 'personal' as const,
  aadObjectId: IDS.leader,
  tenantId: 't',
  locale: 'da' as const,
  reference: { conversation: { id: conversationId } },
  updatedAt: NOW,
  ...extra,
});

forEachStore(
  'OrgRepository',
  (store) => {
    const org = () => store().repos.org;
    it('reads people, units, settings and the employments valid on a day', async () => {
      expect((await org().findPerson(IDS.leader))?.displayName).to.equal('Lone Kristensen');
      expect(await org().findPerson('nobody')).to.equal(null);
      const snap = await org().snapshot();
      expect(snap.units.map((u) => u.id)).to.deep.equal(['K', 'AE', 'HN', 'HS', 'BU', 'SO']);
      expect(snap.settings.name).to.equal('Testkommune');
      const hn = await org().employmentsInUnits(new Set(['HN']), '2026-11-23');
      expect(hn.map((e) => e.id)).to.deep.equal(['E1', 'E2', 'E3']);
      const some = await org().employmentsOfPersons(
        new Set(['p-jonas', 'p-mette', 'nobody']),
        '2026-11-23',
      );
      expect(some.map((e) => e.id)).to.deep.equal(['E1', 'E5']);
      expect(await org().employmentsOfPersons(new Set(), '2026-11-23')).to.deep.equal([]);
      expect(store().repos.info()).to.include({ schemaVersion: 1, origin: 'demo' });
    });

    it('when a locale is set, then the person and the snapshot show it', async () => {
      await org().setPersonLocale(IDS.leader, 'en');
      expect((await org().findPerson(IDS.leader))?.locale).to.equal('en');
      const snap = await org().snapshot();
      expect(snap.persons.find((p) => p.aadObjectId === IDS.leader)?.locale).to.equal('en');
    });

    it('when a UPN placeholder is bound, then once only, and never to an object id already in use', async () => {
      expect(await org().hasUnboundUpns()).to.equal(true);
      expect(await org().bindUpn('ny@kommune.dk', IDS.leader)).to.equal(null);
      const bound = await org().bindUpn('ny@kommune.dk', 'aad-new');
      expect(bound).to.include({ aadObjectId: 'aad-new', displayName: 'Ny Leder' });
      expect(await org().bindUpn('ny@kommune.dk', 'aad-other')).to.equal(null);
      expect(await org().hasUnboundUpns()).to.equal(false);
      expect((await org().findPerson('aad-new'))?.leads).to.deep.equal(['HS']);
    });

    it('when two binds race for one placeholder, then exactly one wins', async () => {
      const results = await Promise.all([
        org().bindUpn('ny@kommune.dk', 'aad-a'),
        org().bindUpn('ny@kommune.dk', 'aad-b'),
      ]);
      expect(results.filter((r) => r !== null)).to.have.length(1);
    });
  },
  { seed, stores: REPOSITORY_STORES },
);

forEachStore(
  'ConversationRepository, DialogStateRepository, SchedulerStateRepository',
  (store) => {
    it('a reference is saved, replaced by conversation id, and the first personal one is found', async () => {
      const c = store().repos.conversations;
      await c.saveReference(ref('c-1'));
      await c.saveReference(ref('c-2'));
      await c.saveReference(ref('c-1', { locale: 'en' }));
      expect((await c.personalReference(IDS.leader))?.conversationId).to.equal('c-1');
      expect((await c.byConversationId('c-1'))?.locale).to.equal('en');
      expect(await c.byConversationId('c-9')).to.equal(null);
      await c.saveReference(ref('ch-1', { scope: 'channel', aadObjectId: null }));
      expect(await c.personalReference('someone')).to.equal(null);
    });

    it('dialog state is written, read by key, survives a restart and is deleted', async () => {
      await store().repos.dialogState.write({ a: { step: 1, nested: [1, 2] }, b: 'x' });
      await store().reopen();
      const d = store().repos.dialogState;
      expect(await d.read(['a', 'c'])).to.deep.equal({ a: { step: 1, nested: [1, 2] } });
      await d.delete(['a']);
      expect(await d.read(['a', 'b'])).to.deep.equal({ b: 'x' });
    });

    it('the scheduler state starts empty and keeps what was saved', async () => {
      const s = store().repos.scheduler;
      expect(await s.get()).to.deep.equal({ lastPlannedDate: null, lastScanAt: null });
      await s.save({ lastPlannedDate: '2026-11-20', lastScanAt: NOW });
      await store().reopen();
      expect(await store().repos.scheduler.get()).to.deep.equal({
        lastPlannedDate: '2026-11-20',
        lastScanAt: NOW,
      });
    });
  },
  { seed, stores: REPOSITORY_STORES },
);

forEachStore(
  'AuditRepository',
  (store) => {
    const audit = () => store().repos.audit;
    const entry = (at: string, subject: string | null = 'p-mette') => ({
      at,
      actor: IDS.leader,
      action: 'absence.read',
      subject,
      unitId: 'HN',
      outcome: 'allowed' as const,
      detail: null,
    });

    it('entries about a subject come back in the order written; the clock fills a missing instant', async () => {
      await audit().record(entry('2026-11-23T07:00:00.000Z'));
      await audit().record({ ...entry('x'), at: undefined, action: 'second' });
      await audit().record(entry('2026-11-23T07:01:00.000Z', 'p-ali'));
      const mine = await audit().forSubject('p-mette');
      expect(mine.map((a) => [a.action, a.at])).to.deep.equal([
        ['absence.read', '2026-11-23T07:00:00.000Z'],
        ['second', NOW],
      ]);
    });

    it('many entries written at once come back in order, a missing instant the clock’s, each subject its own', async () => {
      await audit().recordMany([]);
      await audit().recordMany([
        entry('2026-11-23T07:00:00.000Z'),
        { ...entry('x'), at: undefined, action: 'second' },
        entry('2026-11-23T07:01:00.000Z', 'p-ali'),
        { ...entry('x'), at: undefined, action: 'third' },
      ]);
      expect((await audit().forSubject('p-mette')).map((a) => [a.action, a.at])).to.deep.equal([
        ['absence.read', '2026-11-23T07:00:00.000Z'],
        ['second', NOW],
        ['third', NOW],
      ]);
      expect(await audit().forSubject('p-ali')).to.have.length(1);
    });

    it('a counted entry is one entry whose count is updated within the minute', async () => {
      const counted = { ...entry('2026-11-23T07:00:00.000Z', null), detail: 'tenant=t1' };
      await audit().recordCount(counted, 1);
      await audit().recordCount(counted, 5);
      await audit().record(entry('2026-11-23T07:00:30.000Z', null));
      await audit().recordCount({ ...counted, at: '2026-11-23T07:02:00.000Z' }, 1);
      const pruned = await audit().prune('2026-11-23T07:01:00.000Z');
      expect(pruned, 'the counted entry of 07:00 and the plain one').to.equal(2);
    });

    it('prune removes what is older than the cutoff and records one entry saying how many', async () => {
      await audit().record(entry('2020-01-01T00:00:00.000Z'));
      await audit().record(entry('2020-01-02T00:00:00.000Z'));
      await audit().record(entry('2026-11-01T00:00:00.000Z'));
      expect(await audit().prune('2021-01-01T00:00:00.000Z')).to.equal(2);
      expect(await audit().prune('2021-01-01T00:00:00.000Z')).to.equal(0);
      let error: unknown;
      await audit()
        .prune('not an instant')
        .catch((e: unknown) => (error = e));
      expect(String(error)).to.contain('not an instant');
      expect((await audit().forSubject('p-mette')).map((a) => a.at)).to.deep.equal([
        '2026-11-01T00:00:00.000Z',
      ]);
    });
  },
  { seed, stores: REPOSITORY_STORES },
);

forEachStore(
  'StatisticsRepository',
  (store) => {
    it('the version changes on a write to an input of the figures, not on an audit entry or dialog state', async () => {
      const stats = () => store().repos.statistics;
      const v0 = await stats().version();
      await store().repos.audit.record({
        actor: 'x',
        action: 'a',
        subject: null,
        unitId: null,
        outcome: 'allowed',
        detail: null,
      });
      await store().repos.dialogState.write({ k: 1 });
      expect(await stats().version()).to.equal(v0);
      const p = period('2026-11-16', { id: 'p1', personKey: 'p-mette' });
      await store().repos.absence.recordSickPeriod(p, planFor('koege', '2026-11-16'));
      const v1 = await stats().version();
      expect(v1).to.not.equal(v0);
      const data = await stats().load();
      expect(data.sickPeriods.map((s) => s.id)).to.deep.equal(['p1']);
      expect(data.employments).to.have.length(6);
      expect(data.settings.name).to.equal('Testkommune');
    });
  },
  { seed, stores: REPOSITORY_STORES },
);
