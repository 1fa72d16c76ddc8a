/**
 * Sick periods in PostgreSQL. Registering takes an advisory lock on the person, so the checks
 * "not already sick" and "no overlap" and the insert of the period with its plan are one step for
 * every instance; registering fit locks the person too and closes the steps in the same transaction.
 */
import { closeOnFit } from '../../domain/follow-up/fit.js';
import { followsUp } from '../../domain/follow-up/registration.js';
import type { FollowUpStep } from '../../domain/follow-up/step-types.js';
import type { AbsenceDay, Employment, SickPeriod } from '../../domain/model.js';
import type { AbsenceRepository } from '../absence-repository.js';
import {
  dataInPages,
  dataOf,
  firstData,
  json,
  lockKeys,
  type DataRow,
  type Db,
  type Queryable,
} from './db.js';
import { insertSteps, replaceStep } from './follow-up-steps.js';

const FAR_FUTURE = '9999-12-31';

const overlaps = (a: SickPeriod, b: SickPeriod): boolean =>
  a.start <= (b.end ?? FAR_FUTURE) && b.start <= (a.end ?? FAR_FUTURE);

export async function insertPeriod(q: Queryable, period: SickPeriod): Promise<void> {
  await q.query(
    'INSERT INTO sick_periods (id, person_key, updated_at, data) VALUES ($1, $2, $3, $4::jsonb)',
    [period.id, period.personKey, period.updatedAt, json(period)],
  );
}

async function periodsOf(q: Queryable, personKeys: readonly string[]): Promise<SickPeriod[]> {
  const { rows } = await q.query<DataRow<SickPeriod>>(
    `SELECT data FROM sick_periods WHERE person_key = ANY($1::text[])
     ORDER BY data->>'start', seq`,
    [personKeys],
  );
  return dataOf(rows);
}

async function periodById(q: Queryable, id: string): Promise<SickPeriod | null> {
  const { rows } = await q.query<DataRow<SickPeriod>>(
    'SELECT data FROM sick_periods WHERE id = $1',
    [id],
  );
  return firstData(rows);
}

export function pgAbsenceRepository(db: Db, now: () => string): AbsenceRepository {
  return {
    recordSickPeriod: (period, plan) =>
      db.tx(async (q) => {
        await lockKeys(q, [`person:${period.personKey}`]);
        const own = (await periodsOf(q, [period.personKey])).filter((p) => followsUp(p.type));
        const open = own.find((p) => p.end === null);
        if (open && period.end === null) return { outcome: 'already-sick' as const, period: open };
        const clash = own.find((p) => overlaps(p, period));
        if (clash) return { outcome: 'overlaps' as const, period: clash };
        await insertPeriod(q, period);
        await insertSteps(
          q,
          plan.filter((s) => s.periodId === period.id),
        );
        return { outcome: 'recorded' as const, period: structuredClone(period) };
      }),
    registerFit: (periodId, lastSickDay, today) =>
      db.tx(async (q) => {
        const found = await periodById(q, periodId);
        if (!found) return { outcome: 'not-found' as const };
        await lockKeys(q, [`person:${found.personKey}`, `period:${periodId}`]);
        const period = (await periodById(q, periodId)) ?? found;
        if (period.end !== null) return { outcome: 'not-open' as const, period };
        if (lastSickDay < period.start) return { outcome: 'end-before-start' as const, period };
        period.end = lastSickDay;
        period.updatedAt = now();
        await q.query('UPDATE sick_periods SET updated_at = $2, data = $3::jsonb WHERE id = $1', [
          periodId,
          period.updatedAt,
          json(period),
        ]);
        const { rows } = await q.query<DataRow<FollowUpStep>>(
          'SELECT data FROM follow_up_steps WHERE period_id = $1 ORDER BY seq FOR UPDATE',
          [periodId],
        );
        const steps: FollowUpStep[] = [];
        for (const s of dataOf(rows)) {
          const [closed] = closeOnFit([s], lastSickDay, today);
          if (closed) await replaceStep(q, closed);
          steps.push(closed ?? s);
        }
        return { outcome: 'closed' as const, period, steps };
      }),
    openPeriodOf: async (personKey) =>
      (await periodsOf(db, [personKey])).find((p) => p.end === null && followsUp(p.type)) ?? null,
    periodsOfPerson: (personKey) => periodsOf(db, [personKey]),
    periodsOfPersons: async (personKeys) => {
      const keys = [...personKeys];
      const result = new Map<string, SickPeriod[]>(keys.map((k) => [k, []]));
      for (const p of await periodsOf(db, keys)) result.get(p.personKey)?.push(p);
      return result;
    },
    period: (id) => periodById(db, id),
    absenceInputsOf: async (personKeys) => {
      const keys = [...personKeys];
      if (keys.length === 0) return { sickPeriods: [], employments: [], absenceDays: [] };
      const sickPeriods = await dataInPages<SickPeriod>(
        db,
        'SELECT data FROM sick_periods WHERE person_key = ANY($1::text[]) ORDER BY seq',
        [keys],
      );
      const employments = await dataInPages<Employment>(
        db,
        "SELECT data FROM employments WHERE data->>'personKey' = ANY($1::text[]) ORDER BY seq",
        [keys],
      );
      const absenceDays = await dataInPages<AbsenceDay>(
        db,
        "SELECT data FROM absence_days WHERE data->>'employmentId' = ANY($1::text[]) ORDER BY seq",
        [employments.map((e) => e.id)],
      );
      return { sickPeriods, employments, absenceDays };
    },
    changedSince: (instant, endedFrom) =>
      dataInPages<SickPeriod>(
        db,
        `SELECT data FROM sick_periods WHERE ($1::text IS NULL OR updated_at > $1)
           AND ($2::text IS NULL OR data->>'end' IS NULL OR data->>'end' >= $2)
         ORDER BY seq`,
        [instant, endedFrom ?? null],
      ),
  };
}
