/**
 * trivsel.csv — well-being and APV scores per unit (enhed_id, dato, maaling, score), for the MED
 * committee's pack in channels. Upsert by unit + date + measure. A score is the survey's own
 * aggregate for the unit; no person is named in the file.
 */
import { z } from 'zod';
import type { StoreData } from '../schema.js';
import { requiredDate, requiredDecimal, requiredText } from './fields.js';
import { reportDuplicates, zeroCounts, type KindSpec } from './kind.js';
import { upsertAll } from './merge.js';

type WellbeingScore = NonNullable<StoreData['wellbeingScores']>[number];

const row = z.object({
  enhed_id: requiredText(),
  dato: requiredDate(),
  maaling: requiredText(),
  score: requiredDecimal({ min: 0, max: 100 }),
});
type Row = z.output<typeof row>;

const toScore = (r: Row): WellbeingScore => ({
  unitId: r.enhed_id,
  date: r.dato,
  measure: r.maaling,
  score: r.score,
});
const scoreKey = (s: WellbeingScore): string => `${s.unitId}|${s.date}|${s.measure}`;

export const trivselSpec: KindSpec<Row> = {
  columns: [
    { key: 'enhed_id', required: true, aliases: ['enhed', 'unit', 'Afdeling'] },
    { key: 'dato', required: true, aliases: ['date'] },
    { key: 'maaling', required: true, aliases: ['måling', 'measure'] },
    { key: 'score', required: true },
  ],
  schema: row,
  plan(rows, data, report) {
    const units = new Set(data.units.map((u) => u.id));
    for (const r of rows)
      if (!units.has(r.value.enhed_id))
        report.add(r.line, 'enhed_id', 'unknown_unit', { value: r.value.enhed_id });
    reportDuplicates(rows, (r) => scoreKey(toScore(r)), 'maaling', report);
    const scores = rows.map((r) => toScore(r.value));
    return (draft) => {
      const counts = zeroCounts();
      upsertAll((draft.wellbeingScores ??= []), scores, scoreKey, counts);
      return counts;
    };
  },
};
