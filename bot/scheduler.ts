/**
 * Ticks the injected clock into the follow-up domain and hands what is due to the outbox.
 * - Plans each working day once, at the due hour, into one digest per recipient (late additions
 *   the same day get a further digest; more items than one card holds are split over several);
 *   the last planned day is stored, so after downtime every missed day is planned on start and
 *   delivered at once, marked late with its original date.
 * - Sick periods changed since the last scan (chat or import) get their plan and trigger check.
 * - Before a day is planned, Høje-Taastrup's conditional steps are re-decided under their unit's
 *   current target status (domain/follow-up/target-status.ts).
 * Exactly-once: digest and outbox ids are stable, and items already delivered are filtered out.
 */
import { addDays, isWorkingDay } from '../domain/calendar.js';
import { delivered, deliveryInstant, dueItems } from '../domain/follow-up/due.js';
import type { FollowUpStep } from '../domain/follow-up/step-types.js';
import { applyTargetStatuses, unitsFollowingTarget } from '../domain/follow-up/target-status.js';
import type { IsoDate } from '../domain/model.js';
import type { OutboxRepository } from '../data/outbox-repository.js';
import type { AppDeps } from './deps.js';
import { digestGroups, planDigest, type PlannedDigest } from './digest-groups.js';
import { leaderOf } from '../app/org.js';
import { newPlan } from '../app/follow-up-plan.js';
import { checkFrequencyTriggersMany, hitOf } from '../app/frequency-check.js';
import type { FollowUpOptions } from '../app/follow-up-seams.js';
import { enqueueCard } from './proactive/delivery.js';
import { frequencyTriggerCard } from '../cards/frequency-trigger-card.js';

export interface TickReport {
  plannedDays: IsoDate[];
  digests: number;
  scannedPeriods: number;
  triggerCards: number;
}

export class Scheduler {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly deps: AppDeps,
    private readonly outbox: OutboxRepository,
    private readonly followUp: FollowUpOptions,
  ) {}

  /** One tick; ticks never overlap. */
  tick(): Promise<TickReport> {
    const run = this.running.then(() => this.tickOnce());
    this.running = run.catch((err: unknown) =>
      this.deps.logger.error({ err }, 'scheduler tick failed'),
    );
    return run;
  }

  start(intervalMs = 60_000): void {
    void this.tick();
    this.timer = setInterval(() => void this.tick(), intervalMs);
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.running;
  }

  private async tickOnce(): Promise<TickReport> {
    const now = this.deps.clock();
    const today = now.toISODate() ?? '';
    const state = await this.deps.repos.scheduler.get();
    const lastPlanned = state.lastPlannedDate;
    const scan = await this.scanPeriods(state.lastScanAt, today);
    // Save the scan's progress at once, so a crash while planning does not redo it. A scan that
    // found nothing need not move the marker (the next scan from the older one finds the same).
    if (scan.periods > 0) {
      state.lastScanAt = scan.at;
      await this.deps.repos.scheduler.save(state);
    }
    const report: TickReport = {
      plannedDays: [],
      digests: 0,
      scannedPeriods: scan.periods,
      triggerCards: scan.cards,
    };
    const dueHour = (await this.deps.repos.org.snapshot()).settings.dueHour;
    let day = state.lastPlannedDate ? addDays(state.lastPlannedDate, 1) : today;
    if (state.lastPlannedDate === today && now.toUTC().toISO()! >= deliveryInstant(today, dueHour))
      day = today;
    for (; day <= today; day = addDays(day, 1)) {
      if (day === today && (now.toUTC().toISO() ?? '') < deliveryInstant(today, dueHour)) break;
      if (isWorkingDay(day)) {
        report.digests += await this.planDay(day, today, dueHour);
        report.plannedDays.push(day);
      }
      state.lastPlannedDate = day;
    }
    if (scan.periods > 0 || state.lastPlannedDate !== lastPlanned) {
      state.lastScanAt = scan.at;
      await this.deps.repos.scheduler.save(state);
    }
    return report;
  }

  /** Plans the due items of one working day into digests; returns how many digests were queued. */
  private async planDay(day: IsoDate, today: IsoDate, dueHour: number): Promise<number> {
    const steps = await this.underTargetStatus(
      await this.deps.repos.followUps.activeSteps(),
      day,
      today,
    );
    const byId = new Map(steps.map((s) => [s.id, s]));
    const items = dueItems(steps, day).filter((i) => !delivered(byId.get(i.stepId)!, i));
    const org = await this.deps.repos.org.snapshot();
    // Every digest of the day is decided first (reads only), then saved and queued together:
    // concurrent saves share the store's group commit and the outbox takes them in one call, so
    // a day costs a few writes however many cards a recipient gets.
    const planned: PlannedDigest[] = [];
    for (const [key, cards] of digestGroups(items, org)) {
      let n = 1;
      for (const group of cards) {
        const digest = await planDigest(this.deps.repos.followUps, key, group, day, today, n);
        planned.push(digest);
        n = digest.n + 1;
      }
    }
    const added = planned.length === 0 ? 0 : await this.queueDigests(planned, day, today, dueHour);
    await this.deps.repos.followUps.recordDeliveries(
      items.map((item) => ({ stepId: item.stepId, kind: item.kind, date: day })),
    );
    return added;
  }

  /** Saves the day's digests (one group commit) and queues them in the outbox in one call. */
  private async queueDigests(
    planned: readonly PlannedDigest[],
    day: IsoDate,
    today: IsoDate,
    dueHour: number,
  ): Promise<number> {
    await Promise.all(planned.map((d) => this.deps.repos.followUps.saveDigest(d.record)));
    const dueAt = deliveryInstant(day, dueHour);
    const queued = await this.outbox.enqueue(
      planned.map(({ record }) => ({
        id: record.id,
        recipient: record.recipient,
        kind: 'digest',
        payload: { digestId: record.id },
        dueAt,
        originalDueAt: dueAt,
        late: day < today,
      })),
    );
    return queued.added;
  }

  /**
   * Plans and trigger checks for periods created or changed since the last scan, in batches:
   * one write for all new plans and one for all trigger hits, so an import of thousands of
   * periods costs a few store writes, not thousands.
   */
  private async scanPeriods(
    since: string | null,
    today: IsoDate,
  ): Promise<{ at: string; periods: number; cards: number }> {
    const at = this.deps.clock().toUTC().toISO() ?? '';
    const { absence, followUps } = this.deps.repos;
    const changed = await absence.changedSince(since);
    const recent = changed.filter((p) => p.end === null || p.end >= addDays(today, -14));
    const org = await this.deps.repos.org.snapshot();
    const units = await this.unitsOf(today);
    const options = { ...this.followUp, aboveTarget: this.aboveTargetOnce() };
    const people = new Map<string, string>();
    const plans: Array<{ periodId: string; steps: FollowUpStep[] }> = [];
    for (const period of recent) {
      const unitId = units.get(period.personKey);
      if (!unitId) continue;
      people.set(period.personKey, unitId);
      if ((await followUps.planFor(period.id)).length > 0) continue;
      const steps = await newPlan(this.deps, period, unitId, today, options);
      if (steps.length > 0) plans.push({ periodId: period.id, steps });
    }
    await followUps.addPlans(plans);
    const fresh = await checkFrequencyTriggersMany(
      this.deps,
      [...people].map(([personKey, unitId]) => ({ personKey, unitId })),
      today,
    );
    const names = await this.namesOf(today);
    let cards = 0;
    await Promise.all(
      [...people].map(async ([personKey, unitId]) => {
        const leader = leaderOf(org, unitId);
        if (!leader) return;
        const own = fresh.get(personKey) ?? [];
        // Hits fired in the last week by a tick that died before it queued their cards are queued
        // again (this scan re-reads the same periods, as its marker was not saved either); the
        // outbox id makes that exactly-once, as sent items stay in the outbox.
        const earlier = (await followUps.firedTriggers(personKey))
          .filter((f) => f.on >= addDays(today, -7) && !own.some((h) => h.id === f.id))
          .map(hitOf);
        const name = names.get(personKey) ?? '';
        cards += own.length;
        // All at once: the enqueues of every person share the store's next write.
        await Promise.all(
          [...own, ...earlier].map((hit) =>
            enqueueCard(
              this.deps,
              this.outbox,
              `freq:${hit.id}`,
              leader.aadObjectId,
              (t) => frequencyTriggerCard({ employeeName: name, hit, handled: null }, t),
              { as: 'leader', unitIds: [unitId], subjects: [{ personKey, unitId }] },
            ),
          ),
        );
      }),
    );
    return { at, periods: recent.length, cards };
  }

  /**
   * Høje-Taastrup's conditional steps under their units' status today (asked once per unit), so
   * the day is planned with the early steps mandatory only while the unit is above target; the
   * steps that changed are stored (the plan card shows them as they are delivered).
   */
  private async underTargetStatus(
    steps: FollowUpStep[],
    day: IsoDate,
    today: IsoDate,
  ): Promise<FollowUpStep[]> {
    const ask = this.aboveTargetOnce();
    const units = unitsFollowingTarget(steps);
    if (!ask || units.length === 0) return steps;
    const status = new Map(
      await Promise.all(units.map(async (u) => [u, await ask(u, today)] as const)),
    );
    const decided = applyTargetStatuses(steps, status, day);
    await this.deps.repos.followUps.saveTargetStatus(decided.changed);
    return decided.steps;
  }

  /** The unit-above-target answer, asked once per unit within a scan. */
  private aboveTargetOnce(): FollowUpOptions['aboveTarget'] {
    const ask = this.followUp.aboveTarget;
    if (!ask) return undefined;
    const answers = new Map<string, Promise<boolean>>();
    return (unitId, today) => {
      const key = `${unitId}\u0000${today}`;
      const answer = answers.get(key) ?? ask(unitId, today);
      answers.set(key, answer);
      return answer;
    };
  }

  private async employmentsToday(today: IsoDate) {
    const { units } = await this.deps.repos.org.snapshot();
    return this.deps.repos.org.employmentsInUnits(new Set(units.map((u) => u.id)), today);
  }

  /** personKey → the unit of the person's employment valid today. */
  private async unitsOf(today: IsoDate): Promise<Map<string, string>> {
    return new Map((await this.employmentsToday(today)).map((e) => [e.personKey, e.unitId]));
  }

  private async namesOf(today: IsoDate): Promise<Map<string, string>> {
    return new Map((await this.employmentsToday(today)).map((e) => [e.personKey, e.displayName]));
  }
}
