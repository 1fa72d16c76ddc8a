import { expect } from 'chai';
import { rateLimitsFromConfig } from '../../../bot/proactive/rate-limiter.js';
import {
  item,
  maxInWindow,
  realTime,
  recordRequests,
  startHarness,
  type Harness,
} from './outbox-harness.js';

/** Real time, measured at the fake connector's receive timestamps (windows counted inclusively). */
describe('OutboxSender pacing (real time, measured at the connector)', () => {
  let h: Harness;
  afterEach(async () => h.close());

  it('when 12 cards are due for one leader, then no 1 s window holds more than 7 and no 2 s window more than 8', async function () {
    this.timeout(15_000);
    h = await startHarness({ time: realTime() });
    recordRequests(h);
    await h.outbox.enqueue(Array.from({ length: 12 }, (_, n) => item(`c${n}`, 0)));
    const started = Date.now();
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
    expect(maxInWindow(times, 1_000)).to.equal(7);
    expect(maxInWindow(times, 2_000)).to.equal(8);
    // 7 at once, the 8th after 1 s, the 9th–12th after 2 s: the limiter is exact, not timid
    expect(Date.now() - started).to.be.within(2_000, 3_500);
  });

  it('when 25 leaders each have a card and the tenant rate is 10/s, then no 1 s window holds more than 10', async function () {
    this.timeout(15_000);
    h = await startHarness({ time: realTime(), conversations: 25 });
    recordRequests(h);
    await h.outbox.enqueue(Array.from({ length: 25 }, (_, n) => item(`t${n}`, n)));
    const started = Date.now();
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
    expect(maxInWindow(times, 1_000)).to.be.at.least(9);
    // the first 2 back to back (burst), then (1000 + 25) / 10 ms apart: 23 gaps ≈ 2.36 s
    expect(Date.now() - started).to.be.within(2_300, 3_500);
  });
});
