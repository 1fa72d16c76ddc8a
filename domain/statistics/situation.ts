/**
 * The situation a unit is in, deciding the dialogue prompt and tip shown next to its figure:
 *   above    more than 0.05 day/FTE above its target (shows as at least "0,1 over");
 *   rising   not above target (or no target), but at least 10 % higher than a year earlier;
 *   at       within ±0.05 day/FTE of the target;
 *   below    more than 0.05 day/FTE under the target;
 *   noTarget no target and not rising.
 */
import type { Situation } from './types.js';

export const AT_TARGET_TOLERANCE = 0.05;
export const RISING_FACTOR = 1.1;

export function situationOf(
  current: number | null,
  target: number | null,
  previousYear: number | null,
): Situation {
  const rising =
    current !== null &&
    previousYear !== null &&
    previousYear > 0 &&
    current >= previousYear * RISING_FACTOR;
  if (current !== null && target !== null && current - target > AT_TARGET_TOLERANCE) return 'above';
  if (rising) return 'rising';
  if (current === null || target === null) return 'noTarget';
  return target - current > AT_TARGET_TOLERANCE ? 'below' : 'at';
}

/** Gap to target in days per FTE (positive = above target); null without a figure or target. */
export function gapOf(current: number | null, target: number | null): number | null {
  return current === null || target === null ? null : current - target;
}
