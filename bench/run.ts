/**
 * `npm run bench`: every benchmark in turn, each writing its results to bench/results/.
 *   npm run bench            statistics at 1,500 and 45,000 employees, the 45,000 import, the
 *                            scheduler's tick and HR's over-target planning at 45,000
 *                            employees, a 2,000-card fan-out at 200/s, turn latency against a
 *                            bare echo bot, turns during the first tick and fan-out at 45,000
 *                            on PostgreSQL and lowdb, the statistics build's slices at 45,000, and
 *                            2,000 cards through two instances with one killed (minutes)
 *   npm run bench -- --full  the same, but the fan-outs are 45,000 cards at 40/s (about 40 minutes)
 * Never pass/fail on time: the figures are for reading.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';

const full = process.argv.includes('--full');
const here = import.meta.dirname;
const runs: Array<[string, string[]]> = [
  ['stats-bench.ts', []],
  ['scheduler-bench.ts', ['--employees', '45000']],
  ['over-target-bench.ts', ['--employees', '45000']],
  ['outbox-fanout.ts', full ? [] : ['--count', '2000', '--rate', '200']],
  ['turn-bench.ts', []],
  ['pg-turns.ts', ['--employees', '45000', '--max-seconds', '240']],
  ['stats-build.ts', ['--employees', '45000']],
  ['registration-turns.ts', ['--employees', '45000']],
  ['registration-turns.ts', ['--employees', '1500', '--stores', 'postgres,lowdb']],
  [
    'outbox-fanout-2x.ts',
    full ? ['--count', '45000', '--rate', '40'] : ['--count', '2000', '--rate', '200'],
  ],
];
let failed = 0;
for (const [file, args] of runs) {
  process.stdout.write(`\n=== ${file} ${args.join(' ')}\n`);
  const r = spawnSync(process.execPath, ['--import', 'tsx', path.join(here, file), ...args], {
    stdio: 'inherit',
  });
  if (r.status !== 0) failed++;
}
process.exit(failed === 0 ? 0 : 1);
