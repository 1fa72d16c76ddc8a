import { expect } from 'chai';
import type { GuideRepository } from '../../../data/guide-repository.js';
import type { GuideSession } from '../../../domain/guide/guide-session.js';
import type { FollowUpStep } from '../../../domain/follow-up/step-types.js';
import { agreedFollowUpSteps } from '../../../domain/guide/agreed-steps.js';
import { apply, start } from '../../domain/guide/guide-fixtures.js';
import { forEachStore, REPOSITORY_STORES } from './stores.js';

/** The contact step a guide about sick period sp-1 adds for Thursday 19 November. */
function contactStep(): FollowUpStep {
  const period = {
    id: 'sp-1',
    personKey: 'p-mette',
    type: 'SYGDOM' as const,
    start: '2026-10-26',
    end: null,
    partialPercent: null,
    source: 'chat' as const,
    sourceId: null,
    registeredBy: null,
    createdAt: '2026-10-26T08:00:00.000Z',
    updatedAt: '2026-10-26T08:00:00.000Z',
  };
  const batch = {
    sessionId: 'g-1',
    leaderId: 'aad-leader-anne',
    personKey: 'p-mette',
    sickPeriodId: 'sp-1',
    kind: 'early' as const,
    agreedOn: '2026-11-09',
    expectedDuration: null,
    partialReturn: null,
    proposals: [
      {
        type: 'contact' as const,
        date: '2026-11-19',
        form: 'phone' as const,
        reason: 'agreed' as const,
      },
    ],
  };
  const [step] = agreedFollowUpSteps({
    batch,
    period,
    unitId: 'SOL',
    policyId: 'koege',
    today: '2026-11-09',
  });
  if (!step) throw new Error('no step');
  return step;
}

function session(id: string, changes: Partial<GuideSession> = {}): GuideSession {
  return { ...start('early'), id, ...changes };
}

forEachStore(
  'GuideRepository',
  (store) => {
    let repo: GuideRepository;
    beforeEach(() => {
      repo = store().repos.guides;
    });

    it('when a new session is saved and saved again from its version, then each save bumps the version', async () => {
      expect(await repo.save(session('g-1'), 0)).to.deep.include({ status: 'saved' });
      const moved = apply(session('g-1'), { type: 'leave' });
      const outcome = await repo.save(moved, 1);
      expect(outcome.status === 'saved' && outcome.guide.version).to.equal(2);
      expect(await repo.get('g-1')).to.deep.equal({
        session: moved,
        version: 2,
        cardActivityId: null,
      });
    });

    it('when two saves start from the same version, then the second is stale and changes nothing', async () => {
      await repo.save(session('g-1'), 0);
      await repo.save(apply(session('g-1'), { type: 'leave' }), 1);
      const late = await repo.save(apply(session('g-1'), { type: 'cancel' }), 1);
      expect(late.status).to.equal('stale');
      expect((await repo.get('g-1'))?.session.status).to.equal('paused');
    });

    it('when a new session reuses an id, or a save names a session that is not stored, then nothing is written', async () => {
      await repo.save(session('g-1'), 0);
      expect((await repo.save(session('g-1'), 0)).status).to.equal('exists');
      expect((await repo.save(session('g-9'), 3)).status).to.equal('missing');
      expect((await repo.list()).map((g) => g.session.id)).to.deep.equal(['g-1']);
    });

    it('when a leader has several guides, then openFor gives the most recently touched open one about the person', async () => {
      await repo.save(session('old', { updatedAt: '2026-11-01T08:00:00.000Z' }), 0);
      await repo.save(
        session('new', { updatedAt: '2026-11-05T08:00:00.000Z', status: 'paused' }),
        0,
      );
      await repo.save(
        session('done', { updatedAt: '2026-11-08T08:00:00.000Z', status: 'completed' }),
        0,
      );
      await repo.save(
        session('ali', { updatedAt: '2026-11-08T08:00:00.000Z', personKey: 'p-ali' }),
        0,
      );
      await repo.save(
        session('other', { updatedAt: '2026-11-08T08:00:00.000Z', leaderId: 'someone-else' }),
        0,
      );
      expect((await repo.openFor('aad-leader-anne', 'p-mette'))?.session.id).to.equal('new');
      const open = await repo.list({ leaderId: 'aad-leader-anne', statuses: ['active', 'paused'] });
      expect(open.map((g) => g.session.id)).to.deep.equal(['ali', 'new', 'old']);
    });

    it('when a completed session is saved with its steps twice, then the steps are added once', async () => {
      await repo.save(session('g-1'), 0);
      const step = contactStep();
      const first = await repo.saveCompleted(apply(session('g-1'), { type: 'cancel' }), 1, [step]);
      expect(first).to.deep.include({ status: 'saved', added: 1 });
      const second = await repo.saveCompleted(apply(session('g-1'), { type: 'cancel' }), 2, [step]);
      expect(second).to.deep.include({ status: 'saved', added: 0 });
      expect((await store().repos.followUps.planFor('sp-1')).map((s) => s.id)).to.deep.equal([
        'sp-1:guide-contact-2026-11-19',
      ]);
    });

    it('when a completed save is stale, then no step is added', async () => {
      await repo.save(session('g-1'), 0);
      const step = contactStep();
      expect((await repo.saveCompleted(session('g-1'), 5, [step])).status).to.equal('stale');
      expect(await store().repos.followUps.planFor('sp-1')).to.deep.equal([]);
    });
  },
  { stores: REPOSITORY_STORES },
);
