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

/** The fixture organisation plus SICK employees of Hjemmeplejen Nord, all sick from Monday 23 Nov. */
function crowdedStore(): StoreData {
  const data = fixtureStore();
  const template = data.employments[0]!;
  for (let i = 0; i < SICK; i++) {
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
});
