/**
 * The outbox pipeline for tests: a temporary lowdb store with N stored personal conversations, the
 * real CloudAdapter from createApp (tenant guard included) sending to the fake connector on loopback,
 * and either fake time (clock, monotonic ms and sleep advance together, instantly) or real time.
 */
import { DateTime } from 'luxon';
import { performance } from 'node:perf_hooks';
import { createApp, type App } from '../../../bot/app.js';
import { loadConfig } from '../../../bot/config.js';
import { createLogger } from '../../../bot/logger.js';
import {
  OutboxSender,
  type OutboxSenderOptions,
  type Renderer,
} from '../../../bot/proactive/outbox-sender.js';
import {
  RateLimiter,
  realSleep,
  type RateLimits,
  type Sleep,
} from '../../../bot/proactive/rate-limiter.js';
import { emptyStore } from '../../../data/defaults.js';
import { createLowdbRepositories } from '../../../data/lowdb-repositories.js';
import type { NewOutboxItem, OutboxRepository } from '../../../data/outbox-repository.js';
import type { Repositories } from '../../../data/repositories.js';
import type { ConversationRefRecord, StoreData } from '../../../data/schema.js';
import { openStore, type Store } from '../../../data/store.js';
import { ZONE, type Clock } from '../../../domain/clock.js';
import { BOT, TENANT } from '../../helpers/activities.js';
import { startFakeConnector, type FakeConnector } from '../../helpers/fake-connector.js';
import { tempDir } from '../../helpers/tmp.js';

export const START = '2026-11-23T08:00:00.000+01:00';

export interface Time {
  clock: Clock;
  monotonicNow: () => number;
  sleep: Sleep;
  /** Total ms slept (fake time only). */
  slept(): number;
  advance(ms: number): void;
}

function abortError(): Error {
  return Object.assign(new Error('aborted'), { name: 'AbortError' });
}

/** Fake time: sleep(ms) moves clock and monotonic time forward by ms and returns at once. */
export function fakeTime(iso = START): Time {
  const start = DateTime.fromISO(iso, { zone: ZONE });
  let ms = 0;
  return {
    clock: () => start.plus({ milliseconds: ms }),
    monotonicNow: () => ms,
    sleep: async (d, signal) => {
      if (signal?.aborted) throw abortError();
      ms += Math.max(0, d);
      await new Promise((r) => setImmediate(r));
    },
    slept: () => ms,
    advance: (d) => void (ms += d),
  };
}

/** Real time, with the clock starting at `iso` and running forward. */
export function realTime(iso = START): Time {
  const start = DateTime.fromISO(iso, { zone: ZONE });
  const t0 = performance.now();
  let offset = 0;
  return {
    clock: () => start.plus({ milliseconds: performance.now() - t0 + offset }),
    monotonicNow: () => performance.now(),
    sleep: realSleep,
    slept: () => 0,
    advance: (d) => void (offset += d),
  };
}

export const aad = (i: number): string => `aad-${i}`;
export const conv = (i: number): string => `a:conv-${i}`;

export function conversationRecord(i: number, serviceUrl: string): ConversationRefRecord {
  return {
    conversationId: conv(i),
    scope: 'personal',
    aadObjectId: aad(i),
    tenantId: TENANT,
    locale: i % 2 === 0 ? 'da' : 'en',
    reference: {
      activityId: `in-${i}`,
      user: { id: `29:${aad(i)}`, name: `Person ${i}`, aadObjectId: aad(i) },
      bot: BOT,
      conversation: { id: conv(i), conversationType: 'personal', tenantId: TENANT },
      channelId: 'msteams',
      locale: 'da-DK',
      serviceUrl,
    },
    updatedAt: '2026-11-22T07:00:00.000Z',
  };
}

/** A due item for person i: text renderer kind 'test', due at `dueAt`. */
export function item(
  id: string,
  person: number,
  dueAt = START,
  extra: Partial<NewOutboxItem> = {},
): NewOutboxItem {
  return { id, recipient: aad(person), kind: 'test', payload: { n: person }, dueAt, ...extra };
}

/** Renders 'test' items as a text naming the item id (and 'late' when late). */
export const testRenderer: Renderer = (i, ctx) =>
  Promise.resolve({
    activity: { type: 'message', text: `${i.id}|${ctx.locale}|${ctx.late ? 'late' : 'on-time'}` },
  });

export const FAST_LIMITS: RateLimits = {
  tenantPerSecond: 1_000_000,
  perConversation: [{ limit: 1_000_000, windowMs: 1_000 }],
  marginMs: 0,
};

export interface Harness {
  connector: FakeConnector;
  store: Store;
  repos: Repositories;
  outbox: OutboxRepository;
  dataFile: string;
  time: Time;
  sender(options?: Partial<OutboxSenderOptions> & { limits?: RateLimits }): OutboxSender;
  /** Closes the store and opens it again from the file (a restart); the connector stays up. */
  restart(time?: Time): Promise<void>;
  /** Every request the connector saw (including faulted ones), with its receive time. */
  requests: Array<{ conversationId: string; text: string; at: number; status: number }>;
  close(): Promise<void>;
}

export interface HarnessOptions {
  conversations?: number;
  time?: Time;
  env?: Record<string, string>;
  seed?: (data: StoreData, serviceUrl: string) => void;
}

export async function startHarness(o: HarnessOptions = {}): Promise<Harness> {
  const connector = await startFakeConnector();
  const tmp = tempDir('naervaer-outbox-');
  const dataFile = tmp.file('store.json');
  const seed = (): StoreData => {
    const data = emptyStore('2026-11-22T07:00:00.000Z');
    for (let i = 0; i < (o.conversations ?? 10); i++)
      data.conversationRefs.push(conversationRecord(i, connector.url));
    o.seed?.(data, connector.url);
    return data;
  };
  const config = loadConfig({
    PORT: '0',
    DATA_FILE: dataFile,
    LOG_LEVEL: 'silent',
    ...(o.env ?? {}),
  });
  const logger = createLogger('silent');
  const h = { time: o.time ?? fakeTime() } as {
    time: Time;
    store: Store;
    repos: Repositories;
    outbox: OutboxRepository;
    app: App;
  };
  const open = async () => {
    h.store = await openStore(dataFile, { seed });
    h.repos = createLowdbRepositories(h.store, () => h.time.clock().toUTC().toISO() ?? '');
    h.app = createApp({
      config,
      clock: () => h.time.clock(),
      store: h.store,
      repos: h.repos,
      logger,
    });
    h.outbox = h.app.outbox;
  };
  await open();
  const requests: Harness['requests'] = [];
  return {
    connector,
    get store() {
      return h.store;
    },
    get repos() {
      return h.repos;
    },
    get outbox() {
      return h.outbox;
    },
    get time() {
      return h.time;
    },
    dataFile,
    requests,
    sender: (options = {}) =>
      new OutboxSender({
        adapter: h.app.adapter,
        botAppId: '',
        outbox: h.outbox,
        conversations: h.repos.conversations,
        limiter: new RateLimiter(options.limits ?? FAST_LIMITS, h.time.monotonicNow),
        clock: h.time.clock,
        logger,
        sleep: h.time.sleep,
        random: () => 0.5,
        renderers: { test: testRenderer },
        ...options,
      }),
    restart: async (time) => {
      await h.store.close();
      if (time) h.time = time;
      await open();
    },
    close: async () => {
      await h.store.close();
      await connector.close();
      tmp.cleanup();
    },
  };
}

/** Makes the connector log every request into h.requests, answering with `fault(n)` (null → 200). */
export function recordRequests(
  h: Harness,
  fault: (
    n: number,
  ) => { status: number; headers?: Record<string, string>; body?: unknown } | null = () => null,
): void {
  let n = 0;
  h.connector.setResponder((r) => {
    const f = fault(n++);
    h.requests.push({
      conversationId: r.conversationId,
      text: typeof r.activity.text === 'string' ? r.activity.text : '',
      // The harness's own time: with fake time the pacing is exact, not at the mercy of the
      // event loop that sender and connector share.
      at: h.time.monotonicNow(),
      status: f?.status ?? 200,
    });
    return f;
  });
}

/** The largest number of timestamps in any window of `windowMs` (inclusive both ends, stricter). */
export function maxInWindow(times: readonly number[], windowMs: number): number {
  const sorted = [...times].sort((a, b) => a - b);
  let best = 0;
  let lo = 0;
  for (let hi = 0; hi < sorted.length; hi++) {
    while (sorted[hi]! - sorted[lo]! > windowMs) lo++;
    best = Math.max(best, hi - lo + 1);
  }
  return best;
}
