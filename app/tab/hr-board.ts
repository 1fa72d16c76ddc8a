/**
 * The HR consultant's board in the personal tab: the units their role covers ranked against
 * target, grouped by sector (the heat map), the units whose figure is rising against a year
 * earlier (the bot's own "rising" situation), and the share of follow-up steps done on time per
 * unit over the last 12 months (counts only, no person). Access per unit by mayAccess; who is
 * exempt from small-group suppression by aggregateViewer.
 */
import { aggregateViewer, mayAccess } from '../../domain/access.js';
import type { IsoDate, Unit } from '../../domain/model.js';
import { onTimeShares, type OnTimeShare } from '../../domain/overview/on-time.js';
import { statisticsPeriod } from '../../domain/statistics/period.js';
import { childUnitIds, rankUnits, type RankingRow } from '../../domain/statistics/ranking.js';
import { unitReport } from '../../domain/statistics/unit-report.js';
import { todayIn, type UseCaseContext } from '../context.js';
import { message, personalOnly, type OverviewMessage } from '../overview/answer.js';
import { rootsOf } from '../overview/compare-units.js';
import { statisticsIndexOf } from '../statistics.js';

export interface SectorRanking {
  sectorId: string;
  sectorName: string;
  rows: RankingRow[];
}

export interface RisingUnit {
  unitId: string;
  unitName: string;
  daysPerFte: number;
  previousYear: number;
}

export interface HrBoard {
  kind: 'hr-board';
  asOf: IsoDate;
  sectors: SectorRanking[];
  rising: RisingUnit[];
  onTime: (OnTimeShare & { unitName: string })[];
}

/** The sectors the board groups by: visible 'forvaltning' units, else the viewer's roots. */
function sectorsOf(ctx: UseCaseContext, units: readonly Unit[], may: (id: string) => boolean) {
  const sectors = units.filter((u) => u.level === 'forvaltning' && may(u.id));
  return sectors.length > 0 ? sectors : rootsOf(ctx, units).filter((u) => may(u.id));
}

export async function hrBoard(ctx: UseCaseContext): Promise<HrBoard | OverviewMessage> {
  const gate = personalOnly(ctx);
  if (gate) return gate;
  if (ctx.actor.person.hr === null) return message('overview.hrLate.hrOnly');
  const today = todayIn(ctx);
  const period = statisticsPeriod(today);
  const asOf = period.ok ? period.value.asOf : today;
  const index = await statisticsIndexOf(ctx);
  const units = index.tree.units;
  const { persons } = await ctx.repos.org.snapshot();
  const person = ctx.actor.person;
  const may = (unitId: string) =>
    mayAccess(person, persons, units, ctx.audience, { kind: 'unit-aggregates', unitId }).ok;
  const viewer = aggregateViewer(person, ctx.audience);
  const options = { staffMixAsTarget: true };
  const sectors = sectorsOf(ctx, units, may).map((s) => ({
    sectorId: s.id,
    sectorName: s.name,
    rows: rankUnits(index, childUnitIds(index, s.id).filter(may), asOf, viewer, options),
  }));
  const rising: RisingUnit[] = [];
  for (const row of sectors.flatMap((s) => s.rows)) {
    const report = unitReport(index, row.unitId, asOf, viewer, options);
    if (!report.ok || report.value.situation !== 'rising') continue;
    const now = report.value.figures?.daysPerFte ?? null;
    const before = report.value.previousYear;
    if (now !== null && before !== null)
      rising.push({
        unitId: row.unitId,
        unitName: row.unitName,
        daysPerFte: now,
        previousYear: before,
      });
  }
  const names = new Map(units.map((u) => [u.id, u.name]));
  const since = ctx.now.minus({ years: 1 }).toISODate() ?? today;
  const shares = onTimeShares(await ctx.repos.followUps.closedStepsSince(since));
  const onTime = [...shares.values()]
    .filter((s) => may(s.unitId))
    .map((s) => ({ ...s, unitName: names.get(s.unitId) ?? s.unitId }))
    .sort((a, b) => (a.share ?? 1) - (b.share ?? 1) || a.unitName.localeCompare(b.unitName, 'da'));
  return { kind: 'hr-board', asOf, sectors, rising, onTime };
}
