/**
 * landsgennemsnit.csv — national averages (samples/import/README.md). Upsert by year + source + sector +
 * occupational group. fravaersprocent, definition, kilde_url and hentet_dato are not stored.
 */
import { z } from 'zod';
import type { StoreData } from '../schema.js';
import {
  oneOf,
  optionalDate,
  optionalDecimal,
  requiredDecimal,
  requiredText,
  text,
} from './fields.js';
import { reportDuplicates, zeroCounts, type KindSpec } from './kind.js';
import { upsertAll } from './merge.js';

type NationalAverage = StoreData['nationalAverages'][number];

const SOURCES = { KRL: 'KRL', DST: 'DST', BENCHMARK: 'BENCHMARK', EGEN: 'EGEN' } as const;
const SECTORS = { KOMMUNER: 'KOMMUNER', REGIONER: 'REGIONER' } as const;

const row = z.object({
  aar: requiredDecimal({ min: 2000, max: 2100, integer: true }),
  kilde: oneOf<NationalAverage['source']>(SOURCES, 'KRL, DST, BENCHMARK, EGEN'),
  sektor: oneOf<NationalAverage['sector']>(SECTORS, 'KOMMUNER, REGIONER'),
  personalegruppe: requiredText(),
  dagsvaerk_pr_fuldtidsansat: requiredDecimal({ min: 0, max: 365 }),
  fravaersprocent: optionalDecimal({ min: 0, max: 100 }),
  definition: text(),
  kilde_url: text(),
  hentet_dato: optionalDate(),
});
type Row = z.output<typeof row>;

const toAverage = (r: Row): NationalAverage => ({
  year: r.aar,
  source: r.kilde,
  sector: r.sektor,
  occupationalGroup: r.personalegruppe,
  daysPerFte: r.dagsvaerk_pr_fuldtidsansat,
});
const averageKey = (a: NationalAverage): string =>
  `${a.year}|${a.source}|${a.sector}|${a.occupationalGroup}`;

export const landsgennemsnitSpec: KindSpec<Row> = {
  columns: [
    { key: 'aar', required: true, aliases: ['år', 'year'] },
    { key: 'kilde', required: true, aliases: ['source'] },
    { key: 'sektor', required: true, aliases: ['sector'] },
    { key: 'personalegruppe', required: true },
    {
      key: 'dagsvaerk_pr_fuldtidsansat',
      required: true,
      aliases: ['dagsvaerk', 'dage_pr_fuldtidsansat'],
    },
    { key: 'fravaersprocent' },
    { key: 'definition' },
    { key: 'kilde_url' },
    { key: 'hentet_dato' },
  ],
  schema: row,
  plan(rows, _data, report) {
    reportDuplicates(rows, (r) => averageKey(toAverage(r)), 'personalegruppe', report);
    const averages = rows.map((r) => toAverage(r.value));
    return (draft) => {
      const counts = zeroCounts();
      upsertAll(draft.nationalAverages, averages, averageKey, counts);
      return counts;
    };
  },
};
