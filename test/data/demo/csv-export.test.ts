import { expect } from 'chai';
import { demoToCsv, IMPORT_ORDER } from '../../../data/demo/csv-export.js';
import { emptyStore } from '../../../data/defaults.js';
import { importCsv, isImportKind } from '../../../data/import/import-csv.js';
import { storeSchema, type StoreData } from '../../../data/schema.js';
import { demo } from './demo-fixture.js';

const NOW = '2026-11-22T09:00:00.000Z';
/** JSON with sorted keys, so that key order does not matter. */
const canonical = (value: unknown): string =>
  JSON.stringify(value, (_k, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b)))
      : v,
  );
const byJson = <T>(items: readonly T[]): string[] => items.map(canonical).sort();
const withoutTimes = (p: StoreData['sickPeriods'][number]) => ({
  ...p,
  createdAt: '',
  updatedAt: '',
});

describe('demoToCsv', () => {
  it('when the demo files are imported in IMPORT_ORDER into an empty store, then the same data comes back', () => {
    const original = demo(300);
    const files = demoToCsv(original);
    const store = emptyStore(NOW);
    for (const [name, kind] of IMPORT_ORDER) {
      if (!isImportKind(kind)) throw new Error(kind);
      const result = importCsv(kind, name, files[name] ?? '', store, { now: NOW });
      if (!result.ok) throw new Error(`${name}: ${JSON.stringify(result.errors.slice(0, 3))}`);
      result.apply(store);
    }
    expect(() => storeSchema.parse(store)).to.not.throw();
    expect(store.origin).to.equal('imported');
    expect(byJson(store.units)).to.deep.equal(byJson(original.units));
    expect(byJson(store.employments)).to.deep.equal(byJson(original.employments));
    expect(byJson(store.persons)).to.deep.equal(byJson(original.persons));
    expect(byJson(store.targets)).to.deep.equal(byJson(original.targets));
    expect(byJson(store.nationalAverages)).to.deep.equal(byJson(original.nationalAverages));
    expect(byJson(store.absenceCodes)).to.deep.equal(byJson(original.absenceCodes));
    expect(byJson(store.jobCodes)).to.deep.equal(byJson(original.jobCodes));
    expect(byJson(store.sickPeriods.map(withoutTimes))).to.deep.equal(
      byJson(original.sickPeriods.map(withoutTimes)),
    );
    expect(store.audit.map((a) => a.action)).to.deep.equal(
      IMPORT_ORDER.map(([, kind]) => `import.${kind}`),
    );
  });

  it('when writing numbers and yes/no, then decimal comma and J/N are used', () => {
    const files = demoToCsv(demo(300));
    expect(files['ansaettelser.csv']).to.match(/;0,8108;MAANED;N;/);
    expect(files['landsgennemsnit.csv']).to.include(
      '2019;KRL;KOMMUNER;Social- og sundhedspersonale;16,3',
    );
    expect(files['personer.csv']).to.include(
      'lone.kristensen@soendervig.dk;00000000-0000-4000-8000-000000000001;Lone Kristensen;leder;AEL-HJN',
    );
  });
});
