/**
 * The day's one follow-up message per recipient, planned by the scheduler's tick (bot/scheduler.ts):
 * the due items of the days not planned yet (conditional steps decided under their unit's target
 * status that day), the frequency flags not shown yet and the workflow steps that could wait,
 * grouped per recipient (bot/digest-groups.ts), merged into what the message showed before, saved,
 * queued and then recorded as delivered. Every read of many rows gives way to other work between
 * pieces (app/breather.ts): a catch-up morning at 45,000 employees has thousands of items.
 */
import { addDays } from '../domain/calendar.js';
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
import type { DigestFlag } from '../data/follow-up-schema.js';
import { waitingWorkflowNotices } from '../app/workflows/workflow-digest.js';
import { deputyCover, endExpiredDeputyships } from '../app/deputies.js';
import { breather } from '../app/breather.js';
import { unitsOfPersons } from '../app/org.js';
import type { FollowUpOptions } from '../app/follow-up-seams.js';
import type { AppDeps } from './deps.js';
import { digestGroups, digestOutboxItems, mergeDigest } from './digest-groups.js';

/** Flags fired this many days ago and not shown yet still join the day's message. */
const FLAG_DAYS = 7;

/** The unit-above-target answer of `options`, asked once per unit and day by what it returns. */
export function askedOncePerUnit(options: FollowUpOptions): FollowUpOptions['aboveTarget'] {
  const ask = options.aboveTarget;
  if (!ask) return undefined;
  const answers = new Map<string, Promise<boolean>>();
  return (unitId, today) => {
    const key = `${unitId}\u0000${today}`;
    const answer = answers.get(key) ?? ask(unitId, today);
    answers.set(key, answer);
    return answer;
  };
}

export class DayMessages {
  constructor(
    private readonly deps: AppDeps,
    private readonly outbox: OutboxRepository,
    private readonly followUp: FollowUpOptions,
  ) {}

  /**
   * Plans the due items of `days` and the unshown flags into each recipient's one message of
   * today; returns how many outbox items were queued. Reads first, then the day's few writes:
   * the messages saved together (one group commit), queued in one call, the bookkeeping after.
   */
  async plan(days: readonly IsoDate[], today: IsoDate, dueHour: number): Promise<number> {
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
    const units = await unitsOfPersons(
      this.deps.repos,
      fired.map((f) => f.personKey),
      today,
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
   * Høje-Taastrup's conditional steps under their units' status today (asked once per unit), so
   * the day is planned with the early steps mandatory only while the unit is above target; the
   * steps that changed are stored (the plan card shows them as they are delivered).
   */
  private async underTargetStatus(
    steps: FollowUpStep[],
    day: IsoDate,
    today: IsoDate,
  ): Promise<FollowUpStep[]> {
    const ask = askedOncePerUnit(this.followUp);
    const units = unitsFollowingTarget(steps);
    if (!ask || units.length === 0) return steps;
    const status = new Map(
      await Promise.all(units.map(async (u) => [u, await ask(u, today)] as const)),
    );
    const decided = applyTargetStatuses(steps, status, day);
    await this.deps.repos.followUps.saveTargetStatus(decided.changed);
    return decided.steps;
  }
}
