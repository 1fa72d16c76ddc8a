import { expect } from 'chai';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { emptyStore } from '../../../data/defaults.js';
import {
  createLowdbOutboxRepository,
  type NewOutboxItem,
  type OutboxRepository,
} from '../../../data/outbox-repository.js';
import type { StoreData } from '../../../data/schema.js';
import { openStore, type Store } from '../../../data/store.js';
import { tempDir } from '../../helpers/tmp.js';
import { until } from '../../helpers/until.js';
import { forEachStore } from './stores.js';

const seed = () => emptyStore('2026-11-22T08:00:00.000Z');
const newItem = (id: string, dueAt: string, extra: Partial<NewOutboxItem> = {}): NewOutboxItem => ({
  id,
  recipient: 'aad-1',
  kind: 'followUp.digest',
  payload: { date: '2026-11-23' },
  dueAt,
  ...extra,
});

forEachStore('OutboxRepository', (store) => {
  let outbox: OutboxRepository;
  beforeEach(() => {
    outbox = store().outbox;
  });

  describe('enqueue', () => {
    it('when an id is enqueued again, then the stored item is left alone and only new ids are added', async () => {
      expect(await outbox.enqueue([newItem('a', '2026-11-23T08:00:00+01:00')])).to.deep.equal({
        added: 1,
        skipped: 0,
      });
      await outbox.markSent('a', '2026-11-23T07:00:01Z');
      const again = await outbox.enqueue([
        newItem('a', '2026-11-24T08:00:00+01:00', { payload: { changed: true } }),
        newItem('b', '2026-11-23T08:00:00+01:00'),
      ]);
      expect(again).to.deep.equal({ added: 1, skipped: 1 });
      expect(await outbox.get('a')).to.include({
        status: 'sent',
        dueAt: '2026-11-23T07:00:00.000Z',
      });
      expect((await outbox.get('a'))?.payload).to.deep.equal({ date: '2026-11-23' });
      expect((await outbox.counts()).total).to.equal(2);
    });

    it('when the same id appears twice in one call, then it is stored once', async () => {
      expect(
        await outbox.enqueue([
          newItem('a', '2026-11-23T07:00:00Z'),
          newItem('a', '2026-11-23T07:00:00Z'),
        ]),
      ).to.deep.equal({ added: 1, skipped: 1 });
    });

    it('when enqueued, then instants are stored in UTC, originalDueAt defaults to dueAt, and the item is pending', async () => {
      await outbox.enqueue([
        newItem('a', '2026-03-29T08:00:00+02:00'),
        newItem('b', '2026-11-25T08:00:00+01:00', {
          originalDueAt: '2026-11-23T08:00:00+01:00',
          late: true,
        }),
      ]);
      expect(await outbox.get('a')).to.include({
        dueAt: '2026-03-29T06:00:00.000Z',
        originalDueAt: '2026-03-29T06:00:00.000Z',
        status: 'pending',
        attempts: 0,
        late: false,
        conversationId: null,
      });
      expect(await outbox.get('b')).to.include({
        originalDueAt: '2026-11-23T07:00:00.000Z',
        late: true,
      });
    });

    it('when a due time is not an instant, then enqueue rejects and nothing is stored', async () => {
      let error: unknown = null;
      await outbox
        .enqueue([newItem('ok', '2026-11-23T07:00:00Z'), newItem('bad', '23/11/2026')])
        .catch((e: unknown) => (error = e));
      expect(String(error)).to.contain('invalid instant');
      expect((await outbox.counts()).total).to.equal(0);
    });
  });

  describe('nextDue', () => {
    it('when items are pending, retrying, future or finished, then only the due active ones come back, earliest first, up to the limit', async () => {
      await outbox.enqueue([
        newItem('late', '2026-11-23T07:30:00Z'),
        newItem('future', '2026-11-23T09:00:00Z'),
        newItem('early', '2026-11-23T06:00:00Z'),
        newItem('sent', '2026-11-23T05:00:00Z'),
        newItem('retry-due', '2026-11-23T04:00:00Z'),
        newItem('retry-later', '2026-11-23T04:00:00Z'),
        newItem('middle', '2026-11-23T07:00:00Z'),
      ]);
      await outbox.markSent('sent', '2026-11-23T05:00:01Z');
      await outbox.markRetry('retry-due', '2026-11-23T06:30:00Z', 'http 502');
      await outbox.markRetry('retry-later', '2026-11-23T08:30:00Z', 'http 502');
      const now = '2026-11-23T08:00:00+01:00';
      expect((await outbox.nextDue(now, 10)).map((i) => i.id)).to.deep.equal([
        'early',
        'retry-due',
        'middle',
      ]);
      expect((await outbox.nextDue('2026-11-23T07:45:00Z', 2)).map((i) => i.id)).to.deep.equal([
        'early',
        'retry-due',
      ]);
      expect(await outbox.earliestDue()).to.equal('2026-11-23T06:00:00.000Z');
    });

    it('when a returned item is changed by the caller, then the stored item is not', async () => {
      await outbox.enqueue([newItem('a', '2026-11-23T07:00:00Z')]);
      const [copy] = await outbox.nextDue('2026-11-23T07:00:00Z', 1);
      copy!.status = 'sent';
      expect(await outbox.get('a')).to.include({ status: 'pending' });
    });
  });

  describe('marks', () => {
    it('when an item moves pending → retrying → sent, then attempts count the tries and a finished item cannot change again', async () => {
      await outbox.enqueue([newItem('a', '2026-11-23T07:00:00Z')]);
      expect(await outbox.markRetry('a', '2026-11-23T07:00:02Z', 'http 503 Fault')).to.equal(true);
      expect(
        await outbox.markRetry('a', '2026-11-23T07:00:04Z', 'http 429', { countAttempt: false }),
      ).to.equal(true);
      expect(await outbox.get('a')).to.include({
        status: 'retrying',
        attempts: 1,
        nextAttemptAt: '2026-11-23T07:00:04.000Z',
        lastError: 'http 429',
      });
      expect(
        await outbox.markSent('a', '2026-11-23T07:00:05Z', { activityId: 'act-9', late: true }),
      ).to.equal(true);
      expect(await outbox.get('a')).to.include({
        status: 'sent',
        attempts: 2,
        nextAttemptAt: null,
        lastError: null,
        activityId: 'act-9',
        late: true,
        sentAt: '2026-11-23T07:00:05.000Z',
      });
      expect(await outbox.markSent('a', '2026-11-23T07:00:06Z')).to.equal(false);
      expect(await outbox.markFailed('a', 'x')).to.equal(false);
      expect(await outbox.markCancelled('a', 'x')).to.equal(false);
      expect(await outbox.get('a')).to.include({
        status: 'sent',
        sentAt: '2026-11-23T07:00:05.000Z',
      });
    });

    it('when an item is failed or cancelled, then it is final and counted', async () => {
      await outbox.enqueue([
        newItem('f', '2026-11-23T07:00:00Z'),
        newItem('c', '2026-11-23T07:00:00Z'),
        newItem('p', '2026-11-23T07:00:00Z'),
      ]);
      expect(await outbox.markFailed('f', 'http 403 MessageWritesBlocked')).to.equal(true);
      expect(await outbox.markCancelled('c', 'step-done')).to.equal(true);
      expect(await outbox.markRetry('f', '2026-11-23T08:00:00Z', 'x')).to.equal(false);
      expect(await outbox.counts()).to.deep.equal({
        pending: 1,
        retrying: 0,
        sent: 0,
        failed: 1,
        cancelled: 1,
        total: 3,
      });
      expect(await outbox.markSent('unknown', '2026-11-23T07:00:00Z')).to.equal(false);
    });
  });

  it('when the store is reopened from its file, then statuses survive (a restart does not resend)', async () => {
    await outbox.enqueue([
      newItem('a', '2026-11-23T07:00:00Z'),
      newItem('b', '2026-11-23T07:00:00Z'),
    ]);
    await outbox.markSent('a', '2026-11-23T07:00:01Z');
    await store().reopen();
    outbox = store().outbox;
    expect((await outbox.nextDue('2026-11-23T08:00:00Z', 10)).map((i) => i.id)).to.deep.equal([
      'b',
    ]);
  });

  it('prune: when finished items are older than the cutoff, then they go and active or newer ones stay', async () => {
    await outbox.enqueue([
      newItem('old-sent', '2026-10-01T07:00:00Z'),
      newItem('old-pending', '2026-10-01T07:00:00Z'),
      newItem('new-sent', '2026-11-20T07:00:00Z'),
    ]);
    await outbox.markSent('old-sent', '2026-10-01T07:00:01Z');
    await outbox.markSent('new-sent', '2026-11-20T07:00:01Z');
    expect(await outbox.prune('2026-11-01T00:00:00Z')).to.equal(1);
    expect(await outbox.get('old-sent')).to.equal(null);
    expect(await outbox.get('old-pending')).to.include({ status: 'pending' });
    expect(await outbox.get('new-sent')).to.include({ status: 'sent' });
  });
});

describe('OutboxRepository journal (lowdb)', () => {
  let tmp: ReturnType<typeof tempDir>;
  let store: Store;
  beforeEach(async () => {
    tmp = tempDir();
    store = await openStore(tmp.file('store.json'), { seed });
  });
  afterEach(async () => {
    await store.close();
    tmp.cleanup();
  });

  const storedStatus = (id: string): string | undefined =>
    (JSON.parse(readFileSync(store.file, 'utf8')) as StoreData).outbox.find((i) => i.id === id)
      ?.status;

  const reopen = async (): Promise<OutboxRepository> => {
    await store.close();
    store = await openStore(tmp.file('store.json'), { seed });
    return createLowdbOutboxRepository(store);
  };

  it('when the process dies after a mark was journaled but before the store file has it, then the next start sees the mark', async () => {
    const outbox = createLowdbOutboxRepository(store, { foldEveryMs: 60_000 });
    await outbox.enqueue([
      newItem('a', '2026-11-23T07:00:00Z'),
      newItem('b', '2026-11-23T07:00:00Z'),
    ]);
    expect(await outbox.markSent('a', '2026-11-23T07:00:01Z')).to.equal(true);
    expect(await outbox.get('a')).to.include({ status: 'sent' });
    expect(storedStatus('a'), 'not folded into the file yet').to.equal('pending');
    const after = await reopen();
    expect(await after.get('a')).to.include({
      status: 'sent',
      sentAt: '2026-11-23T07:00:01.000Z',
      attempts: 1,
    });
    expect((await after.nextDue('2026-11-23T08:00:00Z', 10)).map((i) => i.id)).to.deep.equal(['b']);
    await after.flush();
    expect(storedStatus('a')).to.equal('sent');
  });

  it('when the journal ends in a torn line, then the lines before it count and the torn one is ignored', async () => {
    const outbox = createLowdbOutboxRepository(store, { journal: false });
    await outbox.enqueue([
      newItem('a', '2026-11-23T07:00:00Z'),
      newItem('b', '2026-11-23T07:00:00Z'),
    ]);
    writeFileSync(
      `${store.file}.outbox-journal`,
      `${JSON.stringify({ id: 'a', patch: { status: 'sent', sentAt: '2026-11-23T07:00:01.000Z' } })}\n{"id":"b","pat`,
    );
    const after = await reopen();
    expect(await after.get('a')).to.include({ status: 'sent' });
    expect(await after.get('b')).to.include({ status: 'pending' });
  });

  it('when the journal rotates during a fan-out, then after a restart no mark is lost and the old part is gone', async () => {
    const outbox = createLowdbOutboxRepository(store, { rotateAfter: 3, foldEveryMs: 60_000 });
    const ids = ['a', 'b', 'c', 'd', 'e'];
    await outbox.enqueue(ids.map((id) => newItem(id, '2026-11-23T07:00:00Z')));
    for (const id of ids) await outbox.markSent(id, '2026-11-23T07:00:01Z');
    // The fold runs in the background after the rotation; wait for it to finish.
    await until(
      () => !existsSync(`${store.file}.outbox-journal.1`),
      'the rotated part to be folded',
    );
    expect(ids.map(storedStatus)).to.deep.equal(['sent', 'sent', 'sent', 'pending', 'pending']);
    const after = await reopen();
    expect((await after.counts()).sent).to.equal(5);
  });
});
