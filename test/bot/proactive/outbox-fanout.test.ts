import { expect } from 'chai';
import { DateTime } from 'luxon';
import { ZONE } from '../../../domain/clock.js';
import { item, recordRequests, START, startHarness, type Harness } from './outbox-harness.js';

const COUNT = 2_000;
const PEOPLE = 200;
const FAULTS = [
  { status: 429 },
  { status: 429, headers: { 'Retry-After': '1' } },
  { status: 412 },
  { status: 500 },
  { status: 502 },
  { status: 503 },
  { status: 504 },
];

/** A small seeded generator (mulberry32), so a failing run can be repeated exactly. */
function seeded(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

describe('OutboxSender fan-out with injected errors (fake time, real HTTP)', () => {
  let h: Harness;
  afterEach(async () => h.close());

  it(`when ${COUNT} cards go out and 10 % of requests fail (429/412/5xx), then none is lost and none is sent twice`, async function () {
    this.timeout(120_000);
    h = await startHarness({ conversations: PEOPLE });
    const random = seeded(42);
    recordRequests(h, () =>
      random() < 0.1 ? FAULTS[Math.floor(random() * FAULTS.length)]! : null,
    );
    const start = DateTime.fromISO(START, { zone: ZONE });
    await h.outbox.enqueue(
      Array.from({ length: COUNT }, (_, n) =>
        item(`f${n}`, n % PEOPLE, start.plus({ milliseconds: n }).toISO() ?? ''),
      ),
    );
    // 2,000 here (about 10 s); the 10,000 version: npx tsx bench/outbox-fanout.ts --count 10000 --errors 0.1 --fake-time
    const sender = h.sender({ random: seeded(7) });
    const began = Date.now();
    for (let round = 0; round < 200; round++) {
      await sender.drainOnce();
      const next = await h.outbox.earliestDue();
      if (next === null) break;
      h.time.advance(Math.max(0, Date.parse(next) - h.time.clock().toMillis()));
    }
    const delivered = new Map<string, number>();
    for (const r of h.requests)
      if (r.status === 200) {
        const id = r.text.split('|')[0]!;
        delivered.set(id, (delivered.get(id) ?? 0) + 1);
      }
    const faulted = h.requests.filter((r) => r.status !== 200).length;
    const duplicates = [...delivered.values()].filter((n) => n > 1).length;
    const counts = await h.outbox.counts();
    console.log(
      `      ${COUNT} sends, ${faulted} faults injected, ${Date.now() - began} ms wall, ${Math.round(h.time.slept() / 1000)} s fake`,
    );
    expect(faulted).to.be.within(COUNT * 0.08, COUNT * 0.14);
    expect(delivered.size, 'lost').to.equal(COUNT);
    expect(duplicates, 'duplicates').to.equal(0);
    expect(counts).to.include({ sent: COUNT, pending: 0, retrying: 0, failed: 0 });
  });
});
