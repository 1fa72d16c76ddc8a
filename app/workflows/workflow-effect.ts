/**
 * W1's before-and-after: the unit's absence (dagsværk per FTE, rolling 12 months) when the
 * outreach starts and when its effect is measured, attached to the workflow automatically. The
 * figure is read as by a reader with no exemption, so a small unit's figure is suppressed (not
 * attached) wherever the card is shown.
 */
import { statisticsAsOf } from '../../domain/statistics/period.js';
import { unitReport } from '../../domain/statistics/unit-report.js';
import type { IsoDate } from '../../domain/model.js';
import type { WorkflowInstance } from '../../domain/workflows/types.js';
import type { UseCaseContext } from '../context.js';
import { statisticsIndexOf } from '../statistics.js';

/** The unit's days per FTE and its target as of `today` (null: suppressed or unknown). */
export async function unitFigure(
  ctx: Pick<UseCaseContext, 'repos'>,
  unitId: string,
  today: IsoDate,
): Promise<{ daysPerFte: number | null; target: number | null; asOf: IsoDate }> {
  const index = await statisticsIndexOf(ctx);
  const asOf = statisticsAsOf(today);
  const report = unitReport(index, unitId, asOf, { hr: false, leads: [] }, {});
  const value = report.ok ? (report.value.figures?.daysPerFte ?? null) : null;
  const target = report.ok ? (report.value.target?.daysPerFte ?? null) : null;
  const round = (n: number | null) => (n === null ? null : Math.round(n * 10) / 10);
  return { daysPerFte: round(value), target: value === null ? null : round(target), asOf };
}

/** The unit's days per FTE as of `today`, or null when suppressed or unknown. */
export async function unitDaysPerFte(
  ctx: Pick<UseCaseContext, 'repos'>,
  unitId: string,
  today: IsoDate,
): Promise<number | null> {
  return (await unitFigure(ctx, unitId, today)).daysPerFte;
}

/** The figure to attach: at launch as `baseline.*`, when the effect step is done as `effect.*`. */
export async function attachFigure(
  ctx: Pick<UseCaseContext, 'repos'>,
  wf: Pick<WorkflowInstance, 'kind' | 'unitId'>,
  moment: 'baseline' | 'effect',
  today: IsoDate,
): Promise<Record<string, string | number>> {
  if (wf.kind !== 'outreach') return {};
  const value = await unitDaysPerFte(ctx, wf.unitId, today);
  return value === null ? {} : { [`${moment}.daysPerFte`]: value, [`${moment}.asOf`]: today };
}
