/**
 * "Tilbyd procesforløb" (W1) where HR sees that a unit is over target: on the statistics card of a
 * unit above its target now, for a viewer who may launch the outreach for that unit (the launch's
 * own rule, workflowRolesOf), in their personal chat (a card in a group shows everyone the same
 * buttons). The figure and target are the card's own.
 */
import { showsPersons } from '../../domain/access.js';
import { definitionOf } from '../../domain/workflows/catalogue.js';
import type { UseCaseContext } from '../context.js';
import type { StatisticsAnswer } from '../statistics.js';
import { workflowRolesOf } from './workflow-roles.js';

export async function withOutreachOffer(
  ctx: UseCaseContext,
  answer: StatisticsAnswer,
): Promise<StatisticsAnswer> {
  if (answer.kind !== 'views' || !showsPersons(ctx.audience)) return answer;
  const org = await ctx.repos.org.snapshot();
  const launchers = definitionOf('outreach').launchedBy;
  const views = answer.views.map((view) => {
    if (view.kind !== 'unit' || view.year !== null) return view;
    const value = view.report.figures?.daysPerFte ?? null;
    const target = view.report.target?.daysPerFte ?? null;
    if (value === null || target === null || value <= target) return view;
    const subject = { unitId: view.report.unitId, personKey: null };
    const roles = workflowRolesOf(ctx.actor.person, org, subject, ctx.audience);
    return launchers.some((r) => roles.includes(r)) ? { ...view, offerOutreach: true } : view;
  });
  return { ...answer, views };
}
