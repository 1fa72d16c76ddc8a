/**
 * When a workflow step owner is told: a step due within two working days (or already late), or an
 * escalation, cannot wait and is told at once; any other step waits, marked "not yet told", for
 * the owner's next one daily message. At the daily build a waiting notice is shown only while its
 * step is still current with the same due date and not yet overdue (an overdue step gets the
 * scheduler's own reminder at once); otherwise it is settled without a line.
 */
import { addWorkingDays } from '../calendar.js';
import type { IsoDate } from '../model.js';
import type { StepNotice, WorkflowInstance } from './types.js';
import { isEnded } from './machine.js';

export const URGENT_WITHIN_WORKING_DAYS = 2;

export type NoticeKind = 'step' | 'escalation';

/** Whether a notice goes at once (true) or waits for the owner's next day message (false). */
export function isUrgentNotice(kind: NoticeKind, due: IsoDate | null, today: IsoDate): boolean {
  if (kind === 'escalation') return true;
  if (due === null) return false;
  return due <= addWorkingDays(today, URGENT_WITHIN_WORKING_DAYS);
}

/** What the day's build does with a waiting notice: show it as a line, or settle it unshown. */
export function noticeFate(
  wf: Pick<WorkflowInstance, 'state' | 'steps'>,
  notice: Pick<StepNotice, 'stepId' | 'due'>,
  today: IsoDate,
): 'line' | 'settle' {
  if (isEnded(wf.state) || wf.state !== notice.stepId) return 'settle';
  const due = wf.steps.find((s) => s.id === notice.stepId)?.due ?? null;
  if (due !== notice.due) return 'settle';
  return due !== null && due < today ? 'settle' : 'line';
}
