/**
 * Ticks the injected clock into the follow-up domain and hands what is due to the outbox.
 * - Each recipient gets at most one follow-up message a day: from the due hour on, everything due,
 *   late or newly flagged (frequent absence) goes into their message of the day; what arrives
 *   later that day is added to the same message, which is updated in place (bot/digest-groups.ts).
 * - The last planned day is stored, so after downtime or a clock jump every missed working day is
 *   merged into today's one message, each item marked late with the day it first fell due.
 * - Sick periods changed since the last scan (chat or import) get their plan and trigger check;
 *   a flag fired there waits, unshown, for the next planning (or is shown inline in chat).
 * - Before a day is planned, Høje-Taastrup's conditional steps are re-decided under their unit's
 *   current target status (domain/follow-up/target-status.ts).
 * - Workflow steps that became someone's and could wait join that person's message the same way.
 * Exactly-once: message and outbox ids are stable, items, flags and workflow notices are recorded
 * as delivered after they are queued, and what was delivered is never planned again.
 */
import { addDays, isWorkingDay } from '../domain/calendar.js';
import {
  delivered,
  deliveryInstant,
  digestId,
  dueItems,
  dueOrder,
  mergeDueItemsInto,
  type DueMerge,
  type MergedDueItem,
} from '../domain/follow-up/due.js';
import type { DueItem, FollowUpStep } from '../domain/follow-up/step-types.js';
import { applyTargetStatuses, unitsFollowingTarget } from '../domain/follow-up/target-status.js';
import type { IsoDate } from '../domain/model.js';
import { isActive, type OutboxRepository } from '../data/outbox-repository.js';
import { enqueueWorkflowReminders } from './workflow-reminders.js';
import { waitingWorkflowNotices } from '../app/workflows/workflow-digest.js';
import type { DigestFlag } from '../data/follow-up-schema.js';
import type { AppDeps } from './deps.js';
import { digestGroups, digestOutboxItems, mergeDigest } from './digest-groups.js';
import { deputyCover, endExpiredDeputyships } from '../app/deputies.js';
import { breather } from '../app/breather.js';
import { unitsById } from '../domain/org-index.js';
import { newPlan } from '../app/follow-up-plan.js';
import { checkFrequencyTriggersMany } from '../app/frequency-check.js';
import type { FollowUpOptions } from '../app/follow-up-seams.js';
import { weeklyTipsAfter, weeklyTipsBefore } from './weekly-tips.js';
import { planChannelSummaries } from './channel-summaries.js';
import { planOverTargetNotices } from './over-target-notices.js';
import { coordinationOf } from '../data/open-store.js';

/** Flags fired this many days ago and not shown yet still join the day's message. */
const FLAG_DAYS = 7;

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

  /** Called after every tick (the app wakes the outbox sender, so what was queued goes now). */
  onTicked: ((report: TickReport) => void) | null = null;

  /** One tick; ticks never overlap. */
  tick(): Promise<TickReport> {
    const run = this.running
      .then(() => this.tickOnce())
      .then((report) => {
        this.onTicked?.(report);
        return this.logged(report);
      });
    this.running = run.catch((err: unknown) =>
      this.deps.logger.error({ err }, 'scheduler tick failed'),
    );
    return run;
  }

  /** One info line for a tick that planned or flagged something; any other minute at debug. */
  private logged(report: TickReport): TickReport {
    const busy = report.plannedDays.length > 0 || report.digests > 0 || report.triggerCards > 0;
    this.deps.logger[busy ? 'info' : 'debug'](
      { ...report, plannedDays: report.plannedDays.join(',') || undefined },
      'scheduler tick',
    );
    return report;
  }

  start(intervalMs = 60_000): void {
    // With several instances, one ticks each minute for all (the others find the minute taken).
    const timed = () =>
      void coordinationOf(this.deps.store)
        .once('scheduler', this.deps.clock().toUTC().toFormat("yyyy-MM-dd'T'HH:mm"), () =>
          this.tick(),
        )
        .catch((err: unknown) => this.deps.logger.error({ err }, 'scheduler tick failed'));
    timed();
    this.timer = setInterval(timed, intervalMs);
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
    const open = (now.toUTC().toISO() ?? '') >= deliveryInstant(today, dueHour);
    // The day's weekly tips are chosen before its messages are planned, so they can show them.
    const tips = open ? await weeklyTipsBefore(this.deps, today) : [];
    // A working day's message waits for its due hour; missed days are caught up then, merged into
    // it (on a day without a message of its own, at once).
    const ready = open || !isWorkingDay(today);
    if (ready) {
      const days: IsoDate[] = [];
      const from = lastPlanned ? addDays(lastPlanned, 1) : today;
      for (let day = from; day < today; day = addDays(day, 1))
        if (isWorkingDay(day)) days.push(day);
      // Today again on every tick from its due hour: what arrived since joins its message.
      if (isWorkingDay(today)) days.push(today);
      if (days.length > 0) report.digests += await this.planDays(days, today, dueHour);
      await enqueueWorkflowReminders(this.deps, this.outbox);
      report.plannedDays.push(...days.filter((d) => !lastPlanned || d > lastPlanned));
      state.lastPlannedDate = today;
    }
    await weeklyTipsAfter(this.deps, this.outbox, tips, deliveryInstant(today, dueHour));
    if (scan.periods > 0 || state.lastPlannedDate !== lastPlanned) {
      state.lastScanAt = scan.at;
      await this.deps.repos.scheduler.save(state);
    }
    await planChannelSummaries(this.deps, this.outbox);
    if (ready) await planOverTargetNotices(this.deps, this.outbox);
    return report;
  }

  /**
   * Plans the due items of `days` and the unshown flags into each recipient's one message of
   * today; returns how many outbox items were queued. Reads first, then the day's few writes:
   * the messages saved together (one group commit), queued in one call, the bookkeeping after.
   */
  private async planDays(days: readonly IsoDate[], today: IsoDate, dueHour: number) {
    const due = await this.undelivered(days, today);
    const flags = await this.unshownFlags(today);
    const notices = await waitingWorkflowNotices(this.deps.repos, today);
    if (due.length === 0 && flags.length === 0 && notices.lines.length === 0) {
      await this.deps.repos.workflows.markTold(notices.settle, today);
      return 0;
    }
    const { followUps } = this.deps.repos;
    const org = await this.deps.repos.org.snapshot();
    await endExpiredDeputyships(this.deps.repos, this.deps.clock());
    const cover = await deputyCover(this.deps.repos, today);
    const now = this.deps.clock().toUTC().toISO() ?? '';
    const first = due.reduce((min, i) => (i.date < min ? i.date : min), today);
    const timing = {
      dueAt: deliveryInstant(today, dueHour),
      originalDueAt: deliveryInstant(first, dueHour),
      now,
      late: first < today,
    };
    const groups = [
      ...(await digestGroups(await this.merged(due, today), flags, org, cover, notices.lines)),
    ];
    // What each message showed before and whether it went out: two reads for all recipients.
    const ids = groups.map(([key]) => digestId(key, today));
    const saved = await followUps.digests(ids);
    const queuedBefore = await this.outbox.getMany(ids.filter((id) => saved.has(id)));
    const planned = [];
    const breathe = breather();
    for (const [key, group] of groups) {
      await breathe();
      const before = saved.get(digestId(key, today)) ?? null;
      const record = mergeDigest(before, key, group, today);
      const sent = before ? (queuedBefore.get(record.id) ?? null) : null;
      // Not queued yet (a crash after the save) or still queued: it shows everything when it goes.
      const waiting = sent === null || isActive(sent);
      planned.push({ record, outbox: digestOutboxItems(record, before, group, timing, waiting) });
    }
    await followUps.saveDigests(planned.map((p) => p.record));
    const queued = await this.outbox.enqueue(planned.flatMap((p) => p.outbox));
    await followUps.recordDeliveries(
      due.map((item) => ({ stepId: item.stepId, kind: item.kind, date: item.date })),
    );
    await followUps.markTriggersShown(
      flags.flatMap((f) => f.firedIds),
      today,
    );
    await this.deps.repos.workflows.markTold([...notices.lines, ...notices.settle], today);
    return queued.added;
  }

  /** mergeDueItems in pieces of 500, giving way between them (a catch-up morning has thousands). */
  private async merged(due: readonly DueItem[], today: IsoDate): Promise<MergedDueItem[]> {
    const merged: DueMerge = new Map();
    const breathe = breather();
    for (let from = 0; from < due.length; from += 500) {
      await breathe();
      mergeDueItemsInto(merged, due.slice(from, from + 500), today);
    }
    return [...merged.values()];
  }

  /** The due items of each day not delivered yet (conditional steps decided per day). */
  private async undelivered(days: readonly IsoDate[], today: IsoDate): Promise<DueItem[]> {
    const out: DueItem[] = [];
    const breathe = breather();
    for (const day of days) {
      const active = await this.deps.repos.followUps.activeSteps();
      const steps = await this.underTargetStatus(active, day, today);
      const byId = new Map(steps.map((s) => [s.id, s]));
      // In pieces: at 45,000 employees the day's active steps took 66 ms in one go.
      const items: DueItem[] = [];
      for (let from = 0; from < steps.length; from += 500) {
        await breathe();
        items.push(...dueItems(steps.slice(from, from + 500), day));
      }
      out.push(...items.sort(dueOrder).filter((i) => !delivered(byId.get(i.stepId)!, i)));
    }
    return out;
  }

  /**
   * Frequency triggers fired lately and not shown yet, one flag per person (every trigger of
   * theirs together). A trigger of a version that queued its own card (`freq:<id>`) was shown.
   */
  private async unshownFlags(today: IsoDate): Promise<DigestFlag[]> {
    const fired = await this.deps.repos.followUps.unshownTriggers(addDays(today, -FLAG_DAYS));
    if (fired.length === 0) return [];
    const units = await this.unitsOf(
      today,
      fired.map((f) => f.personKey),
    );
    const legacy: string[] = [];
    const byPerson = new Map<string, DigestFlag>();
    const ownCards = await this.outbox.getMany(fired.map((f) => `freq:${f.id}`));
    for (const f of fired) {
      if (ownCards.has(`freq:${f.id}`)) {
        legacy.push(f.id);
        continue;
      }
      const unitId = units.get(f.personKey);
      if (!unitId) continue;
      const key = `${f.personKey}:${f.audience ?? 'leader'}`;
      const flag: DigestFlag = byPerson.get(key) ?? {
        personKey: f.personKey,
        unitId,
        firedIds: [],
        ...(f.audience === 'hr' ? { audience: 'hr' as const } : {}),
      };
      if (flag.firedIds.length < 10) flag.firedIds.push(f.id);
      byPerson.set(key, flag);
    }
    if (legacy.length > 0) await this.deps.repos.followUps.markTriggersShown(legacy, today);
    return [...byPerson.values()];
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
    const recent = await absence.changedSince(since, addDays(today, -14));
    const units = await this.unitsOf(
      today,
      recent.map((p) => p.personKey),
    );
    const options = { ...this.followUp, aboveTarget: this.aboveTargetOnce() };
    const people = new Map<string, string>();
    const plans: Array<{ periodId: string; steps: FollowUpStep[] }> = [];
    // One read for which periods have a plan, one organisation snapshot for the whole scan.
    const planned = await followUps.plannedPeriods(recent.map((p) => p.id));
    const snapshot = this.deps.repos.org.snapshot();
    const org = { ...this.deps.repos.org, snapshot: () => snapshot };
    const breathe = breather();
    for (const period of recent) {
      await breathe();
      const unitId = units.get(period.personKey);
      if (!unitId) continue;
      people.set(period.personKey, unitId);
      if (planned.has(period.id)) continue;
      const steps = await newPlan({ repos: { followUps, org } }, period, unitId, today, options);
      if (steps.length > 0) plans.push({ periodId: period.id, steps });
    }
    await followUps.addPlans(plans);
    const fresh = await checkFrequencyTriggersMany(
      this.deps,
      [...people].map(([personKey, unitId]) => ({ personKey, unitId })),
      today,
    );
    // The hits wait, recorded and unshown, for the day's message (planDays).
    let cards = 0;
    for (const hits of fresh.values()) cards += hits.length;
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

  /**
   * personKey → the unit of the person's employment valid today (a known unit), for these persons
   * only: reading every employment of a 45,000-employee municipality twice a tick cost ~300 ms.
   */
  private async unitsOf(
    today: IsoDate,
    personKeys: Iterable<string>,
  ): Promise<Map<string, string>> {
    const keys = new Set(personKeys);
    if (keys.size === 0) return new Map();
    const known = unitsById((await this.deps.repos.org.snapshot()).units);
    const rows = await this.deps.repos.org.employmentsOfPersons(keys, today);
    return new Map(rows.filter((e) => known.has(e.unitId)).map((e) => [e.personKey, e.unitId]));
  }
}
