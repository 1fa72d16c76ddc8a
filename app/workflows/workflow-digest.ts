/**
 * Workflow steps in the day's one message ("Forløb"): which waiting notices the scheduler's daily
 * build takes (domain/workflows/notice.ts decides each), and the lines of a stored message as
 * they are now, for its recipient as they are now — a workflow the recipient may no longer see
 * is left out and the drop audited, every line shown is audited as read, like follow-up items.
 */
import { noticeFate } from '../../domain/workflows/notice.js';
import type { IsoDate } from '../../domain/model.js';
import type { NoticeRef, WorkflowInstance, WorkflowKind } from '../../domain/workflows/types.js';
import type { NewAuditEntry, Repositories } from '../../data/repositories.js';
import type { DigestRecord } from '../../data/follow-up-schema.js';
import { employeesByKey } from '../org.js';
import { maySeeWorkflow } from './workflow-roles.js';

export interface WaitingNotice extends NoticeRef {
  audience: 'leader' | 'hr';
  unitId: string;
}

/**
 * The notices not yet told: those to show in today's messages (`lines`), and those to mark told
 * without a line (`settle`: the step moved on, its due date changed, or it is overdue and the
 * scheduler's reminder tells its owners).
 */
export async function waitingWorkflowNotices(
  repos: Pick<Repositories, 'workflows'>,
  today: IsoDate,
): Promise<{ lines: WaitingNotice[]; settle: NoticeRef[] }> {
  const lines: WaitingNotice[] = [];
  const settle: NoticeRef[] = [];
  for (const wf of await repos.workflows.all())
    for (const n of wf.notices ?? []) {
      if (n.toldOn !== null) continue;
      const ref = { workflowId: wf.id, stepId: n.stepId, due: n.due, recipient: n.recipient };
      if (noticeFate(wf, n, today) === 'settle') settle.push(ref);
      else lines.push({ ...ref, audience: n.audience, unitId: wf.unitId });
    }
  return { lines, settle };
}

export interface DigestWorkflowData {
  workflowId: string;
  kind: WorkflowKind;
  stepId: string;
  due: IsoDate | null;
  /** The employee's name; null for a workflow about a unit. */
  employeeName: string | null;
  unitName: string;
  /** Whether the step is still the current one (else the line shows it moved on). */
  current: boolean;
}

type Repos = Pick<Repositories, 'org' | 'audit' | 'workflows'>;

/** Whether a stored message still has a workflow step waiting for someone. */
export async function workflowLinesOpen(repos: Repos, record: DigestRecord): Promise<boolean> {
  for (const line of record.workflows ?? []) {
    const wf = await repos.workflows.get(line.workflowId);
    if (wf?.state === line.stepId) return true;
  }
  return false;
}

/** The workflow lines of a stored message, for its recipient as they are now (audited). */
export async function digestWorkflowsFor(
  repos: Repos,
  input: { record: DigestRecord; today: IsoDate; reason: string },
): Promise<DigestWorkflowData[]> {
  const { record } = input;
  const lines = record.workflows ?? [];
  if (lines.length === 0) return [];
  const org = await repos.org.snapshot();
  const recipient = org.persons.find((p) => p.aadObjectId === record.recipient) ?? null;
  const workflows = new Map<string, WorkflowInstance>();
  for (const line of lines) {
    const wf = await repos.workflows.get(line.workflowId);
    if (wf) workflows.set(line.workflowId, wf);
  }
  const names = await employeesByKey(
    repos,
    [...workflows.values()].flatMap((wf) => (wf.personKey ? [wf.personKey] : [])),
    input.today,
  );
  const out: DigestWorkflowData[] = [];
  const entries: NewAuditEntry[] = [];
  for (const line of lines) {
    const wf = workflows.get(line.workflowId);
    if (!wf) continue;
    const allowed = recipient !== null && maySeeWorkflow(recipient, org, wf, 'scheduled');
    entries.push({
      actor: record.recipient,
      action: allowed ? 'absence.digest.read' : 'delivery.dropped',
      subject: wf.personKey,
      unitId: wf.unitId,
      outcome: allowed ? 'allowed' : 'denied',
      detail: `${input.reason}:${record.id}; ${wf.id}`,
    });
    if (!allowed) continue;
    out.push({
      workflowId: wf.id,
      kind: wf.kind,
      stepId: line.stepId,
      due: line.due,
      employeeName: wf.personKey ? (names.get(wf.personKey)?.displayName ?? '–') : null,
      unitName: org.units.find((u) => u.id === wf.unitId)?.name ?? wf.unitId,
      current: wf.state === line.stepId,
    });
  }
  // Recorded together, so the store writes them in one commit.
  await repos.audit.recordMany(entries);
  return out;
}
