import { expect } from 'chai';
import { period, planFor } from '../../domain/follow-up/follow-up-fixtures.js';
import type { DigestRecord } from '../../../data/follow-up-schema.js';
import type { StoreData } from '../../../data/schema.js';
import { fixtureStore } from '../../helpers/fixture-org.js';
import { forEachStore, REPOSITORY_STORES } from './stores.js';

/** The set-based reads and writes the scheduler's scan and day use, alike in both stores. */
forEachStore(
  "the scheduler's batches",
  (store) => {
    const absence = () => store().repos.absence;
    const followUps = () => store().repos.followUps;
    const koege = (id: string, start: string) =>
      planFor('koege', start, { today: start }).map((s) => ({
        ...s,
        id: s.id.replace(/^p1:/, `${id}:`),
        periodId: id,
      }));

    it('when steps are read by id as a batch, then the existing ones come back by id, unknown ids left out', async () => {
      const plan = koege('a', '2026-11-16');
      await followUps().savePlan('a', plan);
      const [first, second] = plan;
      const found = await followUps().stepsById([second!.id, 'nope', first!.id, second!.id]);
      expect([...found.keys()].sort()).to.deep.equal([first!.id, second!.id].sort());
      expect(found.get(first!.id)).to.deep.equal(await followUps().step(first!.id));
      expect((await followUps().stepsById([])).size).to.equal(0);
    });

    it('when asked which periods have a plan, then exactly the planned ones among those asked are named', async () => {
      await followUps().savePlan('a', koege('a', '2026-11-16'));
      await followUps().savePlan('c', koege('c', '2026-11-16'));
      const planned = await followUps().plannedPeriods(['a', 'b', 'c', 'nope']);
      expect([...planned].sort()).to.deep.equal(['a', 'c']);
      expect((await followUps().plannedPeriods([])).size).to.equal(0);
    });

    it('when plans for hundreds of periods are added at once (over a thousand steps), then every step is stored in plan order', async () => {
      const plans = Array.from({ length: 260 }, (_, n) => {
        const id = `p${String(n).padStart(3, '0')}`;
        return { periodId: id, steps: koege(id, '2026-11-16') };
      });
      const total = plans.reduce((sum, p) => sum + p.steps.length, 0);
      expect(total).to.be.greaterThan(1_000);
      const added = await followUps().addPlans(plans);
      expect(added).to.have.length(260);
      for (const plan of [plans[0]!, plans[130]!, plans[259]!])
        expect((await followUps().planFor(plan.periodId)).map((s) => s.id)).to.deep.equal(
          plan.steps.map((s) => s.id),
        );
      expect((await followUps().plannedPeriods(plans.map((p) => p.periodId))).size).to.equal(260);
      // Read back in pages on PostgreSQL: every active step once, in the order written.
      const active = plans.flatMap((p) =>
        p.steps.filter((s) => s.state === 'open' || s.state === 'postponed').map((s) => s.id),
      );
      expect(active.length).to.be.greaterThan(1_000);
      expect((await followUps().activeSteps()).map((s) => s.id)).to.deep.equal(active);
    });

    it('when the scan asks for periods open or ended lately, then long-ended ones are left out', async () => {
      const periods = [
        period('2026-01-05', { id: 'old', end: '2026-01-09', personKey: 'x' }),
        period('2026-11-02', { id: 'edge', end: '2026-11-09', personKey: 'y' }),
        period('2026-11-16', { id: 'open', personKey: 'z' }),
      ];
      for (const p of periods) await absence().recordSickPeriod(p, []);
      const ids = async (endedFrom?: string) =>
        (await absence().changedSince(null, endedFrom)).map((p) => p.id).sort();
      expect(await ids('2026-11-09')).to.deep.equal(['edge', 'open']);
      expect(await ids('2026-11-10')).to.deep.equal(['open']);
      expect(await ids()).to.deep.equal(['edge', 'old', 'open']);
      expect(await absence().changedSince('2026-01-01T08:00:00.000Z', '2026-11-09')).to.deep.equal(
        [],
      );
    });

    it('when several deliveries of one step are recorded in one batch, then each field keeps its last date and other steps are untouched', async () => {
      const plan = koege('a', '2026-11-16');
      await followUps().savePlan('a', plan);
      const [first, second, third] = plan;
      await followUps().recordDeliveries([
        { stepId: first!.id, kind: 'new', date: '2026-11-16' },
        { stepId: first!.id, kind: 'reminder', date: '2026-11-17' },
        { stepId: first!.id, kind: 'reminder', date: '2026-11-18' },
        { stepId: second!.id, kind: 'escalation', date: '2026-11-19' },
        { stepId: 'nope', kind: 'new', date: '2026-11-19' },
      ]);
      expect(await followUps().step(first!.id)).to.include({
        notifiedOn: '2026-11-16',
        remindedOn: '2026-11-18',
        version: first!.version,
      });
      expect((await followUps().step(second!.id))?.escalatedToHrOn).to.equal('2026-11-19');
      expect(await followUps().step(third!.id)).to.deep.equal(third);
    });

    it("when the day's messages are saved and read as a batch, then the last record of an id wins and only stored ids come back", async () => {
      const digest = (id: string, stepId: string): DigestRecord => ({
        id,
        recipient: 'aad-1',
        audience: 'leader',
        date: '2026-11-23',
        items: [{ kind: 'new', stepId, lateFrom: null }],
      });
      await followUps().saveDigest(digest('d1', 's0'));
      await followUps().saveDigests([digest('d1', 's1'), digest('d2', 's2'), digest('d1', 's3')]);
      const read = await followUps().digests(['d1', 'd2', 'nope']);
      expect([...read.keys()].sort()).to.deep.equal(['d1', 'd2']);
      expect(read.get('d1')?.items[0]?.stepId).to.equal('s3');
      await store().reopen();
      expect((await followUps().digest('d2'))?.items[0]?.stepId).to.equal('s2');
    });

    it('when outbox items are read as a batch, then each existing one comes back by id with its status', async () => {
      const outbox = store().outbox;
      const item = (id: string) => ({
        id,
        recipient: 'aad-1',
        kind: 'followUp.digest',
        payload: { date: '2026-11-23' },
        dueAt: '2026-11-23T08:00:00+01:00',
      });
      await outbox.enqueue([item('a'), item('b')]);
      await outbox.markCancelled('b', 'nothing left');
      const found = await outbox.getMany(['a', 'b', 'c']);
      expect([...found.keys()].sort()).to.deep.equal(['a', 'b']);
      expect(found.get('b')?.status).to.equal('cancelled');
      expect((await outbox.getMany([])).size).to.equal(0);
    });
  },
  { stores: REPOSITORY_STORES },
);

const dayRow = (employmentId: string, date: string) => ({
  employmentId,
  date,
  type: 'SYGDOM' as const,
  hours: 7.4,
  plannedHours: 7.4,
});

/** More persons and periods than a page of a PostgreSQL read (1,000 rows), for the paged reads. */
const MANY = 2_345;
const key = (n: number) => `p-many-${String(n).padStart(4, '0')}`;
const manySeed = (): StoreData => {
  const d = fixtureStore();
  const template = d.employments[0]!;
  for (let n = 0; n < MANY; n++) {
    d.employments.push({ ...template, id: `EM${n}`, personKey: key(n), displayName: `Ansat ${n}` });
    // Every third person has an employment that ended long ago too (left out on the day asked).
    if (n % 3 === 0)
      d.employments.push({
        ...template,
        id: `EM${n}-old`,
        personKey: key(n),
        validTo: '2020-12-31',
      });
    // Day rows of a few employments (the day-row import), an ended one's among them.
    if (n === 0) d.absenceDays.push(dayRow('EM0-old', '2020-03-02'));
    if (n === 1) d.absenceDays.push(dayRow('EM1', '2026-10-05'));
    if (n === 2) d.absenceDays.push(dayRow('EM2', '2026-10-06'));
    const p = period('2026-11-16', { id: `pm${n}`, personKey: key(n) });
    d.sickPeriods.push({ ...p, updatedAt: n % 2 ? '2026-11-20T08:00:00.000Z' : p.updatedAt });
  }
  return d;
};

forEachStore(
  "the scan's reads of many rows",
  (store) => {
    it('when thousands of periods changed, then every one comes back once, in the order written', async () => {
      const all = await store().repos.absence.changedSince(null, '2026-11-09');
      expect(all.map((p) => p.id)).to.deep.equal(Array.from({ length: MANY }, (_, n) => `pm${n}`));
      const lately = await store().repos.absence.changedSince('2026-11-01T00:00:00.000Z');
      expect(lately.map((p) => p.id)).to.deep.equal(
        Array.from({ length: MANY }, (_, n) => n)
          .filter((n) => n % 2)
          .map((n) => `pm${n}`),
      );
    });

    it('when the statistics read every period and employment, then all of them come back, in the order written', async () => {
      const loaded = await store().repos.statistics.load();
      expect(loaded.sickPeriods.map((p) => p.id)).to.deep.equal(
        manySeed().sickPeriods.map((p) => p.id),
      );
      expect(loaded.employments.map((e) => e.id)).to.deep.equal(
        manySeed().employments.map((e) => e.id),
      );
    });

    it("when the absence of a few persons is asked for, then exactly their periods, employments (any dates) and those employments' day rows come back", async () => {
      const asked = new Set([key(0), key(1), 'nobody']);
      const found = await store().repos.absence.absenceInputsOf(asked);
      expect(found.sickPeriods.map((p) => p.id)).to.deep.equal(['pm0', 'pm1']);
      expect(found.employments.map((e) => e.id)).to.deep.equal(['EM0', 'EM0-old', 'EM1']);
      expect(found.absenceDays.map((r) => [r.employmentId, r.date])).to.deep.equal([
        ['EM0-old', '2020-03-02'],
        ['EM1', '2026-10-05'],
      ]);
      const none = await store().repos.absence.absenceInputsOf(new Set());
      expect(none).to.deep.equal({ sickPeriods: [], employments: [], absenceDays: [] });
    });

    it("when the employments of thousands of persons are asked for, then each person's valid one comes back once", async () => {
      const asked = new Set([...Array.from({ length: MANY }, (_, n) => key(n)), 'nobody']);
      const found = await store().repos.org.employmentsOfPersons(asked, '2026-11-23');
      expect(found.map((e) => e.id).sort()).to.deep.equal(
        Array.from({ length: MANY }, (_, n) => `EM${n}`).sort(),
      );
    });
  },
  { stores: REPOSITORY_STORES, seed: manySeed },
);
