/**
 * Chat turns while the morning's first tick and fan-out run, on PostgreSQL and on lowdb side by
 * side: a demo municipality (3 years of periods, a conversation reference for every person, on the
 * fake Bot Connector on loopback), the bot started with createApp and its real HTTP door at 07:59;
 * a few warm-up turns (the statistics index is built, as in a bot that has been answering), then
 * the clock at 08:00 and app.startBackground(): the scheduler's first tick plans the day's messages and the
 * outbox sender sends them at the configured rate. Meanwhile three leaders send "hjælp" and
 * "hvordan ligger vi ift. måltal?" in turn at a steady rate (open loop: one every --interval ms,
 * whether the last has answered or not). A turn's latency runs from the POST until it is answered
 * (the reply has reached the connector by then). Recorded: turn p50/p90/p99/max, the event loop's
 * longest stall (monitorEventLoopDelay; client, connector and bot share this process), the first
 * tick's duration, the fan-out's (from the tick's end until no item is pending), cards delivered
 * and duplicates, and the five slowest turns with when they came. Never pass/fail: the figures
 * are for reading.
 *   npx tsx bench/pg-turns.ts [--employees 45000] [--interval 200] [--stores postgres,lowdb] [--runs 1]
 * Results: bench/results/pg-turns-<employees>.json. PostgreSQL: TEST_DATABASE_URL, or a throwaway
 * cluster from Debian's packages (test/helpers/postgres.ts).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { DateTime } from 'luxon';
import { loadConfig } from '../bot/config.js';
import { createApp } from '../bot/app.js';
import { createLogger } from '../bot/logger.js';
import { DEMO_IDENTITIES } from '../bot/local-users.js';
import { Scheduler } from '../bot/scheduler.js';
import { generateDemo } from '../data/demo/generate-demo.js';
import { openRepositories } from '../data/open-store.js';
import type { StoreData } from '../data/schema.js';
import { ZONE, type Clock } from '../domain/clock.js';
import { BOT, message, TENANT } from '../test/helpers/activities.js';
import { startFakeConnector } from '../test/helpers/fake-connector.js';
import { freshDatabase } from '../test/helpers/postgres.js';
import { tempDir } from '../test/helpers/tmp.js';

const args = parseArgs({
  options: {
    employees: { type: 'string', default: '45000' },
    interval: { type: 'string', default: '200' },
    stores: { type: 'string', default: 'postgres,lowdb' },
    'max-seconds': { type: 'string', default: '900' },
    runs: { type: 'string', default: '1' },
    /** Internal: measure this one store in this process (each run is a process of its own). */
    child: { type: 'string' },
  },
}).values;
const employees = Number(args.employees);
const interval = Number(args.interval);
const LEADERS = [DEMO_IDENTITIES.leader, DEMO_IDENTITIES.chief, DEMO_IDENTITIES.hr];
const TEXTS = ['hjælp', 'hvordan ligger vi ift. måltal?'];

const percentile = (sorted: number[], p: number) =>
  Math.round(
    (sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0) * 10,
  ) / 10;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** The first tick's duration, taken around the scheduler's tick (the bench does not change it). */
const tickTimes: number[] = [];
const tick: Scheduler['tick'] = Reflect.get(Scheduler.prototype, 'tick');
Reflect.set(Scheduler.prototype, 'tick', async function (this: Scheduler) {
  const t = performance.now();
  try {
    return await tick.call(this);
  } finally {
    tickTimes.push(performance.now() - t);
  }
});

function withReferences(demo: StoreData, serviceUrl: string): StoreData {
  const at = '2026-11-20T08:00:00.000Z';
  return {
    ...demo,
    conversationRefs: demo.persons.map((p) => ({
      conversationId: `a:proactive-${p.aadObjectId}`,
      scope: 'personal' as const,
      aadObjectId: p.aadObjectId,
      tenantId: TENANT,
      locale: 'da' as const,
      reference: {
        channelId: 'msteams',
        serviceUrl,
        bot: BOT,
        user: { id: `29:${p.aadObjectId}`, aadObjectId: p.aadObjectId },
        conversation: {
          id: `a:proactive-${p.aadObjectId}`,
          conversationType: 'personal',
          tenantId: TENANT,
        },
      },
      updatedAt: at,
    })),
  };
}

async function measure(kind: 'lowdb' | 'postgres', demo: StoreData) {
  const connector = await startFakeConnector();
  const delivered = new Map<string, number>();
  connector.setResponder((r) => {
    if (r.conversationId.startsWith('a:proactive-')) {
      const key = `${r.method} ${r.conversationId} ${r.path}`;
      delivered.set(key, (delivered.get(key) ?? 0) + 1);
    }
    connector.clear();
    return null;
  });
  const tmp = tempDir('naervaer-bench-');
  const database = kind === 'postgres' ? await freshDatabase() : null;
  // The clock runs from the set instant (the sender's pacing and leases need time to pass).
  const state = {
    base: DateTime.fromISO('2026-11-23T07:59:00', { zone: ZONE }),
    at: performance.now(),
  };
  const clock: Clock = () => state.base.plus({ milliseconds: performance.now() - state.at });
  const now = () => clock().toUTC().toISO() ?? '';
  const t0 = performance.now();
  const where = { dataFile: tmp.file('d.json'), databaseUrl: database?.url ?? null };
  const seeded = withReferences(demo, connector.url);
  const { store, repos } = await openRepositories(where, { seed: () => seeded, now });
  const openMs = Math.round(performance.now() - t0);
  const config = loadConfig({ PORT: '0', DATA_FILE: where.dataFile, LOG_LEVEL: 'silent' });
  const app = createApp({ config, clock, store, repos, logger: createLogger('silent') });
  const { url } = await app.listen();
  let n = 0;
  /** The slowest turns: what was asked, how long it took, when (s after the tick started). */
  const slow: Array<{ text: string; ms: number; atS: number }> = [];
  let started = 0;
  const turn = async (): Promise<number> => {
    const aad = LEADERS[n % LEADERS.length]!;
    const text = TEXTS[Math.floor(n / LEADERS.length) % TEXTS.length]!;
    n++;
    const sentAt = performance.now();
    const body = JSON.stringify(
      message(text, { from: { aadObjectId: aad }, serviceUrl: connector.url }),
    );
    const t = performance.now();
    const res = await fetch(`${url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body,
    });
    await res.arrayBuffer();
    if (!res.ok) throw new Error(`turn answered ${res.status}`);
    const ms = performance.now() - t;
    if (started > 0) {
      slow.push({ text, ms: Math.round(ms), atS: Math.round((sentAt - started) / 100) / 10 });
      slow.sort((a, b) => b.ms - a.ms).splice(5);
    }
    return ms;
  };
  const warmStarted = performance.now();
  for (let i = 0; i < 12; i++) await turn();
  const warmupMs = Math.round(performance.now() - warmStarted);

  const loop = monitorEventLoopDelay({ resolution: 10 });
  const latencies: number[] = [];
  const failures: string[] = [];
  state.base = DateTime.fromISO('2026-11-23T08:00:05', { zone: ZONE });
  state.at = performance.now();
  tickTimes.length = 0;
  loop.enable();
  // How often a query had to wait for one of the pool's connections (PostgreSQL only).
  const pool = (store as { db?: { pool?: { waitingCount: number; totalCount: number } } }).db?.pool;
  const poolWaits = { samples: 0, waiting: 0, maxWaiting: 0 };
  const poolSampler = setInterval(() => {
    if (!pool) return;
    poolWaits.samples++;
    if (pool.waitingCount > 0) poolWaits.waiting++;
    poolWaits.maxWaiting = Math.max(poolWaits.maxWaiting, pool.waitingCount);
  }, 20);
  // The longest stalls and when they ended (s after the tick started; `us`: the monotonic clock in
  // µs, the clock of a --cpu-prof profile, to find what ran).
  const stalls: Array<{ ms: number; atS: number; us: number }> = [];
  let expected = performance.now() + 5;
  const stallTimer = setInterval(() => {
    const now = performance.now();
    const late = now - expected;
    expected = now + 5;
    if (late < 30) return;
    const us = Number(process.hrtime.bigint() / 1000n);
    stalls.push({ ms: Math.round(late), atS: Math.round((now - started) / 100) / 10, us });
    stalls.sort((a, b) => b.ms - a.ms).splice(5);
  }, 5);
  started = performance.now();
  app.startBackground();
  let firing = true;
  const inFlight: Array<Promise<void>> = [];
  const fire = async () => {
    while (firing) {
      inFlight.push(
        turn().then(
          (ms) => void latencies.push(ms),
          (err: unknown) => void failures.push(String(err)),
        ),
      );
      await sleep(interval);
    }
  };
  const firingDone = fire();
  const limit = started + Number(args['max-seconds']) * 1000;
  let tickEnd = 0;
  let drainedAt = 0;
  while (performance.now() < limit) {
    await sleep(500);
    if (tickTimes.length === 0) continue;
    tickEnd ||= performance.now();
    const c = await app.outbox.counts();
    if (c.pending + c.retrying === 0) {
      drainedAt = performance.now();
      break;
    }
  }
  firing = false;
  await firingDone;
  await Promise.all(inFlight);
  loop.disable();
  clearInterval(poolSampler);
  clearInterval(stallTimer);
  const counts = await app.outbox.counts();
  await app.close();
  await connector.close();
  await database?.drop();
  tmp.cleanup();
  const sorted = [...latencies].sort((a, b) => a - b);
  const result = {
    kind,
    openMs,
    warmupMs,
    firstTickMs: Math.round(tickTimes[0] ?? NaN),
    fanOutMs: drainedAt ? Math.round(drainedAt - tickEnd) : null,
    finished: drainedAt > 0,
    outbox: counts,
    cardsDelivered: delivered.size,
    duplicates: [...delivered.values()].filter((v) => v > 1).length,
    turns: latencies.length,
    turnFailures: failures.length,
    turnMs: {
      p50: percentile(sorted, 50),
      p90: percentile(sorted, 90),
      p99: percentile(sorted, 99),
      max: Math.round((sorted.at(-1) ?? 0) * 10) / 10,
    },
    slowestTurns: slow,
    poolWaits,
    longestStalls: stalls,
    tickEndS: Math.round((tickEnd - started) / 100) / 10,
    eventLoopMaxMs: Math.round(loop.max / 1e6),
    eventLoopP99Ms: Math.round(loop.percentile(99) / 1e6),
    loadavgAfter: os.loadavg(),
  };
  return result;
}

type Kind = 'lowdb' | 'postgres';
type Run = Awaited<ReturnType<typeof measure>>;
const RESULT = 'RESULT ';

if (args.child) {
  const demo = generateDemo({ employees, years: 3, seed: 1, asOf: '2026-11-22' });
  const result = await measure(args.child as Kind, demo);
  const counts = { periods: demo.sickPeriods.length, persons: demo.persons.length };
  process.stdout.write(`${RESULT}${JSON.stringify({ result, ...counts })}\n`);
  process.exit(0);
}

const loadavgBefore = os.loadavg();
const stores = args.stores.split(',') as Kind[];
const out = path.resolve(import.meta.dirname, 'results', `pg-turns-${employees}.json`);
// A store not run this time keeps its runs from the file (e.g. `--stores postgres --runs 5`).
const earlier: { results?: Run[] } = existsSync(out)
  ? (JSON.parse(readFileSync(out, 'utf8')) as { results?: Run[] })
  : {};
const results: Run[] = (earlier.results ?? []).filter((r) => !stores.includes(r.kind));
let counts = { periods: 0, persons: 0 };
// Each run in a process of its own: runs in one process inherited the last run's heap, and its
// garbage collection showed as stalls of the next.
for (const kind of stores)
  for (let run = 0; run < Number(args.runs); run++) {
    const child = spawnSync(
      process.execPath,
      [
        ...process.execArgv,
        import.meta.filename,
        ...['--child', kind, '--employees', String(employees), '--interval', String(interval)],
        ...['--max-seconds', args['max-seconds']],
      ],
      { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 64 * 1024 * 1024 },
    );
    const line = child.stdout.split('\n').find((l) => l.startsWith(RESULT));
    if (child.status !== 0 || !line) throw new Error(`the ${kind} run failed (${child.status})`);
    const parsed = JSON.parse(line.slice(RESULT.length)) as { result: Run } & typeof counts;
    process.stdout.write(`${JSON.stringify(parsed.result)}\n`);
    results.push(parsed.result);
    counts = { periods: parsed.periods, persons: parsed.persons };
  }
/** Per store, the range over its runs of what the issue measures (runs vary on a shared VM). */
const summary = Object.fromEntries(
  [...new Set(results.map((r) => r.kind))].map((kind) => {
    const runs = results.filter((r) => r.kind === kind);
    const range = (pick: (r: Run) => number) => {
      const values = runs.map(pick);
      return [Math.min(...values), Math.max(...values)];
    };
    return [
      kind,
      {
        runs: runs.length,
        firstTickMs: range((r) => r.firstTickMs),
        turnP99Ms: range((r) => r.turnMs.p99),
        eventLoopMaxMs: range((r) => r.eventLoopMaxMs),
        duplicates: runs.reduce((sum, r) => sum + r.duplicates, 0),
      },
    ];
  }),
);
mkdirSync(path.dirname(out), { recursive: true });
writeFileSync(
  out,
  `${JSON.stringify(
    {
      employees,
      ...counts,
      turnIntervalMs: interval,
      sendRatePerSecond: loadConfig({ PORT: '0', LOG_LEVEL: 'silent' }).sendRatePerSecond,
      summary,
      results,
      node: process.version,
      cpus: os.cpus().length,
      loadavgBefore,
    },
    null,
    2,
  )}\n`,
);
process.exit(0);
