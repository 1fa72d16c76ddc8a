/**
 * What a reader's units show now, for choosing a tip (domain/tips/choose.ts): a led unit above
 * its target or rising, and which kind of absence weighs most in its days (short periods →
 * well-being tips; long ones → early help and the way back). Aggregates of the units the reader
 * leads only, read as their own leader, and only where the reader reads alone (a tip chosen in a
 * group chat or a channel must not hint at a unit's figures).
 */
import { aggregateViewer, mayAccess, showsPersons } from '../domain/access.js';
import { statisticsAsOf } from '../domain/statistics/period.js';
import { unitReport } from '../domain/statistics/unit-report.js';
import type { TipSituation } from '../domain/tips/choose.js';
import { todayIn, type UseCaseContext } from './context.js';
import { statisticsIndexOf } from './statistics.js';

export async function readerSituations(ctx: UseCaseContext): Promise<TipSituation[]> {
  const { person } = ctx.actor;
  if (!showsPersons(ctx.audience) || person.leads.length === 0) return [];
  const index = await statisticsIndexOf(ctx);
  const { persons } = await ctx.repos.org.snapshot();
  const viewer = aggregateViewer(person, ctx.audience);
  const asOf = statisticsAsOf(todayIn(ctx));
  const found = new Set<TipSituation>();
  for (const unitId of person.leads) {
    const request = { kind: 'unit-aggregates' as const, unitId };
    if (!mayAccess(person, persons, index.tree.units, ctx.audience, request).ok) continue;
    const report = unitReport(index, unitId, asOf, viewer);
    if (!report.ok || report.value.suppressed) continue;
    const { situation, shortLong } = report.value;
    if (situation === 'above' || situation === 'rising') found.add(situation);
    if (shortLong && shortLong.shortDays + shortLong.longDays > 0)
      found.add(shortLong.shortDays >= shortLong.longDays ? 'frequent-short' : 'long-absence');
  }
  return [...found];
}
