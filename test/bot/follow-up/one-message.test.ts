/**
 * One calm message a day, over real HTTP with the fake connector: after a clock jump each leader
 * gets one follow-up message that morning with everything due, late or flagged (the rest a page
 * away), nothing twice, also across a restart on the same data file; what arrives later that day
 * updates the same message in place (PUT) with one short line; a step the leader was just shown
 * when registering in chat does not come again.
 */
import { expect } from 'chai';
import type { StoreData } from '../../../data/schema.js';
import type { SickPeriod } from '../../../domain/model.js';
import { t } from '../../../i18n/index.js';
import { execute, message } from '../../helpers/activities.js';
import { assertValidCard } from '../../helpers/card-validator.js';
import type { Received } from '../../helpers/fake-connector.js';
import { fixtureStore, IDS } from '../../helpers/fixture-org.js';
import { startTestBot, type TestBot } from '../../helpers/test-bot.js';
import { allText, executeData } from '../../cards/follow-up-card-helpers.js';
import { invokeAnswer } from './follow-up-bot.js';

const SICK = 14;
const LEADER_CONVERSATION = `a:conv-${IDS.leader}`;
const lone = { aadObjectId: IDS.leader, name: 'Lone Kristensen' };

const period = (id: string, personKey: string, start: string, end: string | null): SickPeriod => ({
  id,
  personKey,
  type: 'SYGDOM',
  start,
  end,
  partialPercent: null,
  source: 'import',
  sourceId: id,
  registeredBy: null,
  createdAt: '2026-11-22T06:00:00.000Z',
  updatedAt: '2026-11-22T06:00:00.000Z',
});

/** Hjemmeplejen Nord with SICK more employees, all sick from Monday 23 November; Karen's history. */
function seed(): StoreData {
  const data = fixtureStore();
  const template = data.employments[0]!;
  for (let i = 0; i < SICK; i++) {
    const personKey = `p-extra-${String(i).padStart(2, '0')}`;
    data.employments.push({ ...template, id: `X${i}`, personKey, displayName: `Medarbejder ${i}` });
    data.sickPeriods.push(period(`imp-${i}`, personKey, '2026-11-23', null));
  }
  // Four short periods this year: a fifth meets "5 periods in 12 months".
  for (const [i, start] of ['2026-01-12', '2026-03-09', '2026-05-11', '2026-08-17'].entries())
    data.sickPeriods.push(period(`karen-${i}`, 'p-karen', start, start));
  return data;
}

async function tickAndDrain(bot: TestBot): Promise<void> {
  await bot.app.scheduler.tick();
  await bot.app.sender.drainOnce();
}

const toLeader = (list: readonly Received[]) =>
  list.filter((r) => r.conversationId === LEADER_CONVERSATION);

function cardOf(r: Received): Record<string, unknown> {
  const attachments = r.activity.attachments as Array<{ content: Record<string, unknown> }>;
  return attachments[0]!.content;
}

/** Step ids with an Udført/Noteret button on a card. */
const stepsOn = (card: unknown): string[] =>
  executeData(card)
    .filter((d) => d.verb === 'followup.complete')
    .map((d) => String(d.stepId));

/** Every page of the day's message, fetched by pressing "show the next" as the leader. */
async function allPages(bot: TestBot, first: Record<string, unknown>): Promise<unknown[]> {
  const pages: unknown[] = [first];
  for (let card: unknown = first; ;) {
    const next = executeData(card).find((d) => d.verb === 'followup.digestPage' && d.page !== 0);
    if (!next || pages.length > 10) break;
    const res = await bot.post(execute('followup.digestPage', next, bot.as(lone)));
    card = (await invokeAnswer(res)).card;
    assertValidCard(card);
    pages.push(card);
  }
  return pages;
}

describe('one follow-up message a day', function () {
  this.timeout(30_000);
  let bot: TestBot;
  // The connector outlives the restarts in these tests, so it is closed here, not by bot.close().
  afterEach(async () => {
    await bot?.close();
    await bot?.connector.close();
  });

  /** Monday's message sent; then the bot is down until Thursday 08:00 (a jump of three working days). */
  async function jumpToThursday(): Promise<void> {
    bot = await startTestBot({ now: '2026-11-23T07:30:00', seed });
    await bot.post(message('hjælp', bot.as(lone)));
    bot.clock.set('2026-11-23T08:00:05');
    await tickAndDrain(bot);
    expect(toLeader(bot.connector.received), 'Monday: one message').to.have.length(2); // help + digest
    // Karen falls sick on Tuesday while the bot is down (an import the next scan finds).
    await bot.app.deps.store.update((d) => {
      d.sickPeriods.push({
        ...period('karen-5', 'p-karen', '2026-11-24', null),
        updatedAt: '2026-11-23T08:30:00.000Z',
      });
    });
    const { dataFile, connector } = bot;
    await bot.app.close();
    connector.clear();
    bot = await startTestBot({ now: '2026-11-26T08:00:05', dataFile, connector });
  }

  it('when the clock jumps three working days, then each leader gets one message with every item reachable once, late items marked, and a restart sends nothing more', async () => {
    await jumpToThursday();
    await tickAndDrain(bot);
    const sent = toLeader(bot.connector.received);
    expect(sent, 'one message that morning').to.have.length(1);
    expect(bot.connector.received, 'nobody else gets one').to.have.length(1);
    const first = cardOf(sent[0]!);
    assertValidCard(first);
    expect(allText(first)).to.contain(t('da', 'followup.digest.lateLabel'));

    const pages = await allPages(bot, first);
    const steps = pages.flatMap(stepsOn);
    expect(steps.length, 'no step twice').to.equal(new Set(steps).size);
    const expected = [...Array.from({ length: SICK }, (_, i) => `imp-${i}`), 'karen-5'].flatMap(
      (p) => [`${p}:sick-call`, `${p}:call-day-3`],
    );
    expect([...steps].sort()).to.deep.equal(expected.sort());
    const flags = pages.map(allText).join('\n').split('Hyppigt fravær · Karen Olsen');
    expect(flags, 'Karen flagged once').to.have.length(2);
    expect(pages.map(allText).join('\n')).to.contain('Har haft 5 sygeperioder på 12 måneder.');

    // Restart on the same data file: nothing is sent again.
    const { dataFile, connector } = bot;
    await bot.app.close();
    connector.clear();
    bot = await startTestBot({ now: '2026-11-26T08:03:00', dataFile, connector });
    await tickAndDrain(bot);
    expect(connector.received, 'after a restart').to.have.length(0);
    expect(connector.updates, 'after a restart').to.have.length(0);
  });

  it('when an item arrives later that day, then the morning message is updated in place with one short line, once', async () => {
    await jumpToThursday();
    await tickAndDrain(bot);
    const morning = toLeader(bot.connector.received)[0]!;
    bot.connector.clear();

    bot.clock.set('2026-11-26T10:00:00');
    await bot.app.deps.store.update((d) => {
      d.sickPeriods.push({
        ...period('ali-1', 'p-ali', '2026-11-26', null),
        updatedAt: '2026-11-26T09:00:00.000Z',
      });
    });
    await tickAndDrain(bot);
    expect(bot.connector.updates, 'one update').to.have.length(1);
    const update = bot.connector.updates[0]!;
    expect([update.conversationId, update.activityId]).to.deep.equal([
      LEADER_CONVERSATION,
      morning.activityId,
    ]);
    const card = cardOf(update);
    assertValidCard(card);
    const pages = await allPages(bot, card);
    expect(pages.map(allText).join('\n'), 'reachable from it').to.contain('Ali Hassan');
    expect(pages.flatMap(stepsOn)).to.include('ali-1:sick-call');
    expect(bot.connector.texts()).to.deep.equal([t('da', 'followup.digest.updatedOne')]);
    expect(bot.connector.cards(), 'no second card').to.have.length(0);

    bot.connector.clear();
    bot.clock.set('2026-11-26T10:05:00');
    await tickAndDrain(bot);
    expect([bot.connector.received, bot.connector.updates]).to.deep.equal([[], []]);
  });

  it('when the leader registers someone sick in chat after the morning, then the step just shown does not come again', async () => {
    bot = await startTestBot({ now: '2026-11-23T07:30:00' });
    await bot.post(message('hjælp', bot.as(lone)));
    bot.clock.set('2026-11-23T08:00:05');
    await tickAndDrain(bot);
    bot.clock.set('2026-11-23T10:00:00');
    await bot.post(message('Mette er syg', bot.as(lone)));
    bot.connector.clear();
    bot.clock.set('2026-11-23T10:01:00');
    await tickAndDrain(bot);
    expect([bot.connector.received, bot.connector.updates]).to.deep.equal([[], []]);
    bot.clock.set('2026-11-24T08:00:05');
    await tickAndDrain(bot);
    const tuesday = bot.connector.cards();
    expect(tuesday.length, 'Tuesday: at most one message').to.be.at.most(1);
  });
});
