/**
 * Steps and frequency triggers the policy addresses to HR (the statutory report to the
 * municipality; Høje-Taastrup's 2-week notice and its 6-periods trigger) reach the HR consultant's
 * one message of the day, not the leader's, over real HTTP with the fake connector.
 */
import { expect } from 'chai';
import type { StoreData } from '../../../data/schema.js';
import { message } from '../../helpers/activities.js';
import { assertValidCard } from '../../helpers/card-validator.js';
import type { Received } from '../../helpers/fake-connector.js';
import { fixtureStore, IDS } from '../../helpers/fixture-org.js';
import { startTestBot, type TestBot } from '../../helpers/test-bot.js';
import { executeData } from '../../cards/follow-up-card-helpers.js';
import { readFileSync } from 'node:fs';

const conversationOf = (aad: string) => `a:conv-${aad}`;
const cardOf = (r: Received): unknown =>
  (r.activity.attachments as Array<{ content: unknown }>)[0]!.content;
const stepsOn = (card: unknown): string[] =>
  executeData(card)
    .map((d) => d.stepId)
    .filter((id): id is string => typeof id === 'string');

describe('a step addressed to HR', function () {
  this.timeout(30_000);
  let bot: TestBot;
  afterEach(async () => bot?.close());

  it('when the report to the municipality falls due, then it is in the HR consultant’s message and not in the leader’s', async () => {
    bot = await startTestBot({ now: '2026-11-23T07:30:00' });
    await bot.post(message('hjælp', bot.as({ aadObjectId: IDS.hr })));
    await bot.post(message('hjælp', bot.as({ aadObjectId: IDS.leader })));
    await bot.post(message('Mette er syg fra 21.11', bot.as({ aadObjectId: IDS.leader })));
    const data = () => JSON.parse(readFileSync(bot.dataFile, 'utf8')) as StoreData;
    const report = data().followUps.find((s) => s.id.endsWith(':legal-municipality-report'))!;
    expect(report.dueDate).to.equal('2026-12-24');

    bot.connector.clear();
    bot.clock.set('2026-12-21T08:30:00'); // the first working day of its four days' lead
    await bot.app.scheduler.tick();
    await bot.app.sender.drainOnce();
    const received = bot.connector.received;
    const toHr = received.filter((r) => r.conversationId === conversationOf(IDS.hr));
    const toLeader = received.filter((r) => r.conversationId === conversationOf(IDS.leader));
    expect(toHr).to.have.length(1);
    assertValidCard(cardOf(toHr[0]!));
    expect(stepsOn(cardOf(toHr[0]!))).to.include(report.id);
    expect(JSON.stringify(cardOf(toHr[0]!))).to.contain('Mette Jensen');
    for (const r of toLeader) expect(stepsOn(cardOf(r))).to.not.include(report.id);
  });

  /** Høje-Taastrup's policy; Karen has had five one-day periods this year. */
  function htStore(): StoreData {
    const data = fixtureStore();
    data.settings.policyId = 'hoeje-taastrup';
    for (const [i, start] of [
      '2026-01-12',
      '2026-03-09',
      '2026-05-11',
      '2026-08-17',
      '2026-10-05',
    ].entries())
      data.sickPeriods.push({
        id: `karen-${i}`,
        personKey: 'p-karen',
        type: 'SYGDOM',
        start,
        end: start,
        partialPercent: null,
        source: 'import',
        sourceId: `karen-${i}`,
        registeredBy: null,
        createdAt: '2026-11-22T06:00:00.000Z',
        updatedAt: '2026-11-22T06:00:00.000Z',
      });
    return data;
  }

  it('when Karen’s sixth period is registered under Høje-Taastrup’s policy, then the flag goes to HR’s message, not into the leader’s reply or message', async () => {
    bot = await startTestBot({ now: '2026-11-23T07:30:00', seed: htStore });
    await bot.post(message('hjælp', bot.as({ aadObjectId: IDS.hr })));
    await bot.post(message('hjælp', bot.as({ aadObjectId: IDS.leader })));
    bot.connector.clear();
    await bot.post(message('Karen er syg', bot.as({ aadObjectId: IDS.leader })));
    const reply = JSON.stringify(bot.connector.received.map((r) => r.activity));
    expect(reply).to.contain('Karen Olsen');
    expect(reply, 'no frequency card in the leader’s reply').to.not.contain('Hyppigt fravær');

    bot.connector.clear();
    bot.clock.set('2026-11-23T08:30:00');
    await bot.app.scheduler.tick();
    await bot.app.sender.drainOnce();
    const received = bot.connector.received;
    const toHr = received.filter((r) => r.conversationId === conversationOf(IDS.hr));
    const toLeader = received.filter((r) => r.conversationId === conversationOf(IDS.leader));
    expect(toHr).to.have.length(1);
    assertValidCard(cardOf(toHr[0]!));
    expect(JSON.stringify(cardOf(toHr[0]!))).to.contain('Hyppigt fravær · Karen Olsen');
    for (const r of toLeader) expect(JSON.stringify(cardOf(r))).to.not.contain('Hyppigt fravær');
  });

  it('when Høje-Taastrup’s two-week notice falls due, then it is in HR’s message, not the leader’s', async () => {
    bot = await startTestBot({ now: '2026-11-23T07:30:00', seed: htStore });
    await bot.post(message('hjælp', bot.as({ aadObjectId: IDS.hr })));
    await bot.post(message('hjælp', bot.as({ aadObjectId: IDS.leader })));
    await bot.post(message('Mette er syg', bot.as({ aadObjectId: IDS.leader })));
    const data = JSON.parse(readFileSync(bot.dataFile, 'utf8')) as StoreData;
    const notice = data.followUps.find((s) => s.key === 'notice-2w')!;
    expect(notice).to.include({ audience: 'hr' });
    bot.connector.clear();
    bot.clock.set(`${notice.dueDate}T08:30:00`);
    await bot.app.scheduler.tick();
    await bot.app.sender.drainOnce();
    const received = bot.connector.received;
    const toHr = received.filter((r) => r.conversationId === conversationOf(IDS.hr));
    expect(toHr).to.have.length(1);
    expect(stepsOn(cardOf(toHr[0]!))).to.include(notice.id);
    for (const r of received.filter((x) => x.conversationId === conversationOf(IDS.leader)))
      expect(stepsOn(cardOf(r))).to.not.include(notice.id);
  });
});
