/**
 * Scheduled absence summaries in a channel, over real HTTP with the fake connector and a fixed
 * clock: subscribing, the summaries on their days exactly once (also across a restart), one late
 * summary after downtime, and the small-group rule.
 */
import { expect } from 'chai';
import { startTestBot, type TestBot } from '../../helpers/test-bot.js';
import { message } from '../../helpers/activities.js';
import { IDS } from '../../helpers/fixture-org.js';
import { assertValidCard } from '../../helpers/card-validator.js';
import { NAMES, sectorSeed, sectorWithStepsSeed } from './channel-seed.js';
import { t } from '../../../i18n/index.js';

const CHANNEL = '19:aeldre@thread.tacv2';

async function say(bot: TestBot, text: string, who = IDS.chief, locale = 'da-DK') {
  bot.connector.clear();
  const channel = { conversationType: 'channel' as const, conversationId: CHANNEL, locale };
  await bot.post(message(text, bot.as({ aadObjectId: who }, channel)));
  await new Promise((r) => setTimeout(r, 30));
  return bot.connector.received.map((r) => r.activity);
}

/** Ticks the scheduler at `iso` and sends what is due; returns the cards sent to the channel. */
async function runAt(bot: TestBot, iso: string) {
  bot.clock.set(iso);
  bot.connector.clear();
  await bot.app.scheduler.tick();
  await bot.app.sender.drainOnce();
  return bot.connector.received
    .filter((r) => r.conversationId === CHANNEL)
    .map((r) => (r.activity.attachments as Array<{ content: object }>)[0]?.content);
}

const cardOf = (a: Record<string, unknown> | undefined) =>
  (a?.attachments as Array<{ content: object }> | undefined)?.[0]?.content;

describe('channel summaries', () => {
  let bot: TestBot;
  beforeEach(async () => (bot = await startTestBot({ seed: sectorSeed })));
  afterEach(async () => bot.close());

  it('when the sector chief subscribes a channel monthly, then one summary arrives on the first working day at 08:00, once, also after a restart', async () => {
    const [reply] = await say(bot, 'abonnér på fravær for Ældre og Sundhed hver måned');
    assertValidCard(cardOf(reply));
    expect(JSON.stringify(cardOf(reply))).to.contain(
      'Kanalen abonnerer nu på fravær for Ældre og Sundhed',
    );

    expect(await runAt(bot, '2026-12-01T07:59:00')).to.have.length(0);
    const sent = await runAt(bot, '2026-12-01T08:00:00');
    expect(sent).to.have.length(1);
    assertValidCard(sent[0]);
    const json = JSON.stringify(sent[0]);
    expect(json).to.contain('Fraværsopsummering – Ældre og Sundhed');
    expect(json).to.contain('Fremskrivning (ikke et resultat)');
    expect(await runAt(bot, '2026-12-01T09:00:00')).to.have.length(0);

    const { dataFile, connector } = bot;
    await bot.app.close();
    bot = await startTestBot({ dataFile, connector, now: '2026-12-01T10:00:00' });
    expect(await runAt(bot, '2026-12-01T10:00:00')).to.have.length(0);
    expect(await runAt(bot, '2026-12-15T10:00:00')).to.have.length(0);
    // January 1st is a holiday and the 2nd and 3rd a weekend: Monday 4 January.
    expect(await runAt(bot, '2027-01-01T09:00:00')).to.have.length(0);
    expect(await runAt(bot, '2027-01-04T08:00:00')).to.have.length(1);
    await connector.close();
  });

  it('when a channel subscribes weekly and quarterly, then each arrives on its own day, once', async () => {
    await say(bot, 'abonnér på fravær for Ældre og Sundhed hver uge');
    await say(bot, 'abonnér på fravær for Ældre og Sundhed kvartalsvis kl. 9');
    expect(await runAt(bot, '2026-11-30T08:00:00')).to.have.length(1);
    expect(await runAt(bot, '2026-12-01T10:00:00')).to.have.length(0);
    expect(await runAt(bot, '2026-12-07T08:00:00')).to.have.length(1);
    const weekly = await runAt(bot, '2027-01-04T08:59:00');
    expect(weekly).to.have.length(1);
    expect(JSON.stringify(weekly[0])).to.contain('Sendes hver uge');
    const quarterly = await runAt(bot, '2027-01-04T09:00:00');
    expect(quarterly).to.have.length(1);
    expect(JSON.stringify(quarterly[0])).to.contain('Sendes hvert kvartal');
  });

  it('when the bot was down for three months, then one late summary arrives, not one per month', async () => {
    await say(bot, 'abonnér på fravær for Ældre og Sundhed hver måned');
    expect(await runAt(bot, '2026-12-01T08:00:00')).to.have.length(1);
    const late = await runAt(bot, '2027-03-10T13:00:00');
    expect(late).to.have.length(1);
    expect(JSON.stringify(late[0])).to.contain('kommer for sent');
    expect(await runAt(bot, '2027-03-10T13:01:00')).to.have.length(0);
  });

  it('when a sector has a unit under the minimum group, then neither it nor the unit that would reveal it shows a figure, and no name appears', async () => {
    await say(bot, 'abonnér på fravær for Ældre og Sundhed hver måned');
    const [summary] = await runAt(bot, '2026-12-01T08:00:00');
    const json = JSON.stringify(summary);
    const facts = JSON.stringify(summary).match(
      /"title":"(Hjemmeplejen [A-Za-z]+|Plejecenter Ro)","value":"([^"]*)"/g,
    );
    expect(facts?.find((f) => f.includes('Hjemmeplejen Syd'))).to.contain('for få til at vise tal');
    expect(facts?.find((f) => f.includes('Hjemmeplejen Nord'))).to.contain(
      'for få til at vise tal',
    );
    expect(facts?.find((f) => f.includes('Plejecenter Ro'))).to.not.contain('for få');
    for (const name of NAMES) expect(json).to.not.contain(name);
  });

  it('when follow-up steps fell due in the month just ended, then the summary shows the share taken on time', async () => {
    await bot.close();
    bot = await startTestBot({ seed: sectorWithStepsSeed });
    await say(bot, 'abonnér på fravær for Plejecenter Ro hver måned');
    const [summary] = await runAt(bot, '2026-12-01T08:00:00');
    assertValidCard(summary);
    expect(JSON.stringify(summary)).to.contain(
      '60 % af de opfølgningsskridt, der skulle tages i perioden, blev taget til tiden.',
    );
  });

  it('when a channel subscribes to the MED pack half-yearly, then the summary shows the well-being scores with a prompt; monthly is refused', async () => {
    await bot.close();
    bot = await startTestBot({
      seed: () => ({
        ...sectorSeed(),
        wellbeingScores: [
          { unitId: 'PC', date: '2026-10-01', measure: 'Trivsel samlet', score: 72.5 },
        ],
      }),
    });
    const [refused] = await say(bot, 'abonnér på MED-pakke for Plejecenter Ro hver måned');
    expect(refused?.text).to.equal(t('da', 'channels.medCadence'));
    await say(bot, 'abonnér på MED-pakke for Plejecenter Ro halvårligt');
    expect(await runAt(bot, '2026-12-01T08:00:00')).to.have.length(0);
    // 1 January 2027 is a holiday, the 2nd and 3rd a weekend.
    const [pack] = await runAt(bot, '2027-01-04T08:00:00');
    assertValidCard(pack);
    const json = JSON.stringify(pack);
    expect(json).to.contain(t('da', 'channels.med.title'));
    expect(json).to.contain('Trivsel samlet');
    expect(json).to.contain('72,5');
  });
});
