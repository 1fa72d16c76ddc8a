/**
 * One discussion tip for a channel summary. A stand-in until the tips catalogue chooses tips for
 * the situation: one of the statistics tips, the situation's own tip or, varied by the seed, one
 * meant for the cooperation committees, so a channel does not see the same tip every time.
 */
import { STATS_TIP_IDS, STATS_TIPS, statsGuidance, type StatsTipId } from '../domain/tips.js';
import type { Situation } from '../domain/statistics/types.js';

export function tipForChannel(situation: Situation, seed: string): StatsTipId {
  const forMed = STATS_TIP_IDS.filter((id) => STATS_TIPS[id].audiences.includes('MED'));
  const choices: StatsTipId[] = [statsGuidance(situation).tip, ...forMed];
  let hash = 0;
  for (const ch of seed) hash = (hash * 31 + ch.charCodeAt(0)) >>> 0;
  return choices[hash % choices.length] ?? statsGuidance(situation).tip;
}
