/**
 * The situation a unit is in, deciding the dialogue prompt and tip shown next to its figure:
 *   incomplete the data covers only part of the window: the figure is too low, so it is neither
 *              praised nor alarmed about, against the target or a year earlier;
 *   above      more than 0.05 day/FTE above its target (shows as at least "0,1 over");
 *   rising     not above target (or no target), but at least 10 % higher than a year earlier —
 *              only when the year-earlier figure is complete too;
 *   at         within ±0.05 day/FTE of the target;
 *   below      more than 0.05 day/FTE under the target;
 *   noTarget   no target and not rising.
 */
import type { Situation } from './types.js';

export const AT_TARGET_TOLERANCE = 0.05;
export const RISING_FACTOR = 1.1;

/** Whether each figure's data covers its whole window (see coverage.ts). */
export interface FiguresComplete {
  window: boolean;
  previousYear: boolean;
}

const ALL_COMPLETE: FiguresComplete = { window: true, previousYear: true };

export function situationOf(
  current: number | null,
  target: number | null,
  previousYear: number | null,
  complete: FiguresComplete = ALL_COMPLETE,
): Situation {
  if (current !== null && !complete.window) return 'incomplete';
  const earlier = complete.previousYear ? previousYear : null;
  const rising =
    current !== null && earlier !== null && earlier > 0 && current >= earlier * RISING_FACTOR;
  if (current !== null && target !== null && current - target > AT_TARGET_TOLERANCE) return 'above';
  if (rising) return 'rising';
  if (current === null || target === null) return 'noTarget';
  return target - current > AT_TARGET_TOLERANCE ? 'below' : 'at';
}

/**
 * Gap to target in days per FTE (positive = above target); null without a figure or target, and
 * null when the window's data is incomplete (no verdict from a figure that is too low).
 */
export function gapOf(
  current: number | null,
  target: number | null,
  windowComplete = true,
): number | null {
  return current === null || target === null || !windowComplete ? null : current - target;
}
