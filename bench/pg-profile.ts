/**
 * Where the scheduler's first tick on PostgreSQL spends its time: each phase's duration and the
 * number of queries it sends. npx tsx bench/pg-profile.ts [--employees N]
 */
import { parseArgs } from 'node:util';
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { DateTime } from 'luxon';
import { loadConfig } from '../bot/config.js';
import { createApp } from '../bot/app.js';
import { createLogger } from '../bot/logger.js';
import { Scheduler } from '../bot/scheduler.js';
import { DayMessages } from '../bot/day-messages.js';
import { generateDemo } from '../data/demo/generate-demo.js';
import { openRepositories } from '../data/open-store.js';
import { ZONE, type Clock } from '../domain/clock.js';
import { freshDatabase } from '../test/helpers/postgres.js';
import { tempDir } from '../test/helpers/tmp.js';

const args = parseArgs({ options: { employees: { type: 'string', default: '5000' } } });
const employees = Number(args.values.employees);
let queries = 0;
const sqlCounts = new Map<string, number>();
const original = Reflect.get(pg.Client.prototype, 'query') as (...x: unknown[]) => unknown;
Reflect.set(pg.Client.prototype, 'query', function (this: pg.Client, ...a: unknown[]) {
  queries++;
  const sql = typeof a[0] === 'string' ? a[0].replace(/\s+/g, ' ').slice(0, 90) : '?';
  sqlCounts.set(sql, (sqlCounts.get(sql) ?? 0) + 1);
  return original.apply(this, a);
});

const phases: Array<{ phase: string; ms: number; queries: number }> = [];
type Methods = Record<string, (...a: unknown[]) => Promise<unknown>>;
const timed: Array<[Methods, string[]]> = [
  [Scheduler.prototype as unknown as Methods, ['scanPeriods']],
  [
    DayMessages.prototype as unknown as Methods,
    ['plan', 'undelivered', 'unshownFlags', 'underTargetStatus'],
  ],
];
for (const [proto, names] of timed)
  for (const name of names) {
    const fn = proto[name]!;
    proto[name] = async function (this: unknown, ...a: unknown[]) {
      const t = performance.now();
      const q = queries;
      try {
        return await fn.apply(this, a);
      } finally {
        phases.push({ phase: name, ms: Math.round(performance.now() - t), queries: queries - q });
      }
    };
  }

const demo = generateDemo({ employees, years: 3, seed: 1, asOf: '2026-11-22' });
const database = await freshDatabase();
const tmp = tempDir('naervaer-bench-');
const state = { now: DateTime.fromISO('2026-11-23T08:00:05', { zone: ZONE }) };
const clock: Clock = () => state.now;
const now = () => clock().toUTC().toISO() ?? '';
const where = { dataFile: tmp.file('d.json'), databaseUrl: database.url };
const { store, repos } = await openRepositories(where, { seed: () => demo, now });
const config = loadConfig({ PORT: '0', DATA_FILE: where.dataFile, LOG_LEVEL: 'silent' });
const app = createApp({ config, clock, store, repos, logger: createLogger('silent') });
const load: typeof repos.statistics.load = Reflect.get(repos.statistics, 'load');
repos.statistics.load = async () => {
  const t = performance.now();
  const q = queries;
  try {
    return await load();
  } finally {
    phases.push({
      phase: 'statistics.load',
      ms: Math.round(performance.now() - t),
      queries: queries - q,
    });
  }
};
for (const name of [
  'addPlans',
  'fireTriggersMany',
  'recordDeliveries',
  'saveTargetStatus',
] as const) {
  const fn = Reflect.get(repos.followUps, name) as (...a: unknown[]) => Promise<unknown>;
  (repos.followUps as unknown as Record<string, unknown>)[name] = async (...a: unknown[]) => {
    const t = performance.now();
    const q = queries;
    try {
      return await fn(...a);
    } finally {
      phases.push({ phase: name, ms: Math.round(performance.now() - t), queries: queries - q });
    }
  };
}
const inputsOf = repos.absence.absenceInputsOf.bind(repos.absence);
repos.absence.absenceInputsOf = async (keys) => {
  const t = performance.now();
  const q = queries;
  try {
    return await inputsOf(keys);
  } finally {
    const ms = Math.round(performance.now() - t);
    phases.push({ phase: `absenceInputsOf(${keys.size})`, ms, queries: queries - q });
  }
};
await new Promise((r) => setTimeout(r, 3000));
queries = 0;
sqlCounts.clear();
const t = performance.now();
const hr0 = process.hrtime.bigint() / 1000n;
const report = await app.scheduler.tick();
console.error(`tick window us ${hr0} ${process.hrtime.bigint() / 1000n}`);
const tickMs = Math.round(performance.now() - t);
console.log(JSON.stringify({ employees, tickMs, queries, report }));
for (const p of phases) console.log(JSON.stringify(p));
console.log([...sqlCounts].sort((a, b) => b[1] - a[1]).slice(0, 15));
await app.close();
await database.drop();
tmp.cleanup();
process.exit(0);
