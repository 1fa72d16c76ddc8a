/**
 * A deputy while a leader is away: for the days from–to (both included), the follow-up of the
 * named units (with their sub-units) that would go to the leader goes to the deputy, and the
 * deputy may act on those steps. Nothing else passes: not the leader's statistics, registrations
 * or other powers. A deputyship ends by itself after its last day, or when it is stopped or
 * replaced (endedAt). One leader has at most one deputyship that is current or ahead.
 */
import type { IsoDate, IsoInstant, Person } from './model.js';

export interface Deputyship {
  id: string;
  /** The absent leader (aadObjectId). */
  leaderId: string;
  /** The deputy (aadObjectId): a leader or an HR consultant. */
  deputyId: string;
  /** Units the leader led when naming the deputy (covered with their sub-units). */
  unitIds: string[];
  from: IsoDate;
  to: IsoDate;
  createdAt: IsoInstant;
  /** When it was stopped, replaced or found past its last day; null while it stands. */
  endedAt: IsoInstant | null;
}

/** The longest span one deputyship may cover (a year): a typo should not hand over a year. */
export const MAX_DEPUTY_DAYS = 366;

/** Whether the deputyship covers this day (not ended, from ≤ date ≤ to). */
export const inForceOn = (d: Deputyship, date: IsoDate): boolean =>
  d.endedAt === null && d.from <= date && date <= d.to;

/** Whether the deputyship is current or still ahead. */
export const standsOn = (d: Deputyship, today: IsoDate): boolean =>
  d.endedAt === null && d.to >= today;

/** Only a leader or an HR consultant may be named deputy (they already work with follow-up). */
export const mayBeDeputy = (p: Person): boolean => p.leads.length > 0 || p.hr === 'consultant';

/** The deputyship in force on `date` through which `deputyId` covers the absent `leaderId`. */
export function deputyshipOf(
  deputyships: readonly Deputyship[],
  leaderId: string,
  date: IsoDate,
): Deputyship | null {
  return deputyships.find((d) => d.leaderId === leaderId && inForceOn(d, date)) ?? null;
}

/** Those not yet ended whose last day is before `today`: they end by themselves. */
export const expiredOn = (deputyships: readonly Deputyship[], today: IsoDate): Deputyship[] =>
  deputyships.filter((d) => d.endedAt === null && d.to < today);
