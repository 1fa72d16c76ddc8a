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
 * The day's messages themselves are planned in bot/day-messages.ts.
 * Exactly-once: message and outbox ids are stable, items, flags and workflow notices are recorded
 * as delivered after they are queued, and what was delivered is never planned again.
 */
import { addDays, isWorkingDay } from '../domain/calendar.js';
import { deliveryInstant } from '../domain/follow-up/due.js';
import type { FollowUpStep } from '../domain/follow-up/step-types.js';
import type { IsoDate } from '../domain/model.js';
import type { OutboxRepository } from '../data/outbox-repository.js';
import { coordinationOf } from '../data/open-store.js';
import { breather } from '../app/breather.js';
import { newPlan } from '../app/follow-up-plan.js';
import { checkFrequencyTriggersMany } from '../app/frequency-check.js';
import type { FollowUpOptions } from '../app/follow-up-seams.js';
import { unitsOfPersons } from '../app/org.js';
import type { AppDeps } from './deps.js';
import { askedOncePerUnit, DayMessages } from './day-messages.js';
import { enqueueWorkflowReminders } from './workflow-reminders.js';
import { weeklyTipsAfter, weeklyTipsBefore } from './weekly-tips.js';
import { planChannelSummaries } from './channel-summaries.js';
import { planOverTargetNotices } from './over-target-notices.js';

export interface TickReport {
  plannedDays: IsoDate[];
  digests: number;
  scannedPeriods: number;
  triggerCards: number;
}

export class Scheduler {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<unknown> = Promise.resolve();

  private readonly dayMessages: DayMessages;

  constructor(
    private readonly deps: AppDeps,
    private readonly outbox: OutboxRepository,
    private readonly followUp: FollowUpOptions,
  ) {
    this.dayMessages = new DayMessages(deps, outbox, followUp);
  }

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
      if (days.length > 0) report.digests += await this.dayMessages.plan(days, today, dueHour);
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
    const units = await unitsOfPersons(
      this.deps.repos,
      recent.map((p) => p.personKey),
      today,
    );
    const options = { ...this.followUp, aboveTarget: askedOncePerUnit(this.followUp) };
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
    // The hits wait, recorded and unshown, for the day's message (bot/day-messages.ts).
    let cards = 0;
    for (const hits of fresh.values()) cards += hits.length;
    return { at, periods: recent.length, cards };
  }
}
