/**
 * The guide's use cases at the gate: the employee a guide is about is the leader's own only where
 * the audience may see individuals (mayAccess), so outside the personal chat nothing about them is
 * read or started; another leader cannot cancel a guide by word; the open guides offered are
 * those about the leader's own employees.
 */
import { expect } from 'chai';
import { DateTime } from 'luxon';
import type { Audience } from '../../../domain/access.js';
import { rolesOf } from '../../../domain/access.js';
import { ZONE } from '../../../domain/clock.js';
import type { UseCaseContext } from '../../../app/context.js';
import { ownGuideEmployee } from '../../../app/guide/guide-employee.js';
import { openGuidesOf } from '../../../app/guide/guide-sessions.js';
import { guideUseCases } from '../../../app/guide/guide-use-cases.js';
import {
  ANNE,
  BO,
  METTE_PERIOD,
  MONDAY,
  openGuideHarness,
  type GuideHarness,
} from '../../dialogs/guide-harness.js';
import { ID, storeGuideAt } from '../../dialogs/guide-walk.js';

describe('the guide at the gate (app/guide)', () => {
  let h: GuideHarness;
  beforeEach(async () => (h = await openGuideHarness()));
  afterEach(async () => h.close());

  async function ctxOf(aadObjectId: string, audience: Audience): Promise<UseCaseContext> {
    const person = (await h.repos.org.snapshot()).persons.find(
      (p) => p.aadObjectId === aadObjectId,
    );
    if (!person) throw new Error(`no person ${aadObjectId}`);
    const now = DateTime.fromISO(MONDAY, { zone: ZONE });
    return { actor: { person, roles: rolesOf(person) }, audience, now, repos: h.repos };
  }
  const seams = { hrNotifier: null, newId: () => 'g-new' };
  const actions = () => h.store.read().audit.map((a) => [a.action, a.outcome, a.detail]);

  it('when a leader asks in the personal chat, then their employee is found with the hours of today', async () => {
    const ali = await ownGuideEmployee(await ctxOf(ANNE, 'personal'), 'p-ali');
    // 37 hours × an occupation rate of 0.8108.
    expect(ali).to.deep.equal({
      personKey: 'p-ali',
      displayName: 'Ali Hassan',
      unitId: 'SOL',
      unitName: 'Børnehuset Solsikken',
      weeklyHours: 30,
    });
    expect(await ownGuideEmployee(await ctxOf(ANNE, 'personal'), 'p-jonas')).to.equal(null);
  });

  for (const audience of ['groupChat', 'channel', 'channelTab'] as const) {
    it(`when the turn is in a ${audience}, then no employee is the leader's for a guide and nothing about them is read or started`, async () => {
      await storeGuideAt(h, 'agreements');
      const ctx = await ctxOf(ANNE, audience);
      const guide = guideUseCases(ctx, seams);
      expect(await ownGuideEmployee(ctx, 'p-mette')).to.equal(null);
      const stored = await guide.load(ID);
      if (!stored) throw new Error('no stored guide');
      expect(await guide.world(stored.session)).to.deep.include({
        ok: false,
        reason: 'notYourEmployee',
      });
      expect(await guide.offer('p-mette')).to.deep.equal({ kind: 'notYourEmployee' });
      const request = {
        personKey: 'p-mette',
        sickPeriodId: METTE_PERIOD,
        kind: 'early' as const,
        contactDay: null,
      };
      expect(await guide.start(request)).to.deep.include({ ok: false, reason: 'notYourEmployee' });
      expect(await openGuidesOf(ctx, 3)).to.deep.equal([]);
      expect(actions()).to.deep.equal([['guide.offer', 'denied', 'not-own-employee']]);
      expect(h.store.read().guides.map((g) => g.id)).to.deep.equal([ID]);
    });
  }

  it("when another leader writes the cancel word over a leader's guide, then it stays as it was", async () => {
    await storeGuideAt(h, 'agreements');
    await guideUseCases(await ctxOf(BO, 'personal'), seams).cancelByWord(ID);
    expect(h.store.read().guides[0]).to.include({ status: 'active', version: 1 });
    expect(actions()).to.deep.equal([]);
  });

  it('when the leader has open guides, then those about their own employees are offered', async () => {
    await storeGuideAt(h, 'agreements');
    const open = await openGuidesOf(await ctxOf(ANNE, 'personal'), 3);
    expect(open.map((o) => [o.stored.session.id, o.employeeName])).to.deep.equal([
      [ID, 'Mette Hansen'],
    ]);
    expect(await openGuidesOf(await ctxOf(BO, 'personal'), 3)).to.deep.equal([]);
  });
});
