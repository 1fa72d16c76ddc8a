/**
 * A leader with more due items on one day than one card shows (MAX_DIGEST_ITEMS) still gets one
 * message: the most urgent items on it, the rest on its next pages ("show the next"), each item
 * once, nothing sent twice; and the day costs the same few store writes however many items.
 */
import { expect } from 'chai';
import { MAX_DIGEST_ITEMS } from '../../../cards/due-digest-card.js';
import type { StoreData } from '../../../data/schema.js';
import { startTestBot, type TestBot } from '../../helpers/test-bot.js';
import { execute, message } from '../../helpers/activities.js';
import { fixtureStore, IDS } from '../../helpers/fixture-org.js';
import { assertValidCard } from '../../helpers/card-validator.js';
import { allText, executeData } from '../../cards/follow-up-card-helpers.js';
import { invokeAnswer } from './follow-up-bot.js';

const SICK = MAX_DIGEST_ITEMS + 4;

/** The fixture organisation plus `sick` employees of Hjemmeplejen Nord, all sick from Monday 23 Nov. */
function crowdedStore(sick = SICK): StoreData {
  const data = fixtureStore();
  const template = data.employments[0]!;
  for (let i = 0; i < sick; i++) {
    const personKey = `p-extra-${String(i).padStart(2, '0')}`;
    data.employments.push({
      ...template,
      id: `X${i}`,
      personKey,
      displayName: `Medarbejder ${i}`,
    });
    data.sickPeriods.push({
      id: `imp-${i}`,
      personKey,
      type: 'SYGDOM',
      start: '2026-11-23',
      end: null,
      partialPercent: null,
      source: 'import',
      sourceId: `f-${i}`,
      registeredBy: null,
      createdAt: '2026-11-23T06:00:00.000Z',
      updatedAt: '2026-11-23T06:00:00.000Z',
    });
  }
  return data;
}

describe('a day with more due items than one digest card holds', () => {
  let bot: TestBot;
  afterEach(async () => bot?.close());

  it(`when ${SICK} employees have their sick call due on the same day, then the leader gets one message and every item is reachable from it, exactly once`, async () => {
    bot = await startTestBot({ now: '2026-11-23T07:30:00', seed: crowdedStore });
    const lone = bot.as({ aadObjectId: IDS.leader });
    await bot.post(message('hjælp', lone));
    await bot.app.scheduler.tick();
    bot.clock.set('2026-11-23T08:00:05');
    bot.connector.clear();
    await bot.app.scheduler.tick();
    await bot.app.sender.drainOnce();
    const digests = bot.connector
      .cards()
      .filter((c) => JSON.stringify(c).includes('followup.complete'));
    expect(digests, 'one message').to.have.length(1);
    const pages: unknown[] = [digests[0]];
    const next = executeData(digests[0]).find((d) => d.verb === 'followup.digestPage');
    expect(next, 'a button to the rest').to.not.equal(undefined);
    const res = await bot.post(execute('followup.digestPage', next!, lone));
    pages.push((await invokeAnswer(res)).card);
    const steps = pages.flatMap((c) => {
      assertValidCard(c);
      return executeData(c)
        .filter((d) => d.verb === 'followup.complete')
        .map((d) => String(d.stepId));
    });
    expect(steps.length, 'none twice').to.equal(new Set(steps).size);
    expect(steps.filter((s) => s.endsWith(':sick-call'))).to.have.length(SICK);
    expect(JSON.stringify(digests)).to.contain(`… og ${SICK - MAX_DIGEST_ITEMS} mere`);

    // Udført on an item of the second page answers with that page, refreshed.
    const done = executeData(pages[1]).find((d) => d.verb === 'followup.complete')!;
    const outcome = { [`outcome-${String(done.slot)}`]: 'talked' };
    const answer = await invokeAnswer(
      await bot.post(execute('followup.complete', { ...done, ...outcome }, lone)),
    );
    assertValidCard(answer.card);
    expect(allText(answer.card)).to.contain('Din opfølgning i dag (2 af 2)');
    expect(allText(answer.card)).to.contain('Gemt:');

    bot.connector.clear();
    await bot.app.scheduler.tick();
    await bot.app.sender.drainOnce();
    expect(bot.connector.cards(), 'a second tick the same day').to.have.length(0);
  });

  /** Store commits of the 08:00 tick that plans the day, with `sick` employees due at once. */
  async function planningWrites(sick: number): Promise<{ writes: number; digests: number }> {
    bot = await startTestBot({ now: '2026-11-23T07:30:00', seed: () => crowdedStore(sick) });
    await bot.post(message('hjælp', bot.as({ aadObjectId: IDS.leader })));
    await bot.app.scheduler.tick();
    bot.clock.set('2026-11-23T08:00:05');
    const before = bot.app.deps.store.revision();
    const report = await bot.app.scheduler.tick();
    const writes = bot.app.deps.store.revision() - before;
    await bot.close();
    bot = undefined as unknown as TestBot;
    return { writes, digests: report.digests };
  }

  it('when a leader has five cards’ worth of items on one day, then it is still one message and costs as many store writes as two', async () => {
    const two = await planningWrites(MAX_DIGEST_ITEMS + 4);
    const five = await planningWrites(4 * MAX_DIGEST_ITEMS + 4);
    expect([two.digests, five.digests], 'one outbox item each').to.deep.equal([1, 1]);
    expect(five.writes, 'the message saved and queued in one call').to.equal(two.writes);
  });
});
