/**
 * A channel's scheduled absence summary, computed when it is sent (audience 'channel': aggregates
 * only, small groups suppressed for everyone, see domain/access.ts aggregateViewer). It shows the
 * unit's rolling 12 months against its target, the change since the last summary and a year
 * earlier, the trend, short vs long absence, for a sector its units ranked (with complementary
 * suppression, domain/subscriptions/complementary.ts), a projection of the year at the current
 * pace, and one discussion tip. Null when the subscription is gone or its maker may no longer see
 * the unit's figures.
 */
import { aggregateViewer, mayAccess, withDescendants } from '../domain/access.js';
import { addDays } from '../domain/calendar.js';
import { statisticsAsOf } from '../domain/statistics/period.js';
import { childUnitIds, rankUnits, type RankingRow } from '../domain/statistics/ranking.js';
import type { StatisticsIndex } from '../domain/statistics/statistics-index.js';
import type { StatsViewer, TrendPoint } from '../domain/statistics/types.js';
import { unitReport, type UnitReport } from '../domain/statistics/unit-report.js';
import {
  periodOf,
  previousPeriod,
  type Cadence,
  type Period,
} from '../domain/subscriptions/cadence.js';
import { complementaryHidden } from '../domain/subscriptions/complementary.js';
import { onTimeShare, type OnTimeShare } from '../domain/subscriptions/on-time.js';
import { sendDate } from '../domain/subscriptions/schedule.js';
import type { ChannelSubscription } from '../domain/subscriptions/subscription.js';
import { tipForChannel } from './channel-tip.js';
import { todayIn, type UseCaseContext } from './context.js';
import { statisticsIndexOf } from './statistics.js';
import { isHrChannel, unitsAboveTarget } from './workflows/outreach-offer.js';

export interface ChannelSummaryView {
  cadence: Cadence;
  /** The period whose start the summary marks. */
  periodKey: string;
  late: boolean;
  report: UnitReport;
  /** Days per FTE at the last summary, when its monthly figures differ from today's. */
  lastSummary: number | null;
  /** A sector's units against their targets (null for a unit without sub-units). */
  ranking: RankingRow[] | null;
  /** The calendar year's days per FTE if the months so far set the pace (a projection). */
  projection: { year: number; daysPerFte: number } | null;
  /** The MED pack: the unit's latest score per well-being/APV measure (null: no MED pack). */
  wellbeing: Array<{ measure: string; score: number; date: string }> | null;
  /** Follow-up steps due in the period just ended that were done on time (null: too few). */
  onTime: OnTimeShare | null;
  /** A tip id of the catalogue (its text: cards/tip-card.ts tipTextKey). */
  tip: string;
  /** In the HR intake channel: the units shown above target, each offered the outreach (W1). */
  outreach: Array<{ unitId: string; unitName: string }>;
}

/** The latest score of each measure (the scores come oldest first). */
function latestScores(
  scores: ReadonlyArray<{ measure: string; score: number; date: string }>,
): Array<{ measure: string; score: number; date: string }> {
  const latest = new Map<string, { measure: string; score: number; date: string }>();
  for (const { measure, score, date } of scores) latest.set(measure, { measure, score, date });
  return [...latest.values()];
}

/** Sick periods this long before the reported period can still have steps due in it. */
const STEP_REACH_DAYS = 400;

/** The steps of the sick periods of everyone employed in the unit (and below) at the period's end. */
async function onTimeOf(
  ctx: Pick<UseCaseContext, 'repos'>,
  unitId: string,
  reported: Period,
  minCount: number,
): Promise<OnTimeShare | null> {
  const { units } = await ctx.repos.org.snapshot();
  const ids = withDescendants(units, [unitId]);
  const staff = await ctx.repos.org.employmentsInUnits(ids, reported.last);
  const periods = await ctx.repos.absence.periodsOfPersons(new Set(staff.map((e) => e.personKey)));
  const since = addDays(reported.first, -STEP_REACH_DAYS);
  const relevant = [...periods.values()]
    .flat()
    .filter((p) => p.start <= reported.last && (p.end === null || p.end >= since));
  const plans = await Promise.all(relevant.map((p) => ctx.repos.followUps.planFor(p.id)));
  return onTimeShare(plans.flat(), reported.first, reported.last, minCount);
}

const OPTIONS = { staffMixAsTarget: true };

/** The mean of the year's annualised months so far; null before the first month is in. */
function projectionOf(
  trend: readonly TrendPoint[],
  asOf: string,
): ChannelSummaryView['projection'] {
  const year = asOf.slice(0, 4);
  const values = trend.filter((p) => p.month.startsWith(year) && p.value !== null);
  if (values.length === 0) return null;
  const sum = values.reduce((s, p) => s + (p.value ?? 0), 0);
  return { year: Number(year), daysPerFte: sum / values.length };
}

/** A sector's units ranked, with the units whose figure would reveal a small group hidden too. */
function rankingOf(
  index: StatisticsIndex,
  unitId: string,
  asOf: string,
  viewer: StatsViewer,
): RankingRow[] | null {
  const children = childUnitIds(index, unitId);
  if (children.length === 0) return null;
  const rows = rankUnits(index, children, asOf, viewer, OPTIONS);
  const sizes = rows.map((r) => {
    const counted = unitReport(index, r.unitId, asOf, { hr: true, leads: [] }, OPTIONS);
    const persons = counted.ok ? (counted.value.figures?.persons ?? 0) : 0;
    return { unitId: r.unitId, persons, suppressed: r.suppressed };
  });
  const hide = complementaryHidden(sizes, index.settings.statistics.minGroupSize);
  return rows.map((r) =>
    hide.has(r.unitId) ? { ...r, daysPerFte: null, gap: null, suppressed: true } : r,
  );
}

export async function channelSummary(
  ctx: Pick<UseCaseContext, 'repos' | 'now'>,
  input: { subscriptionId: string; periodFirst: string; late: boolean },
): Promise<ChannelSummaryView | null> {
  const sub: ChannelSubscription | null = await ctx.repos.channelSubscriptions.get(
    input.subscriptionId,
  );
  if (!sub || !sub.active) return null;
  const { persons, units } = await ctx.repos.org.snapshot();
  const maker = persons.find((p) => p.aadObjectId === sub.createdBy);
  const request = { kind: 'unit-aggregates' as const, unitId: sub.unitId };
  if (!maker || !mayAccess(maker, persons, units, 'channel', request).ok) return null;
  // Nobody is exempt from small-group suppression in a channel.
  const viewer = aggregateViewer(maker, 'channel');
  const index = await statisticsIndexOf(ctx);
  const asOf = statisticsAsOf(todayIn(ctx));
  const report = unitReport(index, sub.unitId, asOf, viewer, OPTIONS);
  if (!report.ok) return null;
  const period = periodOf(sub.cadence, input.periodFirst);
  const lastAsOf = statisticsAsOf(sendDate(previousPeriod(period), sub.day));
  const last = lastAsOf < asOf ? unitReport(index, sub.unitId, lastAsOf, viewer, OPTIONS) : null;
  const shown = !report.value.suppressed;
  const ranking = shown ? rankingOf(index, sub.unitId, asOf, viewer) : null;
  const own = report.value;
  const rows = [
    { ...own, daysPerFte: own.figures?.daysPerFte ?? null, target: own.target?.daysPerFte ?? null },
    ...(ranking ?? []),
  ];
  const hrChannel = shown && (await isHrChannel(ctx, sub.conversationId));
  return {
    cadence: sub.cadence,
    periodKey: period.key,
    late: input.late,
    report: report.value,
    lastSummary: last?.ok ? (last.value.figures?.daysPerFte ?? null) : null,
    ranking,
    projection: shown ? projectionOf(report.value.trend, asOf) : null,
    onTime: shown
      ? await onTimeOf(
          ctx,
          sub.unitId,
          previousPeriod(period),
          index.settings.statistics.minGroupSize,
        )
      : null,
    wellbeing:
      sub.medPack && shown
        ? latestScores(await ctx.repos.channelSubscriptions.wellbeingOf(sub.unitId))
        : null,
    tip: tipForChannel(
      report.value.situation,
      `${sub.id}:${period.key}`,
      await ctx.repos.tips.disabled(),
    ),
    outreach: hrChannel ? unitsAboveTarget(rows) : [],
  };
}
