/**
 * Høje-Taastrup end to end: the scheduler re-decides the early steps under the unit's current
 * target status on every planned day, so a unit that drops below target stops getting their
 * reminders (and one that rises above gets them), and the stored plan says so.
 */
import { expect } from 'chai';
import { Scheduler } from '../../../bot/scheduler.js';
import { startTestBot, type TestBot } from '../../helpers/test-bot.js';
import { message } from '../../helpers/activities.js';
import { fixtureStore, IDS } from '../../helpers/fixture-org.js';

const htStore = () => {
  const data = fixtureStore();
  data.settings.policyId = 'hoeje-taastrup';
  return data;
};

async function start(): Promise<{ bot: TestBot; above: { value: boolean }; scheduler: Scheduler }> {
  const bot = await startTestBot({ now: '2026-11-23T07:30:00', seed: htStore });
  const above = { value: true };
  const scheduler = new Scheduler(bot.app.deps, bot.app.outbox, {
    aboveTarget: (unitId) => Promise.resolve(unitId === 'HN' && above.value),
  });
  await bot.post(message('hjælp', bot.as({ aadObjectId: IDS.leader })));
  await bot.post(message('Mette er syg', bot.as({ aadObjectId: IDS.leader })));
  return { bot, above, scheduler };
}

async function digestOf(bot: TestBot, day: string): Promise<string[]> {
  const d = await bot.app.deps.repos.followUps.digest(`digest:${IDS.leader}:${day}`);
  return (d?.items ?? []).map((i) => `${i.kind} ${i.stepId.split(':')[1]}`).sort();
}

function contactStep(bot: TestBot) {
  const steps = bot.app.deps.store.read().followUps;
  return steps.find((s) => s.key === 'contact-day-1')!;
}

describe('Høje-Taastrup steps under the current target status', () => {
  let bot: TestBot;
  afterEach(async () => bot?.close());

  it('when the unit drops below target after the day-1 contact card, then the contact is not reminded and the plan shows it as recommended', async () => {
    const s = await start();
    bot = s.bot;
    s.bot.clock.set('2026-11-23T08:00:05');
    await s.scheduler.tick();
    expect(await digestOf(bot, '2026-11-23')).to.include('new contact-day-1');
    expect(contactStep(bot)).to.include({ mandatory: true, mandatoryRule: 'above-target' });

    s.above.value = false;
    bot.clock.set('2026-11-24T08:00:05');
    await s.scheduler.tick();
    expect(await digestOf(bot, '2026-11-24')).to.not.include('reminder contact-day-1');
    const stored = contactStep(bot);
    expect(stored).to.include({ mandatory: false, version: 1 });
    expect(stored.schedule.remindOn).to.equal(null);
  });

  it('when the unit rises above target, then the early contact becomes mandatory and is reminded on the next planned day', async () => {
    const s = await start();
    bot = s.bot;
    s.above.value = false;
    bot.clock.set('2026-11-23T08:00:05');
    await s.scheduler.tick();
    expect(await digestOf(bot, '2026-11-23')).to.include('new contact-day-1');
    expect(contactStep(bot)).to.include({ mandatory: false });

    s.above.value = true;
    bot.clock.set('2026-11-24T08:00:05');
    await s.scheduler.tick();
    expect(await digestOf(bot, '2026-11-24')).to.include('reminder contact-day-1');
    expect(contactStep(bot)).to.include({ mandatory: true });
    await bot.app.sender.drainOnce();
    expect(bot.connector.cards().length, 'the digests reach the leader').to.be.greaterThan(0);
  });
});
