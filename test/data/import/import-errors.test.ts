import { expect } from 'chai';
import type { ImportKind } from '../../../data/import/import-csv.js';
import { demo } from '../demo/demo-fixture.js';
import { rejected } from './import-helpers.js';

const EMP_HEADER = 'ansaettelse_id;enhed_id;beskaeftigelsesgrad;loenform;gyldig_fra;gyldig_til';
const ABS_HEADER =
  'fravaer_id;ansaettelse_id;fravaersaarsag_kode;startdato;slutdato;delvis_procent';

/** [kind, file text, the one expected error (English)] — each file has one bad row among good ones. */
const CASES: [string, ImportKind, string, string][] = [
  [
    'a date in the wrong format',
    'ansaettelser',
    `${EMP_HEADER}\nA1;AEL-HJN;1;MAANED;2025-01-01;\nA2;AEL-HJN;1;MAANED;2025/02/01;`,
    'bad.csv:3: gyldig_fra: "2025/02/01" is not a valid date (write yyyy-mm-dd, dd-mm-yyyy or dd.mm.yyyy)',
  ],
  [
    'an impossible date',
    'ansaettelser',
    `${EMP_HEADER}\nA1;AEL-HJN;1;MAANED;31-04-2025;`,
    'bad.csv:2: gyldig_fra: "31-04-2025" is not a valid date (write yyyy-mm-dd, dd-mm-yyyy or dd.mm.yyyy)',
  ],
  [
    'a negative FTE',
    'ansaettelser',
    `${EMP_HEADER}\nA1;AEL-HJN;-0,5;MAANED;2025-01-01;`,
    'bad.csv:2: beskaeftigelsesgrad: must not be negative (got "-0,5")',
  ],
  [
    'an FTE that is not a number',
    'ansaettelser',
    `${EMP_HEADER}\nA1;AEL-HJN;fuld tid;MAANED;2025-01-01;`,
    'bad.csv:2: beskaeftigelsesgrad: "fuld tid" is not a number (use a decimal comma or point, no thousands separator)',
  ],
  [
    'an end before the start',
    'ansaettelser',
    `${EMP_HEADER}\nA1;AEL-HJN;1;MAANED;2025-05-01;2025-04-30`,
    'bad.csv:2: gyldig_til: the end date 2025-04-30 is before the start date 2025-05-01',
  ],
  [
    'an unknown unit',
    'ansaettelser',
    `${EMP_HEADER}\nA1;NOPE;1;MAANED;2025-01-01;`,
    'bad.csv:2: enhed_id: the unit "NOPE" does not exist (import it first with enheder.csv)',
  ],
  [
    'an unknown pay form',
    'ansaettelser',
    `${EMP_HEADER}\nA1;AEL-HJN;1;UGE;2025-01-01;`,
    'bad.csv:2: loenform: "UGE" is not a valid value (use MAANED/TIME)',
  ],
  [
    'overlapping rows of one employment',
    'ansaettelser',
    `${EMP_HEADER}\nA1;AEL-HJN;1;MAANED;2025-01-01;2025-06-30\nA1;AEL-HJN;0,5;MAANED;2025-06-01;`,
    'bad.csv:3: gyldig_fra: the period overlaps the period of the same employment on line 2',
  ],
  [
    'an unknown employment',
    'fravaer',
    `${ABS_HEADER}\nF1;XA-00001;790;2025-01-10;2025-01-13;\nF2;XA-99999;790;2025-01-10;;`,
    'bad.csv:3: ansaettelse_id: the employment "XA-99999" does not exist (import it first with ansaettelser.csv)',
  ],
  [
    'a partial percent of 100',
    'fravaer',
    `${ABS_HEADER}\nF1;XA-00001;526;2025-01-10;2025-01-13;100`,
    'bad.csv:2: delvis_procent: "100" must be between 1 and 99',
  ],
  [
    'a partial percent of 0',
    'fravaer',
    `${ABS_HEADER}\nF1;XA-00001;526;2025-01-10;2025-01-13;0`,
    'bad.csv:2: delvis_procent: "0" must be between 1 and 99',
  ],
  [
    'a sick period ending before it starts',
    'fravaer',
    `${ABS_HEADER}\nF1;XA-00001;790;13.01.2025;10.01.2025;`,
    'bad.csv:2: slutdato: the end date 2025-01-10 is before the start date 2025-01-13',
  ],
  [
    'the same fravaer_id twice',
    'fravaer',
    `${ABS_HEADER}\nF1;XA-00001;790;2025-01-10;;\nF1;XA-00001;790;2025-02-10;;`,
    'bad.csv:3: fravaer_id: the same key "F1" is also on line 2',
  ],
  [
    'a missing start date',
    'fravaer',
    `${ABS_HEADER}\nF1;XA-00001;790;;;`,
    'bad.csv:2: startdato: is missing a value',
  ],
  [
    'a day row outside the employment',
    'fravaer',
    'ansaettelse_id;dato;fravaersaarsag_kode;fravaerstimer\nXA-00002;01.01.2010;790;7,4',
    'bad.csv:2: dato: the employment "XA-00002" is not valid on 2010-01-01',
  ],
  [
    'day hours above 24',
    'fravaer',
    'ansaettelse_id;dato;fravaersaarsag_kode;fravaerstimer\nXA-00002;01.03.2025;790;25',
    'bad.csv:2: fravaerstimer: "25" must be between 0 and 24',
  ],
  [
    'a unit below an unknown parent',
    'enheder',
    'enhed_id;enhed_navn;overordnet_enhed_id\nX1;Ny enhed;UKENDT',
    'bad.csv:2: overordnet_enhed_id: the unit "UKENDT" does not exist (import it first with enheder.csv)',
  ],
  [
    'a unit placed below itself',
    'enheder',
    'enhed_id;enhed_navn;overordnet_enhed_id\nAEL;Ældre og Sundhed;AEL-HJN',
    'bad.csv:2: overordnet_enhed_id: the unit "AEL" would end up below itself',
  ],
  [
    'a target for an unknown unit',
    'maaltal',
    'enhed_id;aar;maaltal_dagsvaerk\nNOPE;2026;12,5',
    'bad.csv:2: enhed_id: the unit "NOPE" does not exist (import it first with enheder.csv)',
  ],
  [
    'a target year that is not whole',
    'maaltal',
    'enhed_id;aar;maaltal_dagsvaerk\nAEL;2026,5;12,5',
    'bad.csv:2: aar: "2026,5" must be a whole number',
  ],
  [
    'an unknown national source',
    'landsgennemsnit',
    'aar;kilde;sektor;personalegruppe;dagsvaerk_pr_fuldtidsansat\n2023;AVIS;KOMMUNER;ALLE;14,8',
    'bad.csv:2: kilde: "AVIS" is not a valid value (use KRL, DST, BENCHMARK, EGEN)',
  ],
  [
    'an unknown absence type',
    'fravaersaarsager',
    'kildesystem;fravaersaarsag_kode;tekst;fravaerstype\nSD;790;Sygdom;SYG',
    'bad.csv:2: fravaerstype: "SYG" is not a valid value (use SYGDOM, DELVIS_SYGDOM, ARBEJDSSKADE, PARAGRAF56, GRAVIDITET, BARN_SYG, ANDET)',
  ],
  [
    'a leader without units',
    'personer',
    'upn;aad_object_id;navn;rolle;enheder\nleder@kommune.dk;;Ny Leder;leder;',
    'bad.csv:2: enheder: a leader needs at least one unit',
  ],
  [
    'a person without identity',
    'personer',
    'upn;aad_object_id;navn;rolle;enheder\n;;Ny Leder;leder;AEL',
    'bad.csv:2: upn: give upn or aad_object_id so that the person can be recognised in Teams',
  ],
  [
    'an object id that is not a GUID',
    'personer',
    'upn;aad_object_id;navn;rolle;enheder\n;12345;Ny Leder;leder;AEL',
    'bad.csv:2: aad_object_id: "12345" is not a valid object id (GUID)',
  ],
  [
    'one UPN for two object ids',
    'personer',
    'upn;aad_object_id;rolle;enheder\na@k.dk;00000000-0000-4000-8000-0000000000aa;leder;AEL\na@k.dk;00000000-0000-4000-8000-0000000000bb;leder;BU',
    'bad.csv:3: upn: "a@k.dk" already belongs to another person on line 2',
  ],
  [
    'an unknown role',
    'personer',
    'upn;rolle;enheder\na@k.dk;direktør;AEL',
    'bad.csv:2: rolle: "direktør" is not a valid value (use leder, hr-konsulent, hr-admin, tr, ingen)',
  ],
  [
    'a missing required column',
    'ansaettelser',
    'ansaettelse_id;beskaeftigelsesgrad;loenform;gyldig_fra\nA1;1;MAANED;2025-01-01',
    'bad.csv:1: enhed_id: the required column is missing from the header row',
  ],
  [
    'a column given twice under two names',
    'enheder',
    'enhed_id;Afdeling;enhed_navn\nX;Y;Z',
    'bad.csv:1: Afdeling: the column appears twice (also as "enhed_id")',
  ],
  ['an empty file', 'enheder', '', 'bad.csv:1: the file is empty – it needs at least a header row'],
];

describe('importCsv row errors', () => {
  for (const [what, kind, text, expected] of CASES) {
    it(`when a file has ${what}, then it is rejected with "${expected}"`, () => {
      expect(rejected(demo(300), kind, 'bad.csv', text)).to.deep.equal([expected]);
    });
  }

  it('when several rows are bad, then every bad row is reported, in line order', () => {
    const text = `${EMP_HEADER}\nA1;NOPE;1;MAANED;2025-01-01;\nA2;AEL-HJN;1;MAANED;2025-01-01;\nA3;AEL-HJN;-1;MAANED;2025-13-01;`;
    expect(rejected(demo(300), 'ansaettelser', 'bad.csv', text)).to.deep.equal([
      'bad.csv:2: enhed_id: the unit "NOPE" does not exist (import it first with enheder.csv)',
      'bad.csv:4: beskaeftigelsesgrad: must not be negative (got "-1")',
      'bad.csv:4: gyldig_fra: "2025-13-01" is not a valid date (write yyyy-mm-dd, dd-mm-yyyy or dd.mm.yyyy)',
    ]);
  });

  it('when the columns use SD names, then errors name the column as written in the file', () => {
    const text = 'AnsaettelsesID;FRVDATO;FRVAARSAG;FRVTIM\nXA-00002;2025-03-01;790;-2';
    expect(rejected(demo(300), 'fravaer', 'dage.csv', text)).to.deep.equal([
      'dage.csv:2: FRVTIM: must not be negative (got "-2")',
    ]);
  });

  it('when the language is Danish, then the same errors read in Danish', () => {
    const text = `${EMP_HEADER}\nA1;AEL-HJN;-0,5;MAANED;2025-05-01;2025-04-30\nA2;NOPE;1;MAANED;2025-01-01;`;
    expect(rejected(demo(300), 'ansaettelser', 'ansaettelser.csv', text, 'da')).to.deep.equal([
      'ansaettelser.csv:2: beskaeftigelsesgrad: må ikke være negativ (fik "-0,5")',
      'ansaettelser.csv:3: enhed_id: enheden "NOPE" findes ikke (importér den først med enheder.csv)',
    ]);
    const dates = `${ABS_HEADER}\nF1;XA-00001;790;2025.01.10;;`;
    expect(rejected(demo(300), 'fravaer', 'fravaer.csv', dates, 'da')).to.deep.equal([
      'fravaer.csv:2: startdato: "2025.01.10" er ikke en gyldig dato (skriv åååå-mm-dd, dd-mm-åååå eller dd.mm.åååå)',
    ]);
  });
});

describe('importCsv privacy', () => {
  const cprFiles: [string, string][] = [
    ['cpr', 'ansaettelse_id;cpr;enhed_id\nA1;010101-1234;AEL'],
    ['CPR-nummer', 'ansaettelse_id;CPR-nummer;enhed_id\nA1;0101011234;AEL'],
    ['Personnummer', 'Personnummer,ansaettelse_id\n0101011234,A1'],
    ['medarbejder_cpr', 'ansaettelse_id;medarbejder_cpr\nA1;x'],
  ];
  for (const [column, text] of cprFiles) {
    it(`when the header has a "${column}" column, then the whole file is refused`, () => {
      expect(rejected(demo(300), 'ansaettelser', 'hr.csv', text)).to.deep.equal([
        `hr.csv:1: ${column}: the file has a CPR column. CPR numbers must not be imported, so the whole file is rejected. Remove the column and try again`,
      ]);
    });
  }

  it('when the header has a diagnosis column, then the whole file is refused', () => {
    const text = `${ABS_HEADER};diagnose\nF1;XA-00001;790;2025-01-10;;;influenza`;
    expect(rejected(demo(300), 'fravaer', 'f.csv', text, 'da')).to.deep.equal([
      'f.csv:1: diagnose: filen har en kolonne med helbredsoplysninger. Diagnoser må ikke importeres, så hele filen er afvist',
    ]);
  });
});

describe('importCsv CPR-shaped values', () => {
  it('when medarbejder_ref holds a CPR number, then the file is refused without echoing the number', () => {
    const text =
      'ansaettelse_id;medarbejder_ref;enhed_id;beskaeftigelsesgrad;loenform;gyldig_fra\nA1;p-1;AEL;1;MAANED;2025-01-01\nA2;010190-1234;AEL;1;MAANED;2025-01-01';
    const errors = rejected(demo(300), 'ansaettelser', 'a.csv', text, 'da');
    expect(errors).to.deep.equal([
      'a.csv:3: medarbejder_ref: ligner et CPR-nummer. Brug et pseudonymt nummer – CPR-numre må ikke importeres, så hele filen er afvist',
    ]);
  });

  it('when an employment number has ten digits but no valid date, then it is accepted as a number', () => {
    const text =
      'ansaettelse_id;enhed_id;beskaeftigelsesgrad;loenform;gyldig_fra\n9913001234;AEL;1;MAANED;2025-01-01';
    expect(() => rejected(demo(300), 'ansaettelser', 'a.csv', text)).to.throw(
      'expected the file to be rejected',
    );
  });
});
