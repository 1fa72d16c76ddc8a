/**
 * HR's over-target notice, over real HTTP with the fake connector and a fixed clock: once a
 * quarter has closed, each HR consultant serving a unit above target gets one card (aggregates
 * only) with "Tilbyd procesforløb"; once per unit and quarter, also across a restart; and figures
 * that come in after the quarter closed are planned on the next tick, without a restart.
 */
import { expect } from 'chai';
import { message } from '../../helpers/activities.js';
import { assertValidCard } from '../../helpers/card-validator.js';
import { importedPeriod } from '../../helpers/sick-periods.js';
import { startTestBot, type TestBot } from '../../helpers/test-bot.js';
import { cardText, executes, invoke, storeOf, WHO, workflowStore } from './workflow-harness.js';

/** Hjemmeplejen Nord well above a low target (1.5; a target of 2.5 it keeps, until more comes). */
function seed(target = 1.5) {
  const d = workflowStore();
  const days = ['2026-02-03', '2026-04-07', '2026-06-02', '2026-08-04', '2026-10-06'];
  d.sickPeriods = days.map((day, i) => importedPeriod(`p${i}`, 'p-mette', day, day));
  d.sickPeriods.push({
    ...importedPeriod('c0', 'p-karen', '2024-01-08', '2024-01-08'),
    type: 'BARN_SYG',
  });
  d.targets = [
    { unitId: 'HN', year: 2026, daysPerFte: target, method: 'FAST', appliesToSubUnits: true },
  ];
  return d;
}

async function say(bot: TestBot, who: string, text: string) {
  bot.connector.clear();
  await bot.post(message(text, bot.as({ aadObjectId: who })));
  await bot.connector.waitFor(1);
}

async function noticesAt(bot: TestBot, iso: string) {
  bot.clock.set(iso);
  bot.connector.clear();
  await bot.app.scheduler.tick();
  await bot.app.sender.drainOnce();
  return bot.connector.cards().filter((c) => cardText(c).includes('over måltallet'));
}

describe("HR's over-target notice (real HTTP)", () => {
  let bot: TestBot;
  afterEach(async () => bot?.close());

  it('when a quarter closes with a unit above target, then its HR consultant gets one notice with the offer, once, also after a restart', async () => {
    bot = await startTestBot({ seed: () => seed(), now: '2026-12-20T10:00:00' });
    await bot.post(message('hjælp', bot.as({ aadObjectId: WHO.hr })));
    expect(await noticesAt(bot, '2026-12-21T09:00:00')).to.have.length(0);
    const [notice, ...more] = await noticesAt(bot, '2027-01-04T09:00:00');
    expect(more).to.have.length(0);
    assertValidCard(notice);
    expect(cardText(notice))
      .to.contain('Hjemmeplejen Nord ligger over måltallet')
      .and.contain('2026-Q4')
      .and.not.contain('Mette');
    expect(executes(notice).map((a) => a.title)).to.deep.equal([
      'Tilbyd procesforløb',
      'Start opfølgning på måltal',
    ]);
    expect(await noticesAt(bot, '2027-01-04T10:00:00')).to.have.length(0);

    const offer = executes(notice)[0]!.data as Record<string, unknown>;
    const form = await invoke(bot, WHO.hr, 'workflow.form', offer);
    expect(cardText(form.card))
      .to.contain('Opsøgende procesforløb')
      .and.contain('Hjemmeplejen Nord');

    const { dataFile, connector } = bot;
    await bot.app.close();
    bot = await startTestBot({ dataFile, connector, now: '2027-01-05T09:00:00' });
    expect(await noticesAt(bot, '2027-01-05T09:00:00')).to.have.length(0);
    await connector.close();
  });

  it('when figures come in after the quarter closed and put a unit above target, then its notice is queued on the next tick without a restart, and nothing twice', async () => {
    bot = await startTestBot({ seed: () => seed(2.5), now: '2027-01-04T08:00:00' });
    await bot.post(message('hjælp', bot.as({ aadObjectId: WHO.hr })));
    expect(await noticesAt(bot, '2027-01-04T09:00:00')).to.have.length(0);

    // A December sickness registered late (still open): the closed quarter's figure rises.
    await say(bot, WHO.leader, 'Ali er syg fra 1.12.2026');
    const [notice, ...more] = await noticesAt(bot, '2027-01-04T09:05:00');
    expect(more).to.have.length(0);
    assertValidCard(notice);
    expect(cardText(notice))
      .to.contain('Hjemmeplejen Nord ligger over måltallet')
      .and.contain('2026-Q4')
      .and.contain('måltal på 2,5')
      .and.not.contain('Ali');
    expect(await noticesAt(bot, '2027-01-04T09:10:00')).to.have.length(0);

    // Another change re-plans the quarter; the unit's notice is not queued again.
    await say(bot, WHO.leader, 'Karen er syg fra 2.12.2026');
    expect(await noticesAt(bot, '2027-01-04T09:15:00')).to.have.length(0);
    const queued = storeOf(bot).outbox.filter((i) => i.id.startsWith('over-target:'));
    expect(queued.map((i) => i.id).sort()).to.deep.equal(
      [WHO.hr, WHO.hr2].map((hr) => `over-target:HN:2026-Q4:${hr}`).sort(),
    );
  });
});
