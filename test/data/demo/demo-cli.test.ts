import { expect } from 'chai';
import { execFile } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { generateDemo } from '../../../data/demo/generate-demo.js';
import { writeStoreJson } from '../../../data/demo/json-writer.js';
import { storeSchema } from '../../../data/schema.js';
import { tempDir } from '../../helpers/tmp.js';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

function runDemo(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', 'data/demo/cli.ts', ...args],
      { cwd: ROOT },
      (err, stdout, stderr) => {
        resolve({ code: err ? Number(err.code ?? 1) : 0, stdout, stderr });
      },
    );
  });
}

describe('writeStoreJson', () => {
  it('when a store with more items than one chunk is written, then reading it back gives the same data', async () => {
    const tmp = tempDir();
    try {
      const data = generateDemo({ employees: 1000, years: 3, seed: 4, asOf: '2026-01-31' });
      expect(data.sickPeriods.length).to.be.greaterThan(5000);
      await writeStoreJson(tmp.file('out.json'), data);
      expect(JSON.parse(readFileSync(tmp.file('out.json'), 'utf8'))).to.deep.equal(data);
      expect(readdirSync(tmp.dir)).to.deep.equal(['out.json']);
    } finally {
      tmp.cleanup();
    }
  });
});

describe('npm run demo-data (data/demo/cli.ts)', function () {
  this.timeout(60_000);
  const tmp = tempDir('naervaer-demo-cli-');
  after(() => tmp.cleanup());

  it('when run with --out, then a valid store file is written that matches generateDemo', async () => {
    const out = tmp.file('demo.json');
    const run = await runDemo([
      '--employees',
      '120',
      '--years',
      '1',
      '--seed',
      '9',
      '--as-of',
      '2026-11-22',
      '--out',
      out,
    ]);
    expect(run.code, run.stderr).to.equal(0);
    const stored = storeSchema.parse(JSON.parse(readFileSync(out, 'utf8')));
    expect(stored).to.deep.equal(
      generateDemo({ employees: 120, years: 1, seed: '9', asOf: '2026-11-22' }),
    );
  });

  it('when run with --csv, then the eight import files are written', async () => {
    const dir = tmp.file('csv');
    const run = await runDemo([
      '--employees',
      '120',
      '--years',
      '1',
      '--as-of',
      '2026-11-22',
      '--csv',
      dir,
    ]);
    expect(run.code, run.stderr).to.equal(0);
    expect(readdirSync(dir).sort()).to.deep.equal([
      'ansaettelser.csv',
      'enheder.csv',
      'fravaer.csv',
      'fravaersaarsager.csv',
      'landsgennemsnit.csv',
      'maaltal.csv',
      'personer.csv',
      'stillingskode_personalegruppe.csv',
    ]);
  });

  it('when --employees is not a whole number, then it stops with a message', async () => {
    const run = await runDemo(['--employees', 'mange']);
    expect(run.code).to.equal(1);
    expect(run.stderr).to.include('--employees must be a whole number');
  });
});
