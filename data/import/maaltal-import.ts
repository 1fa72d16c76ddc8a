/**
 * maaltal.csv — yearly targets per unit (samples/import/README.md). `aar`, or gyldig_fra/gyldig_til for
 * a target that holds several years (one stored target per calendar year). Upsert by unit + year.
 * maaltal_procent, fastsat_af and beslutningsdato are checked but not stored.
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
  yesNo,
} from './fields.js';
import {
  requireOneOf,
  reportDuplicates,
  zeroCounts,
  type KindSpec,
  type ParsedRow,
} from './kind.js';
import { upsertAll } from './merge.js';

type Target = StoreData['targets'][number];
type Method = Target['method'];

const METHODS: Record<string, Method> = {
  FAST: 'FAST',
  LANDSGNS_VAEGTET: 'LANDSGNS_VAEGTET',
  REDUKTION: 'REDUKTION',
  FORVENTET: 'FORVENTET',
};
const MAX_YEARS = 10;

const row = z
  .object({
    enhed_id: requiredText(),
    aar: optionalDecimal({ min: 2000, max: 2100, integer: true }),
    gyldig_fra: optionalDate(),
    gyldig_til: optionalDate(true),
    maaltal_dagsvaerk: requiredDecimal({ min: 0, max: 365 }),
    maaltal_procent: optionalDecimal({ min: 0, max: 100 }),
    metode: oneOf<Method>(METHODS, 'FAST, LANDSGNS_VAEGTET, REDUKTION, FORVENTET', {
      value: 'FAST',
    }),
    gaelder_underenheder: yesNo(true),
    fastsat_af: text(),
    beslutningsdato: optionalDate(),
  })
  .superRefine((r, ctx) => {
    const add = (path: string, message: string, params: Record<string, string> = {}): void =>
      ctx.addIssue({ code: 'custom', path: [path], message, params });
    if (r.aar === null && r.gyldig_fra === null) add('aar', 'required');
    if (r.aar === null && r.gyldig_fra && r.gyldig_til && r.gyldig_til < r.gyldig_fra)
      add('gyldig_til', 'end_before_start', { start: r.gyldig_fra, end: r.gyldig_til });
  });
type Row = z.output<typeof row>;

/** The calendar years a row covers: `aar`, or the years from gyldig_fra to gyldig_til. */
function yearsOf(r: Row): number[] {
  if (r.aar !== null) return [r.aar];
  const first = Number((r.gyldig_fra ?? '').slice(0, 4));
  const last = r.gyldig_til ? Number(r.gyldig_til.slice(0, 4)) : first;
  return Array.from({ length: Math.min(MAX_YEARS, last - first + 1) }, (_, i) => first + i);
}

export const maaltalSpec: KindSpec<Row> = {
  columns: [
    { key: 'enhed_id', required: true, aliases: ['Afdeling', 'orgUnit'] },
    { key: 'aar', aliases: ['år', 'year'] },
    { key: 'gyldig_fra' },
    { key: 'gyldig_til' },
    { key: 'maaltal_dagsvaerk', required: true, aliases: ['måltal', 'maaltal', 'dagsvaerk'] },
    { key: 'maaltal_procent' },
    { key: 'metode' },
    { key: 'gaelder_underenheder' },
    { key: 'fastsat_af' },
    { key: 'beslutningsdato' },
  ],
  schema: row,
  checkHeader: (columns, report) => requireOneOf(columns, report, 'aar', 'gyldig_fra'),
  plan(rows, data, report) {
    const units = new Set(data.units.map((u) => u.id));
    for (const r of rows)
      if (!units.has(r.value.enhed_id))
        report.add(r.line, 'enhed_id', 'unknown_unit', { value: r.value.enhed_id });
    const targets: ParsedRow<Target>[] = rows.flatMap(({ line, value: r }) =>
      yearsOf(r).map((year) => ({
        line,
        value: {
          unitId: r.enhed_id,
          year,
          daysPerFte: r.maaltal_dagsvaerk,
          method: r.metode,
          appliesToSubUnits: r.gaelder_underenheder,
        },
      })),
    );
    reportDuplicates(targets, targetKey, 'enhed_id', report);
    return (draft) => {
      const counts = zeroCounts();
      upsertAll(
        draft.targets,
        targets.map((t) => t.value),
        targetKey,
        counts,
      );
      return counts;
    };
  },
};

const targetKey = (t: Target): string => `${t.unitId}|${t.year}`;
