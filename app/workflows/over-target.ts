/**
 * HR's over-target notice, decided: once a quarter has closed (the statistics of its last month
 * are in), every unit whose rolling 12 months are above its target, with its figure, its target
 * and the HR consultants serving it. Aggregates only, read as HR reads them; nobody is named.
 */
import { hrConsultantsFor } from '../../domain/access.js';
import type { IsoDate, Person } from '../../domain/model.js';
import { statisticsAsOf } from '../../domain/statistics/period.js';
import { rankUnits } from '../../domain/statistics/ranking.js';
import { todayIn, type UseCaseContext } from '../context.js';
import { statisticsIndexOf } from '../statistics.js';
import { aboveTarget } from './outreach-offer.js';

/** The quarter just closed, and the version of the statistics inputs when it was looked at. */
export interface ClosedQuarter {
  /** `2026-Q4`. */
  quarter: string;
  /** Its last day: the as-of date of the figures. */
  asOf: IsoDate;
  /** StatisticsRepository.version(): a new import or registration gives a new one. */
  version: string;
}

export interface OverTargetUnit {
  unitId: string;
  unitName: string;
  daysPerFte: number;
  target: number;
  /** Who to tell: the HR consultants serving the unit (hrConsultantsFor). */
  consultants: Person[];
}

type Ctx = Pick<UseCaseContext, 'now' | 'repos'>;

/**
 * The quarter whose figures are complete today (from its next month on, until the month after),
 * or null in the other months. The version is read here, before any figure: a write that lands
 * while the units are read then shows up as a newer version on the next look.
 */
export async function closedQuarter(ctx: Ctx): Promise<ClosedQuarter | null> {
  const asOf = statisticsAsOf(todayIn(ctx));
  const month = Number(asOf.slice(5, 7));
  if (month % 3 !== 0) return null;
  const version = await ctx.repos.statistics.version();
  return { quarter: `${asOf.slice(0, 4)}-Q${month / 3}`, asOf, version };
}

/**
 * The units above target as of the quarter's last day, each with the consultants to tell. The
 * figures are the ranking's (one totals pass for every unit; the same figure and target as the
 * unit's own report, without its trend and comparisons), read as HR reads them.
 */
export async function unitsOverTarget(ctx: Ctx, closed: ClosedQuarter): Promise<OverTargetUnit[]> {
  const org = await ctx.repos.org.snapshot();
  const index = await statisticsIndexOf(ctx);
  const ids = org.units.map((u) => u.id);
  const out: OverTargetUnit[] = [];
  for (const row of rankUnits(index, ids, closed.asOf, { hr: true, leads: [] })) {
    const { unitId, unitName, daysPerFte, target } = row;
    if (daysPerFte === null || target === null || !aboveTarget(daysPerFte, target)) continue;
    const consultants = hrConsultantsFor(org.persons, org.units, unitId);
    out.push({ unitId, unitName, daysPerFte, target, consultants });
  }
  return out;
}
