/**
 * Follow-up steps in PostgreSQL. A card action locks the step's row (FOR UPDATE) and compares the
 * version inside the transaction, so a stale card or a repeated invoke changes nothing, in any
 * instance. Plans are written under an advisory lock on their period.
 */
import { ACTIVE_STATES, type FollowUpStep } from '../../domain/follow-up/step-types.js';
import type { FiredTriggerRecord } from '../follow-up-schema.js';
import type { FollowUpRepository } from '../follow-up-repository.js';
import { dataInPages, dataOf, firstData, json, lockKeys, type DataRow, type Db } from './db.js';
import { insertSteps, replacePlan, replaceStep, replaceSteps } from './follow-up-steps.js';
import { pgFollowUpRecords } from './follow-up-records.js';

const byDue = (a: FollowUpStep, b: FollowUpStep): number =>
  a.dueDate.localeCompare(b.dueDate) || a.day - b.day || a.key.localeCompare(b.key);

const DELIVERED_FIELD = { new: 'notifiedOn', escalation: 'escalatedToHrOn' } as const;

export function pgFollowUpRepository(db: Db): FollowUpRepository {
  const recordDeliveries: FollowUpRepository['recordDeliveries'] = async (deliveries) => {
    if (deliveries.length === 0) return;
    const rows = deliveries.map((d) => ({
      id: d.stepId,
      field: d.kind === 'new' || d.kind === 'escalation' ? DELIVERED_FIELD[d.kind] : 'remindedOn',
      date: d.date,
    }));
    // Folded in order, so the last delivery of a step and field wins as in one pass over a list;
    // then one statement for every step.
    const patches = new Map<string, Record<string, string>>();
    for (const r of rows) patches.set(r.id, { ...patches.get(r.id), [r.field]: r.date });
    await db.tx((q) =>
      q.query(
        `UPDATE follow_up_steps s SET data = s.data || p.patch
         FROM jsonb_to_recordset($1::jsonb) AS p(id text, patch jsonb) WHERE s.id = p.id`,
        [json([...patches].map(([id, patch]) => ({ id, patch })))],
      ),
    );
  };
  return {
    stepsById: async (ids) => {
      if (ids.length === 0) return new Map();
      const { rows } = await db.query<DataRow<FollowUpStep>>(
        'SELECT data FROM follow_up_steps WHERE id = ANY($1::text[])',
        [[...new Set(ids)]],
      );
      return new Map(dataOf(rows).map((s) => [s.id, s]));
    },
    step: async (id) =>
      firstData(
        (
          await db.query<DataRow<FollowUpStep>>('SELECT data FROM follow_up_steps WHERE id = $1', [
            id,
          ])
        ).rows,
      ),
    planFor: async (periodId) =>
      dataOf(
        (
          await db.query<DataRow<FollowUpStep>>(
            'SELECT data FROM follow_up_steps WHERE period_id = $1 ORDER BY seq',
            [periodId],
          )
        ).rows,
      ).sort(byDue),
    plannedPeriods: async (periodIds) => {
      const { rows } = await db.query<{ period_id: string }>(
        'SELECT DISTINCT period_id FROM follow_up_steps WHERE period_id = ANY($1::text[])',
        [[...periodIds]],
      );
      return new Set(rows.map((r) => r.period_id));
    },
    savePlan: (periodId, plan) =>
      db.tx(async (q) => {
        await lockKeys(q, [`period:${periodId}`]);
        await replacePlan(q, periodId, plan);
      }),
    addPlans: (plans) => {
      if (plans.length === 0) return Promise.resolve([]);
      return db.tx(async (q) => {
        await lockKeys(
          q,
          plans.map((p) => `period:${p.periodId}`),
        );
        const { rows } = await q.query<{ period_id: string }>(
          'SELECT DISTINCT period_id FROM follow_up_steps WHERE period_id = ANY($1::text[])',
          [plans.map((p) => p.periodId)],
        );
        const planned = new Set(rows.map((r) => r.period_id));
        const added: string[] = [];
        const steps: FollowUpStep[] = [];
        for (const plan of plans) {
          const own = plan.steps.filter((s) => s.periodId === plan.periodId);
          if (planned.has(plan.periodId) || own.length === 0) continue;
          steps.push(...own);
          planned.add(plan.periodId);
          added.push(plan.periodId);
        }
        await insertSteps(q, steps);
        return added;
      });
    },
    applyStepChange: (stepId, expectedVersion, change) =>
      db.tx(async (q) => {
        const { rows } = await q.query<DataRow<FollowUpStep>>(
          'SELECT data FROM follow_up_steps WHERE id = $1 FOR UPDATE',
          [stepId],
        );
        const current = firstData(rows);
        if (!current) return { status: 'missing' as const };
        if (current.version !== expectedVersion) return { status: 'stale' as const, step: current };
        const result = change(structuredClone(current));
        if (!result.ok) {
          const detail = result.detail ?? {};
          return { status: 'refused' as const, reason: result.reason, detail, step: current };
        }
        if (result.value.id !== stepId) throw new Error('a step change may not change the step id');
        await replaceStep(q, result.value);
        return { status: 'applied' as const, step: structuredClone(result.value) };
      }),
    closedStepsSince: async (from) =>
      dataOf(
        (
          await db.query<DataRow<FollowUpStep>>(
            "SELECT data FROM follow_up_steps WHERE data->>'closedOn' >= $1 ORDER BY seq",
            [from],
          )
        ).rows,
      ),
    // In pages: at 45,000 employees every active step arrived in one burst (~60 ms in one turn).
    activeSteps: () =>
      dataInPages<FollowUpStep>(
        db,
        "SELECT data FROM follow_up_steps WHERE state IN ('open', 'postponed') ORDER BY seq",
      ),
    recordDelivery: (stepId, { kind, date }) => recordDeliveries([{ stepId, kind, date }]),
    recordDeliveries,
    saveTargetStatus: (changed) => {
      if (changed.length === 0) return Promise.resolve(0);
      return db.tx(async (q) => {
        // The rows locked and read at once, decided in order, written back in one statement.
        const { rows } = await q.query<DataRow<FollowUpStep>>(
          'SELECT data FROM follow_up_steps WHERE id = ANY($1::text[]) ORDER BY id FOR UPDATE',
          [changed.map((c) => c.id)],
        );
        const current = new Map(dataOf(rows).map((s) => [s.id, s]));
        const written = new Map<string, FollowUpStep>();
        let saved = 0;
        for (const step of changed) {
          const s = current.get(step.id);
          if (!s || s.version !== step.version || !ACTIVE_STATES.has(s.state)) continue;
          const next = { ...s, mandatory: step.mandatory, schedule: step.schedule };
          current.set(s.id, next);
          written.set(s.id, next);
          saved++;
        }
        await replaceSteps(q, [...written.values()]);
        return saved;
      });
    },
    // In pages: after an import's scan, thousands of fired triggers wait to be shown.
    unshownTriggers: (since) =>
      dataInPages<FiredTriggerRecord>(
        db,
        `SELECT data FROM fired_triggers WHERE data->>'on' >= $1 AND data->>'shownOn' IS NULL
         ORDER BY data->>'on', id`,
        [since],
      ),
    markTriggersShown: async (ids, date) => {
      await db.query(
        `UPDATE fired_triggers SET data = jsonb_set(data, '{shownOn}', $2::jsonb)
         WHERE id = ANY($1::text[]) AND data->>'shownOn' IS NULL`,
        [[...ids], json(date)],
      );
    },
    ...pgFollowUpRecords(db),
  };
}
