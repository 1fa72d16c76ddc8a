/**
 * The scheduler's tick time at 45,000 employees (issue 4 "Measured"): a demo municipality with
 * 3 years of periods in a real lowdb file; the first tick of a day (plans for open periods,
 * trigger checks, the day's digests into the outbox) and a following tick the same day.
 * Results: bench/results/scheduler-<employees>.json.   npx tsx bench/scheduler-bench.ts [--employees N]
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { performance } from 'node:perf_hooks';
import { DateTime } from 'luxon';
import { loadConfig } from '../bot/config.js';
import { createApp } from '../bot/app.js';
import { createLogger } from '../bot/logger.js';
import { createLowdbRepositories } from '../data/lowdb-repositories.js';
import { openStore } from '../data/store.js';
import { generateDemo } from '../data/demo/generate-demo.js';
import { ZONE, type Clock } from '../domain/clock.js';
import { tempDir } from '../test/helpers/tmp.js';

const args = parseArgs({ options: { employees: { type: 'string', default: '45000' } } });
const employees = Number(args.values.employees);
const tmp = tempDir('naervaer-bench-');
const state = { now: DateTime.fromISO('2026-11-23T08:00:05', { zone: ZONE }) };
const clock: Clock = () => state.now;

const t0 = performance.now();
const store = await openStore(tmp.file('d.json'), {
  seed: () => generateDemo({ employees, years: 3, seed: 1, asOf: '2026-11-22' }),
});
const openMs = performance.now() - t0;
const repos = createLowdbRepositories(store, () => clock().toUTC().toISO() ?? '');
const config = loadConfig({ PORT: '0', DATA_FILE: tmp.file('d.json'), LOG_LEVEL: 'silent' });
const app = createApp({ config, clock, store, repos, logger: createLogger('silent') });

const ticks: Array<{
  at: string;
  ms: number;
  storeWrites: number;
  report: unknown;
  rssMb: number;
}> = [];
for (const at of ['2026-11-23T08:00:05', '2026-11-23T08:01:05', '2026-11-24T08:00:05']) {
  state.now = DateTime.fromISO(at, { zone: ZONE });
  const t = performance.now();
  const revision = store.revision();
  const report = await app.scheduler.tick();
  ticks.push({
    at,
    ms: Math.round(performance.now() - t),
    storeWrites: store.revision() - revision,
    report,
    rssMb: Math.round(process.memoryUsage().rss / 1e6),
  });
  process.stdout.write(`${JSON.stringify(ticks.at(-1))}\n`);
}
const outbox = await app.outbox.counts();
await app.close();
tmp.cleanup();
const result = {
  employees,
  periods: store.read().sickPeriods.length,
  openMs: Math.round(openMs),
  ticks,
  outbox,
  node: process.version,
};
const out = path.resolve(import.meta.dirname, 'results', `scheduler-${employees}.json`);
mkdirSync(path.dirname(out), { recursive: true });
writeFileSync(out, `${JSON.stringify(result, null, 2)}\n`);
process.stdout.write(`written to ${out}\n`);
