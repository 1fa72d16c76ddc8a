import { DateTime } from 'luxon';

export const ZONE = 'Europe/Copenhagen';

/** The injected clock. Domain code never calls DateTime.now(). */
export type Clock = () => DateTime;

/** A clock pinned to one instant (tests). */
export function fixedClock(iso: string): Clock {
  const at = DateTime.fromISO(iso, { zone: ZONE });
  if (!at.isValid) throw new Error(`invalid instant: ${iso}`);
  return () => at;
}

/** A clock that starts at `iso` and runs forward with real time from `startedAtMs`. */
export function travellingClock(iso: string, startedAtMs: number, nowMs: () => number): Clock {
  const at = DateTime.fromISO(iso, { zone: ZONE });
  if (!at.isValid) throw new Error(`invalid instant: ${iso}`);
  return () => at.plus({ milliseconds: nowMs() - startedAtMs });
}

/** Today's calendar date in Copenhagen. */
export function today(clock: Clock): string {
  return clock().setZone(ZONE).toISODate() ?? '';
}
