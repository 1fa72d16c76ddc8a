/**
 * Several instances, one sender: the instance that takes the sending over from another lets one
 * tenant window pass before its first send, since the previous sender's last second is unknown to
 * its limiter and Teams counts the rate per app and tenant. An instance that leads from the start
 * sends at once. Fake time: the sender's sleeps advance the clock.
 */
import { expect } from 'chai';
import { HANDOVER_PAUSE_MS } from '../../../bot/proactive/outbox-sender.js';
import { item, startHarness, testRenderer, type Harness } from './outbox-harness.js';

describe('OutboxSender handover between instances', () => {
  let h: Harness;
  afterEach(async () => h.close());

  async function firstSendAfter(leadFromCall: number) {
    h = await startHarness();
    await h.outbox.enqueue([item('card', 0)]);
    let calls = 0;
    let ledAt: number | null = null;
    const renderedAt: number[] = [];
    const sender = h.sender({
      mayLead: () => {
        calls++;
        const lead = calls >= leadFromCall;
        if (lead && ledAt === null) ledAt = h.time.monotonicNow();
        return Promise.resolve(lead);
      },
      renderers: {
        test: (i, ctx) => {
          renderedAt.push(h.time.monotonicNow());
          return testRenderer(i, ctx);
        },
      },
    });
    sender.start();
    for (let n = 0; n < 200 && renderedAt.length === 0; n++)
      await new Promise((r) => setTimeout(r, 5));
    await sender.stop();
    expect(renderedAt, 'the card was sent').to.have.length(1);
    return { ledAt: ledAt ?? NaN, sentAt: renderedAt[0]! };
  }

  it('when it takes over from another instance, then its first send waits one tenant window', async () => {
    const { ledAt, sentAt } = await firstSendAfter(3);
    expect(ledAt).to.be.greaterThan(0);
    expect(sentAt - ledAt).to.be.at.least(HANDOVER_PAUSE_MS);
  });

  it('when it leads from the start, then it sends at once', async () => {
    const { ledAt, sentAt } = await firstSendAfter(1);
    expect(ledAt).to.equal(0);
    expect(sentAt).to.equal(0);
  });
});
