/**
 * One discussion tip for a channel summary, from the well-being catalogue (domain/tips/choose.ts):
 * a tip for MED or leaders about patterns, never people, fitting the unit's situation, varied
 * from summary to summary by the subscription and period, and never one HR has switched off.
 */
import { tipForChannel as chooseForChannel } from '../domain/tips/choose.js';
import { statsGuidance } from '../domain/tips.js';
import type { Situation } from '../domain/statistics/types.js';

export function tipForChannel(
  situation: Situation,
  seed: string,
  disabled: ReadonlySet<string> = new Set(),
): string {
  let hash = 0;
  for (const ch of seed) hash = (hash * 31 + ch.charCodeAt(0)) >>> 0;
  return chooseForChannel(situation, hash, disabled)?.id ?? statsGuidance(situation).tip;
}
