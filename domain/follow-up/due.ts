/**
 * Due selection: what must be delivered on a working day. Pure and deterministic: the same steps
 * and day always give the same items with the same ids, so the outbox can upsert them and a
 * scheduler catching up after downtime asks for each missed day in turn.
 *
 * Per active step (open or postponed), on day D:
 * - 'new'         when D is schedule.notifyOn (to the step's audience);
 * - 'approaching' when D is schedule.approachOn (deadline 3 working days away; to the audience);
 * - 'reminder'    when D is schedule.remindOn (once, the working day after the due day);
 * - 'escalation'  when D is schedule.escalateOn (to HR; the § 7a conversation).
 * Closed steps (done, skipped, not needed) produce nothing. Delivery bookkeeping never bumps the
 * version, so a card that was just delivered stays actionable.
 */
import { collate } from '../collation.js';
import { DateTime } from 'luxon';
import { ZONE } from '../clock.js';
import type { IsoDate, IsoInstant } from '../model.js';
import { ACTIVE_STATES, type DueItem, type DueKind, type FollowUpStep } from './step-types.js';

export const dueItemId = (stepId: string, kind: DueKind, date: IsoDate): string =>
  `${stepId}:${kind}@${date}`;

/** The due item of a step, kind and day (also rebuilds the items of a digest already sent). */
export function dueItemOf(step: FollowUpStep, kind: DueKind, date: IsoDate): DueItem {
  return {
    id: dueItemId(step.id, kind, date),
    kind,
    audience: kind === 'escalation' ? 'hr' : step.audience,
    date,
    stepId: step.id,
    periodId: step.periodId,
    personKey: step.personKey,
    unitId: step.unitId,
    stepKind: step.kind,
    purpose: step.purpose,
    legal: step.legal,
    timing: step.timing,
    dueDate: step.dueDate,
    overdue: date > step.dueDate,
    version: step.version,
  };
}

function stepItems(step: FollowUpStep, date: IsoDate): DueItem[] {
  if (!ACTIVE_STATES.has(step.state)) return [];
  const s = step.schedule;
  const out: DueItem[] = [];
  if (s.notifyOn === date) out.push(dueItemOf(step, 'new', date));
  if (s.approachOn === date) out.push(dueItemOf(step, 'approaching', date));
  if (s.remindOn === date) out.push(dueItemOf(step, 'reminder', date));
  if (s.escalateOn === date) out.push(dueItemOf(step, 'escalation', date));
  return out;
}

/** The order of a day's items: by audience, person, due date, id. */
export const dueOrder = (a: DueItem, b: DueItem): number =>
  collate(a.audience, b.audience) ||
  collate(a.personKey, b.personKey) ||
  collate(a.dueDate, b.dueDate) ||
  collate(a.id, b.id);

/** Everything to deliver on `date`: new due steps, reminders, deadline nudges and HR escalations. */
export function dueItems(steps: readonly FollowUpStep[], date: IsoDate): DueItem[] {
  return steps.flatMap((s) => stepItems(s, date)).sort(dueOrder);
}

/** Whether an item was already delivered (its step's bookkeeping names this day). */
export function delivered(step: FollowUpStep, item: Pick<DueItem, 'kind' | 'date'>): boolean {
  if (item.kind === 'new') return step.notifiedOn === item.date;
  if (item.kind === 'escalation') return step.escalatedToHrOn === item.date;
  return step.remindedOn === item.date;
}

/** Records that an item was delivered (bookkeeping only: the version does not change). */
export function recordDelivery(
  step: FollowUpStep,
  delivered: Pick<DueItem, 'kind' | 'date'>,
): FollowUpStep {
  switch (delivered.kind) {
    case 'new':
      return { ...step, notifiedOn: delivered.date };
    case 'approaching':
    case 'reminder':
      return { ...step, remindedOn: delivered.date };
    case 'escalation':
      return { ...step, escalatedToHrOn: delivered.date };
  }
}

/** The instant to deliver a day's items: `dueHour` o'clock Copenhagen time on that day, as UTC. */
export function deliveryInstant(date: IsoDate, dueHour: number): IsoInstant {
  const at = DateTime.fromISO(date, { zone: ZONE }).set({
    hour: dueHour,
    minute: 0,
    second: 0,
    millisecond: 0,
  });
  if (!at.isValid) throw new Error(`invalid date: ${date}`);
  return at.toUTC().toISO() ?? '';
}

/** The day's one follow-up message per recipient: its stable id. */
export const digestId = (recipient: string, date: IsoDate): string => `digest:${recipient}:${date}`;

/** One line of the day's message: a step once, however many reminders of it fell due. */
export interface MergedDueItem {
  /** The item to show: the kind of the latest day it fell due (reminder over new). */
  item: DueItem;
  /** The first day it fell due when that was before today (catch-up), else null. */
  lateFrom: IsoDate | null;
  /** Every due item it stands for (each recorded as delivered). */
  covers: DueItem[];
}

const KIND_RANK: Readonly<Record<DueKind, number>> = {
  new: 0,
  approaching: 1,
  reminder: 2,
  escalation: 3,
};

/**
 * Several days' due items (catch-up after downtime, or today alone) as the lines of one message:
 * one per step and audience (never the same step as both "late" and "reminder"), showing the
 * latest kind, marked late from the first day it fell due before `today`.
 */
export function mergeDueItems(items: readonly DueItem[], today: IsoDate): MergedDueItem[] {
  const merged: DueMerge = new Map();
  mergeDueItemsInto(merged, items, today);
  return [...merged.values()];
}

/** Merged items by step and audience, filled a piece at a time by mergeDueItemsInto. */
export type DueMerge = Map<string, MergedDueItem>;

/** mergeDueItems for a piece of the items (a large day is merged in pieces between other work). */
export function mergeDueItemsInto(
  merged: DueMerge,
  items: readonly DueItem[],
  today: IsoDate,
): void {
  for (const item of items) {
    const key = `${item.stepId}/${item.audience}`;
    const seen = merged.get(key);
    if (!seen) {
      merged.set(key, { item, lateFrom: item.date < today ? item.date : null, covers: [item] });
      continue;
    }
    seen.covers.push(item);
    const later =
      item.date > seen.item.date ||
      (item.date === seen.item.date && KIND_RANK[item.kind] > KIND_RANK[seen.item.kind]);
    if (later) seen.item = item;
    if (item.date < today && (seen.lateFrom === null || item.date < seen.lateFrom))
      seen.lateFrom = item.date;
  }
}
