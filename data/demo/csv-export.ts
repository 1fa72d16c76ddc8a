/**
 * The demo written as the import's CSV files (samples/import/README.md): `;`-separated, ISO
 * dates, decimal comma — the same data, so importing the files in IMPORT_ORDER into an empty store
 * rebuilds the demo (benchmarks for the 45,000-employee files use this).
 */
import type { AbsenceType } from '../../domain/model.js';
import type { StoreData } from '../schema.js';
import { jobCodeOf } from './demo-job-codes.js';

type Employment = StoreData['employments'][number];

/** File name → import kind, in the order that satisfies every reference. */
export const IMPORT_ORDER: readonly (readonly [string, string])[] = [
  ['fravaersaarsager.csv', 'fravaersaarsager'],
  ['stillingskode_personalegruppe.csv', 'stillingskoder'],
  ['landsgennemsnit.csv', 'landsgennemsnit'],
  ['enheder.csv', 'enheder'],
  ['ansaettelser.csv', 'ansaettelser'],
  ['personer.csv', 'personer'],
  ['maaltal.csv', 'maaltal'],
  ['fravaer.csv', 'fravaer'],
];

/** The SD lønart code written for each type (the default SD codes, see docs/statistics.md). */
// prettier-ignore
export const CODE_OF_TYPE: Record<AbsenceType, string> = {
  SYGDOM: '790', DELVIS_SYGDOM: '526', ARBEJDSSKADE: '590', PARAGRAF56: '525', GRAVIDITET: '780', BARN_SYG: '910', ANDET: '520',
};
const LEVEL_TEXT = {
  kommune: 'Kommune',
  forvaltning: 'Forvaltning',
  omraade: 'Område',
  institution: 'Institution',
  afsnit: 'Afsnit',
} as const;
const COUNTED: ReadonlySet<AbsenceType> = new Set(['SYGDOM', 'DELVIS_SYGDOM', 'ARBEJDSSKADE']);

const cell = (v: Cell): string => {
  const s =
    v === null
      ? ''
      : typeof v === 'number'
        ? String(v).replace('.', ',')
        : typeof v === 'boolean'
          ? v
            ? 'J'
            : 'N'
          : v;
  return /[;"\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};
const csv = (
  header: string,
  rows: Iterable<readonly (string | number | boolean | null)[]>,
): string => {
  const lines = [header];
  for (const r of rows) lines.push(r.map(cell).join(';'));
  return `${lines.join('\n')}\n`;
};
const base = (id: string): string => id.split('#')[0] ?? id;

type Cell = string | number | boolean | null;

/** Each file: its header and its rows from the store. */
// prettier-ignore
const FILES: Record<string, readonly [string, (d: StoreData) => Iterable<readonly Cell[]>]> = {
  'fravaersaarsager.csv': ['kildesystem;fravaersaarsag_kode;tekst;fravaerstype;taeller_som_sygefravaer',
    (d) => d.absenceCodes.map((c) => [c.system, c.code, c.text, c.type, COUNTED.has(c.type)])],
  'stillingskode_personalegruppe.csv': ['stillingskode;personalegruppe',
    (d) => d.jobCodes.map((j) => [j.code, j.occupationalGroup])],
  'landsgennemsnit.csv': ['aar;kilde;sektor;personalegruppe;dagsvaerk_pr_fuldtidsansat',
    (d) => d.nationalAverages.map((a) => [String(a.year), a.source, a.sector, a.occupationalGroup, a.daysPerFte])],
  'enheder.csv': ['enhed_id;enhed_navn;overordnet_enhed_id;enhedsniveau;enhedstype;gyldig_fra;gyldig_til',
    (d) => d.units.map((u) => [u.id, u.name, u.parentId, LEVEL_TEXT[u.level], u.unitType, u.validFrom, u.validTo])],
  'ansaettelser.csv': ['ansaettelse_id;medarbejder_ref;navn;enhed_id;stillingskode;personalegruppe;beskaeftigelsesgrad;loenform;elev;gyldig_fra;gyldig_til',
    (d) => d.employments.map(employmentRow)],
  'personer.csv': ['upn;aad_object_id;navn;rolle;enheder', (d) => personRows(d.persons)],
  'maaltal.csv': ['enhed_id;aar;maaltal_dagsvaerk;metode;gaelder_underenheder',
    (d) => d.targets.map((t) => [t.unitId, String(t.year), t.daysPerFte, t.method, t.appliesToSubUnits])],
  'fravaer.csv': ['fravaer_id;ansaettelse_id;fravaersaarsag_kode;startdato;slutdato;delvis_procent', periodRows],
};

/** File name → CSV text, for every file in IMPORT_ORDER. */
export function demoToCsv(d: StoreData): Record<string, string> {
  return Object.fromEntries(
    Object.entries(FILES).map(([name, [header, rows]]) => [name, csv(header, rows(d))]),
  );
}

function employmentRow(e: Employment): Cell[] {
  return [
    base(e.id),
    e.personKey,
    e.displayName,
    e.unitId,
    jobCodeOf(e.occupationalGroup),
    e.occupationalGroup,
    e.occupationRate,
    e.payForm === 'hourly' ? 'TIME' : 'MAANED',
    e.apprentice,
    e.validFrom,
    e.validTo,
  ];
}

function* personRows(persons: StoreData['persons']): Generator<(string | null)[]> {
  for (const p of persons) {
    const id = [p.upn, p.aadObjectId, p.displayName];
    if (p.leads.length > 0) yield [...id, 'leder', p.leads.join('|')];
    if (p.hr) yield [...id, p.hr === 'admin' ? 'hr-admin' : 'hr-konsulent', p.hrUnits.join('|')];
    if (p.tr?.length) yield [...id, 'tr', p.tr.join('|')];
    if (p.leads.length === 0 && !p.hr && !p.tr?.length) yield [...id, 'ingen', ''];
  }
}

/** Each period on the employment valid at its start (the person's first one otherwise). */
function* periodRows(d: StoreData): Generator<(string | number | null)[]> {
  const byPerson = new Map<string, Employment[]>();
  for (const e of d.employments) {
    const list = byPerson.get(e.personKey);
    if (list) list.push(e);
    else byPerson.set(e.personKey, [e]);
  }
  for (const p of d.sickPeriods) {
    const rows = byPerson.get(p.personKey) ?? [];
    const at =
      rows.find((e) => e.validFrom <= p.start && (e.validTo === null || e.validTo >= p.start)) ??
      rows[0];
    if (!at) continue;
    yield [p.sourceId ?? p.id, base(at.id), CODE_OF_TYPE[p.type], p.start, p.end, p.partialPercent];
  }
}
