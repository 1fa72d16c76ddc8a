/**
 * HR's over-target notice on the scheduler's tick, on the demo municipality (3 years of periods,
 * a real lowdb file) on the first working day after a quarter closed: the first plan (statistics
 * index built, every unit read), a tick with nothing changed (the memo: one version read), and a
 * tick after one sick period was written (the new statistics version re-plans: index rebuilt,
 * every unit read again, nothing queued twice). Never pass/fail on time.
 * Results: bench/results/over-target-<employees>.json.
 *   npx tsx bench/over-target-bench.ts [--employees N]
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { performance } from 'node:perf_hooks';
import { DateTime } from 'luxon';
import { loadConfig } from '../bot/config.js';
import { createApp } from '../bot/app.js';
import { createLogger } from '../bot/logger.js';
import { planOverTargetNotices } from '../bot/over-target-notices.js';
import { createLowdbRepositories } from '../data/lowdb-repositories.js';
import { openStore } from '../data/store.js';
import { generateDemo } from '../data/demo/generate-demo.js';
import { ZONE, type Clock } from '../domain/clock.js';
import { tempDir } from '../test/helpers/tmp.js';

const args = parseArgs({ options: { employees: { type: 'string', default: '1500' } } });
const employees = Number(args.values.employees);
const tmp = tempDir('naervaer-bench-');
const state = { now: DateTime.fromISO('2027-01-04T09:00:00', { zone: ZONE }) };
const clock: Clock = () => state.now;

const store = await openStore(tmp.file('d.json'), {
  seed: () => generateDemo({ employees, years: 3, seed: 1, asOf: '2027-01-03' }),
});
const repos = createLowdbRepositories(store, () => clock().toUTC().toISO() ?? '');
const config = loadConfig({ PORT: '0', DATA_FILE: tmp.file('d.json'), LOG_LEVEL: 'silent' });
const deps = { config, clock, store, repos, logger: createLogger('silent') };
const app = createApp(deps);

async function plan(what: string) {
  const t = performance.now();
  const queued = await planOverTargetNotices(deps, app.outbox);
  const row = { what, ms: Math.round(performance.now() - t), queued };
  process.stdout.write(`${JSON.stringify(row)}\n`);
  return row;
}

const runs = [await plan('first plan after the quarter closed'), await plan('nothing changed')];
const sick = store.read().sickPeriods[0]!;
await store.update((d) => {
  d.sickPeriods.push({ ...sick, id: 'bench-late', start: '2026-12-14', end: '2026-12-18' });
});
runs.push(await plan('one sick period written since'), await plan('nothing changed since'));
const outbox = await app.outbox.counts();
await app.close();
tmp.cleanup();
const result = {
  employees,
  units: store.read().units.length,
  periods: store.read().sickPeriods.length,
  runs,
  outbox,
  node: process.version,
};
const out = path.resolve(import.meta.dirname, 'results', `over-target-${employees}.json`);
mkdirSync(path.dirname(out), { recursive: true });
writeFileSync(out, `${JSON.stringify(result, null, 2)}\n`);
process.stdout.write(`written to ${out}\n`);
