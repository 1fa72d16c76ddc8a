/**
 * Follow-up steps done on time, per unit: of the steps the leader closed with an outcome (done or
 * skipped with a reason) and those closed by a fit registration after their due day had passed
 * (missed), the share closed on or before the due day. Steps closed as not needed without being
 * missed are left out: nobody had to act on them.
 */
import type { FollowUpStep } from '../follow-up/step-types.js';

export interface OnTimeShare {
  unitId: string;
  closed: number;
  onTime: number;
  /** onTime ÷ closed, 0–1; null when nothing was closed. */
  share: number | null;
}

const counts = (s: FollowUpStep): boolean =>
  s.state === 'done' || s.state === 'skipped-with-reason' || s.missedBeforeFit;

const onTime = (s: FollowUpStep): boolean =>
  !s.missedBeforeFit && s.closedOn !== null && s.closedOn <= s.dueDate;

export function onTimeShares(steps: readonly FollowUpStep[]): Map<string, OnTimeShare> {
  const out = new Map<string, OnTimeShare>();
  for (const s of steps) {
    if (!counts(s)) continue;
    const row = out.get(s.unitId) ?? { unitId: s.unitId, closed: 0, onTime: 0, share: null };
    row.closed += 1;
    if (onTime(s)) row.onTime += 1;
    row.share = row.onTime / row.closed;
    out.set(s.unitId, row);
  }
  return out;
}
