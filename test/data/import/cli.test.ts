import { expect } from 'chai';
import { execFile } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { tempDir } from '../../helpers/tmp.js';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

function runImport(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', 'data/import/cli.ts', ...args],
      { cwd: ROOT },
      (err, stdout, stderr) => {
        resolve({ code: err ? Number(err.code ?? 1) : 0, stdout, stderr });
      },
    );
  });
}

describe('npm run import (data/import/cli.ts)', function () {
  this.timeout(60_000);
  const tmp = tempDir('naervaer-import-cli-');
  after(() => tmp.cleanup());
  const data = tmp.file('naervaer.json');

  it('when a good file goes into a missing data file, then an empty store is created, imported and summarised in Danish', async () => {
    writeFileSync(
      tmp.file('enheder.csv'),
      'enhed_id;enhed_navn;overordnet_enhed_id\nK;Nærby Kommune;\nAEL;Ældre og Sundhed;K\n',
    );
    const run = await runImport(['enheder', tmp.file('enheder.csv'), '--data', data]);
    expect(run.code, run.stderr).to.equal(0);
    expect(run.stdout).to.include(
      'Importeret (enheder): 2 rækker – 2 nye, 0 ændrede, 0 uændrede, 0 sprunget over.',
    );
    const stored = JSON.parse(readFileSync(data, 'utf8')) as { origin: string; units: unknown[] };
    expect(stored.origin).to.equal('imported');
    expect(stored.units).to.have.length(2);
  });

  it('when a file has bad rows, then every error is printed, the exit code is 1 and the data file is unchanged', async () => {
    const before = readFileSync(data, 'utf8');
    const file = tmp.file('bad.csv');
    writeFileSync(
      file,
      'ansaettelse_id;enhed_id;beskaeftigelsesgrad;loenform;gyldig_fra\nA1;NOPE;1;MAANED;2025-01-01\nA2;AEL;-1;MAANED;2025-01-01\nA3;AEL;1;MAANED;2025-01-01\n',
    );
    const run = await runImport(['ansaettelser', file, '--data', data]);
    expect(run.code).to.equal(1);
    expect(run.stderr).to.include(
      `${file}:2: enhed_id: enheden "NOPE" findes ikke (importér den først med enheder.csv)`,
    );
    expect(run.stderr).to.include(
      `${file}:3: beskaeftigelsesgrad: må ikke være negativ (fik "-1")`,
    );
    expect(run.stderr).to.include('Filen er afvist: 2 fejl. Intet er ændret i data.');
    expect(readFileSync(data, 'utf8')).to.equal(before);
  });

  it('when --lang en is given, then the errors are in English', async () => {
    const file = tmp.file('cpr.csv');
    writeFileSync(file, 'ansaettelse_id;cpr\nA1;0101011234\n');
    const run = await runImport(['ansaettelser', file, '--data', data, '--lang', 'en']);
    expect(run.code).to.equal(1);
    expect(run.stderr).to.include(`${file}:1: cpr: the file has a CPR column.`);
    expect(run.stderr).to.include(
      'The file is rejected: 1 error. Nothing in the data was changed.',
    );
  });

  it('when the kind is unknown, then the usage is printed and nothing runs', async () => {
    const run = await runImport(['medarbejdere', tmp.file('enheder.csv'), '--data', data]);
    expect(run.code).to.equal(2);
    expect(run.stderr).to.include(
      'Brug: npm run import -- <enheder|ansaettelser|fravaer|maaltal|landsgennemsnit|fravaersaarsager|stillingskoder|personer|trivsel|politik>',
    );
  });

  it('when a politik document is bad, then every problem is printed as file: path: text, exit 1, nothing changed; a good one is imported, and again changes nothing', async () => {
    const before = readFileSync(data, 'utf8');
    const bad = tmp.file('politik-bad.json');
    writeFileSync(bad, JSON.stringify({ kommune: { dueHour: 24 }, politikker: [] }));
    const run = await runImport(['politik', bad, '--data', data]);
    expect(run.code).to.equal(1);
    expect(run.stderr).to.include(`${bad}: kommune.dueHour: er for stor eller for lang (højst 23)`);
    expect(run.stderr).to.include('Filen er afvist: 1 fejl. Intet er ændret i data.');
    const en = await runImport(['politik', bad, '--data', data, '--lang', 'en']);
    expect(en.stderr).to.include(`${bad}: kommune.dueHour: is too large or too long (at most 23)`);
    expect(readFileSync(data, 'utf8')).to.equal(before);

    const good = fileURLToPath(new URL('samples/import/politik.json', `file://${ROOT}`));
    const ok = await runImport(['politik', good, '--data', data]);
    expect(ok.code, ok.stderr).to.equal(0);
    expect(ok.stdout).to.include('Importeret (politik): 2 rækker – 1 nye, 1 ændrede, 0 uændrede');
    const once = readFileSync(data, 'utf8');
    const again = await runImport(['politik', good, '--data', data]);
    expect(again.stdout).to.include('0 nye, 0 ændrede, 2 uændrede');
    expect(readFileSync(data, 'utf8')).to.equal(once);
  });
});
