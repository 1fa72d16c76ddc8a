import { expect } from 'chai';
import type { ImportKind } from '../../../data/import/import-csv.js';
import { storeSchema } from '../../../data/schema.js';
import { demo } from '../demo/demo-fixture.js';
import { importInto, NOW, sample, withoutAudit } from './import-helpers.js';

/** Sample file, kind, and the counts checked by hand against the file and the demo. */
const SAMPLES: [
  string,
  ImportKind,
  { rows: number; created: number; updated: number; unchanged: number; skipped: number },
][] = [
  // AEL and AEL-HJN exist unchanged; the afsnit and Hjemmeplejen Centrum are new.
  ['enheder.csv', 'enheder', { rows: 4, created: 2, updated: 0, unchanged: 2, skipped: 0 }],
  // S-2001 has two rows (#2), S-2005 has status 8 and is skipped.
  [
    'ansaettelser.csv',
    'ansaettelser',
    { rows: 6, created: 5, updated: 0, unchanged: 0, skipped: 1 },
  ],
  ['fravaer.csv', 'fravaer', { rows: 5, created: 5, updated: 0, unchanged: 0, skipped: 0 }],
  ['fravaer-dage.csv', 'fravaer', { rows: 4, created: 4, updated: 0, unchanged: 0, skipped: 0 }],
  ['maaltal.csv', 'maaltal', { rows: 4, created: 4, updated: 0, unchanged: 0, skipped: 0 }],
  // 2022 ALLE 16,1 is already in the demo (KRL series).
  [
    'landsgennemsnit.csv',
    'landsgennemsnit',
    { rows: 3, created: 2, updated: 0, unchanged: 1, skipped: 0 },
  ],
  // The five SD codes equal the demo's; the three OPUS codes are new.
  [
    'fravaersaarsager.csv',
    'fravaersaarsager',
    { rows: 8, created: 3, updated: 0, unchanged: 5, skipped: 0 },
  ],
  // 1310/1320 are demo codes (same group); 76001 and 46001 are new.
  [
    'stillingskode_personalegruppe.csv',
    'stillingskoder',
    { rows: 4, created: 2, updated: 0, unchanged: 2, skipped: 0 },
  ],
  // Lone unchanged; Nanna Friis and Camilla Holst (two rows) are new.
  ['personer.csv', 'personer', { rows: 4, created: 2, updated: 0, unchanged: 1, skipped: 0 }],
];

describe('importCsv with the sample files', () => {
  for (const [file, kind, expected] of SAMPLES) {
    it(`when ${file} is imported into the demo, then it is accepted and counted right, and a second import changes nothing`, () => {
      const data = demo(300);
      const summary = importInto(data, kind, file, sample(file));
      expect(summary).to.include(expected);
      expect(() => storeSchema.parse(data)).to.not.throw();
      const before = structuredClone(withoutAudit(data));
      const again = importInto(data, kind, file, sample(file));
      expect(again.created + again.updated).to.equal(0);
      expect(withoutAudit(data)).to.deep.equal(before);
      expect(data.audit.at(-1)).to.deep.include({
        actor: 'import',
        outcome: 'allowed',
        subject: null,
        at: NOW,
      });
    });
  }

  it('when fravaer-dage.csv is imported, then it is detected as day rows and stored on the valid employment', () => {
    const data = demo(300);
    const summary = importInto(data, 'fravaer', 'fravaer-dage.csv', sample('fravaer-dage.csv'));
    expect(summary.kind).to.equal('fravaer-dage');
    expect(data.absenceDays).to.deep.include({
      employmentId: 'XA-00002',
      date: '2025-04-16',
      type: 'SYGDOM',
      hours: 3.7,
      plannedHours: 7.4,
    });
    expect(data.absenceDays).to.deep.include({
      employmentId: 'XA-00001',
      date: '2025-04-22',
      type: 'BARN_SYG',
      hours: 6,
      plannedHours: 6,
    });
  });

  it('when the sample periods are imported, then codes map to types and each period follows its person', () => {
    const data = demo(300);
    importInto(data, 'fravaer', 'fravaer.csv', sample('fravaer.csv'));
    const mette = data.employments.find((e) => e.id === 'XA-00001')?.personKey;
    const byId = (id: string) => data.sickPeriods.find((p) => p.sourceId === id);
    expect(byId('S-F-1001')).to.include({
      personKey: mette,
      type: 'SYGDOM',
      start: '2025-01-10',
      end: '2025-01-13',
      source: 'import',
    });
    expect(byId('S-F-1002')).to.include({ type: 'DELVIS_SYGDOM', partialPercent: 67.57 });
    expect(byId('S-F-1003')).to.include({
      type: 'BARN_SYG',
      start: '2025-03-10',
      end: '2025-03-10',
    });
    expect(byId('S-F-1004')).to.include({ type: 'ARBEJDSSKADE' });
    expect(byId('S-F-1005')).to.include({
      end: null,
      createdAt: NOW,
      updatedAt: NOW,
      id: 'imp:S-F-1005',
    });
  });

  it('when the sample employments are imported, then hours, pay form, apprentice and group come out right', () => {
    const data = demo(300);
    importInto(data, 'ansaettelser', 'ansaettelser.csv', sample('ansaettelser.csv'));
    const row = (id: string) => data.employments.find((e) => e.id === id);
    expect(row('S-2001')).to.include({
      occupationRate: 0.8108,
      validFrom: '2025-02-01',
      validTo: '2025-12-31',
      personKey: 'p-sample-01',
    });
    expect(row('S-2001#2')).to.include({
      occupationRate: 1,
      validFrom: '2026-01-01',
      validTo: null,
      personKey: 'p-sample-01',
    });
    expect(row('S-2002')).to.include({
      validFrom: '2024-08-01',
      occupationalGroup: 'Social- og sundhedspersonale',
    });
    expect(row('S-2003')).to.include({ apprentice: true, unitId: 'AEL-SOL-A' });
    expect(row('S-2004')).to.include({ payForm: 'hourly', occupationRate: 0.3 });
    expect(row('S-2005')).to.equal(undefined);
  });

  it('when enheder.csv names a new leader by UPN, then personer.csv later gives her units without duplicating her', () => {
    const data = demo(300);
    importInto(data, 'enheder', 'enheder.csv', sample('enheder.csv'));
    const nanna = () => data.persons.filter((p) => p.upn === 'nanna.friis@soendervig.dk');
    expect(nanna()).to.have.length(1);
    expect(nanna()[0]).to.include({ aadObjectId: 'upn:nanna.friis@soendervig.dk' });
    expect(nanna()[0]?.leads).to.deep.equal(['AEL-HJC']);
    importInto(data, 'personer', 'personer.csv', sample('personer.csv'));
    expect(nanna()).to.have.length(1);
    expect(nanna()[0]).to.include({ displayName: 'Nanna Friis' });
    expect(nanna()[0]?.leads).to.deep.equal(['AEL-02', 'AEL-03']);
    const camilla = data.persons.find(
      (p) => p.aadObjectId === '3f2b8c1e-5a4d-4e7f-9b1a-2c3d4e5f6a7b',
    );
    expect(camilla).to.deep.include({ hr: 'consultant', hrUnits: ['BU', 'SB'], leads: ['BU-06'] });
  });
});
