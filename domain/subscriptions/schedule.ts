/**
 * When a channel's summary of a period is sent, and whether one is due now. A period's summary goes
 * out on its send day (default: the period's first working day) at the chosen hour, Copenhagen time.
 * Exactly once per period: a period at or before `lastPeriodSent` is never due again. After downtime
 * only the newest missed period is due (one late summary, not one per missed period); a period whose
 * send time came before the subscription was made is not owed.
 */
import { DateTime } from 'luxon';
import { addDays, isWorkingDay, nextWorkingDay } from '../calendar.js';
import { ZONE } from '../clock.js';
import type { IsoDate } from '../model.js';
import { periodOf, previousPeriod, type Cadence, type Period } from './cadence.js';

export interface SubscriptionTiming {
  cadence: Cadence;
  /** null: the period's first working day; weekly 1–5 (Monday–Friday); else the day of its first month, 1–28. */
  day: number | null;
  /** 0–23, Copenhagen time. */
  hour: number;
  /** UTC ISO instant from which summaries are owed (made, or last changed). */
  since: string;
  lastPeriodSent: string | null;
}

export const MAX_DAY_OF_MONTH = 28;

/** The day of `period` its summary is sent: the chosen day, or the next working day after it. */
export function sendDate(period: Period, day: number | null): IsoDate {
  if (day === null) return isWorkingDay(period.first) ? period.first : nextWorkingDay(period.first);
  const chosen = addDays(period.first, day - 1);
  return isWorkingDay(chosen) ? chosen : nextWorkingDay(chosen);
}

/** The UTC instant (ISO with milliseconds, as the outbox stores them) the period's summary is sent. */
export function sendInstant(period: Period, day: number | null, hour: number): string {
  const local = DateTime.fromISO(sendDate(period, day), { zone: ZONE }).set({ hour });
  return local.toUTC().toISO() ?? '';
}

export interface DueSummary {
  period: Period;
  sendAt: string;
  /** Sent after its send day (the bot was down, or the channel subscribed between). */
  late: boolean;
}

/** The summary due at `now` (the current period's, else the previous one's), or null. */
export function dueSummary(sub: SubscriptionTiming, now: DateTime): DueSummary | null {
  const local = now.setZone(ZONE);
  const today = local.toISODate() ?? '';
  const nowIso = now.toUTC().toISO() ?? '';
  const current = periodOf(sub.cadence, today);
  for (const period of [current, previousPeriod(current)]) {
    const sendAt = sendInstant(period, sub.day, sub.hour);
    if (sendAt > nowIso) continue;
    if (sendAt < sub.since) return null;
    if (sub.lastPeriodSent !== null && sub.lastPeriodSent >= period.key) return null;
    return { period, sendAt, late: sendDate(period, sub.day) < today };
  }
  return null;
}
