import { expect } from 'chai';
import { DateTime } from 'luxon';
import { pino } from 'pino';
import type { OutboxItem } from '../../../data/outbox-repository.js';
import { ZONE } from '../../../domain/clock.js';
import { until } from '../../helpers/until.js';
import {
  fakeTime,
  item,
  realTime,
  recordRequests,
  START,
  startHarness,
  type Harness,
} from './outbox-harness.js';

const at = (ms: number): string =>
  DateTime.fromISO(START, { zone: ZONE }).plus({ milliseconds: ms }).toUTC().toISO() ?? '';
const HOUR = 3_600_000;

async function stored(h: Harness, id: string): Promise<OutboxItem> {
  const found = await h.outbox.get(id);
  if (!found) throw new Error(`no outbox item ${id}`);
  return found;
}

describe('OutboxSender across restarts', () => {
  let h: Harness;
  afterEach(async () => h.close());

  it('when a new sender opens the same store file, then sent items are not sent again and pending ones are sent', async () => {
    h = await startHarness();
    recordRequests(h);
    await h.outbox.enqueue([item('now', 0), item('in-an-hour', 1, at(HOUR))]);
    await h.sender().drainOnce();
    await h.restart(fakeTime(at(HOUR)));
    await h.sender().drainOnce();
    await h.sender().drainOnce();
    expect(h.requests.map((r) => r.text)).to.deep.equal([
      'now|da|on-time',
      'in-an-hour|en|on-time',
    ]);
    expect(await h.outbox.counts()).to.include({ sent: 2, pending: 0, retrying: 0 });
  });

  it('when the bot stopped between sending an item and marking it sent, then after the restart it is sent again and logged as a possible duplicate', async () => {
    h = await startHarness();
    recordRequests(h);
    await h.outbox.enqueue([item('x', 0), item('y', 1)]);
    // What a process that died mid-send leaves: the durable "sending" note, no outcome.
    expect(await h.outbox.markSending('x', at(0))).to.equal(true);
    await h.restart(fakeTime(at(1_000)));
    expect((await stored(h, 'x')).sendingSince, 'the note survives the restart').to.be.a('string');
    const warnings: Array<Record<string, unknown>> = [];
    const logger = pino(
      { level: 'warn' },
      { write: (line: string) => void warnings.push(JSON.parse(line) as Record<string, unknown>) },
    );
    const report = await h.sender({ logger }).drainOnce();
    expect(report).to.include({ sent: 2, resent: 1 });
    expect(warnings.map((w) => w.outboxId)).to.deep.equal(['x']);
    expect(String(warnings[0]?.msg)).to.contain('may arrive twice');
    expect((await stored(h, 'x')).sendingSince ?? null, 'cleared by the outcome').to.equal(null);
    expect((await stored(h, 'y')).sendingSince ?? null).to.equal(null);
  });

  it('when an item was retrying at shutdown, then after the restart it is sent at its next attempt time', async () => {
    h = await startHarness();
    recordRequests(h, (n) => (n === 0 ? { status: 503 } : null));
    await h.outbox.enqueue([item('x', 0)]);
    await h.sender().drainOnce();
    await h.restart(fakeTime(at(1_000)));
    await h.sender().drainOnce();
    expect(h.requests).to.have.length(1);
    await h.restart(fakeTime(at(2_000)));
    await h.sender().drainOnce();
    expect(h.requests.map((r) => r.status)).to.deep.equal([503, 200]);
  });

  it('when the bot was down while items fell due, then start() sends them at once, the old ones marked late', async function () {
    this.timeout(10_000);
    h = await startHarness({ time: realTime(at(3 * HOUR)) });
    recordRequests(h);
    await h.outbox.enqueue([
      item('friday', 0, at(0)),
      item('ten-minutes-ago', 1, at(3 * HOUR - 600_000)),
      item('future', 2, at(4 * HOUR)),
    ]);
    const sender = h.sender();
    sender.start();
    await h.connector.waitFor(2, 3_000);
    await sender.stop();
    expect(h.requests.map((r) => r.text).sort()).to.deep.equal([
      'friday|da|late',
      'ten-minutes-ago|en|on-time',
    ]);
    expect(await stored(h, 'friday')).to.include({
      status: 'sent',
      late: true,
      originalDueAt: at(0),
    });
    expect(await stored(h, 'ten-minutes-ago')).to.include({ status: 'sent', late: false });
    expect(await stored(h, 'future')).to.include({ status: 'pending' });
  });

  it('when the loop is idle, then it wakes by itself at the next due time', async function () {
    this.timeout(40_000);
    h = await startHarness({ time: realTime() });
    recordRequests(h);
    await h.outbox.enqueue([item('soon', 0, at(300))]);
    const sender = h.sender({ idleMs: 60_000 });
    sender.start();
    // idleMs is 60 s, so a send well before that proves the loop woke for the due time by itself.
    await h.connector.waitFor(1, 30_000);
    await sender.stop();
    expect(h.requests).to.have.length(1);
  });

  it('when an item is enqueued while the loop sleeps, then wake() sends it without waiting for idleMs', async function () {
    this.timeout(40_000);
    h = await startHarness({ time: realTime() });
    recordRequests(h);
    const sender = h.sender({ idleMs: 60_000 });
    sender.start();
    await new Promise((r) => setTimeout(r, 100));
    await h.outbox.enqueue([item('woken', 0, h.time.clock().toISO() ?? '')]);
    sender.wake();
    // Without wake() the loop would sleep the full 60 s idle time.
    await h.connector.waitFor(1, 30_000);
    await sender.stop();
    expect(h.requests.map((r) => r.text)).to.deep.equal(['woken|da|on-time']);
  });

  it('when stop() is called during a long Retry-After pause, then it returns promptly and the item stays due', async function () {
    this.timeout(20_000);
    h = await startHarness({ time: realTime() });
    recordRequests(h, (n) => (n === 0 ? { status: 429, headers: { 'Retry-After': '30' } } : null));
    await h.outbox.enqueue([item('a', 0), item('b', 1)]);
    const sender = h.sender();
    sender.start();
    await until(() => h.requests.length > 0, 'the first (429) request');
    // The pause is 30 s: a stop() that waited it out would lose this race by far.
    const outcome = await Promise.race([
      sender.stop().then(() => 'stopped'),
      new Promise((r) => setTimeout(() => r('still paused after 10 s'), 10_000)),
    ]);
    expect(outcome).to.equal('stopped');
    expect(h.requests).to.have.length(1);
    expect(await stored(h, 'b')).to.include({ status: 'pending' });
  });
});
