/**
 * The morning's cards go when the scheduler has queued them, not after the outbox sender's idle
 * wait (30 s): the tick wakes the sender. Real HTTP, the fake connector, the sender running in the
 * background as in `npm start`.
 */
import { expect } from 'chai';
import type { StoreData } from '../../../data/schema.js';
import { message } from '../../helpers/activities.js';
import { fixtureStore, IDS } from '../../helpers/fixture-org.js';
import { importedPeriod } from '../../helpers/sick-periods.js';
import { startTestBot, type TestBot } from '../../helpers/test-bot.js';

/** Mette sick from Monday 23 November (an import): her leader's first step is due that day. */
function seed(): StoreData {
  const data = fixtureStore();
  data.sickPeriods.push(importedPeriod('mette-1', 'p-mette', '2026-11-23', null));
  return data;
}

async function until(check: () => boolean, ms: number): Promise<boolean> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (check()) return true;
    await new Promise((r) => setTimeout(r, 50));
  }
  return check();
}

describe('the tick wakes the outbox sender', function () {
  this.timeout(30_000);
  let bot: TestBot;
  afterEach(async () => bot?.close());

  it("when the morning's tick queues a message, then it is sent without waiting for the sender's idle time", async () => {
    bot = await startTestBot({ now: '2026-11-23T07:30:00', seed });
    await bot.post(message('hjælp', bot.as({ aadObjectId: IDS.leader })));
    bot.app.sender.start();
    // The sender has looked, found nothing due and gone to sleep for its idle time (30 s).
    await new Promise((r) => setTimeout(r, 500));
    bot.connector.clear();
    bot.clock.set('2026-11-23T08:00:05');
    await bot.app.scheduler.tick();
    const toLeader = () =>
      bot.connector.received.filter((r) => r.conversationId === `a:conv-${IDS.leader}`);
    expect(await until(() => toLeader().length > 0, 5_000), 'the day message within 5 s').to.equal(
      true,
    );
  });
});
