/**
 * The tab's open workflows: the same use case as the chat's "åbne forløb" / "mine forløb", with the
 * tab's audience — a leader or sector chief gets their units' workflows, HR the units they serve,
 * by due date (overdue first). Names of employees only in the personal tab; a channel tab gets the
 * workflows without them, and `?unit=` narrows the list to the tab's unit and the units under it.
 * Kind, step and due date come back in the reader's language.
 */
import type restify from 'restify';
import { z } from 'zod';
import { listWorkflows } from '../../app/workflows/workflow-list.js';
import { formatDay } from '../../cards/follow-up-format.js';
import type { MessageKey } from '../../i18n/index.js';
import { refuse, type TabRequest } from './tab-request.js';

const filterParam = z.enum(['open', 'mine']);

export async function tabWorkflows(
  tab: TabRequest,
  req: restify.Request,
  res: restify.Response,
): Promise<void> {
  const filter = filterParam.safeParse((req.params as Record<string, unknown>).filter);
  if (!filter.success) return refuse(res, 400, 'tab.error.badRequest', tab.t, 'bad filter');
  const list = await listWorkflows(tab.ctx, filter.data, tab.unit);
  const { t } = tab;
  const items = list.items.map((i) => ({
    id: i.id,
    kind: i.kind,
    kindText: t(`workflows.kind.${i.kind}`),
    stepText: t(`workflows.step.${i.stepId}` as MessageKey),
    unitName: i.unitName,
    employeeName: i.employeeName,
    ownerNames: i.ownerNames,
    due: i.due,
    dueText: i.due ? formatDay(t.locale, i.due, list.today) : null,
    overdue: i.overdue,
    mine: i.mine,
  }));
  res.header('cache-control', 'no-store');
  res.send(200, { filter: list.filter, today: list.today, items });
}
