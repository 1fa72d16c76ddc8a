/** Row helpers for follow-up steps, shared by the repositories that write them. */
import type { FollowUpStep } from '../../domain/follow-up/step-types.js';
import { dataOf, json, type DataRow, type Queryable } from './db.js';

/** Inserts steps (one statement); an id already stored is left as it is. Returns how many went in. */
/**
 * Steps per statement: the first tick after a large import plans thousands of periods, and one
 * statement's JSON for all their steps took ~300 ms to build in one go (the event loop blocked).
 */
const INSERT_CHUNK = 1_000;

export async function insertSteps(q: Queryable, steps: readonly FollowUpStep[]): Promise<number> {
  let inserted = 0;
  for (let from = 0; from < steps.length; from += INSERT_CHUNK) {
    const result = await q.query(
      `INSERT INTO follow_up_steps (id, period_id, state, data)
       SELECT s->>'id', s->>'periodId', s->>'state', s
       FROM jsonb_array_elements($1::jsonb) WITH ORDINALITY AS t(s, n) ORDER BY n
       ON CONFLICT (id) DO NOTHING`,
      [json(steps.slice(from, from + INSERT_CHUNK))],
    );
    inserted += result.rowCount ?? 0;
  }
  return inserted;
}

export async function replaceStep(q: Queryable, step: FollowUpStep): Promise<void> {
  await q.query('UPDATE follow_up_steps SET state = $2, data = $3::jsonb WHERE id = $1', [
    step.id,
    step.state,
    json(step),
  ]);
}

/** Replaces many steps' rows in one statement. */
export async function replaceSteps(q: Queryable, steps: readonly FollowUpStep[]): Promise<void> {
  if (steps.length === 0) return;
  await q.query(
    `UPDATE follow_up_steps f SET state = s->>'state', data = s
     FROM jsonb_array_elements($1::jsonb) AS t(s) WHERE f.id = s->>'id'`,
    [json(steps)],
  );
}

export async function stepsOfPeriod(
  q: Queryable,
  periodId: string,
  lock = false,
): Promise<FollowUpStep[]> {
  const { rows } = await q.query<DataRow<FollowUpStep>>(
    `SELECT data FROM follow_up_steps WHERE period_id = $1 ORDER BY seq${lock ? ' FOR UPDATE' : ''}`,
    [periodId],
  );
  return dataOf(rows);
}

/** Replaces the steps of a period with `steps` (those of another period are ignored). */
export async function replacePlan(
  q: Queryable,
  periodId: string,
  steps: readonly FollowUpStep[],
): Promise<void> {
  await q.query('DELETE FROM follow_up_steps WHERE period_id = $1', [periodId]);
  await insertSteps(
    q,
    steps.filter((s) => s.periodId === periodId),
  );
}
