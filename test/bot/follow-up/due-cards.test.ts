/**
 * Due cards end to end: register in chat, the scheduler plans the day at the due hour, the outbox
 * sends one digest per leader through the fake connector, nothing twice, and a restart after
 * downtime catches up with late cards.
 */
import { expect } from 'chai';
import { startTestBot, type TestBot } from '../../helpers/test-bot.js';
import { message } from '../../helpers/activities.js';
import { IDS } from '../../helpers/fixture-org.js';
import { assertValidCard } from '../../helpers/card-validator.js';
import { t } from '../../../i18n/index.js';

async function say(bot: TestBot, text: string): Promise<void> {
  await bot.post(message(text, bot.as({ aadObjectId: IDS.leader })));
}

async function tickAndDrain(bot: TestBot): Promise<Array<Record<string, unknown>>> {
  bot.connector.clear();
  await bot.app.scheduler.tick();
  await bot.app.sender.drainOnce();
  return bot.connector.cards();
}

describe('due cards through scheduler and outbox', () => {
  let bot: TestBot;
  afterEach(async () => bot?.close());

  it('when Mette is registered sick on Monday, then Lone gets one digest at 08:00 on each due working day, exactly once', async () => {
    bot = await startTestBot({ now: '2026-11-23T07:30:00' });
    await say(bot, 'hjælp');
    await say(bot, 'Mette er syg');
    expect(await tickAndDrain(bot), 'before the due hour').to.have.length(0);

    bot.clock.set('2026-11-23T08:00:05');
    const monday = await tickAndDrain(bot);
    expect(monday).to.have.length(1);
    assertValidCard(monday[0]);
    expect(JSON.stringify(monday[0])).to.contain('Mette Jensen');
    expect(await tickAndDrain(bot), 'a second tick the same day').to.have.length(0);

    bot.clock.set('2026-11-24T09:00:00');
    const tuesday = await tickAndDrain(bot);
    bot.clock.set('2026-11-25T08:01:00');
    const wednesday = await tickAndDrain(bot);
    expect(wednesday, 'the day-3 phone call').to.have.length(1);
    expect(JSON.stringify(wednesday[0])).to.contain('Mette Jensen');
    expect(tuesday.length).to.be.at.most(1);
  });

  it('when the bot was down over several days, then on start it catches up with late cards naming the original day', async () => {
    bot = await startTestBot({ now: '2026-11-23T09:00:00' });
    await say(bot, 'hjælp');
    await say(bot, 'Mette er syg');
    await tickAndDrain(bot);
    const { dataFile, connector } = bot;
    await bot.app.close();

    bot = await startTestBot({ now: '2026-11-30T10:00:00', dataFile, connector });
    const cards = await tickAndDrain(bot);
    expect(cards.length).to.be.greaterThan(0);
    const all = JSON.stringify(cards);
    expect(all).to.contain('Mette Jensen');
    expect(all).to.match(/Kommer forsinket/);
    expect(await tickAndDrain(bot), 'nothing twice after catch-up').to.have.length(0);
    await connector.close();
  });

  it('when Teams answers 403 for the leader, then the digest fails for good, is not retried, and the HR consultant is told once', async () => {
    bot = await startTestBot({ now: '2026-11-23T07:30:00' });
    await say(bot, 'hjælp');
    await bot.post(message('hjælp', bot.as({ aadObjectId: IDS.hr })));
    await say(bot, 'Mette er syg');
    const leaderConversation = `a:conv-${IDS.leader}`;
    bot.connector.setResponder((r) =>
      r.conversationId === leaderConversation
        ? {
            status: 403,
            body: { error: { code: 'ConversationBlockedByUser', message: 'blocked' } },
          }
        : null,
    );
    bot.clock.set('2026-11-23T08:00:05');
    const cards = await tickAndDrain(bot);
    await bot.app.sender.drainOnce();
    const toHr = bot.connector.received.filter((r) => r.conversationId === `a:conv-${IDS.hr}`);
    expect(toHr, 'one card to HR').to.have.length(1);
    expect(JSON.stringify(toHr[0]!.activity)).to.contain(
      t('da', 'followup.unreachable.body', { name: 'Lone Kristensen' }),
    );
    expect(cards).to.have.length(1);
    assertValidCard(cards[0]);
    const digest = await bot.app.outbox.get(`digest:${IDS.leader}:2026-11-23`);
    expect(digest).to.include({ status: 'failed' });
    const audit = bot.app.deps.store
      .read()
      .audit.filter((a) => a.action === 'delivery.unreachable');
    expect(audit.map((a) => [a.unitId, a.detail])).to.deep.equal([['HN', 'digest']]);

    bot.connector.clear();
    bot.clock.set('2026-11-23T09:00:00');
    await bot.app.sender.drainOnce();
    expect(bot.connector.received, 'no retry, HR not told twice').to.have.length(0);
  });
});
