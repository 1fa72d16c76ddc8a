/**
 * The contract of the repositories kept as whole sections — well-being tips, HR workflows and
 * channel subscriptions — held by both stores alike: what is written is there after a restart,
 * the duplicate and version rules, and exactly one of two consultants taking a request at once.
 */
import { expect } from 'chai';
import type { ChannelSubscription } from '../../../domain/subscriptions/subscription.js';
import { workflow } from '../../helpers/workflow-fixture.js';
import { forEachStore, NOW, REPOSITORY_STORES } from './stores.js';

const subscription = (
  id: string,
  extra: Partial<ChannelSubscription> = {},
): ChannelSubscription => ({
  id,
  conversationId: '19:channel',
  teamId: 'team',
  channelId: '19:channel',
  unitId: 'HN',
  cadence: 'monthly',
  day: null,
  hour: 8,
  locale: 'da',
  createdBy: 'leader',
  createdAt: NOW,
  since: NOW,
  active: true,
  lastPeriodSent: null,
  ...extra,
});

forEachStore(
  'TipRepository',
  (store) => {
    it('keeps tips shown, answers, switched-off tips and the weekly day across a restart', async () => {
      const tips = () => store().repos.tips;
      await tips().recordShown({ person: 'a', tipId: 'T010', at: NOW, via: 'chat' });
      await tips().answer({ person: 'a', tipId: 'T010', useful: true, at: NOW });
      expect(await tips().setDisabled('T020', true, 'hr', NOW)).to.equal(true);
      expect(await tips().setDisabled('T020', true, 'hr', NOW)).to.equal(false);
      await tips().setWeekly('a', 3, '2026-11-23');
      await store().reopen();
      expect(await tips().shownTo('a')).to.deep.equal(['T010']);
      expect(await tips().counts()).to.deep.equal([{ tipId: 'T010', shown: 1, up: 1, down: 0 }]);
      expect([...(await tips().disabled())]).to.deep.equal(['T020']);
      expect(await tips().weeklyOf('a')).to.deep.equal({
        person: 'a',
        weekday: 3,
        since: '2026-11-23',
      });
    });
  },
  { stores: REPOSITORY_STORES },
);

forEachStore(
  'WorkflowRepository',
  (store) => {
    const repo = () => store().repos.workflows;
    it('stores a change made from the current version and refuses one from an older version', async () => {
      await repo().create(workflow('w1'));
      expect((await repo().change('w1', 1, (w) => ({ ...w, state: 'follow-up' }))).status).to.equal(
        'applied',
      );
      const stale = await repo().change('w1', 1, (w) => ({ ...w, state: 'done' }));
      expect(stale.status).to.equal('stale');
      await store().reopen();
      expect(await repo().get('w1')).to.include({ state: 'follow-up', version: 2 });
    });

    it('lets exactly one of two consultants take the same request at once', async () => {
      await repo().create(workflow('w1'));
      const outcomes = await Promise.all([
        repo().take('w1', 'hr-a', NOW),
        repo().take('w1', 'hr-b', NOW),
      ]);
      expect(outcomes.map((o) => o.status).sort()).to.deep.equal(['already-taken', 'taken']);
      const winner = outcomes.findIndex((o) => o.status === 'taken') === 0 ? 'hr-a' : 'hr-b';
      expect((await repo().get('w1'))?.assignee).to.equal(winner);
    });

    it('keeps waiting step notices once each, without a new version, and marks them told in one write', async () => {
      await repo().create(workflow('w1'));
      const notice = {
        stepId: 'decision',
        due: '2026-11-30',
        recipient: 'hr-a',
        audience: 'hr' as const,
        on: '2026-11-23',
        toldOn: null,
      };
      await repo().addNotices('w1', [notice, { ...notice, recipient: 'hr-b' }]);
      await repo().addNotices('w1', [notice]);
      await repo().markTold(
        [{ workflowId: 'w1', stepId: 'decision', due: '2026-11-30', recipient: 'hr-a' }],
        '2026-11-24',
      );
      await store().reopen();
      const kept = await repo().get('w1');
      expect(kept?.version).to.equal(1);
      expect(kept?.notices?.map((n) => [n.recipient, n.toldOn])).to.deep.equal([
        ['hr-a', '2026-11-24'],
        ['hr-b', null],
      ]);
    });

    it('keeps the HR intake channel', async () => {
      await repo().setIntakeChannel('19:hr', 'hr-a', NOW);
      await store().reopen();
      expect(await repo().intakeChannel()).to.equal('19:hr');
    });
  },
  { stores: REPOSITORY_STORES },
);

forEachStore(
  'ChannelSubscriptionRepository',
  (store) => {
    const repo = () => store().repos.channelSubscriptions;
    it('adds a subscription once, refuses the same one again, and keeps the period sent', async () => {
      expect(await repo().add(subscription('s1'))).to.equal('added');
      expect(await repo().add(subscription('s2'))).to.equal('duplicate');
      await repo().markSent('s1', '2026-11');
      await store().reopen();
      expect((await repo().ofChannel('19:channel')).map((s) => s.id)).to.deep.equal(['s1']);
      expect(await repo().get('s1')).to.include({ lastPeriodSent: '2026-11', active: true });
      expect(await repo().stop('s1')).to.include({ active: false });
    });
  },
  { stores: REPOSITORY_STORES },
);
