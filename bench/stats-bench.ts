/**
 * Statistics and import benchmark (issue 3 "Measured, not timed in tests"): on the demo generator
 * at 1,500 and 45,000 employees with 3 years of periods, the time to answer "absence vs target"
 * for one unit and for the whole municipality (p50/p99 over many runs, cold and warm), and the
 * time to import the 45,000-employee CSV files. Results: bench/results/stats.json.
 *
 *   npx tsx bench/stats-bench.ts [--sizes 1500,45000] [--runs 200]
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { performance } from 'node:perf_hooks';
import { generateDemo } from '../data/demo/generate-demo.js';
import { demoToCsv, IMPORT_ORDER } from '../data/demo/csv-export.js';

import { importCsv, isImportKind } from '../data/import/import-csv.js';
import { emptyStore } from '../data/defaults.js';
import {
  buildStatisticsIndex,
  StatisticsIndexCache,
} from '../domain/statistics/statistics-index.js';
import { unitReport } from '../domain/statistics/unit-report.js';
import { rankUnits } from '../domain/statistics/ranking.js';
import type { StoreData } from '../data/schema.js';

const AS_OF = '2026-11-22';
const args = parseArgs({
  options: {
    sizes: { type: 'string', default: '1500,45000' },
    runs: { type: 'string', default: '200' },
  },
});
const runs = Number(args.values.runs);

function percentile(samples: number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return Number(
    (sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0).toFixed(2),
  );
}

function time(fn: () => void, n: number): { p50: number; p99: number; max: number } {
  const samples: number[] = [];
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    fn();
    samples.push(performance.now() - t0);
  }
  return {
    p50: percentile(samples, 50),
    p99: percentile(samples, 99),
    max: percentile(samples, 100),
  };
}

function answers(data: StoreData) {
  const t0 = performance.now();
  const index = buildStatisticsIndex(data);
  const buildMs = performance.now() - t0;
  const root = data.units.find((u) => u.parentId === null)!.id;
  const unit = data.units.find((u) => u.level === 'institution')!.id;
  const viewer = { hr: true, leads: [] };
  const all = data.units.map((u) => u.id);
  // Cold: a fresh index each time (what the first question after a data change costs).
  const coldMunicipality = time(
    () => {
      const fresh = buildStatisticsIndex(data);
      unitReport(fresh, root, AS_OF, viewer, { staffMixAsTarget: true });
    },
    Math.min(5, runs),
  );
  // Warm: the cached index; a new as-of date per run forces the totals pass each time.
  let day = 0;
  const dates = Array.from({ length: 28 }, (_, i) => `2026-11-${String(i + 1).padStart(2, '0')}`);
  const municipalityNewDate = time(
    () =>
      void unitReport(index, root, dates[day++ % dates.length]!, viewer, {
        staffMixAsTarget: true,
      }),
    Math.min(runs, 56),
  );
  const municipality = time(
    () => void unitReport(index, root, AS_OF, viewer, { staffMixAsTarget: true }),
    runs,
  );
  const oneUnit = time(
    () => void unitReport(index, unit, AS_OF, viewer, { staffMixAsTarget: true }),
    runs,
  );
  const rankingAll = time(
    () => void rankUnits(index, all, AS_OF, viewer, { staffMixAsTarget: true }),
    Math.min(runs, 50),
  );
  const cache = new StatisticsIndexCache();
  cache.get(1, () => data);
  return {
    indexBuildMs: Number(buildMs.toFixed(1)),
    coldMunicipality,
    municipalityNewDate,
    municipality,
    oneUnit,
    rankingAll,
    units: data.units.length,
  };
}

function imports(data: StoreData) {
  const files = demoToCsv(data);
  let store = emptyStore(`${AS_OF}T08:00:00.000Z`);
  const out: Record<string, { rows: number; ms: number; bytes: number }> = {};
  for (const [file, kind] of IMPORT_ORDER) {
    const text = files[file];
    if (text === undefined || !isImportKind(kind)) continue;
    const t0 = performance.now();
    const result = importCsv(kind, file, text, store, { now: `${AS_OF}T08:00:00.000Z` });
    if (!result.ok)
      throw new Error(
        `${file}: ${result.errors.length} errors, first ${JSON.stringify(result.errors[0])}`,
      );
    result.apply(store);
    out[file] = {
      rows: result.rows,
      ms: Number((performance.now() - t0).toFixed(0)),
      bytes: text.length,
    };
    store = { ...store };
  }
  return out;
}

const results: Record<string, unknown> = {
  asOf: AS_OF,
  runs,
  node: process.version,
  at: new Date().toISOString(),
};
for (const size of args.values.sizes.split(',').map(Number)) {
  const t0 = performance.now();
  const data = generateDemo({ employees: size, years: 3, seed: 1, asOf: AS_OF });
  const generateMs = Number((performance.now() - t0).toFixed(0));
  const entry = {
    employees: size,
    employments: data.employments.length,
    sickPeriods: data.sickPeriods.length,
    generateMs,
    answers: answers(data),
    imports: size >= 45000 ? imports(data) : undefined,
    rssMb: Math.round(process.memoryUsage().rss / 1e6),
  };
  results[String(size)] = entry;
  process.stdout.write(`${JSON.stringify(entry, null, 2)}\n`);
}
const out = path.resolve(import.meta.dirname, 'results', 'stats.json');
mkdirSync(path.dirname(out), { recursive: true });
writeFileSync(out, `${JSON.stringify(results, null, 2)}\n`);
process.stdout.write(`written to ${out}\n`);
