/**
 * A leader with more due items on one day than one card holds (MAX_DIGEST_ITEMS) gets them all:
 * the day is split over several digest cards, each with stable ids, none sent twice.
 */
import { expect } from 'chai';
import { MAX_DIGEST_ITEMS } from '../../../cards/due-digest-card.js';
import type { StoreData } from '../../../data/schema.js';
import { startTestBot, type TestBot } from '../../helpers/test-bot.js';
import { message } from '../../helpers/activities.js';
import { fixtureStore, IDS } from '../../helpers/fixture-org.js';
import { assertValidCard } from '../../helpers/card-validator.js';
import { executeData } from '../../cards/follow-up-card-helpers.js';

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

  it(`when ${SICK} employees have their sick call due on the same day, then every item reaches the leader, over several cards, exactly once`, async () => {
    bot = await startTestBot({ now: '2026-11-23T07:30:00', seed: crowdedStore });
    await bot.post(message('hjælp', bot.as({ aadObjectId: IDS.leader })));
    await bot.app.scheduler.tick();
    bot.clock.set('2026-11-23T08:00:05');
    bot.connector.clear();
    await bot.app.scheduler.tick();
    await bot.app.sender.drainOnce();
    const digests = bot.connector
      .cards()
      .filter((c) => JSON.stringify(c).includes('followup.complete'));
    expect(digests.length).to.equal(Math.ceil(SICK / MAX_DIGEST_ITEMS));
    const steps = digests.flatMap((c) => {
      assertValidCard(c);
      return executeData(c)
        .filter((d) => d.verb === 'followup.complete')
        .map((d) => String(d.stepId));
    });
    const sickCalls = [...new Set(steps)].filter((s) => s.endsWith(':sick-call'));
    expect(sickCalls).to.have.length(SICK);
    expect(JSON.stringify(digests)).not.to.contain('mere i morgen');

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

  it('when a leader gets five cards on one day, then the day costs as many store writes as two cards', async () => {
    const two = await planningWrites(MAX_DIGEST_ITEMS + 4);
    const five = await planningWrites(4 * MAX_DIGEST_ITEMS + 4);
    expect([two.digests, five.digests]).to.deep.equal([2, 5]);
    expect(five.writes, 'digests saved together and queued in one outbox call').to.equal(
      two.writes,
    );
  });
});
