/**
 * fravaer.csv, period rows (samples/import/README.md). Key: fravaer_id, else ansaettelse_id +
 * startdato. A later file with an end date updates the open period instead of adding another.
 * A period registered in chat for the same person and start date is taken over (its id is kept,
 * so its follow-up stays attached).
 */
import { z } from 'zod';
import type { StoreData } from '../schema.js';
import { AbsenceCodeMapper, seedCodesIfEmpty } from './absence-codes.js';
import { baseEmploymentId } from './employment-ids.js';
import { optionalDate, optionalDecimal, requiredDate, requiredText, text } from './fields.js';
import { reportDuplicates, requireOneOf, zeroCounts, type Counts, type KindSpec } from './kind.js';
import { sameData } from './merge.js';

type SickPeriod = StoreData['sickPeriods'][number];
type Incoming = Omit<SickPeriod, 'id' | 'createdAt' | 'updatedAt' | 'registeredBy'>;

export const ABSENCE_CODE_COLUMNS = [
  {
    key: 'fravaersaarsag_kode',
    aliases: ['Lønart', 'LønartsID', 'FRVAARSAG', 'fravaersaarsag', 'aarsagskode'],
  },
  { key: 'fravaerstype', aliases: ['Fraværstype'] },
  { key: 'kildesystem' },
] as const;

const row = z
  .object({
    fravaer_id: text(),
    ansaettelse_id: requiredText(),
    fravaersaarsag_kode: text(),
    fravaerstype: text(),
    kildesystem: text(),
    startdato: requiredDate(),
    slutdato: optionalDate(true),
    delvis_procent: optionalDecimal({ min: 1, max: 99 }),
    fravaerstimer: optionalDecimal({ min: 0 }),
    sidst_aendret: text(),
  })
  .superRefine((r, ctx) => {
    if (r.slutdato && r.slutdato < r.startdato) {
      ctx.addIssue({
        code: 'custom',
        path: ['slutdato'],
        message: 'end_before_start',
        params: { start: r.startdato, end: r.slutdato },
      });
    }
    if (!r.fravaersaarsag_kode && !r.fravaerstype)
      ctx.addIssue({ code: 'custom', path: ['fravaersaarsag_kode'], message: 'required' });
  });
type Row = z.output<typeof row>;

export const fravaerSpec: KindSpec<Row> = {
  columns: [
    { key: 'fravaer_id', aliases: ['fravaersid', 'FravaerID'] },
    {
      key: 'ansaettelse_id',
      required: true,
      aliases: ['AnsættelsesID', 'Ansættelsesnummer', 'Tjenestenummer', 'EmploymentIdentifier'],
    },
    ...ABSENCE_CODE_COLUMNS,
    { key: 'startdato', required: true, aliases: ['Fra dato', 'Fradato', 'Startdato', 'fra'] },
    { key: 'slutdato', aliases: ['Til dato', 'Tildato', 'Slutdato', 'til'] },
    { key: 'delvis_procent', aliases: ['Delvis procent', 'Procent'] },
    { key: 'fravaerstimer', aliases: ['Timer', 'FRVTIM'] },
    { key: 'sidst_aendret', aliases: ['lastChanged'] },
  ],
  schema: row,
  checkHeader: (columns, report) =>
    requireOneOf(columns, report, 'fravaersaarsag_kode', 'fravaerstype'),
  plan(rows, data, report) {
    const personOf = new Map<string, string>();
    for (const e of data.employments)
      if (!personOf.has(baseEmploymentId(e.id))) personOf.set(baseEmploymentId(e.id), e.personKey);
    const keyOf = (r: Row): string => r.fravaer_id || `${r.ansaettelse_id}@${r.startdato}`;
    reportDuplicates(
      rows,
      keyOf,
      rows.some((r) => r.value.fravaer_id) ? 'fravaer_id' : 'startdato',
      report,
    );
    const codes = new AbsenceCodeMapper(data.absenceCodes);
    const incoming: Incoming[] = [];
    for (const { line, value: r } of rows) {
      const personKey = personOf.get(r.ansaettelse_id);
      if (!personKey)
        report.add(line, 'ansaettelse_id', 'unknown_employment', { value: r.ansaettelse_id });
      const type = codes.typeOf(r.fravaersaarsag_kode, r.fravaerstype, r.kildesystem);
      incoming.push({
        personKey: personKey ?? '',
        type,
        start: r.startdato,
        end: r.slutdato,
        partialPercent: r.delvis_procent,
        source: 'import',
        sourceId: keyOf(r),
      });
    }
    return (draft, now) => {
      seedCodesIfEmpty(draft);
      return mergePeriods(draft.sickPeriods, incoming, now);
    };
  },
};

function mergePeriods(list: SickPeriod[], incoming: readonly Incoming[], now: string): Counts {
  const counts = zeroCounts();
  const bySource = new Map<string, number>();
  const byChat = new Map<string, number>();
  list.forEach((p, i) => {
    if (p.source === 'import' && p.sourceId) bySource.set(p.sourceId, i);
    else if (p.source === 'chat') byChat.set(`${p.personKey}|${p.start}`, i);
  });
  for (const item of incoming) {
    const chatKey = `${item.personKey}|${item.start}`;
    const at = bySource.get(item.sourceId ?? '') ?? byChat.get(chatKey);
    byChat.delete(chatKey);
    const old = at === undefined ? undefined : list[at];
    const next: SickPeriod = {
      id: old?.id ?? `imp:${item.sourceId ?? ''}`,
      ...item,
      registeredBy: old?.registeredBy ?? null,
      createdAt: old?.createdAt ?? now,
      updatedAt: old?.updatedAt ?? now,
    };
    if (at === undefined || !old) {
      bySource.set(item.sourceId ?? '', list.push(next) - 1);
      counts.created++;
    } else if (sameData(old, next)) {
      counts.unchanged++;
    } else {
      list[at] = { ...next, updatedAt: now };
      counts.updated++;
    }
  }
  return counts;
}
