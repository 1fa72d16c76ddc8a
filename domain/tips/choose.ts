/**
 * Choosing one tip for one reader, pure and seeded (the same input gives the same tip):
 *   - only tips for the reader's audiences, never a switched-off one, and the theme asked for;
 *   - preferred, in this order: the tips of the conversation-guide step the reader is at; the
 *     basics for a leader new in the role; the tips that fit the situation (a unit above target or
 *     rising → statistics and conversations; frequent short absence → well-being and social
 *     capital; a long absence → early help and the way back);
 *   - never a tip the reader has been shown until every tip that fits is used up; then the one
 *     shown longest ago comes first again, so a tip is not repeated too soon.
 * `tipForChannel` picks a tip about patterns (never about one person) for a channel summary.
 */
import type { StepId } from '../guide/guide-kinds.js';
import type { Situation } from '../statistics/types.js';
import { TIP_CATALOGUE, type Tip, type TipAudience, type TipTheme } from './catalogue.js';

/** What the reader's units and people show now. */
export type TipSituation = 'above' | 'rising' | 'frequent-short' | 'long-absence';

export interface TipRequest {
  audiences: readonly TipAudience[];
  situations: readonly TipSituation[];
  theme: TipTheme | null;
  guideStep: StepId | null;
  newLeader: boolean;
  /** Ids shown to this reader, oldest first (a repeat appears again, later). */
  shown: readonly string[];
  disabled: ReadonlySet<string>;
  seed: number;
}

export interface TipChoice {
  tip: Tip;
  /** Every tip that fits had been shown: this one is a repeat (the one shown longest ago). */
  repeat: boolean;
}

const SITUATION_THEMES: Record<TipSituation, readonly TipTheme[]> = {
  above: ['statistics', 'conversations'],
  rising: ['statistics', 'conversations'],
  'frequent-short': ['trust', 'fairness', 'cooperation', 'core-task', 'stress'],
  'long-absence': ['early-help'],
};

/** A well-mixed non-negative integer from a seed (mulberry32's finaliser). */
function mix(seed: number): number {
  let x = (seed + 0x6d2b79f5) | 0;
  x = Math.imul(x ^ (x >>> 15), x | 1);
  x ^= x + Math.imul(x ^ (x >>> 7), x | 61);
  return (x ^ (x >>> 14)) >>> 0;
}

const pick = <T>(list: readonly T[], seed: number): T | undefined => list[mix(seed) % list.length];

const forAudience = (tip: Tip, audiences: readonly TipAudience[]) =>
  tip.audiences.some((a) => audiences.includes(a));

/** The tips the reader may get for the theme asked (any audience when none of theirs has it). */
function eligible(request: TipRequest, catalogue: readonly Tip[]): Tip[] {
  const open = catalogue.filter((t) => !request.disabled.has(t.id));
  const themed = request.theme ? open.filter((t) => t.themes.includes(request.theme!)) : open;
  const own = themed.filter((t) => forAudience(t, request.audiences));
  return own.length > 0 ? own : themed;
}

/** Preferred groups, most specific first; the last is every eligible tip. */
function preferences(request: TipRequest, pool: readonly Tip[]): Tip[][] {
  const groups: Tip[][] = [];
  const step = request.guideStep;
  if (step) groups.push(pool.filter((t) => t.guideSteps.includes(step)));
  if (request.newLeader) groups.push(pool.filter((t) => t.basics));
  const themes = new Set(request.situations.flatMap((s) => SITUATION_THEMES[s]));
  if (themes.size > 0) groups.push(pool.filter((t) => t.themes.some((th) => themes.has(th))));
  groups.push([...pool]);
  return groups.filter((g) => g.length > 0);
}

/** One tip for the request, or null when nothing fits (all switched off). */
export function chooseTip(
  request: TipRequest,
  catalogue: readonly Tip[] = TIP_CATALOGUE,
): TipChoice | null {
  const pool = eligible(request, catalogue);
  if (pool.length === 0) return null;
  const seen = new Set(request.shown);
  for (const group of preferences(request, pool)) {
    const fresh = group.filter((t) => !seen.has(t.id));
    const tip = pick(fresh, request.seed);
    if (tip) return { tip, repeat: false };
  }
  // Everything that fits was shown: the one shown longest ago (its last showing is earliest).
  const lastShown = new Map(request.shown.map((id, i) => [id, i]));
  const oldest = [...pool].sort(
    (a, b) => (lastShown.get(a.id) ?? -1) - (lastShown.get(b.id) ?? -1),
  );
  return { tip: oldest[0]!, repeat: true };
}

const CHANNEL_AUDIENCES: readonly TipAudience[] = ['med', 'leader'];

/** A tip about patterns, for readers in a channel: none about one person's conversation or help. */
export const fitsChannel = (tip: Tip): boolean =>
  forAudience(tip, CHANNEL_AUDIENCES) &&
  tip.guideSteps.length === 0 &&
  !tip.themes.includes('conversations') &&
  !tip.themes.includes('early-help');

const CHANNEL_THEMES: Record<Situation, readonly TipTheme[]> = {
  above: ['statistics', 'cooperation'],
  rising: ['statistics', 'trust', 'cooperation'],
  at: ['cooperation', 'core-task', 'trust'],
  below: ['core-task', 'trust', 'fairness'],
  noTarget: ['statistics', 'cooperation'],
  incomplete: ['statistics'],
};

/**
 * The tip for a channel summary of a unit in `situation`; `seed` varies it between summaries
 * (e.g. the period's number). `disabled` leaves out tips HR has switched off.
 */
export function tipForChannel(
  situation: Situation,
  seed: number,
  disabled: ReadonlySet<string> = new Set(),
  catalogue: readonly Tip[] = TIP_CATALOGUE,
): Tip | null {
  const fit = catalogue.filter((t) => fitsChannel(t) && !disabled.has(t.id));
  const themes = CHANNEL_THEMES[situation];
  const preferred = fit.filter((t) => t.themes.some((th) => themes.includes(th)));
  return pick(preferred.length > 0 ? preferred : fit, seed) ?? null;
}
