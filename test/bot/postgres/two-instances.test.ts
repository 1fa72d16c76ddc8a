/**
 * Two bot instances (createApp twice) on one PostgreSQL database, sending through the real HTTP
 * path to a fake Bot Connector: no card twice, a killed instance's work finished by the other,
 * one sender at a time, and one scheduler tick per minute across instances.
 */
import { expect } from 'chai';
import { createApp, type App } from '../../../bot/app.js';
import { loadConfig } from '../../../bot/config.js';
import { createLogger } from '../../../bot/logger.js';
import { emptyStore } from '../../../data/defaults.js';
import { coordinationOf } from '../../../data/open-store.js';
import { openPgStore, type PgStore } from '../../../data/postgres/pg-store.js';
import type { StoreData } from '../../../data/schema.js';
import { startFakeConnector, type FakeConnector } from '../../helpers/fake-connector.js';
import { freshDatabase, type TestDatabase } from '../../helpers/postgres.js';
import { until } from '../../helpers/until.js';
import {
  conversationRecord,
  FAST_LIMITS,
  item,
  realTime,
  type Time,
} from '../proactive/outbox-harness.js';

const PEOPLE = 20;

interface Instance {
  name: string;
  app: App<PgStore>;
  store: PgStore;
}

describe('two instances on one PostgreSQL database', () => {
  let connector: FakeConnector;
  let database: TestDatabase;
  let time: Time;
  let instances: Instance[];
  /** Item id → the instances that sent it. */
  let sentBy: Map<string, string[]>;

  beforeEach(async () => {
    connector = await startFakeConnector();
    database = await freshDatabase();
    time = realTime();
    instances = [];
    sentBy = new Map();
    connector.setResponder((r) => {
      const [id, by] = (typeof r.activity.text === 'string' ? r.activity.text : '').split('|');
      if (id) sentBy.set(id, [...(sentBy.get(id) ?? []), by ?? '?']);
      return null;
    });
  });
  afterEach(async () => {
    for (const i of instances) await i.app.close().catch(() => undefined);
    await connector.close();
    await database.drop();
  });

  const seed = (): StoreData => {
    const data = emptyStore('2026-11-22T07:00:00.000Z');
    for (let i = 0; i < PEOPLE; i++)
      data.conversationRefs.push(conversationRecord(i, connector.url));
    return data;
  };

  async function start(name: string, leaseMs = 120_000): Promise<Instance> {
    const config = loadConfig({
      PORT: '0',
      LOG_LEVEL: 'silent',
      DATABASE_URL: database.url,
    });
    const now = () => time.clock().toUTC().toISO() ?? '';
    const { store, repos } = await openPgStore(database.url, {
      seed,
      now,
      poolSize: 4,
      outbox: { leaseMs },
    });
    const app = createApp(
      { config, clock: () => time.clock(), store, repos, logger: createLogger('silent') },
      { sendLimits: FAST_LIMITS },
    );
    // Each instance signs what it sends, so the test sees who sent each card.
    app.sender.register('test', (i) =>
      Promise.resolve({ activity: { type: 'message', text: `${i.id}|${name}` } }),
    );
    const instance = { name, app, store };
    instances.push(instance);
    return instance;
  }

  const enqueue = (from: Instance, n: number, prefix: string) =>
    from.app.outbox.enqueue(
      Array.from({ length: n }, (_, k) =>
        item(`${prefix}${k}`, k % PEOPLE, '2026-11-23T07:00:00Z'),
      ),
    );

  const duplicates = () => [...sentBy.values()].filter((by) => by.length > 1).length;

  it('when both drain the same outbox at once, then every card goes out once', async function () {
    this.timeout(60_000);
    const a = await start('A');
    const b = await start('B');
    await enqueue(a, 200, 'x');
    await Promise.all([a.app.sender.drainOnce(), b.app.sender.drainOnce()]);
    expect(sentBy.size, 'lost').to.equal(200);
    expect(duplicates(), 'duplicates').to.equal(0);
    const senders = new Set([...sentBy.values()].flat());
    expect(senders.size, 'both took a share').to.equal(2);
    expect(await b.app.outbox.counts()).to.include({ sent: 200, pending: 0 });
  });

  it('when an instance is killed holding a batch, then the other sends that batch after the lease, once', async function () {
    this.timeout(60_000);
    const a = await start('A', 60_000);
    const b = await start('B', 60_000);
    await enqueue(a, 60, 'k');
    // A's sender took a batch and died before sending any of it: its connections just close.
    const taken = await a.app.outbox.nextDue(time.clock().toUTC().toISO() ?? '', 25);
    expect(taken).to.have.length(25);
    await a.store.db.pool.end();
    await b.app.sender.drainOnce();
    expect(sentBy.size, 'the unclaimed ones at once').to.equal(35);
    // The lease runs out (on the database's clock, which every instance shares).
    await b.store.db.query(
      "UPDATE outbox SET claim_until = clock_timestamp() - interval '1 second' WHERE claimed_by IS NOT NULL",
    );
    await b.app.sender.drainOnce();
    expect(sentBy.size, 'lost').to.equal(60);
    expect(duplicates(), 'duplicates').to.equal(0);
    expect([...sentBy.values()].flat().every((by) => by === 'B')).to.equal(true);
  });

  it('when both run in the background, then one sends; when it dies, the other takes over', async function () {
    this.timeout(60_000);
    const a = await start('A');
    a.app.startBackground();
    const b = await start('B');
    b.app.startBackground();
    await enqueue(a, 30, 'first');
    a.app.sender.wake();
    b.app.sender.wake();
    await until(() => sentBy.size === 30, 'the first cards', 20_000);
    expect(new Set([...sentBy.values()].flat())).to.deep.equal(new Set(['A']));
    await a.app.close();
    await enqueue(b, 30, 'second');
    b.app.sender.wake();
    await until(() => sentBy.size === 60, 'the second cards after the failover', 30_000);
    const second = [...sentBy.entries()].filter(([id]) => id.startsWith('second'));
    expect(second.every(([, by]) => by.length === 1 && by[0] === 'B')).to.equal(true);
    expect(duplicates(), 'duplicates').to.equal(0);
  });

  it('the scheduler tick of a minute runs in one instance only; the next minute runs again', async () => {
    const a = await start('A');
    const b = await start('B');
    let runs = 0;
    const job = () => Promise.resolve(++runs);
    const minute = '2026-11-23T07:00';
    const results = await Promise.all([
      coordinationOf(a.store).once('scheduler', minute, job),
      coordinationOf(b.store).once('scheduler', minute, job),
      coordinationOf(a.store).once('scheduler', minute, job),
    ]);
    expect(runs).to.equal(1);
    expect(results.filter((r) => r === null)).to.have.length(2);
    // The next minute runs again, in the instance that holds the role.
    await Promise.all([
      coordinationOf(a.store).once('scheduler', '2026-11-23T07:01', job),
      coordinationOf(b.store).once('scheduler', '2026-11-23T07:01', job),
    ]);
    expect(runs).to.equal(2);
  });

  it('/healthz reports the PostgreSQL store', async () => {
    const a = await start('A');
    const { url } = await a.app.listen();
    const body = (await (await fetch(`${url}/healthz`)).json()) as Record<string, unknown>;
    expect(body).to.include({ status: 'ok', store: 'postgres', schemaVersion: 1 });
  });
});
