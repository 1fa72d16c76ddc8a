/**
 * "Tilbyd procesforløb" (W1) where HR sees that a unit is over target: on the statistics card of a
 * unit above its target now, for a viewer who may launch the outreach for that unit (the launch's
 * own rule, mayLaunch), in their personal chat (a card in a group shows everyone the same
 * buttons); and on a channel summary in the HR intake channel, for every unit on it above target
 * (whoever presses is checked then, and gets the form in their personal chat). The figure and
 * target are the card's own.
 */
import { showsPersons } from '../../domain/access.js';
import type { UseCaseContext } from '../context.js';
import type { StatisticsAnswer } from '../statistics.js';
import { mayLaunch } from './workflow-roles.js';

/** Whether a shown figure is above its target (no figure or no target: not above). */
export const aboveTarget = (value: number | null, target: number | null): boolean =>
  value !== null && target !== null && value > target;

/** One channel, whether a message was posted at its top or as a reply in a thread. */
const channelKey = (conversationId: string): string => conversationId.split(';')[0] ?? '';

/**
 * Whether a channel is HR's own: the HR intake channel. A summary an HR consultant set up for a
 * MED committee or a leaders' team is read by the very people the offer is about, so the maker's
 * role does not decide it; the channel HR made its intake does.
 */
export async function isHrChannel(
  ctx: Pick<UseCaseContext, 'repos'>,
  conversationId: string,
): Promise<boolean> {
  const intake = await ctx.repos.workflows.intakeChannel();
  return intake !== null && channelKey(intake) === channelKey(conversationId);
}

/** The units of a channel summary that are above target and shown with a figure. */
export function unitsAboveTarget(
  rows: ReadonlyArray<{
    unitId: string;
    unitName: string;
    daysPerFte: number | null;
    target: number | null;
  }>,
): Array<{ unitId: string; unitName: string }> {
  return rows
    .filter((r) => aboveTarget(r.daysPerFte, r.target))
    .map(({ unitId, unitName }) => ({ unitId, unitName }));
}

export async function withOutreachOffer(
  ctx: UseCaseContext,
  answer: StatisticsAnswer,
): Promise<StatisticsAnswer> {
  if (answer.kind !== 'views' || !showsPersons(ctx.audience)) return answer;
  const org = await ctx.repos.org.snapshot();
  const views = answer.views.map((view) => {
    if (view.kind !== 'unit' || view.year !== null) return view;
    const value = view.report.figures?.daysPerFte ?? null;
    const target = view.report.target?.daysPerFte ?? null;
    if (!aboveTarget(value, target)) return view;
    const subject = { unitId: view.report.unitId, personKey: null };
    const may = mayLaunch(ctx.actor.person, org, 'outreach', subject, ctx.audience);
    return may ? { ...view, offerOutreach: true } : view;
  });
  return { ...answer, views };
}
