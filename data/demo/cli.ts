/**
 * npm run demo-data -- --employees N --years Y --seed S [--out FILE] [--as-of yyyy-mm-dd] [--csv DIR]
 * Writes the demo municipality as a store file (validated with the store schema) or, with --csv,
 * as the import's CSV files.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { storeSchema } from '../schema.js';
import { demoToCsv, IMPORT_ORDER } from './csv-export.js';
import { DEMO_DEFAULTS, generateDemo } from './generate-demo.js';
import { writeStoreJson } from './json-writer.js';

const USAGE =
  'npm run demo-data -- --employees N --years Y --seed S [--out FILE] [--as-of yyyy-mm-dd] [--csv DIR]';

/** Today in Copenhagen (the CLI's default as-of date). */
function todayInCopenhagen(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Copenhagen' }).format(new Date());
}

function positive(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1)
    throw new Error(`--${name} must be a whole number ≥ 1 (got "${value}")\n${USAGE}`);
  return n;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      employees: { type: 'string' },
      years: { type: 'string' },
      seed: { type: 'string' },
      out: { type: 'string' },
      'as-of': { type: 'string' },
      csv: { type: 'string' },
    },
  });
  const employees = positive('employees', values.employees, DEMO_DEFAULTS.employees);
  const years = positive('years', values.years, DEMO_DEFAULTS.years);
  const seed = values.seed ?? DEMO_DEFAULTS.seed;
  const asOf = values['as-of'] ?? todayInCopenhagen();
  const started = Date.now();
  const data = generateDemo({ employees, years, seed, asOf });
  const generatedMs = Date.now() - started;
  if (values.csv) {
    const files = demoToCsv(data);
    await mkdir(values.csv, { recursive: true });
    for (const [name] of IMPORT_ORDER)
      await writeFile(path.join(values.csv, name), files[name] ?? '', 'utf8');
    console.log(
      `CSV files written to ${values.csv} (import them in this order: ${IMPORT_ORDER.map(([n]) => n).join(', ')})`,
    );
  } else {
    const out = values.out ?? `.data/demo-${employees}.json`;
    await writeStoreJson(out, storeSchema.parse(data));
    console.log(`Demo store written to ${out}`);
  }
  console.log(
    `as of ${asOf}, seed ${seed}: ${data.units.length} units, ${data.employments.length} employments, ` +
      `${data.persons.length} persons, ${data.sickPeriods.length} sick periods (generated in ${generatedMs} ms, total ${Date.now() - started} ms)`,
  );
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exitCode = 1;
});
