import { expect } from 'chai';
import {
  RateLimiter,
  rateLimitsFromConfig,
  TEAMS_PER_CONVERSATION,
  type RateLimits,
} from '../../../bot/proactive/rate-limiter.js';
import { maxInWindow } from './outbox-harness.js';

function fakeMonotonic(): {
  now: () => number;
  sleep: (ms: number) => Promise<void>;
  set: (ms: number) => void;
} {
  let t = 0;
  return {
    now: () => t,
    sleep: (ms) => Promise.resolve(void (t += ms)),
    set: (ms) => void (t = ms),
  };
}

const limits = (tenantPerSecond: number, marginMs = 0): RateLimits => ({
  tenantPerSecond,
  perConversation: TEAMS_PER_CONVERSATION,
  marginMs,
});

describe('RateLimiter', () => {
  it('when the tenant rate is 10/s with no margin and no burst, then sends are spaced 100 ms apart', () => {
    const m = fakeMonotonic();
    const limiter = new RateLimiter({ ...limits(10), tenantBurst: 1 }, m.now);
    expect(limiter.delayFor('a')).to.equal(0);
    limiter.record('a').done();
    expect(limiter.delayFor('b')).to.equal(100);
    m.set(60);
    expect(limiter.delayFor('b')).to.equal(40);
  });

  it('when the tenant rate is 40/s (burst 10) after a stall, then 10 go back to back, the 11th waits 25 ms, and no second holds 41', () => {
    const m = fakeMonotonic();
    const limiter = new RateLimiter(
      { tenantPerSecond: 40, perConversation: [], marginMs: 0 },
      m.now,
    );
    m.set(5_000);
    for (let i = 0; i < 10; i++) {
      expect(limiter.delayFor(`c${i}`), `send ${i + 1}`).to.equal(0);
      limiter.record(`c${i}`).done();
    }
    expect(limiter.delayFor('c10')).to.equal(25);
    const times: number[] = [];
    for (let i = 0; i < 200; i++) {
      m.set(m.now() + limiter.delayFor(`d${i}`));
      limiter.record(`d${i}`).done();
      times.push(m.now());
    }
    expect(
      maxInWindow(
        [5_000, 5_000, 5_000, 5_000, 5_000, 5_000, 5_000, 5_000, 5_000, 5_000, ...times],
        999,
      ),
    ).to.be.at.most(40);
  });

  it('when 7 sends went to one conversation at t=0 (margin 25 ms), then the 8th waits until 1,025 ms', () => {
    const m = fakeMonotonic();
    const limiter = new RateLimiter(limits(1_000_000, 25), m.now);
    for (let i = 0; i < 7; i++) limiter.record('a').done();
    expect(limiter.delayFor('a')).to.equal(1_025);
    expect(limiter.delayFor('b'), 'another conversation is not held up').to.be.below(1);
  });

  it('when a request took 300 ms, then its window is counted from the end of the request', () => {
    const m = fakeMonotonic();
    const limiter = new RateLimiter(limits(1_000_000), m.now);
    const slots = Array.from({ length: 7 }, () => limiter.record('a'));
    m.set(300);
    slots[0]!.done();
    for (const s of slots) s.done();
    expect(limiter.delayFor('a')).to.equal(1_000);
  });

  it('when a 429 pauses for 2 s, then every conversation waits 2 s, and a shorter pause never shortens it', () => {
    const m = fakeMonotonic();
    const limiter = new RateLimiter(limits(1_000_000), m.now);
    limiter.pauseFor(2_000);
    limiter.pauseFor(500);
    expect(limiter.delayFor('x')).to.equal(2_000);
    expect(limiter.pausedFor()).to.equal(2_000);
    m.set(2_000);
    expect(limiter.delayFor('x')).to.equal(0);
  });

  it('when 3,000 sends to 10 conversations are paced, then every Teams window holds in every conversation and the tenant stays under 40/s', async () => {
    const m = fakeMonotonic();
    const limiter = new RateLimiter(
      rateLimitsFromConfig({ sendRatePerSecond: 40, sendRatePerConversationPerSecond: 7 }),
      m.now,
    );
    const sent = new Map<string, number[]>();
    const all: number[] = [];
    for (let i = 0; i < 3_000; i++) {
      const conversation = `c${i % 10}`;
      const slot = await limiter.acquire(conversation, m.sleep);
      sent.set(conversation, [...(sent.get(conversation) ?? []), m.now()]);
      all.push(m.now());
      m.set(m.now() + 3); // the request takes 3 ms
      slot.done();
    }
    expect(maxInWindow(all, 1_000)).to.be.at.most(40);
    for (const times of sent.values()) {
      for (const w of TEAMS_PER_CONVERSATION)
        expect(maxInWindow(times, w.windowMs)).to.be.at.most(w.limit);
    }
    // 60 per 30.025 s per conversation binds: 600 sends per window at the tenant pace (~15.4 s),
    // so the 5th and last 600 start at 4 × 30.025 s ≈ 120 s and end ≈ 135.5 s
    expect(m.now() / 1_000).to.be.within(133, 138);
  });

  it('when 4,000 cards go to 4,000 leaders at the configured 40/s, then no second holds more than 40 and the last starts within 1 % of the 100 s floor', async () => {
    const m = fakeMonotonic();
    const limiter = new RateLimiter(
      rateLimitsFromConfig({ sendRatePerSecond: 40, sendRatePerConversationPerSecond: 7 }),
      m.now,
    );
    const all: number[] = [];
    for (let i = 0; i < 4_000; i++) {
      const slot = await limiter.acquire(`c${i}`, m.sleep);
      all.push(m.now());
      m.set(m.now() + 3 + (i % 7)); // requests of 3–9 ms
      slot.done();
    }
    expect(maxInWindow(all, 1_000)).to.be.at.most(40);
    expect(all.at(-1)! / 1_000).to.be.within(99, 101);
  });

  it('when one conversation would get 2,000 sends, then no hour holds more than 1,800', async () => {
    const m = fakeMonotonic();
    const limiter = new RateLimiter(limits(1_000_000, 25), m.now);
    const times: number[] = [];
    for (let i = 0; i < 2_000; i++) {
      (await limiter.acquire('a', m.sleep)).done();
      times.push(m.now());
    }
    expect(maxInWindow(times, 3_600_000)).to.equal(1_800);
    expect(times[1_800]! - times[0]!).to.be.at.least(3_600_000);
  });

  it('when conversations have been quiet for over an hour, then the limiter forgets them', () => {
    const m = fakeMonotonic();
    const limiter = new RateLimiter(limits(1_000_000), m.now);
    for (let i = 0; i < 999; i++) limiter.record(`c${i}`).done();
    expect(limiter.trackedConversations()).to.equal(999);
    m.set(3_700_000);
    limiter.record('late').done();
    expect(limiter.trackedConversations()).to.equal(1);
  });

  it('rateLimitsFromConfig: a lower per-conversation rate replaces the 7/1 s limit and keeps the others', () => {
    expect(
      rateLimitsFromConfig({ sendRatePerSecond: 30, sendRatePerConversationPerSecond: 3 }, 10),
    ).to.deep.equal({
      tenantPerSecond: 30,
      marginMs: 10,
      tenantMarginMs: 5,
      perConversation: [
        { limit: 3, windowMs: 1_000 },
        { limit: 8, windowMs: 2_000 },
        { limit: 60, windowMs: 30_000 },
        { limit: 1_800, windowMs: 3_600_000 },
      ],
    });
  });
});
