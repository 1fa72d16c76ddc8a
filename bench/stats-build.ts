/**
 * The statistics index built in slices, as the service builds it: the demo generator's data
 * (3 years of sick periods), the cooperative build and the warm of today's totals, while
 * monitorEventLoopDelay (10 ms resolution) watches the event loop. Prints the longest stall,
 * the build and warm times, and the one-go build for comparison. By default the one-go build runs
 * first, so the sliced one meets compiled code and a built holiday calendar; --cold runs the
 * sliced build first, as the first build after a start meets them.
 * Results: bench/results/stats-build-<employees>[-cold].json.
 *
 *   npx tsx bench/stats-build.ts [--employees 45000] [--cold]
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { timeSlices } from '../app/breather.js';
import { generateDemo } from '../data/demo/generate-demo.js';
import { statisticsAsOf } from '../domain/statistics/period.js';
import {
  buildStatisticsIndex,
  buildStatisticsIndexAsync,
} from '../domain/statistics/statistics-index.js';
import { warmUnitTotals } from '../domain/statistics/unit-totals.js';

const TODAY = '2026-11-22';
const args = parseArgs({
  options: { employees: { type: 'string', default: '45000' }, cold: { type: 'boolean' } },
});
const employees = Number(args.values.employees);
const cold = args.values.cold === true;
const ms = (n: number) => Number(n.toFixed(1));

const data = generateDemo({ employees, years: 3, seed: 1, asOf: TODAY });
const oneGo = (): number => {
  const t0 = performance.now();
  buildStatisticsIndex(data);
  return performance.now() - t0;
};
const syncFirstMs = cold ? null : oneGo();

// Let the generator's (and the one-go build's) garbage settle before watching the loop.
await new Promise((resolve) => setTimeout(resolve, 200));
const slices = timeSlices(8);
let pauses = 0;
const cooperation = () => {
  const c = slices();
  return { due: c.due, pause: () => (pauses++, c.pause()) };
};
const delay = monitorEventLoopDelay({ resolution: 10 });
delay.enable();
const t1 = performance.now();
const index = await buildStatisticsIndexAsync(data, cooperation());
const t2 = performance.now();
await warmUnitTotals(index, statisticsAsOf(TODAY), cooperation());
const t3 = performance.now();
delay.disable();
const syncBuildMs = syncFirstMs ?? oneGo();

const result = {
  employees,
  persons: index.persons.length,
  sickPeriods: data.sickPeriods.length,
  asyncBuildMs: ms(t2 - t1),
  warmTotalsMs: ms(t3 - t2),
  pauses,
  longestStallMs: ms(delay.max / 1e6 - 10),
  stallP99Ms: ms(delay.percentile(99) / 1e6 - 10),
  syncBuildMs: ms(syncBuildMs),
  order: cold ? 'sliced build first (cold)' : 'one-go build first, then the sliced one',
  note: 'stall = event-loop delay minus the 10 ms sampling resolution',
};
console.log(JSON.stringify(result, null, 2));
const dir = path.resolve(import.meta.dirname, 'results');
mkdirSync(dir, { recursive: true });
writeFileSync(
  path.join(dir, `stats-build-${employees}${cold ? '-cold' : ''}.json`),
  `${JSON.stringify(result, null, 2)}\n`,
);
