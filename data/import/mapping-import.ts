/**
 * The two small mapping files HR maintains (samples/import/README.md):
 * fravaersaarsager.csv (absence code → type) and stillingskode_personalegruppe.csv
 * (job code or agreement → KRL occupational group). Upsert by code.
 */
import { z } from 'zod';
import { ABSENCE_TYPES, type AbsenceType } from '../../domain/model.js';
import type { StoreData } from '../schema.js';
import { oneOf, requiredText, text, yesNo } from './fields.js';
import { reportDuplicates, requireOneOf, zeroCounts, type KindSpec } from './kind.js';
import { upsertAll } from './merge.js';

type AbsenceCode = StoreData['absenceCodes'][number];
type JobCode = StoreData['jobCodes'][number];

const TYPES = Object.fromEntries(ABSENCE_TYPES.map((t) => [t, t])) as Record<string, AbsenceType>;

const codeRow = z.object({
  kildesystem: text(),
  fravaersaarsag_kode: requiredText(),
  tekst: text(),
  fravaerstype: oneOf<AbsenceType>(TYPES, ABSENCE_TYPES.join(', ')),
  taeller_som_sygefravaer: yesNo(false),
});
type CodeRow = z.output<typeof codeRow>;
const codeKey = (c: AbsenceCode): string => `${c.system.toLowerCase()}|${c.code}`;

export const fravaersaarsagerSpec: KindSpec<CodeRow> = {
  columns: [
    { key: 'kildesystem', aliases: ['system'] },
    { key: 'fravaersaarsag_kode', required: true, aliases: ['Lønart', 'LOENART', 'kode'] },
    { key: 'tekst', aliases: ['LOENARTTXT', 'Lønarttekst', 'text'] },
    { key: 'fravaerstype', required: true },
    { key: 'taeller_som_sygefravaer' },
  ],
  schema: codeRow,
  plan(rows, _data, report) {
    const codes = rows.map(({ value: r }): AbsenceCode => ({
      system: r.kildesystem,
      code: r.fravaersaarsag_kode,
      text: r.tekst,
      type: r.fravaerstype,
    }));
    reportDuplicates(
      rows,
      (r) => `${r.kildesystem.toLowerCase()}|${r.fravaersaarsag_kode}`,
      'fravaersaarsag_kode',
      report,
    );
    return (draft) => {
      const counts = zeroCounts();
      upsertAll(draft.absenceCodes, codes, codeKey, counts);
      return counts;
    };
  },
};

const jobRow = z
  .object({ stillingskode: text(), overenskomst: text(), personalegruppe: requiredText() })
  .superRefine((r, ctx) => {
    if (!r.stillingskode && !r.overenskomst)
      ctx.addIssue({ code: 'custom', path: ['stillingskode'], message: 'required' });
  });
type JobRow = z.output<typeof jobRow>;

export const stillingskoderSpec: KindSpec<JobRow> = {
  columns: [
    { key: 'stillingskode', aliases: ['Stillingskode', 'JobPositionIdentifier'] },
    { key: 'overenskomst', aliases: ['Overenskomst', 'SalaryAgreementIdentifier'] },
    { key: 'personalegruppe', required: true },
  ],
  schema: jobRow,
  checkHeader: (columns, report) => requireOneOf(columns, report, 'stillingskode', 'overenskomst'),
  plan(rows, _data, report) {
    const codeOf = (r: JobRow): string => r.stillingskode || r.overenskomst;
    reportDuplicates(rows, codeOf, 'stillingskode', report);
    const jobCodes = rows.map(({ value: r }): JobCode => ({
      code: codeOf(r),
      occupationalGroup: r.personalegruppe,
    }));
    return (draft) => {
      const counts = zeroCounts();
      upsertAll(draft.jobCodes, jobCodes, (j) => j.code, counts);
      return counts;
    };
  },
};
