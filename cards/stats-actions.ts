/**
 * Card verbs of the stats feature and a zod schema per payload. Handlers parse `activity.value`
 * with `parseStatsAction` — never cast it.
 */
import { z } from 'zod';

export const STATS_VERBS = {
  /** Show the absence-vs-target card of one unit: { verb, unitId, year? } (year: a calendar year). */
  showUnit: 'stats.showUnit',
  /** Show the frequent-absence card for one of the leader's units: { verb, unitId }. */
  showFrequent: 'stats.showFrequent',
} as const;

export type StatsVerb = (typeof STATS_VERBS)[keyof typeof STATS_VERBS];

const unitId = z.string().trim().min(1).max(200);

const year = z.number().int().min(1900).max(2999);

export const showUnitSchema = z.object({
  verb: z.literal(STATS_VERBS.showUnit),
  unitId,
  year: year.optional(),
});
export const showFrequentSchema = z.object({ verb: z.literal(STATS_VERBS.showFrequent), unitId });

export const statsActionSchema = z.discriminatedUnion('verb', [showUnitSchema, showFrequentSchema]);
export type StatsAction = z.infer<typeof statsActionSchema>;

/** The payload as a typed action, or null when it is not a valid stats action. */
export function parseStatsAction(data: unknown): StatsAction | null {
  const parsed = statsActionSchema.safeParse(data);
  return parsed.success ? parsed.data : null;
}

export function isStatsVerb(verb: unknown): verb is StatsVerb {
  return Object.values(STATS_VERBS).some((v) => v === verb);
}
