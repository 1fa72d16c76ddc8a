/**
 * Shop stewards (TR) in personer.csv, through `npm run import` into a real data file: a `tr` row
 * stores the units the steward represents; a `tr` row without units is refused with a clear line
 * in the chosen language and the file is left byte for byte as it was.
 */
import { expect } from 'chai';
import { execFile } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { StoreData } from '../../../data/schema.js';
import { tempDir } from '../../helpers/tmp.js';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const HEADER = 'upn;aad_object_id;navn;rolle;enheder';
const TINA = '00000000-0000-4000-8000-0000000000b4';

function runImport(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', 'data/import/cli.ts', ...args],
      { cwd: ROOT },
      (err, stdout, stderr) => resolve({ code: err ? Number(err.code ?? 1) : 0, stdout, stderr }),
    );
  });
}

describe('personer.csv: shop stewards (tr)', function () {
  this.timeout(60_000);
  const tmp = tempDir('naervaer-import-tr-');
  after(() => tmp.cleanup());
  const data = tmp.file('naervaer.json');
  const csv = (name: string, text: string): string => {
    writeFileSync(tmp.file(name), text);
    return tmp.file(name);
  };
  const stored = () => JSON.parse(readFileSync(data, 'utf8')) as StoreData;

  before(async () => {
    const units = csv(
      'enheder.csv',
      'enhed_id;enhed_navn;overordnet_enhed_id\nK;Nærby Kommune;\nHN;Hjemmeplejen Nord;K\nHS;Hjemmeplejen Syd;K\n',
    );
    const run = await runImport(['enheder', units, '--data', data]);
    expect(run.code, run.stderr).to.equal(0);
  });

  it('when a tr row names units, then the person is stored as steward of those units and nothing else', async () => {
    const file = csv(
      'personer.csv',
      `${HEADER}\ntina@naerby.dk;${TINA};Tina Rasmussen;tr;HN|HS\nleder@naerby.dk;;Lone Kristensen;leder;HN\n`,
    );
    const run = await runImport(['personer', file, '--data', data]);
    expect(run.code, run.stderr).to.equal(0);
    expect(run.stdout).to.include('Importeret (personer): 2 rækker – 2 nye');
    const tina = stored().persons.find((p) => p.aadObjectId === TINA);
    expect(tina).to.deep.include({
      displayName: 'Tina Rasmussen',
      upn: 'tina@naerby.dk',
      tr: ['HN', 'HS'],
      leads: [],
      hr: null,
      hrUnits: [],
    });
  });

  it('when a tr row has no units, then the file is refused with a clear line in Danish or English, and the data file is unchanged', async () => {
    const before = readFileSync(data, 'utf8');
    const file = csv(
      'personer-bad.csv',
      `${HEADER}\nny@naerby.dk;;Ny Leder;leder;HS\nole@naerby.dk;;Ole Berg;tillidsrepræsentant;\n`,
    );
    const da = await runImport(['personer', file, '--data', data]);
    expect(da.code).to.equal(1);
    expect(da.stderr).to.include(
      `${file}:3: enheder: en tillidsrepræsentant skal have mindst én enhed`,
    );
    expect(da.stderr).to.include('Filen er afvist: 1 fejl. Intet er ændret i data.');
    const en = await runImport(['personer', file, '--data', data, '--lang', 'en']);
    expect(en.code).to.equal(1);
    expect(en.stderr).to.include(`${file}:3: enheder: a shop steward needs at least one unit`);
    expect(readFileSync(data, 'utf8')).to.equal(before);
  });

  it('when a later file gives the steward another role only, then they are a steward no more (the file is the whole truth)', async () => {
    const file = csv(
      'personer-later.csv',
      `${HEADER}
;${TINA};Tina Rasmussen;ingen;
`,
    );
    const run = await runImport(['personer', file, '--data', data]);
    expect(run.code, run.stderr).to.equal(0);
    const tina = stored().persons.find((p) => p.aadObjectId === TINA);
    expect(tina).to.not.have.property('tr');
  });
});
