/**
 * The statistics tips T047–T064 (the municipalities' advice on absence statistics in KL and
 * Forhandlingsfællesskabet's magazine "En kur mod sygefravær?", and Fredericia's from its follow-up
 * conference) as a typed catalogue, and the choice of one dialogue prompt plus one matching tip for
 * a unit's situation, so a figure never stands alone (T052). The texts live in i18n (keys
 * `stats.tip.<id>` and `stats.prompt.<situation>`).
 */
import type { Situation } from './statistics/types.js';

export const STATS_TIP_IDS = [
  'T047',
  'T048',
  'T049',
  'T050',
  'T051',
  'T052',
  'T053',
  'T054',
  'T055',
  'T056',
  'T057',
  'T058',
  'T059',
  'T060',
  'T061',
  'T062',
  'T063',
  'T064',
] as const;
export type StatsTipId = (typeof STATS_TIP_IDS)[number];

/** LDR leader, HR, TOP top management, MED the cooperation committees. */
export type TipAudience = 'LDR' | 'HR' | 'TOP' | 'MED';

export interface StatsTip {
  id: StatsTipId;
  /** The magazine's elements of an absence effort: E4 good statistics, E6 well-being. */
  element: 'E4' | 'E4/E6';
  audiences: readonly TipAudience[];
  /**
   * Line numbers in the two source texts: M = the magazine "En kur mod sygefravær?" (KL and
   * Forhandlingsfællesskabet), P = the programme of its follow-up conference (November 2015).
   */
  source: string;
}

export const STATS_TIPS: Readonly<Record<StatsTipId, StatsTip>> = {
  T047: { id: 'T047', element: 'E4', audiences: ['HR', 'TOP'], source: 'M:3563' },
  T048: { id: 'T048', element: 'E4', audiences: ['MED'], source: 'M:3565' },
  T049: { id: 'T049', element: 'E4', audiences: ['TOP', 'HR'], source: 'M:3567' },
  T050: { id: 'T050', element: 'E4', audiences: ['TOP', 'MED'], source: 'M:3569' },
  T051: { id: 'T051', element: 'E4', audiences: ['LDR', 'HR'], source: 'M:3571–3573' },
  T052: { id: 'T052', element: 'E4', audiences: ['LDR'], source: 'M:3575' },
  T053: { id: 'T053', element: 'E4/E6', audiences: ['LDR', 'MED'], source: 'M:3577' },
  T054: { id: 'T054', element: 'E4', audiences: ['TOP', 'MED'], source: 'M:3579–3581' },
  T055: { id: 'T055', element: 'E4', audiences: ['LDR', 'HR'], source: 'M:3583, M:4289–4323' },
  T056: { id: 'T056', element: 'E4', audiences: ['HR'], source: 'M:3585–3587, M:4263–4287' },
  T057: { id: 'T057', element: 'E4', audiences: ['LDR', 'TOP'], source: 'M:3536–3542' },
  T058: { id: 'T058', element: 'E4', audiences: ['LDR'], source: 'M:3605–3617' },
  T059: { id: 'T059', element: 'E4', audiences: ['HR', 'LDR'], source: 'M:4239–4255' },
  T060: { id: 'T060', element: 'E4', audiences: ['MED', 'HR'], source: 'M:4359–4389' },
  T061: { id: 'T061', element: 'E4/E6', audiences: ['MED', 'LDR'], source: 'M:4407–4435' },
  T062: { id: 'T062', element: 'E4', audiences: ['TOP'], source: 'M:4478–4492' },
  T063: { id: 'T063', element: 'E4', audiences: ['TOP', 'HR'], source: 'M:568–574, M:3871–3883' },
  T064: { id: 'T064', element: 'E4', audiences: ['LDR'], source: 'P:72–73' },
};

export interface StatsGuidance {
  /** The dialogue prompt: one per situation. */
  prompt: Situation;
  tip: StatsTipId;
}

/**
 * One prompt and one tip per situation (deterministic):
 *   above    → look for patterns (T051)
 *   rising   → dig into why the figure moved (T060)
 *   at       → tell staff how big absence is (T058)
 *   below    → don't push constant number-watching (T062)
 *   noTarget → compare with comparable workplaces (T059)
 *   incomplete → take the figures with a pinch of salt (T057): the data covers only part of the
 *                period, so the figure is too low and is neither praised nor alarmed about
 */
const GUIDANCE: Readonly<Record<Situation, StatsTipId>> = {
  above: 'T051',
  rising: 'T060',
  at: 'T058',
  below: 'T062',
  noTarget: 'T059',
  incomplete: 'T057',
};

export function statsGuidance(situation: Situation): StatsGuidance {
  return { prompt: situation, tip: GUIDANCE[situation] };
}
