/**
 * Statistics use cases: a unit's figures, a ranking of units, the choice among matching units, and
 * the frequent-absence list. Which units may be asked about is decided by `mayAccess`; who is
 * exempt from small-group suppression by `aggregateViewer` for the audience (in a group chat or a
 * channel nobody is); the frequent-absence list names people, so it is for the personal chat only,
 * and every person on it is audited.
 */
import {
  aggregateViewer,
  isHr,
  mayAccess,
  showsPersons,
  unitsLedBy,
  visibleUnits,
} from '../domain/access.js';
import type { Unit } from '../domain/model.js';
import type { YearAsked } from '../domain/statistics/chat-intents.js';
import {
  statisticsAsOf,
  statisticsPeriod,
  type StatisticsPeriod,
} from '../domain/statistics/period.js';
import { childUnitIds, rankUnits, type RankingRow } from '../domain/statistics/ranking.js';
import type { StatisticsIndex } from '../domain/statistics/statistics-index.js';
import { unitReport, type UnitReport } from '../domain/statistics/unit-report.js';
import { frequentAbsence, type FrequentAbsentee } from '../domain/triggers.js';
import { statsGuidance, type StatsGuidance } from '../domain/tips.js';
import { commonAncestor, matchUnit } from '../domain/unit-match.js';
import type { MessageKey } from '../i18n/index.js';
import { auditAction, todayIn, type UseCaseContext } from './context.js';
import { statisticsServiceFor } from './statistics-service.js';
import { withOutreachOffer } from './workflows/outreach-offer.js';

export type StatisticsView =
  | {
      kind: 'unit';
      report: UnitReport;
      guidance: StatsGuidance;
      offerFrequent: boolean;
      /** Offer HR "Tilbyd procesforløb" (the unit is above target; see withOutreachOffer). */
      offerOutreach?: boolean;
      year: number | null;
    }
  /** scopeName null: "your units". */
  | {
      kind: 'ranking';
      scopeName: string | null;
      asOf: string;
      rows: RankingRow[];
      year: number | null;
    }
  | {
      kind: 'choice';
      query: string;
      candidates: { id: string; name: string; context: string | null }[];
      total: number;
      year: number | null;
    }
  | { kind: 'frequent'; unitName: string; people: FrequentAbsentee[] };

export type StatisticsAnswer =
  | { kind: 'views'; views: StatisticsView[] }
  | { kind: 'message'; key: MessageKey; params?: Record<string, string> };

const message = (key: MessageKey, params?: Record<string, string>): StatisticsAnswer => ({
  kind: 'message',
  key,
  params,
});

/** The index, with the totals as of `today` ready when it is known (see StatisticsService). */
export const statisticsIndexOf = (
  ctx: Pick<UseCaseContext, 'repos'> & Partial<Pick<UseCaseContext, 'now'>>,
  today: string | undefined = ctx.now && todayIn({ now: ctx.now }),
): Promise<StatisticsIndex> =>
  statisticsServiceFor(ctx.repos.statistics).index({
    asOf: today === undefined ? undefined : statisticsAsOf(today),
  });

const viewerOf = (ctx: UseCaseContext) => aggregateViewer(ctx.actor.person, ctx.audience);

/** The rolling 12 whole months as of today (the default period of every answer). */
function currentPeriod(ctx: UseCaseContext): StatisticsPeriod {
  const today = todayIn(ctx);
  const period = statisticsPeriod(today);
  return period.ok ? period.value : { asOf: today, year: null };
}

/** The period a question asks about ("sidste år" is the calendar year before today's). */
function periodFor(
  ctx: UseCaseContext,
  year: YearAsked | number | undefined,
): StatisticsPeriod | { futureYear: number } {
  const asked = year === 'previous' ? ctx.now.year - 1 : (year ?? null);
  const period = statisticsPeriod(todayIn(ctx), asked);
  if (!period.ok) return { futureYear: asked ?? ctx.now.year };
  return period.value;
}

function unitView(
  ctx: UseCaseContext,
  index: StatisticsIndex,
  unitId: string,
  period: StatisticsPeriod,
): { view: StatisticsView; figures: boolean } | null {
  const report = unitReport(index, unitId, period.asOf, viewerOf(ctx), { staffMixAsTarget: true });
  if (!report.ok) return null;
  const offerFrequent =
    showsPersons(ctx.audience) && unitsLedBy(ctx.actor.person, index.tree.units).has(unitId);
  const guidance = statsGuidance(report.value.situation);
  const view: StatisticsView = {
    kind: 'unit',
    report: report.value,
    guidance,
    offerFrequent,
    year: period.year,
  };
  return { view, figures: !report.value.noData && !report.value.empty };
}

function rankingOf(
  ctx: UseCaseContext,
  index: StatisticsIndex,
  scopeName: string | null,
  unitIds: string[],
  period: StatisticsPeriod,
): StatisticsView {
  const rows = rankUnits(index, unitIds, period.asOf, viewerOf(ctx), { staffMixAsTarget: true });
  return { kind: 'ranking', scopeName, asOf: period.asOf, rows, year: period.year };
}

/** A unit report, plus a ranking of its sub-units when it has any (a sector chief's view). */
function unitWithChildren(
  ctx: UseCaseContext,
  index: StatisticsIndex,
  unit: Unit,
  period: StatisticsPeriod,
): StatisticsAnswer {
  const first = unitView(ctx, index, unit.id, period);
  if (!first) return message('stats.unknownUnit', { query: unit.name });
  const children = childUnitIds(index, unit.id);
  if (!first.figures || children.length === 0) return { kind: 'views', views: [first.view] };
  return {
    kind: 'views',
    views: [first.view, rankingOf(ctx, index, unit.name, children, period)],
  };
}

/**
 * No unit named: the person's own scope — the units they lead; for an HR consultant who serves
 * only some units, those; for the rest of HR, the whole municipality.
 */
function ownScope(
  ctx: UseCaseContext,
  index: StatisticsIndex,
  period: StatisticsPeriod,
): StatisticsAnswer {
  const units = index.tree.units;
  const byId = new Map(units.map((u) => [u.id, u]));
  const p = ctx.actor.person;
  const rootIds = p.leads.length > 0 || p.hr !== 'consultant' ? p.leads : p.hrUnits;
  const roots = rootIds.map((id) => byId.get(id)).filter((u): u is Unit => u !== undefined);
  if (roots.length === 1 && roots[0]) return unitWithChildren(ctx, index, roots[0], period);
  if (roots.length > 1) {
    const ids = roots.map((u) => u.id);
    return { kind: 'views', views: [rankingOf(ctx, index, null, ids, period)] };
  }
  const top = units.find((u) => u.parentId === null);
  if (isHr(p) && top) return unitWithChildren(ctx, index, top, period);
  return message('stats.notYourUnit');
}

/**
 * A unit named in the question, matched forgivingly among the units the person may see. No match
 * there: "not yours" if it names some other unit, else "unknown". Several matches: the one the
 * others lie below (a plejecenter and its afsnit), else a choice — never a guess.
 */
function named(
  ctx: UseCaseContext,
  index: StatisticsIndex,
  phrase: string,
  period: StatisticsPeriod,
): StatisticsAnswer {
  const units = index.tree.units;
  const visible = visibleUnits(ctx.actor.person, units);
  const match = matchUnit(
    phrase,
    units.filter((u) => visible.has(u.id)),
  );
  if (match.kind === 'none') {
    const elsewhere = matchUnit(phrase, units).kind !== 'none';
    return message(elsewhere ? 'stats.notYourUnit' : 'stats.unknownUnit', { query: phrase });
  }
  if (match.kind !== 'several') return unitWithChildren(ctx, index, match.unit, period);
  const parents = new Map(units.map((u) => [u.id, u.parentId]));
  const top =
    match.total === match.candidates.length ? commonAncestor(match.candidates, parents) : null;
  if (top) return unitWithChildren(ctx, index, top, period);
  const names = new Map(units.map((u) => [u.id, u.name]));
  const candidates = match.candidates.map((u) => ({
    id: u.id,
    name: u.name,
    context: u.parentId ? (names.get(u.parentId) ?? null) : null,
  }));
  return {
    kind: 'views',
    views: [{ kind: 'choice', query: phrase, candidates, total: match.total, year: period.year }],
  };
}

/** "hvordan ligger vi ift. måltal?", "fravær i X", "fravær i 2024". */
export async function askStatistics(
  ctx: UseCaseContext,
  input: { unitPhrase: string | null; year: YearAsked; wholeMunicipality?: boolean },
): Promise<StatisticsAnswer> {
  const period = periodFor(ctx, input.year);
  if ('futureYear' in period)
    return message('stats.futureYear', { year: String(period.futureYear) });
  const index = await statisticsIndexOf(ctx);
  // "hele kommunen": the top of the tree, for those who may see it.
  const top = index.tree.units.find((u) => u.parentId === null);
  if (input.wholeMunicipality)
    return top && visibleUnits(ctx.actor.person, index.tree.units).has(top.id)
      ? withOutreachOffer(ctx, unitWithChildren(ctx, index, top, period))
      : message('stats.notYourUnit');
  return withOutreachOffer(
    ctx,
    input.unitPhrase ? named(ctx, index, input.unitPhrase, period) : ownScope(ctx, index, period),
  );
}

/** A unit's card (a button on a ranking or a choice): the rolling 12 months, or a calendar year. */
export async function showUnitStatistics(
  ctx: UseCaseContext,
  input: { unitId: string; year?: number },
): Promise<StatisticsAnswer> {
  const index = await statisticsIndexOf(ctx);
  const { persons } = await ctx.repos.org.snapshot();
  const units = index.tree.units;
  const request = { kind: 'unit-aggregates' as const, unitId: input.unitId };
  if (!mayAccess(ctx.actor.person, persons, units, ctx.audience, request).ok)
    return message('stats.notYourUnit');
  const period = input.year === undefined ? currentPeriod(ctx) : periodFor(ctx, input.year);
  if ('futureYear' in period)
    return message('stats.futureYear', { year: String(period.futureYear) });
  const shown = unitView(ctx, index, input.unitId, period);
  return shown
    ? withOutreachOffer(ctx, { kind: 'views', views: [shown.view] })
    : message('stats.unknownUnit', { query: input.unitId });
}

/** The leader's own employees who meet a frequency trigger; every person listed is audited. */
export async function frequentAbsenceList(
  ctx: UseCaseContext,
  input: { unitId: string | null },
): Promise<StatisticsAnswer> {
  if (!showsPersons(ctx.audience)) return message('gate.personalOnly');
  const index = await statisticsIndexOf(ctx);
  const units = index.tree.units;
  const person = ctx.actor.person;
  if (unitsLedBy(person, units).size === 0)
    return message(isHr(person) ? 'stats.frequentLeadersOnly' : 'stats.notYourUnit');
  const roots = input.unitId !== null ? [input.unitId] : person.leads;
  const { persons, policies } = await ctx.repos.org.snapshot();
  for (const unitId of roots) {
    const decision = mayAccess(person, persons, units, ctx.audience, { kind: 'employee', unitId });
    if (!decision.ok) return message('stats.notYourUnit');
  }
  const people = frequentAbsence(index, roots, todayIn(ctx), policies);
  for (const p of people)
    await auditAction(ctx, 'absence.frequent.read', p.personKey, p.unitId, 'allowed');
  const unitName = roots.map((id) => units.find((u) => u.id === id)?.name ?? id).join(', ');
  return { kind: 'views', views: [{ kind: 'frequent', unitName, people }] };
}

/** Whether a unit is above its absence target now: the same figure as its card, seen by HR. */
export async function unitAboveTarget(
  ctx: Pick<UseCaseContext, 'repos'>,
  unitId: string,
  today: string,
): Promise<boolean> {
  const index = await statisticsIndexOf(ctx, today);
  const report = unitReport(
    index,
    unitId,
    statisticsAsOf(today),
    { hr: true, leads: [] },
    { staffMixAsTarget: true, withoutComparisons: true },
  );
  if (!report.ok) return false;
  // Not the gap (none when the window's data is partial): a figure above the target with part of
  // the absence not yet in the data is above it all the more.
  const value = report.value.figures?.daysPerFte ?? null;
  const target = report.value.target?.daysPerFte ?? null;
  return value !== null && target !== null && value > target;
}
