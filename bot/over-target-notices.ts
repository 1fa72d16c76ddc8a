/**
 * HR's over-target notice: when a quarter has closed (the statistics of its last month are in),
 * each HR consultant serving a unit whose rolling 12 months are above its target gets one card in
 * their personal chat, with "Tilbyd procesforløb" (W1) and the target follow-up (W2, which starts
 * at a quarter's end). Aggregates only, read as HR reads alone. Exactly once per unit, quarter and
 * consultant: the outbox id names all three, so a repeated tick or a restart queues nothing twice.
 */
import { hrConsultantsFor } from '../domain/access.js';
import { statisticsAsOf } from '../domain/statistics/period.js';
import { unitReport } from '../domain/statistics/unit-report.js';
import { todayIn } from '../app/context.js';
import { statisticsIndexOf } from '../app/statistics.js';
import { aboveTarget } from '../app/workflows/outreach-offer.js';
import { card, executeAction, heading, text } from '../cards/elements.js';
import { formatDays } from '../cards/stats-format.js';
import { WORKFLOW_VERBS } from '../cards/workflow-actions.js';
import { outreachLaunchAction } from '../cards/workflow-forms.js';
import type { OutboxRepository } from '../data/outbox-repository.js';
import { translator } from '../i18n/index.js';
import type { AppDeps } from './deps.js';

/** The quarter planned last for a store: its units are not read again on every tick. */
const plannedQuarter = new WeakMap<object, string>();

/** Queues the notices of the quarter that has just closed; returns how many were queued. */
export async function planOverTargetNotices(
  deps: AppDeps,
  outbox: OutboxRepository,
): Promise<number> {
  const asOf = statisticsAsOf(todayIn({ now: deps.clock() }));
  const month = Number(asOf.slice(5, 7));
  if (month % 3 !== 0) return 0;
  const quarter = `${asOf.slice(0, 4)}-Q${month / 3}`;
  if (plannedQuarter.get(deps.repos) === quarter) return 0;
  const org = await deps.repos.org.snapshot();
  const index = await statisticsIndexOf({ repos: deps.repos });
  const dueAt = deps.clock().toUTC().toISO() ?? '';
  const items = [];
  for (const unit of org.units) {
    const report = unitReport(index, unit.id, asOf, { hr: true, leads: [] }, {});
    if (!report.ok) continue;
    const value = report.value.figures?.daysPerFte ?? null;
    const target = report.value.target?.daysPerFte ?? null;
    if (!aboveTarget(value, target)) continue;
    for (const hr of hrConsultantsFor(org.persons, org.units, unit.id)) {
      const ref = await deps.repos.conversations.personalReference(hr.aadObjectId);
      const t = translator(ref?.locale ?? hr.locale ?? deps.config.defaultLocale);
      const params = {
        unit: unit.name,
        period: quarter,
        value: formatDays(value, t),
        target: formatDays(target, t),
      };
      const notice = card(
        [
          heading(t('workflows.overTarget.title', params)),
          text(t('workflows.overTarget.body', params)),
        ],
        [
          outreachLaunchAction(unit.id, t),
          executeAction(t('workflows.button.target-breach'), {
            verb: WORKFLOW_VERBS.form,
            kind: 'target-breach',
            unitId: unit.id,
          }),
        ],
      );
      const about = { as: 'hr' as const, unitIds: [unit.id], subjects: [] };
      items.push({
        id: `over-target:${unit.id}:${quarter}:${hr.aadObjectId}`,
        recipient: hr.aadObjectId,
        kind: 'card',
        payload: { card: notice, about },
        dueAt,
      });
    }
  }
  const added = items.length > 0 ? (await outbox.enqueue(items)).added : 0;
  plannedQuarter.set(deps.repos, quarter);
  return added;
}
