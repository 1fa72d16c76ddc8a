/**
 * Registration writes and the scheduler's first tick on both stores, side by side: a demo
 * municipality (3 years of periods) in a lowdb file and in PostgreSQL; 200 sick registrations
 * (each a period and its plan, one write) timed one by one, the event loop's longest stall while
 * they run, then the day's first tick. Never pass/fail: the figures are for reading.
 * Results: bench/results/pg-writes-<employees>.json.   npx tsx bench/pg-writes.ts [--employees N]
 * PostgreSQL: TEST_DATABASE_URL, or a throwaway cluster from Debian's packages (test/helpers/postgres.ts).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { DateTime } from 'luxon';
import { loadConfig } from '../bot/config.js';
import { createApp } from '../bot/app.js';
import { createLogger } from '../bot/logger.js';
import { generateDemo } from '../data/demo/generate-demo.js';
import { openRepositories } from '../data/open-store.js';
import type { StoreData } from '../data/schema.js';
import { ZONE, type Clock } from '../domain/clock.js';
import { planFor } from '../test/domain/follow-up/follow-up-fixtures.js';
import { freshDatabase } from '../test/helpers/postgres.js';
import { tempDir } from '../test/helpers/tmp.js';

const args = parseArgs({ options: { employees: { type: 'string', default: '1500' } } });
const employees = Number(args.values.employees);
const WRITES = 200;

const percentile = (sorted: number[], p: number) =>
  Math.round(
    (sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0) * 10,
  ) / 10;

async function measure(kind: 'lowdb' | 'postgres', demo: StoreData) {
  const tmp = tempDir('naervaer-bench-');
  const database = kind === 'postgres' ? await freshDatabase() : null;
  const state = { now: DateTime.fromISO('2026-11-23T08:00:05', { zone: ZONE }) };
  const clock: Clock = () => state.now;
  const now = () => clock().toUTC().toISO() ?? '';
  const t0 = performance.now();
  const where = { dataFile: tmp.file('d.json'), databaseUrl: database?.url ?? null };
  const { store, repos } = await openRepositories(where, { seed: () => demo, now });
  const openMs = Math.round(performance.now() - t0);
  const config = loadConfig({ PORT: '0', DATA_FILE: where.dataFile, LOG_LEVEL: 'silent' });
  const app = createApp({ config, clock, store, repos, logger: createLogger('silent') });
  const people = [...new Set(demo.employments.map((e) => e.personKey))].slice(0, WRITES);
  const loop = monitorEventLoopDelay({ resolution: 5 });
  loop.enable();
  const times: number[] = [];
  for (const [i, personKey] of people.entries()) {
    const id = `bench-${i}`;
    const steps = planFor('koege', '2026-11-23').map((s) => ({
      ...s,
      id: s.id.replace(/^p1:/, `${id}:`),
      periodId: id,
    }));
    const period = {
      id,
      personKey,
      type: 'SYGDOM' as const,
      start: '2026-11-23',
      end: null,
      partialPercent: null,
      source: 'chat' as const,
      sourceId: null,
      registeredBy: null,
      createdAt: now(),
      updatedAt: now(),
    };
    const t = performance.now();
    await repos.absence.recordSickPeriod(period, steps);
    times.push(performance.now() - t);
  }
  loop.disable();
  const sorted = [...times].sort((a, b) => a - b);
  const t1 = performance.now();
  await app.scheduler.tick();
  const firstTickMs = Math.round(performance.now() - t1);
  await app.close();
  await database?.drop();
  tmp.cleanup();
  const result = {
    kind,
    openMs,
    writes: WRITES,
    writeMs: {
      p50: percentile(sorted, 50),
      p90: percentile(sorted, 90),
      p99: percentile(sorted, 99),
    },
    eventLoopMaxMs: Math.round(loop.max / 1e6),
    firstTickMs,
  };
  process.stdout.write(`${JSON.stringify(result)}\n`);
  return result;
}

const demo = generateDemo({ employees, years: 3, seed: 1, asOf: '2026-11-22' });
const results = [];
for (const kind of ['lowdb', 'postgres'] as const) results.push(await measure(kind, demo));
const out = path.resolve(import.meta.dirname, 'results', `pg-writes-${employees}.json`);
mkdirSync(path.dirname(out), { recursive: true });
writeFileSync(
  out,
  `${JSON.stringify({ employees, periods: demo.sickPeriods.length, results, node: process.version, loadavg: (await import('node:os')).loadavg() }, null, 2)}\n`,
);
process.exit(0);
