/**
 * Concurrency rules, held by every store: two writers at once (two instances on PostgreSQL, two
 * callers in one process on lowdb) never both win a check-then-write, and an instance sees the
 * other's writes.
 */
import { expect } from 'chai';
import type { OutboxRepository } from '../../../data/outbox-repository.js';
import type { Repositories } from '../../../data/repositories.js';
import { completeStep } from '../../../domain/follow-up/step-actions.js';
import { period, planFor } from '../../domain/follow-up/follow-up-fixtures.js';
import { until } from '../../helpers/until.js';
import { forEachStore, STORES, type OpenedForTest } from './stores.js';

/** The other writer: a second instance on PostgreSQL; the same process on lowdb. */
async function otherOf(
  store: OpenedForTest,
  leaseMs?: number,
): Promise<{ repos: Repositories; outbox: OutboxRepository }> {
  return store.second ? store.second(leaseMs ? { leaseMs } : {}) : store;
}

const item = (id: string) => ({
  id,
  recipient: 'aad-1',
  kind: 'followUp.digest',
  payload: {},
  dueAt: '2026-11-23T07:00:00Z',
});

forEachStore(
  'two writers at once',
  (store, kind) => {
    it('when both register the same person sick, then one period is recorded and the other is told', async () => {
      const other = await otherOf(store());
      const a = period('2026-11-16', { id: 'pa', personKey: 'p-1' });
      const b = period('2026-11-17', { id: 'pb', personKey: 'p-1' });
      const outcomes = await Promise.all([
        store().repos.absence.recordSickPeriod(a, planFor('koege', '2026-11-16')),
        other.repos.absence.recordSickPeriod(b, []),
      ]);
      expect(outcomes.map((o) => o.outcome).sort()).to.deep.equal(['already-sick', 'recorded']);
      expect(await store().repos.absence.periodsOfPerson('p-1')).to.have.length(1);
    });

    it('when both act on the same card version, then the step changes once', async () => {
      const other = await otherOf(store());
      await store().repos.absence.recordSickPeriod(
        period('2026-11-16'),
        planFor('koege', '2026-11-16'),
      );
      const talked = (s: Parameters<typeof completeStep>[0]) =>
        completeStep(s, { version: 1, outcome: { kind: 'talked' } }, '2026-11-23');
      const outcomes = await Promise.all([
        store().repos.followUps.applyStepChange('p1:call-day-3', 1, talked),
        other.repos.followUps.applyStepChange('p1:call-day-3', 1, talked),
      ]);
      expect(outcomes.map((o) => o.status).sort()).to.deep.equal(['applied', 'stale']);
    });

    it('when one writes a sick period, then the statistics version the other reads changes', async () => {
      const other = await otherOf(store());
      const before = await other.repos.statistics.version();
      await store().repos.absence.recordSickPeriod(period('2026-11-16'), []);
      expect(await other.repos.statistics.version()).to.not.equal(before);
      expect((await other.repos.statistics.load()).sickPeriods).to.have.length(1);
    });

    it('when both ask for due items at once, then no item is handed to both', async () => {
      const other = await otherOf(store());
      await store().outbox.enqueue(Array.from({ length: 40 }, (_, i) => item(`i${i}`)));
      const [a, b] = await Promise.all([
        store().outbox.nextDue('2026-11-23T08:00:00Z', 25),
        other.outbox.nextDue('2026-11-23T08:00:00Z', 25),
      ]);
      const ids = [...a, ...b].map((i) => i.id);
      if (kind.kind === 'postgres') {
        expect(new Set(ids).size, 'claimed once each').to.equal(ids.length);
        expect(ids).to.have.length(40);
      } else {
        // One process sends for lowdb: both calls see every due item, the sender takes them in turn.
        expect(a).to.have.length(25);
      }
    });
  },
  { stores: STORES.filter((s) => s.name !== 'lowdb, a commit per outbox mark') },
);

forEachStore(
  'outbox claims across instances',
  (store) => {
    it('when an instance dies holding claims, then another takes them after the lease and sends each once', async () => {
      const dead = await otherOf(store(), 300);
      const alive = await otherOf(store(), 300);
      await store().outbox.enqueue([item('a'), item('b')]);
      const claimed = await dead.outbox.nextDue('2026-11-23T08:00:00Z', 10);
      expect(claimed.map((i) => i.id)).to.deep.equal(['a', 'b']);
      expect(
        await alive.outbox.nextDue('2026-11-23T08:00:00Z', 10),
        'within the lease',
      ).to.deep.equal([]);
      let taken: Awaited<ReturnType<OutboxRepository['nextDue']>> = [];
      const poll = () =>
        void alive.outbox.nextDue('2026-11-23T08:00:00Z', 10).then((due) => {
          if (due.length > 0) taken = due;
        });
      const timer = setInterval(poll, 50);
      await until(() => taken.length > 0, 'the lease to run out').finally(() =>
        clearInterval(timer),
      );
      expect(taken.map((i) => i.id)).to.deep.equal(['a', 'b']);
      expect(await alive.outbox.markSent('a', '2026-11-23T07:00:05Z')).to.equal(true);
      expect(await dead.outbox.markSent('a', '2026-11-23T07:00:06Z'), 'already sent').to.equal(
        false,
      );
    });

    it('when an instance stops and gives its claims back, then another takes them at once, and only its own are given back', async () => {
      const stopping = await otherOf(store(), 60_000);
      const other = await otherOf(store(), 60_000);
      await store().outbox.enqueue([item('a'), item('b'), item('c')]);
      expect(
        (await stopping.outbox.nextDue('2026-11-23T08:00:00Z', 2)).map((i) => i.id),
      ).to.deep.equal(['a', 'b']);
      expect(
        (await other.outbox.nextDue('2026-11-23T08:00:00Z', 10)).map((i) => i.id),
      ).to.deep.equal(['c']);
      expect(await stopping.outbox.markSent('a', '2026-11-23T07:00:05Z')).to.equal(true);
      expect(await stopping.outbox.releaseClaims(), 'only b: a is sent, c is not its own').to.equal(
        1,
      );
      expect(
        (await other.outbox.nextDue('2026-11-23T08:00:00Z', 10)).map((i) => i.id).sort(),
      ).to.deep.equal(['b', 'c']);
    });
  },
  { stores: STORES.filter((s) => s.kind === 'postgres') },
);
