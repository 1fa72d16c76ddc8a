/**
 * Proactive cards through the real outbox and the fake connector: every person a card shows is
 * audit-logged when the card is rendered for sending, and access is decided again at that moment
 * — a recipient who lost the unit or the role since the card was queued gets nothing about those
 * people, and the drop is audited.
 */
import { expect } from 'chai';
import { outboxHrNotifier } from '../../../bot/proactive/delivery.js';
import { card, text } from '../../../cards/elements.js';
import { message } from '../../helpers/activities.js';
import { fixtureStore, IDS } from '../../helpers/fixture-org.js';
import { startTestBot, type TestBot } from '../../helpers/test-bot.js';

const conv = (aad: string): string => `a:conv-${aad}`;
const cardsTo = (bot: TestBot, aad: string) =>
  bot.connector.received.filter((r) => r.conversationId === conv(aad));
const auditOf = (bot: TestBot, action: string) =>
  bot.app.deps.store
    .read()
    .audit.filter((a) => a.action === action)
    .map((a) => ({ actor: a.actor, subject: a.subject, unitId: a.unitId, outcome: a.outcome }));

async function drain(bot: TestBot, times = 3): Promise<void> {
  for (let i = 0; i < times; i++) await bot.app.sender.drainOnce();
}

async function registerMetteAndPlanTheDay(bot: TestBot): Promise<void> {
  await bot.post(message('hjælp', bot.as({ aadObjectId: IDS.hr })));
  await bot.post(message('Mette er syg', bot.as({ aadObjectId: IDS.leader })));
  bot.connector.clear();
  bot.clock.set('2026-11-24T08:00:05');
  await bot.app.scheduler.tick();
}

describe('the gate: proactive cards', () => {
  let bot: TestBot;
  beforeEach(
    async () =>
      (bot = await startTestBot({ now: '2026-11-23T07:30:00', seed: () => fixtureStore() })),
  );
  afterEach(async () => bot.close());

  it("when a leader's digest is sent, then each person on it is audited as read by her", async () => {
    await registerMetteAndPlanTheDay(bot);
    await drain(bot);
    const got = cardsTo(bot, IDS.leader);
    expect(got).to.have.length(1);
    expect(JSON.stringify(got[0]!.activity)).to.contain('Mette Jensen');
    expect(auditOf(bot, 'absence.digest.read')).to.deep.include({
      actor: IDS.leader,
      subject: 'p-mette',
      unitId: 'HN',
      outcome: 'allowed',
    });
  });

  it('when the leader no longer leads the unit by the time the digest is sent, then she gets nothing about Mette and the drop is audited', async () => {
    await registerMetteAndPlanTheDay(bot);
    await bot.app.deps.store.update((d) => {
      const lone = d.persons.find((p) => p.aadObjectId === IDS.leader);
      if (lone) lone.leads = ['SO'];
    });
    await drain(bot);
    const json = JSON.stringify(cardsTo(bot, IDS.leader));
    expect(json).to.not.contain('Mette');
    expect(auditOf(bot, 'delivery.dropped')).to.deep.include({
      actor: IDS.leader,
      subject: 'p-mette',
      unitId: 'HN',
      outcome: 'denied',
    });
    expect(auditOf(bot, 'absence.digest.read')).to.deep.equal([]);
  });

  it('when an HR case card is queued and the consultant loses the HR role before it is sent, then it is not sent and the drop is audited', async () => {
    await bot.post(message('hjælp', bot.as({ aadObjectId: IDS.hr })));
    bot.connector.clear();
    const notifier = outboxHrNotifier(bot.app.deps, bot.app.outbox);
    await notifier.notify(
      'HN',
      (tr) => card([text(tr('followup.unreachable.title'))]),
      'r-1',
      'p-mette',
    );
    await bot.app.deps.store.update((d) => {
      const sofie = d.persons.find((p) => p.aadObjectId === IDS.hr);
      if (sofie) sofie.hr = null;
    });
    await drain(bot);
    expect(cardsTo(bot, IDS.hr)).to.have.length(0);
    expect(auditOf(bot, 'delivery.dropped')).to.deep.include({
      actor: IDS.hr,
      subject: 'p-mette',
      unitId: 'HN',
      outcome: 'denied',
    });
  });

  it('when an HR case card is sent, then the person on it is audited as read by the consultant', async () => {
    await bot.post(message('hjælp', bot.as({ aadObjectId: IDS.hr })));
    bot.connector.clear();
    const notifier = outboxHrNotifier(bot.app.deps, bot.app.outbox);
    await notifier.notify(
      'HN',
      (tr) => card([text(tr('followup.unreachable.title'))]),
      'r-2',
      'p-mette',
    );
    await drain(bot);
    expect(cardsTo(bot, IDS.hr)).to.have.length(1);
    expect(auditOf(bot, 'absence.proactive.read')).to.deep.include({
      actor: IDS.hr,
      subject: 'p-mette',
      unitId: 'HN',
      outcome: 'allowed',
    });
  });
});
