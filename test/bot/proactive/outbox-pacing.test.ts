import { expect } from 'chai';
import { rateLimitsFromConfig } from '../../../bot/proactive/rate-limiter.js';
import { item, maxInWindow, recordRequests, startHarness, type Harness } from './outbox-harness.js';

/** Real time, measured at the fake connector's receive timestamps (windows counted inclusively). */
describe('OutboxSender pacing (real time, measured at the connector)', () => {
  let h: Harness;
  afterEach(async () => h.close());

  it('when 12 cards are due for one leader, then no 1 s window holds more than 7 and no 2 s window more than 8', async function () {
    this.timeout(15_000);
    h = await startHarness();
    recordRequests(h);
    await h.outbox.enqueue(Array.from({ length: 12 }, (_, n) => item(`c${n}`, 0)));
    const report = await h
      .sender({
        limits: rateLimitsFromConfig({
          sendRatePerSecond: 40,
          sendRatePerConversationPerSecond: 7,
        }),
      })
      .drainOnce();
    const times = h.requests.map((r) => r.at);
    expect(report.sent).to.equal(12);
    // Teams' per-conversation limits: 7 in any 1 s, 8 in any 2 s. (How close the pace comes to
    // the limit is a benchmark figure, not a pass/fail one: bench/outbox-fanout.ts.)
    expect(maxInWindow(times, 1_000)).to.be.at.most(7);
    expect(maxInWindow(times, 2_000)).to.be.at.most(8);
  });

  it('when 25 leaders each have a card and the tenant rate is 10/s, then no 1 s window holds more than 10', async function () {
    this.timeout(15_000);
    h = await startHarness({ conversations: 25 });
    recordRequests(h);
    await h.outbox.enqueue(Array.from({ length: 25 }, (_, n) => item(`t${n}`, n)));
    const report = await h
      .sender({
        limits: rateLimitsFromConfig({
          sendRatePerSecond: 10,
          sendRatePerConversationPerSecond: 7,
        }),
      })
      .drainOnce();
    const times = h.requests.map((r) => r.at);
    expect(report.sent).to.equal(25);
    expect(maxInWindow(times, 1_000)).to.be.at.most(10);
  });
});
