/**
 * The share of follow-up steps due in a period that were done on time: a step counts when its due
 * date lies in the period and it was done (on time: closed on or before its due date) or is still
 * open after it (late). Steps found not needed or skipped with a reason do not count. Fewer than
 * `minCount` counted steps give no share (too few to say anything without pointing at someone).
 */
import type { IsoDate } from '../model.js';
import type { FollowUpStep } from '../follow-up/step-types.js';

export interface OnTimeShare {
  /** 0–100, rounded. */
  percent: number;
}

export function onTimeShare(
  steps: readonly Pick<FollowUpStep, 'dueDate' | 'state' | 'closedOn'>[],
  from: IsoDate,
  to: IsoDate,
  minCount: number,
): OnTimeShare | null {
  let counted = 0;
  let onTime = 0;
  for (const s of steps) {
    if (s.dueDate < from || s.dueDate > to) continue;
    if (s.state === 'done') {
      counted++;
      if (s.closedOn !== null && s.closedOn <= s.dueDate) onTime++;
    } else if (s.state === 'open' || s.state === 'postponed') counted++;
  }
  if (counted === 0 || counted < minCount) return null;
  return { percent: Math.round((onTime / counted) * 100) };
}
