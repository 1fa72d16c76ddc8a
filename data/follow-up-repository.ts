/**
 * Follow-up steps and their bookkeeping in domain verbs. A card action changes a step through
 * `applyStepChange`, which runs inside the write queue against the step as stored: a version the
 * card saw that is no longer current (a stale card, or Teams delivering the invoke again) is a
 * no-op reported as 'stale', so every action changes state at most once.
 */
import type { FiredTrigger, TriggerHit } from '../domain/follow-up/frequency.js';
import type { StepActionFailure } from '../domain/follow-up/step-actions.js';
import { ACTIVE_STATES, type DueKind, type FollowUpStep } from '../domain/follow-up/step-types.js';
import type { IsoDate } from '../domain/model.js';
import type { Result } from '../domain/result.js';
import type { DigestRecord, FiredTriggerRecord, HrRequestRecord } from './follow-up-schema.js';
import { derived, groupBy } from './derived.js';
import { lowdbFollowUpRecords } from './follow-up-records.js';
import type { Store } from './store.js';

export type StepChange = (step: FollowUpStep) => Result<FollowUpStep, StepActionFailure>;

export type StepChangeOutcome =
  | { status: 'applied'; step: FollowUpStep }
  /** The step's version is not the one expected: nothing changed; `step` is the current one. */
  | { status: 'stale'; step: FollowUpStep }
  | {
      status: 'refused';
      reason: StepActionFailure;
      detail: Record<string, string | number>;
      step: FollowUpStep;
    }
  | { status: 'missing' };

export type HrReplyOutcome =
  { status: 'recorded' | 'already-answered'; request: HrRequestRecord } | { status: 'missing' };

export interface FollowUpRepository {
  step(stepId: string): Promise<FollowUpStep | null>;
  /** Those of these steps that exist, by id (one read: a day message's items). */
  stepsById(stepIds: readonly string[]): Promise<Map<string, FollowUpStep>>;
  /** The steps of one sick period, by due date. */
  planFor(periodId: string): Promise<FollowUpStep[]>;
  /** Which of these periods have steps (one read, for the scheduler's scan of many periods). */
  plannedPeriods(periodIds: readonly string[]): Promise<Set<string>>;
  /** Replaces the steps of a period (a plan made or re-made, e.g. for an imported period). */
  savePlan(periodId: string, steps: readonly FollowUpStep[]): Promise<void>;
  /**
   * Stores plans for periods that have none, in one write (the scheduler's scan); a period that
   * got its plan meanwhile (a leader registering in chat) keeps it. Returns the periods planned.
   */
  addPlans(
    plans: ReadonlyArray<{ periodId: string; steps: readonly FollowUpStep[] }>,
  ): Promise<string[]>;
  applyStepChange(
    stepId: string,
    expectedVersion: number,
    change: StepChange,
  ): Promise<StepChangeOutcome>;
  /** Steps still wanting action (open or postponed): what the scheduler selects due items from. */
  activeSteps(): Promise<FollowUpStep[]>;
  /** Steps closed (done, skipped, not needed) on or after a day: on-time shares. */
  closedStepsSince(from: IsoDate): Promise<FollowUpStep[]>;
  /** Delivery bookkeeping (notifiedOn/remindedOn/escalatedToHrOn); the version does not change. */
  recordDelivery(stepId: string, delivered: { kind: DueKind; date: IsoDate }): Promise<void>;
  /** The same for many steps in one write. */
  recordDeliveries(
    deliveries: ReadonlyArray<{ stepId: string; kind: DueKind; date: IsoDate }>,
  ): Promise<void>;
  /**
   * Stores `mandatory` and `schedule` of steps re-decided under their unit's target status, in
   * one write; the version does not change. A step changed meanwhile (another version, or no
   * longer active) is left alone. Returns how many were stored.
   */
  saveTargetStatus(steps: readonly FollowUpStep[]): Promise<number>;

  firedTriggers(personKey: string): Promise<FiredTriggerRecord[]>;
  firedTrigger(id: string): Promise<FiredTriggerRecord | null>;
  /**
   * Runs `select` on the person's fired triggers inside the write queue and records what it
   * returns as fired: two callers at once cannot fire the same trigger twice.
   */
  fireTriggers(
    personKey: string,
    select: (fired: readonly FiredTrigger[]) => TriggerHit[],
  ): Promise<TriggerHit[]>;
  /** `fireTriggers` for many people in one write; returns the new hits by person. */
  fireTriggersMany(
    entries: ReadonlyArray<{
      personKey: string;
      select: (fired: readonly FiredTrigger[]) => TriggerHit[];
    }>,
  ): Promise<Map<string, TriggerHit[]>>;
  /**
   * Runs `select` on the person's fired triggers nobody has acted on yet, inside the same write
   * queue or lock as fireTriggers, and removes those whose ids it returns; returns the removed.
   */
  withdrawTriggers(
    personKey: string,
    select: (unhandled: readonly FiredTriggerRecord[]) => readonly string[],
  ): Promise<FiredTriggerRecord[]>;
  /** Fired on or after `since` and not shown to the leader yet (oldest first). */
  unshownTriggers(since: IsoDate): Promise<FiredTriggerRecord[]>;
  /** Records that the leader was shown these flags on `date` (a flag already shown keeps its day). */
  markTriggersShown(ids: readonly string[], date: IsoDate): Promise<void>;
  /** Sets `handled` once; returns the record and whether this call set it. */
  markTriggerHandled(
    id: string,
    handled: 'guide' | 'hr',
  ): Promise<{ record: FiredTriggerRecord; changed: boolean } | null>;

  hrRequest(id: string): Promise<HrRequestRecord | null>;
  /** Adds the request unless one with its id exists; returns the stored one. */
  recordHrRequest(
    request: HrRequestRecord,
  ): Promise<{ request: HrRequestRecord; created: boolean }>;
  recordHrReply(id: string, reply: NonNullable<HrRequestRecord['reply']>): Promise<HrReplyOutcome>;

  /** What a digest card showed (upserted by id). */
  saveDigest(record: DigestRecord): Promise<void>;
  /** The same for many digests in one write (the day's messages). */
  saveDigests(records: readonly DigestRecord[]): Promise<void>;
  digest(id: string): Promise<DigestRecord | null>;
  /** Those of these digests that exist, by id (one read). */
  digests(ids: readonly string[]): Promise<Map<string, DigestRecord>>;
}

const byDue = (a: FollowUpStep, b: FollowUpStep): number =>
  a.dueDate.localeCompare(b.dueDate) || a.day - b.day || a.key.localeCompare(b.key);

function applyChange(
  steps: FollowUpStep[],
  stepId: string,
  expectedVersion: number,
  change: StepChange,
): StepChangeOutcome {
  const i = steps.findIndex((s) => s.id === stepId);
  const current = steps[i];
  if (!current) return { status: 'missing' };
  if (current.version !== expectedVersion)
    return { status: 'stale', step: structuredClone(current) };
  const result = change(structuredClone(current));
  if (!result.ok) {
    const detail = result.detail ?? {};
    return { status: 'refused', reason: result.reason, detail, step: structuredClone(current) };
  }
  if (result.value.id !== stepId) throw new Error('a step change may not change the step id');
  steps[i] = structuredClone(result.value);
  return { status: 'applied', step: structuredClone(result.value) };
}

function delivered(step: FollowUpStep, kind: DueKind, date: IsoDate): void {
  if (kind === 'new') step.notifiedOn = date;
  else if (kind === 'escalation') step.escalatedToHrOn = date;
  else step.remindedOn = date;
}

export function lowdbFollowUpRepository(store: Store): FollowUpRepository {
  const steps = () => store.read().followUps;
  const byId = derived(store, (d) => new Map(d.followUps.map((s) => [s.id, s])));
  const byPeriod = derived(store, (d) => groupBy(d.followUps, (s) => s.periodId));
  const recordDeliveries = async (
    deliveries: ReadonlyArray<{ stepId: string; kind: DueKind; date: IsoDate }>,
  ) => {
    if (deliveries.length === 0) return;
    await store.update((d) => {
      const index = new Map(d.followUps.map((s) => [s.id, s]));
      for (const { stepId, kind, date } of deliveries) {
        const s = index.get(stepId);
        if (s) delivered(s, kind, date);
      }
    });
  };
  return {
    step: (id) => Promise.resolve(structuredClone(byId().get(id) ?? null)),
    stepsById: (ids) => {
      const all = byId();
      const found = ids.flatMap((id) => all.get(id) ?? []);
      return Promise.resolve(new Map(found.map((s) => [s.id, structuredClone(s)])));
    },
    planFor: (periodId) =>
      Promise.resolve(structuredClone([...(byPeriod().get(periodId) ?? [])].sort(byDue))),
    plannedPeriods: (periodIds) => {
      const planned = byPeriod();
      return Promise.resolve(new Set(periodIds.filter((id) => planned.has(id))));
    },
    savePlan: async (periodId, plan) => {
      const fresh = structuredClone(plan.filter((s) => s.periodId === periodId));
      await store.update((d) => {
        d.followUps = [...d.followUps.filter((s) => s.periodId !== periodId), ...fresh];
      });
    },
    addPlans: (plans) => {
      const fresh = plans.map((p) => ({
        periodId: p.periodId,
        steps: structuredClone(p.steps.filter((s) => s.periodId === p.periodId)),
      }));
      if (fresh.length === 0) return Promise.resolve([]);
      return store.update((d) => {
        const planned = new Set(d.followUps.map((s) => s.periodId));
        const added: string[] = [];
        for (const plan of fresh) {
          if (planned.has(plan.periodId) || plan.steps.length === 0) continue;
          d.followUps.push(...plan.steps);
          planned.add(plan.periodId);
          added.push(plan.periodId);
        }
        return added;
      });
    },
    applyStepChange: (stepId, expectedVersion, change) =>
      store.update((d) => applyChange(d.followUps, stepId, expectedVersion, change)),
    activeSteps: () =>
      Promise.resolve(
        structuredClone(steps().filter((s) => s.state === 'open' || s.state === 'postponed')),
      ),
    closedStepsSince: (from) =>
      Promise.resolve(
        structuredClone(steps().filter((s) => s.closedOn !== null && s.closedOn >= from)),
      ),
    recordDelivery: (stepId, { kind, date }) => recordDeliveries([{ stepId, kind, date }]),
    recordDeliveries,
    saveTargetStatus: (changed) => {
      if (changed.length === 0) return Promise.resolve(0);
      const fresh = structuredClone(changed);
      return store.update((d) => {
        const index = new Map(d.followUps.map((s) => [s.id, s]));
        let saved = 0;
        for (const step of fresh) {
          const s = index.get(step.id);
          if (!s || s.version !== step.version || !ACTIVE_STATES.has(s.state)) continue;
          s.mandatory = step.mandatory;
          s.schedule = step.schedule;
          saved++;
        }
        return saved;
      });
    },
    unshownTriggers: (since) =>
      Promise.resolve(
        structuredClone(
          (store.read().firedTriggers ?? [])
            .filter((f) => f.on >= since && !f.shownOn)
            .sort((a, b) => a.on.localeCompare(b.on) || a.id.localeCompare(b.id)),
        ),
      ),
    markTriggersShown: async (ids, date) => {
      const wanted = new Set(ids);
      const pending = (store.read().firedTriggers ?? []).some(
        (f) => wanted.has(f.id) && !f.shownOn,
      );
      if (!pending) return;
      await store.update((d) => {
        for (const f of d.firedTriggers ?? []) if (wanted.has(f.id) && !f.shownOn) f.shownOn = date;
      });
    },
    ...lowdbFollowUpRecords(store),
  };
}
