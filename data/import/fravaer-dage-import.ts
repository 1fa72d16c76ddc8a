/**
 * fravaer.csv, day rows (like SD's SD_FRAVDAG warehouse table, docs/import-formats.md): one row per employment and
 * absence day with exact hours. Each row is stored on the employment row valid on that date.
 * Key: employment + date + type (re-importing replaces the hours).
 */
import { z } from 'zod';
import type { StoreData } from '../schema.js';
import { AbsenceCodeMapper, seedCodesIfEmpty } from './absence-codes.js';
import { rowsBySourceId } from './employment-ids.js';
import { optionalDecimal, requiredDate, requiredDecimal, requiredText, text } from './fields.js';
import { ABSENCE_CODE_COLUMNS } from './fravaer-import.js';
import { reportDuplicates, requireOneOf, zeroCounts, type KindSpec } from './kind.js';
import { upsertAll } from './merge.js';

type AbsenceDay = StoreData['absenceDays'][number];
type Employment = StoreData['employments'][number];

const row = z
  .object({
    ansaettelse_id: requiredText(),
    dato: requiredDate(),
    fravaersaarsag_kode: text(),
    fravaerstype: text(),
    kildesystem: text(),
    fravaerstimer: requiredDecimal({ min: 0, max: 24 }),
    planlagte_timer: optionalDecimal({ min: 0, max: 24 }),
  })
  .superRefine((r, ctx) => {
    if (!r.fravaersaarsag_kode && !r.fravaerstype)
      ctx.addIssue({ code: 'custom', path: ['fravaersaarsag_kode'], message: 'required' });
  });
type Row = z.output<typeof row>;

export const fravaerDageSpec: KindSpec<Row> = {
  columns: [
    {
      key: 'ansaettelse_id',
      required: true,
      aliases: ['AnsaettelsesID', 'AnsættelsesID', 'Tjenestenummer', 'EmploymentIdentifier'],
    },
    { key: 'dato', required: true, aliases: ['FRVDATO', 'Fraværsdato'] },
    ...ABSENCE_CODE_COLUMNS,
    { key: 'fravaerstimer', required: true, aliases: ['FRVTIM', 'TimerFravær', 'Timer'] },
    { key: 'planlagte_timer', aliases: ['PLANTIM', 'TimerPlanlagt'] },
  ],
  schema: row,
  checkHeader: (columns, report) =>
    requireOneOf(columns, report, 'fravaersaarsag_kode', 'fravaerstype'),
  plan(rows, data, report) {
    const bySource = rowsBySourceId(data.employments);
    const codes = new AbsenceCodeMapper(data.absenceCodes);
    const days: AbsenceDay[] = [];
    const lines: { line: number; value: string }[] = [];
    for (const { line, value: r } of rows) {
      const rowsOfSource = bySource.get(r.ansaettelse_id);
      const employment = rowsOfSource?.find((e) => validOn(e, r.dato));
      if (!rowsOfSource)
        report.add(line, 'ansaettelse_id', 'unknown_employment', { value: r.ansaettelse_id });
      else if (!employment)
        report.add(line, 'dato', 'no_employment_on_date', {
          value: r.ansaettelse_id,
          date: r.dato,
        });
      const type = codes.typeOf(r.fravaersaarsag_kode, r.fravaerstype, r.kildesystem);
      const day: AbsenceDay = {
        employmentId: employment?.id ?? '',
        date: r.dato,
        type,
        hours: r.fravaerstimer,
        plannedHours: r.planlagte_timer,
      };
      days.push(day);
      if (employment) lines.push({ line, value: dayKey(day) });
    }
    reportDuplicates(lines, (k) => k, 'dato', report);
    return (draft) => {
      seedCodesIfEmpty(draft);
      const counts = zeroCounts();
      upsertAll(draft.absenceDays, days, dayKey, counts);
      return counts;
    };
  },
};

const dayKey = (d: AbsenceDay): string => `${d.employmentId}|${d.date}|${d.type}`;

function validOn(e: Employment, date: string): boolean {
  return e.validFrom <= date && (e.validTo === null || e.validTo >= date);
}
