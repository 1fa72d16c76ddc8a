import { expect } from 'chai';
import { DateTime } from 'luxon';
import type { OutboxItem } from '../../../data/outbox-repository.js';
import { ZONE } from '../../../domain/clock.js';
import { TENANT } from '../../helpers/activities.js';
import {
  conversationRecord,
  item,
  realTime,
  recordRequests,
  START,
  startHarness,
  type Harness,
} from './outbox-harness.js';

const at = (ms: number): string =>
  DateTime.fromISO(START, { zone: ZONE }).plus({ milliseconds: ms }).toUTC().toISO() ?? '';

async function stored(h: Harness, id: string): Promise<OutboxItem> {
  const found = await h.outbox.get(id);
  if (!found) throw new Error(`no outbox item ${id}`);
  return found;
}

describe('OutboxSender.drainOnce', () => {
  let h: Harness;
  afterEach(async () => h.close());

  it('when two drains run at once and a third after, then each due item is sent exactly once', async () => {
    h = await startHarness();
    recordRequests(h);
    await h.outbox.enqueue([0, 1, 2, 3, 4].map((p) => item(`i${p}`, p)));
    const sender = h.sender();
    const [a, b] = await Promise.all([sender.drainOnce(), sender.drainOnce()]);
    const c = await sender.drainOnce();
    expect(a.sent + b.sent + c.sent).to.equal(5);
    expect(h.requests.map((r) => r.text.split('|')[0]).sort()).to.deep.equal([
      'i0',
      'i1',
      'i2',
      'i3',
      'i4',
    ]);
    const i3 = await stored(h, 'i3');
    expect(i3).to.include({ status: 'sent', attempts: 1, sentAt: at(0), late: false });
    expect(i3.activityId).to.match(/^act-\d+$/);
  });

  it('when an item is not due yet, then it is sent only once the clock reaches its due time', async () => {
    h = await startHarness();
    recordRequests(h);
    await h.outbox.enqueue([item('later', 0, at(60_000))]);
    const sender = h.sender();
    expect((await sender.drainOnce()).sent).to.equal(0);
    h.time.advance(60_000);
    expect((await sender.drainOnce()).sent).to.equal(1);
    expect(h.requests).to.have.length(1);
  });

  it('when the item goes to a stored conversation, then the text is rendered in the recipient’s locale', async () => {
    h = await startHarness();
    recordRequests(h);
    await h.outbox.enqueue([item('da', 0), item('en', 1)]);
    await h.sender().drainOnce();
    expect(h.requests.map((r) => `${r.conversationId} ${r.text}`).sort()).to.deep.equal([
      'a:conv-0 da|da|on-time',
      'a:conv-1 en|en|on-time',
    ]);
  });

  it('when the connector answers 429 with Retry-After: 2, then no request goes out for 2 s, then the item is sent', async function () {
    this.timeout(10_000);
    h = await startHarness({ time: realTime() });
    recordRequests(h, (n) => (n === 0 ? { status: 429, headers: { 'Retry-After': '2' } } : null));
    await h.outbox.enqueue([item('first', 0), item('second', 1)]);
    const sender = h.sender();
    sender.start();
    await h.connector.waitFor(2, 8_000);
    await sender.stop();
    expect(h.requests.map((r) => [r.text.split('|')[0], r.status])).to.deep.equal([
      ['first', 429],
      ['second', 200],
      ['first', 200],
    ]);
    expect(h.requests[1]!.at - h.requests[0]!.at).to.be.at.least(1_999);
    expect(await stored(h, 'first')).to.include({ status: 'sent', attempts: 1 });
  });

  it('when 429 comes without Retry-After, then all sending pauses for a backoff that doubles per 429 in a row', async () => {
    h = await startHarness();
    recordRequests(h, (n) => (n < 2 ? { status: 429 } : null));
    await h.outbox.enqueue([item('a', 0), item('b', 1, at(1_000))]);
    const sender = h.sender();
    await sender.drainOnce();
    expect(await stored(h, 'a')).to.include({
      status: 'retrying',
      nextAttemptAt: at(2_000),
      attempts: 0,
      lastError: 'http 429 Fault',
    });
    h.time.advance(1_000);
    await sender.drainOnce();
    expect(h.requests.map((r) => `${r.text.split('|')[0]} ${r.status}`)).to.deep.equal([
      'a 429',
      'b 429',
      'a 200',
      'b 200',
    ]);
    expect(h.time.slept(), 'b waited for the 2 s pause, then both for the 4 s pause').to.be.closeTo(
      6_000,
      0.01,
    );
    expect(await stored(h, 'a')).to.include({ status: 'sent', sentAt: at(6_000), attempts: 1 });
    expect(await stored(h, 'b')).to.include({ status: 'sent', sentAt: at(6_000), attempts: 1 });
  });

  for (const status of [412, 500, 502, 503, 504]) {
    it(`when the connector answers ${status} once, then the item is retried after 2 s of backoff and sent once`, async () => {
      h = await startHarness();
      recordRequests(h, (n) => (n === 0 ? { status } : null));
      await h.outbox.enqueue([item('x', 0)]);
      const sender = h.sender();
      await sender.drainOnce();
      expect(await stored(h, 'x')).to.include({
        status: 'retrying',
        attempts: 1,
        nextAttemptAt: at(2_000),
        lastError: `http ${status} Fault`,
      });
      expect(h.requests, 'the SDK did not retry on its own').to.have.length(1);
      h.time.advance(2_000);
      await sender.drainOnce();
      expect(h.requests.map((r) => r.status)).to.deep.equal([status, 200]);
      expect(await stored(h, 'x')).to.include({ status: 'sent', attempts: 2, lastError: null });
    });
  }

  it('when every try fails with 502, then after maxAttempts tries the item is failed and onGaveUp runs once', async () => {
    h = await startHarness();
    recordRequests(h, () => ({ status: 502 }));
    await h.outbox.enqueue([item('x', 0)]);
    const gaveUp: string[] = [];
    const sender = h.sender({
      retry: { maxAttempts: 3 },
      onGaveUp: (i, reason) => Promise.resolve(void gaveUp.push(`${i.id}: ${reason}`)),
    });
    for (const wait of [0, 2_000, 4_000, 8_000, 60_000]) {
      h.time.advance(wait);
      await sender.drainOnce();
    }
    expect(h.requests).to.have.length(3);
    expect(await stored(h, 'x')).to.include({
      status: 'failed',
      attempts: 3,
      lastError: 'http 502 Fault (try 3)',
    });
    expect(gaveUp).to.deep.equal(['x: http 502 Fault (try 3)']);
  });

  it('when the connector answers 403, then the item fails at once, is never retried, and onUnreachable runs once', async () => {
    h = await startHarness();
    recordRequests(h, () => ({
      status: 403,
      body: { error: { code: 'MessageWritesBlocked', message: 'blocked' } },
    }));
    await h.outbox.enqueue([item('x', 0)]);
    const unreachable: string[] = [];
    const sender = h.sender({
      onUnreachable: (i, reason) =>
        Promise.resolve(void unreachable.push(`${i.recipient}: ${reason}`)),
    });
    await sender.drainOnce();
    h.time.advance(24 * 3_600_000);
    await sender.drainOnce();
    expect(h.requests).to.have.length(1);
    expect(await stored(h, 'x')).to.include({
      status: 'failed',
      lastError: 'http 403 MessageWritesBlocked',
    });
    expect(unreachable).to.deep.equal(['aad-0: http 403 MessageWritesBlocked']);
  });

  it('when the recipient has no stored conversation, then the item fails as no-conversation and onUnreachable runs', async () => {
    h = await startHarness({ conversations: 1 });
    recordRequests(h);
    await h.outbox.enqueue([item('x', 7)]);
    const unreachable: string[] = [];
    await h
      .sender({
        onUnreachable: (i, reason) => Promise.resolve(void unreachable.push(`${i.id}: ${reason}`)),
      })
      .drainOnce();
    expect(h.requests).to.have.length(0);
    expect(await stored(h, 'x')).to.include({ status: 'failed', lastError: 'no-conversation' });
    expect(unreachable).to.deep.equal(['x: no-conversation']);
  });

  it('when the connector answers 400, then the item fails without a retry and onGaveUp runs', async () => {
    h = await startHarness();
    recordRequests(h, () => ({ status: 400 }));
    await h.outbox.enqueue([item('x', 0)]);
    const gaveUp: string[] = [];
    await h.sender({ onGaveUp: (i, r) => Promise.resolve(void gaveUp.push(r)) }).drainOnce();
    expect(await stored(h, 'x')).to.include({ status: 'failed', lastError: 'http 400 Fault' });
    expect(gaveUp).to.deep.equal(['http 400 Fault']);
  });

  it('when the renderer says cancel, then nothing is sent and the item is cancelled with the reason', async () => {
    h = await startHarness();
    recordRequests(h);
    await h.outbox.enqueue([item('x', 0, START, { kind: 'gone' })]);
    const report = await h
      .sender({ renderers: { gone: () => Promise.resolve({ cancel: 'step-done' }) } })
      .drainOnce();
    expect(h.requests).to.have.length(0);
    expect(report).to.include({ cancelled: 1, sent: 0 });
    expect(await stored(h, 'x')).to.include({ status: 'cancelled', lastError: 'step-done' });
  });

  it('when no renderer is registered for the kind yet, then the item is retried later, and sent once one is registered', async () => {
    h = await startHarness();
    recordRequests(h);
    await h.outbox.enqueue([item('x', 0, START, { kind: 'new-kind' })]);
    const sender = h.sender();
    await sender.drainOnce();
    expect(await stored(h, 'x')).to.include({
      status: 'retrying',
      lastError: 'no-renderer:new-kind',
    });
    sender.register('new-kind', (i) =>
      Promise.resolve({ activity: { type: 'message', text: `${i.id}|registered` } }),
    );
    h.time.advance(2_000);
    await sender.drainOnce();
    expect(h.requests.map((r) => r.text)).to.deep.equal(['x|registered']);
  });

  it('when the allow-list is on, then a reference in the allowed tenant is sent and a foreign one fails as refused', async () => {
    h = await startHarness({
      conversations: 2,
      env: { ALLOWED_TENANT_IDS: TENANT },
      seed: (data, url) => {
        const foreign = conversationRecord(9, url);
        foreign.reference.conversation = {
          id: 'a:conv-9',
          conversationType: 'personal',
          tenantId: 'ffffffff-0000-4000-8000-00000000000f',
        };
        data.conversationRefs.push(foreign);
      },
    });
    recordRequests(h);
    await h.outbox.enqueue([item('ok', 0), item('foreign', 9)]);
    await h.sender().drainOnce();
    expect(h.requests.map((r) => r.conversationId)).to.deep.equal(['a:conv-0']);
    expect(await stored(h, 'foreign')).to.include({
      status: 'failed',
      lastError: 'error turn-refused',
    });
  });
});
