import { expect } from 'chai';
import { execFile } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { ImportKind } from '../../../data/import/import-csv.js';
import {
  csvImportPlan,
  lowdbImportTarget,
  pgImportTarget,
  type ImportTarget,
} from '../../../data/import/import-target.js';
import { formatRowError } from '../../../data/import/import-messages.js';
import { countsInDatabase } from '../../../data/postgres/document.js';
import { openPgStore, type PgStore } from '../../../data/postgres/pg-store.js';
import type { StoreData } from '../../../data/schema.js';
import { openStore, type Store } from '../../../data/store.js';
import { freshDatabase, type TestDatabase } from '../../helpers/postgres.js';
import { tempDir } from '../../helpers/tmp.js';
import { demo } from '../demo/demo-fixture.js';
import { NOW, sample } from './import-helpers.js';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

/** Every sample CSV, in the order a first import takes them. */
const SAMPLES: Array<[string, ImportKind]> = [
  ['fravaersaarsager.csv', 'fravaersaarsager'],
  ['stillingskode_personalegruppe.csv', 'stillingskoder'],
  ['landsgennemsnit.csv', 'landsgennemsnit'],
  ['enheder.csv', 'enheder'],
  ['ansaettelser.csv', 'ansaettelser'],
  ['personer.csv', 'personer'],
  ['maaltal.csv', 'maaltal'],
  ['fravaer.csv', 'fravaer'],
  ['fravaer-dage.csv', 'fravaer'],
  ['trivsel.csv', 'trivsel'],
];

/** The parts of the store an import writes. */
const KINDS = [
  'units',
  'employments',
  'persons',
  'targets',
  'nationalAverages',
  'absenceCodes',
  'jobCodes',
  'policies',
  'sickPeriods',
  'absenceDays',
  'wellbeingScores',
  'settings',
  'origin',
] as const;

function importable(d: Readonly<StoreData>): Pick<StoreData, (typeof KINDS)[number]> {
  return structuredClone(Object.fromEntries(KINDS.map((k) => [k, d[k]]))) as Pick<
    StoreData,
    (typeof KINDS)[number]
  >;
}

/** The importable data as the target holds it (read through the same path an import takes). */
const readBack = (target: ImportTarget) => target.run((d) => ({ ok: false, value: importable(d) }));

async function importAll(target: ImportTarget) {
  const summaries = [];
  for (const [file, kind] of SAMPLES) {
    const outcome = await target.run(csvImportPlan(kind, file, sample(file), NOW));
    if (!outcome.ok) throw new Error(outcome.errors.map((e) => formatRowError(e, 'en')).join('\n'));
    summaries.push(outcome.summary);
  }
  return summaries;
}

function runImport(args: string[], env: Record<string, string> = {}) {
  return new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', 'data/import/cli.ts', ...args],
      { cwd: ROOT, env: { ...process.env, DATABASE_URL: '', ...env } },
      (err, stdout, stderr) => resolve({ code: err ? Number(err.code ?? 1) : 0, stdout, stderr }),
    );
  });
}

describe('npm run import into PostgreSQL', function () {
  this.timeout(120_000);
  const tmp = tempDir('naervaer-import-pg-');
  let database: TestDatabase;
  let pg: PgStore;
  let lowdb: Store;
  const now = () => NOW;

  before(async () => {
    database = await freshDatabase();
    const seed = () => demo(300);
    pg = (await openPgStore(database.url, { seed, now, poolSize: 2 })).store;
    lowdb = await openStore(tmp.file('store.json'), { seed });
  });
  after(async () => {
    await pg?.close();
    await lowdb?.close();
    await database?.drop();
    tmp.cleanup();
  });

  it('when every sample file is imported into the demo in PostgreSQL and in lowdb, then both hold the same data and count the same, also in a second round', async () => {
    const intoPg = await importAll(pgImportTarget(pg.db));
    const intoLowdb = await importAll(lowdbImportTarget(lowdb));
    expect(intoPg).to.deep.equal(intoLowdb);
    expect(intoPg.find((s) => s.kind === 'trivsel')).to.include({ rows: 3, created: 3 });
    const fromPg = await readBack(pgImportTarget(pg.db));
    const fromLowdb = importable(lowdb.read());
    for (const k of KINDS) expect(fromPg[k], k).to.deep.equal(fromLowdb[k]);
    expect((fromPg.wellbeingScores ?? []).length).to.equal(3);

    const { rows } = await pg.db.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM audit WHERE action LIKE 'import.%'",
    );
    expect(rows[0]?.n).to.equal(lowdb.read().audit.filter((a) => a.actor === 'import').length);

    // A second round: the same counts in both stores (personer.csv after enheder.csv sets one
    // person's leader fields back in both), and still the same data.
    const again = await importAll(pgImportTarget(pg.db));
    expect(again).to.deep.equal(await importAll(lowdbImportTarget(lowdb)));
    expect(
      again.filter((s) => s.kind !== 'personer').every((s) => s.created + s.updated === 0),
    ).to.equal(true);
    const fromPgAgain = await readBack(pgImportTarget(pg.db));
    const fromLowdbAgain = importable(lowdb.read());
    for (const k of KINDS) expect(fromPgAgain[k], k).to.deep.equal(fromLowdbAgain[k]);
  });

  it('when a file has a bad row, then the CLI with --to prints every error, exits 1 and nothing in the database changes', async () => {
    const before = await readBack(pgImportTarget(pg.db));
    const counts = await countsInDatabase(pg.db);
    const bad = tmp.file('trivsel-bad.csv');
    writeFileSync(
      bad,
      'enhed_id;dato;maaling;score\nAEL-HJN;2026-06-30;Trivselsmåling: samlet trivsel;70\n' +
        'AEL-XYZ;2026-06-30;APV: psykisk arbejdsmiljø;64,5\nAEL-HJN;2026-06-30;APV: fysisk;105\n',
    );
    const run = await runImport(['trivsel', bad, '--to', database.url]);
    expect(run.code).to.equal(1);
    expect(run.stderr).to.include(`${bad}:3: enhed_id: enheden "AEL-XYZ" findes ikke`);
    expect(run.stderr).to.include(`${bad}:4: score: "105" skal ligge mellem 0 og 100`);
    expect(run.stderr).to.include('Filen er afvist: 2 fejl. Intet er ændret i data.');
    expect(await readBack(pgImportTarget(pg.db))).to.deep.equal(before);
    expect(await countsInDatabase(pg.db)).to.deep.equal(counts);
  });

  it('when DATABASE_URL names an empty database, then the CLI creates an empty store there and imports into it', async () => {
    const empty = await freshDatabase();
    try {
      const file = tmp.file('enheder.csv');
      writeFileSync(
        file,
        'enhed_id;enhed_navn;overordnet_enhed_id\nK;Nærby Kommune;\nAEL;Ældre;K\n',
      );
      const run = await runImport(['enheder', file, '--lang', 'en'], {
        DATABASE_URL: empty.url,
      });
      expect(run.code, run.stderr).to.equal(0);
      expect(run.stdout).to.include('Imported (enheder): 2 rows – 2 new, 0 changed');
      const opened = await openPgStore(empty.url, { seed: () => demo(300), now, poolSize: 1 });
      try {
        const data = await readBack(pgImportTarget(opened.store.db));
        expect(data.origin).to.equal('imported');
        expect((data.units ?? []).map((u) => u.id)).to.deep.equal(['K', 'AEL']);
        expect(opened.repos.info().origin).to.equal('imported');
      } finally {
        await opened.store.close();
      }
    } finally {
      await empty.drop();
    }
  });

  it('when both --data and --to are given, then the usage says to choose one and nothing runs', async () => {
    const run = await runImport(['enheder', 'x.csv', '--data', 'x.json', '--to', database.url]);
    expect(run.code).to.equal(2);
    expect(run.stderr).to.include('Angiv enten --data (en datafil) eller --to (PostgreSQL)');
  });
});
