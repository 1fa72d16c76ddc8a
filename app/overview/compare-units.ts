/**
 * "hvilke af mine enheder ligger højest?", "sammenlign mine enheder", "compare my units": the
 * units the person leads ranked against their targets — a sector chief's sub-units, a leader's
 * several units; for HR without units of their own, the units their role covers. Aggregates only,
 * with the small-group rule for the audience (in a group chat or a channel nobody is exempt).
 */
import { aggregateViewer, mayAccess } from '../../domain/access.js';
import type { IsoDate, Unit } from '../../domain/model.js';
import { statisticsPeriod } from '../../domain/statistics/period.js';
import { childUnitIds, rankUnits, type RankingRow } from '../../domain/statistics/ranking.js';
import type { StatisticsIndex } from '../../domain/statistics/statistics-index.js';
import { todayIn, type UseCaseContext } from '../context.js';
import { statisticsIndexOf } from '../statistics.js';
import { message, type OverviewMessage } from './answer.js';

export interface UnitComparison {
  kind: 'ranking';
  /** The unit whose sub-units are compared; null: "your units". */
  scopeName: string | null;
  asOf: IsoDate;
  rows: RankingRow[];
  year: number | null;
}

/** The units the comparison starts from: led units; else HR's units; else the municipality. */
export function rootsOf(ctx: UseCaseContext, units: readonly Unit[]): Unit[] {
  const p = ctx.actor.person;
  const byId = new Map(units.map((u) => [u.id, u]));
  const ids =
    p.leads.length > 0
      ? p.leads
      : p.hr === 'consultant' && p.hrUnits.length > 0
        ? p.hrUnits
        : p.hr !== null
          ? units.filter((u) => u.parentId === null).map((u) => u.id)
          : [];
  return ids.map((id) => byId.get(id)).filter((u): u is Unit => u !== undefined);
}

/** One root: its sub-units (none → nothing to compare); several roots: the roots themselves. */
function compared(index: StatisticsIndex, roots: readonly Unit[]) {
  const [only] = roots;
  if (roots.length === 1 && only) return { scope: only, ids: childUnitIds(index, only.id) };
  return { scope: null, ids: roots.map((u) => u.id) };
}

export async function compareUnits(
  ctx: UseCaseContext,
  input: { year: number | 'previous' | null },
): Promise<UnitComparison | OverviewMessage> {
  const asked = input.year === 'previous' ? ctx.now.year - 1 : input.year;
  const period = statisticsPeriod(todayIn(ctx), asked);
  if (!period.ok) return message('stats.futureYear', { year: String(asked) });
  const index = await statisticsIndexOf(ctx);
  const units = index.tree.units;
  const roots = rootsOf(ctx, units);
  if (roots.length === 0) return message('overview.compare.noUnits');
  const { scope, ids } = compared(index, roots);
  if (ids.length === 0) return message('overview.compare.single', { unit: scope?.name ?? '' });
  const { persons } = await ctx.repos.org.snapshot();
  const person = ctx.actor.person;
  const allowed = ids.filter(
    (unitId) =>
      mayAccess(person, persons, units, ctx.audience, { kind: 'unit-aggregates', unitId }).ok,
  );
  const viewer = aggregateViewer(person, ctx.audience);
  const { asOf, year } = period.value;
  const rows = rankUnits(index, allowed, asOf, viewer, { staffMixAsTarget: true });
  return { kind: 'ranking', scopeName: scope?.name ?? null, asOf, rows, year };
}
