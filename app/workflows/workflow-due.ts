/**
 * Overdue workflow steps for the scheduler: the current step's owners are reminded the first
 * working day after its due date; from five working days late HR serving the unit and the sector
 * chief are told too. The caller sends each once (ids per workflow, step and due date).
 */
import { workingDaysBetween } from '../../domain/calendar.js';
import type { IsoDate } from '../../domain/model.js';
import { isEnded } from '../../domain/workflows/machine.js';
import type { WorkflowInstance } from '../../domain/workflows/types.js';
import type { OrgSnapshot, Repositories } from '../../data/repositories.js';
import { currentOwners } from './workflow-notify.js';
import { holdersOf } from './workflow-roles.js';

export const ESCALATE_AFTER_WORKING_DAYS = 5;

export interface OverdueStep {
  workflow: WorkflowInstance;
  stepId: string;
  due: IsoDate;
  remind: string[];
  escalate: string[];
}

export async function overdueWorkflowSteps(
  repos: Pick<Repositories, 'workflows' | 'org'>,
  today: IsoDate,
): Promise<{ org: OrgSnapshot; steps: OverdueStep[] }> {
  const org = await repos.org.snapshot();
  const steps: OverdueStep[] = [];
  for (const wf of await repos.workflows.all()) {
    if (isEnded(wf.state)) continue;
    const due = wf.steps.find((s) => s.id === wf.state)?.due;
    if (!due || due >= today) continue;
    const remind = currentOwners(org, wf);
    // Both ends count, so the due day itself is taken off.
    const late = workingDaysBetween(due, today) - 1 >= ESCALATE_AFTER_WORKING_DAYS;
    const escalate = late
      ? [...holdersOf(org, wf, 'hr'), ...holdersOf(org, wf, 'sector-chief')]
          .map((p) => p.aadObjectId)
          .filter((id) => !remind.includes(id))
      : [];
    steps.push({ workflow: wf, stepId: wf.state, due, remind, escalate: [...new Set(escalate)] });
  }
  return { org, steps };
}
