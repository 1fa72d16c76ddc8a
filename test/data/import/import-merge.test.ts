import { expect } from 'chai';
import { emptyStore } from '../../../data/defaults.js';
import { storeSchema } from '../../../data/schema.js';
import { demo } from '../demo/demo-fixture.js';
import { importInto, LATER, NOW, withoutAudit } from './import-helpers.js';

const ABS_HEADER =
  'fravaer_id;ansaettelse_id;fravaersaarsag_kode;startdato;slutdato;delvis_procent';
const EMP_HEADER =
  'ansaettelse_id;medarbejder_ref;navn;enhed_id;beskaeftigelsesgrad;loenform;gyldig_fra;gyldig_til';

describe('importCsv merging', () => {
  it('when a later file gives an open period its end date, then the period is updated, not duplicated', () => {
    const data = demo(300);
    const count = data.sickPeriods.length;
    importInto(data, 'fravaer', 'uge47.csv', `${ABS_HEADER}\nF-9001;XA-00001;790;2026-11-16;;`);
    const summary = importInto(
      data,
      'fravaer',
      'uge48.csv',
      `${ABS_HEADER}\nF-9001;XA-00001;790;2026-11-16;2026-11-24;`,
      LATER,
    );
    expect(summary).to.include({ created: 0, updated: 1, unchanged: 0 });
    const periods = data.sickPeriods.filter((p) => p.sourceId === 'F-9001');
    expect(periods).to.have.length(1);
    expect(periods[0]).to.include({
      id: 'imp:F-9001',
      end: '2026-11-24',
      createdAt: NOW,
      updatedAt: LATER,
    });
    expect(data.sickPeriods).to.have.length(count + 1);
  });

  it('when the file has no fravaer_id, then employment + start date is the key', () => {
    const data = demo(300);
    const header = 'ansaettelse_id;fravaersaarsag_kode;startdato;slutdato';
    importInto(data, 'fravaer', 'a.csv', `${header}\nXA-00002;790;16-11-2026;`);
    const summary = importInto(
      data,
      'fravaer',
      'b.csv',
      `${header}\nXA-00002;790;16-11-2026;20-11-2026`,
      LATER,
    );
    expect(summary).to.include({ created: 0, updated: 1 });
    const periods = data.sickPeriods.filter((p) => p.sourceId === 'XA-00002@2026-11-16');
    expect(periods.map((p) => p.end)).to.deep.equal(['2026-11-20']);
  });

  it('when a period was registered in chat, then the import takes it over and keeps its id', () => {
    const data = demo(300);
    const personKey = data.employments.find((e) => e.id === 'XA-00001')?.personKey ?? '';
    data.sickPeriods.push({
      id: 'chat-1',
      personKey,
      type: 'SYGDOM',
      start: '2026-11-16',
      end: null,
      partialPercent: null,
      source: 'chat',
      sourceId: null,
      registeredBy: '00000000-0000-4000-8000-000000000001',
      createdAt: NOW,
      updatedAt: NOW,
    });
    importInto(
      data,
      'fravaer',
      'f.csv',
      `${ABS_HEADER}\nF-77;XA-00001;790;2026-11-16;2026-11-18;`,
      LATER,
    );
    const periods = data.sickPeriods.filter(
      (p) => p.personKey === personKey && p.start === '2026-11-16',
    );
    expect(periods).to.have.length(1);
    expect(periods[0]).to.include({
      id: 'chat-1',
      source: 'import',
      sourceId: 'F-77',
      end: '2026-11-18',
      registeredBy: '00000000-0000-4000-8000-000000000001',
    });
  });

  it('when codes are mapped, then unknown codes are ANDET and an explicit fravaerstype wins', () => {
    const data = demo(300);
    const text =
      'fravaer_id;ansaettelse_id;fravaersaarsag_kode;fravaerstype;startdato\nA;XA-00001;999;;2025-01-06\nB;XA-00001;790;BARN_SYG;2025-02-03\nC;XA-00001;525;;2025-03-03';
    importInto(data, 'fravaer', 'f.csv', text);
    const typeOf = (id: string) => data.sickPeriods.find((p) => p.sourceId === id)?.type;
    expect([typeOf('A'), typeOf('B'), typeOf('C')]).to.deep.equal([
      'ANDET',
      'BARN_SYG',
      'PARAGRAF56',
    ]);
  });

  it('when an Opus file carries its code in fraværstype, then the stored OPUS mapping is used', () => {
    const data = demo(300);
    importInto(
      data,
      'fravaersaarsager',
      'koder.csv',
      'kildesystem;fravaersaarsag_kode;tekst;fravaerstype\nOPUS;DELSYG;Delvis sygdom;DELVIS_SYGDOM',
    );
    importInto(
      data,
      'fravaer',
      'opus.csv',
      'ansaettelse_id;Fraværstype;Fra dato;Til dato;delvis_procent\nXA-00002;DELSYG;01.09.2025;30.09.2025;50',
    );
    expect(data.sickPeriods.find((p) => p.sourceId === 'XA-00002@2025-09-01')).to.include({
      type: 'DELVIS_SYGDOM',
      partialPercent: 50,
      end: '2025-09-30',
    });
  });

  it('when an employment changes hours, then its row is replaced; a later second row becomes #2', () => {
    const data = demo(300);
    importInto(
      data,
      'ansaettelser',
      'a.csv',
      `${EMP_HEADER}\nN-1;p-n1;Alma Vinther;AEL-HJN;0,8108;MAANED;2025-01-01;`,
    );
    const changed = importInto(
      data,
      'ansaettelser',
      'b.csv',
      `${EMP_HEADER}\nN-1;p-n1;Alma Vinther;AEL-HJN;0,9;MAANED;2025-01-01;`,
    );
    expect(changed).to.include({ created: 0, updated: 1 });
    expect(
      data.employments.filter((e) => e.personKey === 'p-n1').map((e) => [e.id, e.occupationRate]),
    ).to.deep.equal([['N-1', 0.9]]);
    const split = `${EMP_HEADER}\nN-1;p-n1;Alma Vinther;AEL-HJN;1;MAANED;2026-01-01;\nN-1;p-n1;Alma Vinther;AEL-HJN;0,9;MAANED;2025-01-01;2025-12-31`;
    importInto(data, 'ansaettelser', 'c.csv', split);
    const rows = data.employments
      .filter((e) => e.personKey === 'p-n1')
      .map((e) => [e.id, e.validFrom, e.validTo, e.occupationRate]);
    expect(rows).to.deep.equal([
      ['N-1', '2025-01-01', '2025-12-31', 0.9],
      ['N-1#2', '2026-01-01', null, 1],
    ]);
  });

  it('when a file has a BOM, commas, Danish dates and decimal commas, then it reads the same as the plain file', () => {
    const plain = demo(300);
    const excel = demo(300);
    importInto(
      plain,
      'ansaettelser',
      'a.csv',
      `${EMP_HEADER}\nN-2;p-n2;Oskar Brandt;AEL-HJN;0.7568;MAANED;2025-03-01;2026-02-28`,
    );
    const text =
      '\uFEFFAnsættelsesID,medarbejder_ref,Navn,Afdeling,BESKDEC,Lønform,Startdato,Slutdato\r\nN-2,p-n2,Oskar Brandt,AEL-HJN,"0,7568",maaned,01.03.2025,28-02-2026\r\n';
    importInto(excel, 'ansaettelser', 'a.csv', text);
    expect(withoutAudit(excel)).to.deep.equal(withoutAudit(plain));
    expect(excel.employments.find((e) => e.id === 'N-2')).to.include({
      occupationRate: 0.7568,
      validFrom: '2025-03-01',
      validTo: '2026-02-28',
    });
  });

  it('when weekly hours or SD codes are given instead of grade and pay form, then they are converted', () => {
    const data = demo(300);
    importInto(
      data,
      'ansaettelser',
      'sd.csv',
      'AnsættelsesID;Afdeling;Timer pr. uge;DEL;Statuskode;START;SLUT\nN-3;AEL-HJN;30;2;1;2025-01-01;9999-12-31\nN-4;AEL-HJN;18,5;1;3;2025-01-01;31.12.9999',
    );
    const row = (id: string) => data.employments.find((e) => e.id === id);
    expect(row('N-3')).to.include({
      occupationRate: 0.8108,
      payForm: 'hourly',
      validTo: null,
      personKey: 'N-3',
      displayName: '',
    });
    expect(row('N-4')).to.include({ occupationRate: 0.5, payForm: 'monthly', validTo: null });
  });

  it('when the first import goes into an empty store, then origin becomes imported and the audit entry holds counts only', () => {
    const data = emptyStore(NOW);
    importInto(
      data,
      'enheder',
      'enheder.csv',
      'enhed_id;enhed_navn;overordnet_enhed_id\nK;Nærby Kommune;\nAEL;Ældre;K',
    );
    expect(data.origin).to.equal('imported');
    expect(data.units.map((u) => [u.id, u.level, u.validFrom])).to.deep.equal([
      ['K', 'kommune', '1970-01-01'],
      ['AEL', 'institution', '1970-01-01'],
    ]);
    expect(data.audit).to.deep.equal([
      {
        at: NOW,
        actor: 'import',
        action: 'import.enheder',
        subject: null,
        unitId: null,
        outcome: 'allowed',
        detail: 'rows=2 created=2 updated=0 unchanged=0 skipped=0',
      },
    ]);
    expect(() => storeSchema.parse(data)).to.not.throw();
  });

  it('when sick periods go into a store without a code mapping, then the SD codes are stored and used', () => {
    const data = emptyStore(NOW);
    importInto(data, 'enheder', 'e.csv', 'enhed_id;enhed_navn\nK;Nærby Kommune');
    importInto(
      data,
      'ansaettelser',
      'a.csv',
      'ansaettelse_id;enhed_id;beskaeftigelsesgrad;loenform;gyldig_fra\nA1;K;1;MAANED;2025-01-01',
    );
    importInto(data, 'fravaer', 'f.csv', 'ansaettelse_id;Lønart;startdato\nA1;526;2025-02-03');
    expect(data.absenceCodes.map((c) => c.code)).to.include.members(['790', '526', '910']);
    expect(data.sickPeriods[0]).to.include({ type: 'DELVIS_SYGDOM', personKey: 'A1', end: null });
  });

  it('when personer.csv gives the object id of a person known only by UPN, then the placeholder is replaced', () => {
    const data = demo(300);
    importInto(
      data,
      'enheder',
      'e.csv',
      'enhed_id;enhed_navn;overordnet_enhed_id;leder_upn\nAEL-HJN;Hjemmeplejen Nord;AEL;Ny.Leder@Soendervig.dk',
    );
    expect(
      data.persons.filter((p) => p.upn === 'ny.leder@soendervig.dk').map((p) => p.aadObjectId),
    ).to.deep.equal(['upn:ny.leder@soendervig.dk']);
    importInto(
      data,
      'personer',
      'p.csv',
      'upn;aad_object_id;navn;rolle;enheder\nny.leder@soendervig.dk;6F9619FF-8B86-4011-B42D-00C04FC964FF;Ny Leder;leder;AEL-HJN',
    );
    const matches = data.persons.filter((p) => p.upn === 'ny.leder@soendervig.dk');
    expect(matches).to.have.length(1);
    expect(matches[0]).to.deep.include({
      aadObjectId: '6f9619ff-8b86-4011-b42d-00c04fc964ff',
      displayName: 'Ny Leder',
      leads: ['AEL-HJN'],
    });
  });

  it('when personer.csv lists a person, then the file is the whole truth about their roles', () => {
    const data = demo(300);
    importInto(
      data,
      'personer',
      'p.csv',
      'aad_object_id;rolle;enheder\n00000000-0000-4000-8000-000000000003;hr-admin;\n00000000-0000-4000-8000-000000000002;leder;AEL|BU',
    );
    const sofie = data.persons.find(
      (p) => p.aadObjectId === '00000000-0000-4000-8000-000000000003',
    );
    const henrik = data.persons.find(
      (p) => p.aadObjectId === '00000000-0000-4000-8000-000000000002',
    );
    expect(sofie).to.deep.include({
      hr: 'admin',
      hrUnits: [],
      leads: [],
      displayName: 'Sofie Nielsen',
    });
    expect(henrik).to.deep.include({ hr: null, leads: ['AEL', 'BU'] });
  });
});
