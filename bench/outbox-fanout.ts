/**
 * Fan-out of N due cards through the real CloudAdapter to the fake connector on loopback, paced by
 * the RateLimiter at the configured rate, over a temporary lowdb store holding all N outbox items.
 * Reports wall time against the floor (count / rate), peak RSS and its growth, losses and
 * duplicates (counted at the connector), the busiest 1 s window, and store commits.
 *
 *   npx tsx bench/outbox-fanout.ts                           45,000 cards at 40/s (≈ 18.75 min)
 *   npx tsx bench/outbox-fanout.ts --count 2000 --rate 200   a quick check
 *   npx tsx bench/outbox-fanout.ts --count 10000 --errors 0.1 --fake-time   R3: 10 % injected errors
 * Options: --people N (distinct leaders, default = count), --max-unconfirmed N (write window,
 * default 0), --max-seconds S (stop early and report the rate so far), --out FILE.
 * Results go to bench/results/outbox-fanout.json (never pass/fail on time). Two instances on
 * PostgreSQL, one killed halfway: bench/outbox-fanout-2x.ts.
 */
import { mkdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { DateTime } from 'luxon';
import { rateLimitsFromConfig } from '../bot/proactive/rate-limiter.js';
import type { OutboxSender } from '../bot/proactive/outbox-sender.js';
import { cardRenderer } from './fanout-card.js';
import { ZONE } from '../domain/clock.js';
import {
  fakeTime,
  item,
  realTime,
  START,
  startHarness,
  type Harness,
} from '../test/bot/proactive/outbox-harness.js';

const FAULTS = [
  { status: 429 },
  { status: 429, headers: { 'Retry-After': '1' } },
  { status: 412 },
  { status: 500 },
  { status: 502 },
  { status: 503 },
  { status: 504 },
];

const args = parseArgs({
  options: {
    count: { type: 'string', default: '45000' },
    rate: { type: 'string', default: '40' },
    people: { type: 'string' },
    errors: { type: 'string', default: '0' },
    'fake-time': { type: 'boolean', default: false },
    'max-unconfirmed': { type: 'string', default: '0' },
    'max-seconds': { type: 'string' },
    out: {
      type: 'string',
      default: path.join(import.meta.dirname, 'results', 'outbox-fanout.json'),
    },
  },
}).values;

const count = Number(args.count);
const rate = Number(args.rate);
const people = Number(args.people ?? args.count);
const errorRate = Number(args.errors);
const maxSeconds = args['max-seconds'] === undefined ? Infinity : Number(args['max-seconds']);

interface Tally {
  delivered: Map<string, number>;
  faults: number;
  windowStarts: number[];
  busiestSecond: number;
}

function countAtConnector(h: Harness, tally: Tally): void {
  let seed = 12345;
  const random = () => (seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648) / 2_147_483_648;
  h.connector.setResponder((r) => {
    const now = r.at;
    tally.windowStarts.push(now);
    while (tally.windowStarts.length > 0 && tally.windowStarts[0]! < now - 1_000)
      tally.windowStarts.shift();
    tally.busiestSecond = Math.max(tally.busiestSecond, tally.windowStarts.length);
    if (errorRate > 0 && random() < errorRate) {
      tally.faults++;
      return FAULTS[Math.floor(random() * FAULTS.length)]!;
    }
    const id = String(r.activity.text);
    tally.delivered.set(id, (tally.delivered.get(id) ?? 0) + 1);
    // The fake connector keeps what it receives; 45,000 cards would be its memory, not the bot's.
    h.connector.clear();
    return null;
  });
}

const mb = (bytes: number): number => Math.round((bytes / 1_048_576) * 10) / 10;

/** Peak RSS (sampled every 250 ms) and a timeline every 10 s, to tell growth from GC noise. */
function startRssSampler(): {
  peak: () => number;
  timeline: Array<[number, number, number]>;
  stop: () => void;
} {
  let peak = process.memoryUsage.rss();
  const started = Date.now();
  const timeline: Array<[number, number, number]> = [];
  let ticks = 0;
  const timer = setInterval(() => {
    const m = process.memoryUsage();
    peak = Math.max(peak, m.rss);
    if (ticks++ % 40 === 0)
      timeline.push([Math.round((Date.now() - started) / 1_000), mb(m.rss), mb(m.heapUsed)]);
  }, 250);
  return {
    peak: () => Math.max(peak, process.memoryUsage.rss()),
    timeline,
    stop: () => clearInterval(timer),
  };
}

/** Drains until nothing is pending or retrying, sleeping (real or fake) until the next retry is due. */
async function drainAll(h: Harness, sender: OutboxSender): Promise<void> {
  for (;;) {
    await sender.drainOnce();
    const next = await h.outbox.earliestDue();
    if (next === null) return;
    await h.time.sleep(Math.min(1_000, Math.max(0, Date.parse(next) - h.time.clock().toMillis())));
  }
}

async function main(): Promise<void> {
  const time = args['fake-time'] ? fakeTime() : realTime();
  const setupStarted = Date.now();
  const h = await startHarness({ conversations: people, time });
  const start = DateTime.fromISO(START, { zone: ZONE });
  await h.outbox.enqueue(
    Array.from({ length: count }, (_, n) =>
      item(`card-${n}`, n % people, start.minus({ milliseconds: count - n }).toISO() ?? ''),
    ),
  );
  const setupMs = Date.now() - setupStarted;
  const tally: Tally = { delivered: new Map(), faults: 0, windowStarts: [], busiestSecond: 0 };
  countAtConnector(h, tally);
  global.gc?.();
  const rssBefore = process.memoryUsage.rss();
  const rss = startRssSampler();
  const limits = rateLimitsFromConfig({
    sendRatePerSecond: rate,
    sendRatePerConversationPerSecond: 7,
  });
  const sender = h.sender({
    limits,
    renderers: { test: cardRenderer },
    random: Math.random,
    maxUnconfirmed: Number(args['max-unconfirmed']),
  });
  const clearer = setInterval(() => h.connector.clear(), 1_000);
  const started = Date.now();
  const revisionBefore = h.store.revision();
  let stoppedEarly = false;
  const deadline = Number.isFinite(maxSeconds)
    ? setTimeout(() => {
        stoppedEarly = true;
        void sender.stop();
      }, maxSeconds * 1_000)
    : undefined;
  try {
    await drainAll(h, sender);
  } catch (err) {
    if (!(err instanceof Error && err.name === 'AbortError')) throw err;
  }
  clearTimeout(deadline);
  const wallMs = Date.now() - started;
  clearInterval(clearer);
  rss.stop();
  const counts = await h.outbox.counts();
  const sentAtConnector = tally.delivered.size;
  const duplicates = [...tally.delivered.values()].reduce((sum, n) => sum + Math.max(0, n - 1), 0);
  const floorMs = (count / rate) * 1_000;
  const result = {
    at: new Date().toISOString(),
    node: process.version,
    options: {
      count,
      rate,
      people,
      errorRate,
      fakeTime: args['fake-time'],
      maxUnconfirmed: Number(args['max-unconfirmed']),
      maxSeconds: Number.isFinite(maxSeconds) ? maxSeconds : null,
    },
    setupMs,
    stoppedEarly,
    wallMs,
    floorMs,
    wallOverFloor: Math.round((wallMs / floorMs) * 1000) / 1000,
    sendsPerSecond: Math.round((sentAtConnector / (wallMs / 1_000)) * 10) / 10,
    fakeSecondsSlept: args['fake-time'] ? Math.round(h.time.slept() / 1_000) : null,
    delivered: sentAtConnector,
    lost: stoppedEarly ? null : count - sentAtConnector,
    duplicates,
    faultsInjected: tally.faults,
    outbox: counts,
    busiestSecondAtConnector: tally.busiestSecond,
    storeCommits: h.store.revision() - revisionBefore,
    storeFileMb: mb(statSync(h.dataFile).size),
    rssBeforeMb: mb(rssBefore),
    rssPeakMb: mb(rss.peak()),
    rssGrowthMb: mb(rss.peak() - rssBefore),
    /** [seconds, RSS MB, heap used MB] every 10 s */
    memoryTimeline: rss.timeline,
  };
  await h.close();
  mkdirSync(path.dirname(args.out), { recursive: true });
  writeFileSync(args.out, JSON.stringify(result, null, 2) + '\n');
  process.stdout.write(`${JSON.stringify(result, null, 2)}\nwritten to ${args.out}\n`);
}

await main();
