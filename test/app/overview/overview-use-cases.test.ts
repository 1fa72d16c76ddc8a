/**
 * The overview use cases in app/overview/ over a real lowdb store (the fixture organisation):
 * Lone leads Hjemmeplejen Nord (Mette, Ali, Karen), Henrik the sector Ældre og Sundhed, Pia
 * Solsikken (Jonas); Sofie is an HR consultant for every unit. Monday 23 Nov 2026.
 */
import { expect } from 'chai';
import { DateTime } from 'luxon';
import { rolesOf, type Audience } from '../../../domain/access.js';
import { ZONE } from '../../../domain/clock.js';
import type { UseCaseContext } from '../../../app/context.js';
import { registerSicknessFromForm } from '../../../app/follow-up/register-form.js';
import { compareUnits } from '../../../app/overview/compare-units.js';
import { employeeOverview } from '../../../app/overview/employee-overview.js';
import { hrLateSteps } from '../../../app/overview/hr-late.js';
import { leaderOverview, overviewDigestId } from '../../../app/overview/leader-overview.js';
import { createLowdbRepositories } from '../../../data/lowdb-repositories.js';
import type { Repositories } from '../../../data/repositories.js';
import { openStore, type Store } from '../../../data/store.js';
import { fixtureStore, IDS } from '../../helpers/fixture-org.js';
import { tempDir } from '../../helpers/tmp.js';

const NOW = DateTime.fromISO('2026-11-23T09:00:00', { zone: ZONE });
const PERSON_AUDIENCES: Audience[] = ['groupChat', 'channel', 'channelTab'];

describe('overview use cases (app/overview/)', () => {
  let tmp: ReturnType<typeof tempDir>;
  let store: Store;
  let repos: Repositories;

  beforeEach(async () => {
    tmp = tempDir();
    store = await openStore(tmp.file('s.json'), { seed: () => fixtureStore() });
    repos = createLowdbRepositories(store, () => NOW.toUTC().toISO() ?? '');
  });
  afterEach(async () => {
    await store.close();
    tmp.cleanup();
  });

  function ctx(aadObjectId: string, audience: Audience = 'personal'): UseCaseContext {
    const person = store.read().persons.find((p) => p.aadObjectId === aadObjectId)!;
    return { actor: { person, roles: rolesOf(person) }, audience, now: NOW, repos };
  }
  const audit = () => store.read().audit;

  async function sick(personKey: string, start: string): Promise<void> {
    const answer = await registerSicknessFromForm(
      ctx(IDS.leader),
      { personKey, start, partialPercent: null },
      {},
    );
    expect(answer.kind).to.not.equal('refused');
  }

  describe('leaderOverview', () => {
    it('when nothing is wrong, then an empty overview and no audit entry', async () => {
      const view = await leaderOverview(ctx(IDS.leader));
      expect(view).to.deep.include({ kind: 'overview', sick: [], due: [], digestId: null });
      expect(audit()).to.deep.equal([]);
    });

    it("when a step is due, then it is stored as the leader's digest of the day, so its buttons refresh that digest", async () => {
      await sick('p-mette', '2026-11-21');
      const view = await leaderOverview(ctx(IDS.leader));
      if (view.kind !== 'overview') throw new Error('expected the overview');
      const id = overviewDigestId(IDS.leader, '2026-11-23');
      expect(view.digestId).to.equal(id);
      const record = await repos.followUps.digest(id);
      expect(record?.recipient).to.equal(IDS.leader);
      expect(record?.items.map((i) => i.stepId)).to.deep.equal(view.due.map((d) => d.step.id));
      expect(view.sick).to.deep.equal([
        {
          name: 'Mette Jensen',
          unitName: 'Hjemmeplejen Nord',
          start: '2026-11-21',
          partialPercent: null,
          day: 3,
        },
      ]);
    });

    it('when the audience is not the personal chat, then it is refused before anything is read', async () => {
      await sick('p-mette', '2026-11-21');
      const before = audit().length;
      for (const audience of PERSON_AUDIENCES) {
        const answer = await leaderOverview(ctx(IDS.leader, audience));
        expect(answer).to.deep.include({ kind: 'message', key: 'gate.personalOnly' });
      }
      expect(audit().length).to.equal(before);
    });

    it('when someone with no role asks, then only leaders may', async () => {
      const answer = await leaderOverview(ctx(IDS.employee));
      expect(answer).to.deep.include({ kind: 'message', key: 'overview.leadersOnly' });
    });
  });

  describe('employeeOverview', () => {
    it('when the leader names a fit employee without any absence, then no period, zero figures and no plan', async () => {
      const view = await employeeOverview(ctx(IDS.leader), { name: 'Ali' }, {});
      expect(view).to.deep.include({
        kind: 'employee',
        name: 'Ali Hassan',
        period: null,
        lastYear: { periods: 0, days: 0 },
        triggersMet: [],
        plan: null,
      });
      expect(audit().map((a) => [a.action, a.subject])).to.deep.equal([
        ['absence.employee.read', 'p-ali'],
      ]);
    });

    it('when the audience is a group chat, then it is refused and no name is looked up', async () => {
      const answer = await employeeOverview(ctx(IDS.leader, 'groupChat'), { name: 'Jonas' }, {});
      expect(answer).to.deep.include({ kind: 'message', key: 'gate.personalOnly' });
      expect(audit()).to.deep.equal([]);
    });
  });

  describe('compareUnits', () => {
    it("when the sector chief compares, then the sector's sub-units are ranked and no one is audited", async () => {
      const view = await compareUnits(ctx(IDS.chief), { year: null });
      if (view.kind !== 'ranking') throw new Error('expected a ranking');
      expect(view.scopeName).to.equal('Ældre og Sundhed');
      expect(view.rows.map((r) => r.unitId)).to.have.members(['HN', 'HS']);
      expect(audit()).to.deep.equal([]);
    });

    it("when HR without units of their own compares, then the municipality's top units are ranked", async () => {
      const view = await compareUnits(ctx(IDS.hr), { year: null });
      if (view.kind !== 'ranking') throw new Error('expected a ranking');
      expect(view.rows.map((r) => r.unitId)).to.have.members(['AE', 'BU']);
    });

    it('when a future year is asked, then it is refused', async () => {
      const answer = await compareUnits(ctx(IDS.chief), { year: 2031 });
      expect(answer).to.deep.include({ kind: 'message', key: 'stats.futureYear' });
    });
  });

  describe('hrLateSteps', () => {
    it('when a step is only a heads-up (the retention-plan notice), then HR is not told it is late; the rest come most late first', async () => {
      await sick('p-ali', '2026-10-02');
      const view = await hrLateSteps(ctx(IDS.hr), { filter: 'all' });
      if (view.kind !== 'hr-late') throw new Error('expected the view');
      const purposes = view.groups.flatMap((g) => g.rows.map((r) => r.purpose));
      expect(purposes).to.not.include('retention-plan');
      expect(view.total).to.equal(6);
      const days = view.groups.flatMap((g) => g.rows.map((r) => r.attention.workingDays));
      expect(days).to.deep.equal([...days].sort((a, b) => b - a));
    });

    it('when a leader or an employee asks, then it is refused', async () => {
      expect(await hrLateSteps(ctx(IDS.leader), { filter: 'all' })).to.deep.include({
        key: 'overview.hrLate.leaderHint',
      });
      expect(await hrLateSteps(ctx(IDS.employee), { filter: 'all' })).to.deep.include({
        key: 'overview.hrLate.hrOnly',
      });
    });

    it('when HR asks outside the personal chat, then it is refused and nothing is audited', async () => {
      await sick('p-ali', '2026-10-02');
      const before = audit().length;
      for (const audience of PERSON_AUDIENCES) {
        const answer = await hrLateSteps(ctx(IDS.hr, audience), { filter: 'all' });
        expect(answer).to.deep.include({ kind: 'message', key: 'gate.personalOnly' });
      }
      expect(audit().length).to.equal(before);
    });
  });
});
