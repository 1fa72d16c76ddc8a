/**
 * Workflow cards through the outbox: "a step is yours now", the intake channel's new requests,
 * and the scheduler's reminders and escalations of overdue steps. Each card is drawn for its
 * recipient (their own actions) in their language; ids name workflow, step and due date, so a
 * repeated tick or a restart sends nothing twice.
 */
import { todayIn } from '../app/context.js';
import { overdueWorkflowSteps } from '../app/workflows/workflow-due.js';
import type { WorkflowOptions } from '../app/workflows/workflow-seams.js';
import { withTeamsIds, workflowView } from '../app/workflows/workflow-view.js';
import { employeesByKey } from '../app/org.js';
import type { CardAbout } from '../app/proactive.js';
import { workflowCard } from '../cards/workflow-card.js';
import type { WorkflowInstance } from '../domain/workflows/types.js';
import type { OrgSnapshot } from '../data/repositories.js';
import type { OutboxRepository } from '../data/outbox-repository.js';
import { translator, type MessageKey } from '../i18n/index.js';
import type { AppDeps } from './deps.js';

const aboutOf = (wf: WorkflowInstance, as: 'leader' | 'hr'): CardAbout => ({
  as,
  unitIds: [wf.unitId],
  subjects: wf.personKey ? [{ personKey: wf.personKey, unitId: wf.unitId }] : [],
});

async function enqueueFor(
  deps: AppDeps,
  outbox: OutboxRepository,
  wf: WorkflowInstance,
  org: OrgSnapshot,
  recipients: readonly string[],
  idOf: (aad: string) => string,
  headline: MessageKey,
): Promise<void> {
  const now = deps.clock();
  const today = todayIn({ now });
  const names = wf.personKey ? await employeesByKey(deps.repos, [wf.personKey], today) : null;
  const employee = wf.personKey ? (names?.get(wf.personKey)?.displayName ?? '–') : null;
  const items = [];
  for (const aad of recipients) {
    const person = org.persons.find((p) => p.aadObjectId === aad);
    if (!person) continue;
    const ref = await deps.repos.conversations.personalReference(aad);
    const t = translator(ref?.locale ?? person.locale ?? deps.config.defaultLocale);
    const view = await withTeamsIds(
      workflowView(wf, person, org, 'scheduled', employee, today),
      deps.repos.conversations,
    );
    const about = aboutOf(wf, person.hr !== null && !person.leads.length ? 'hr' : 'leader');
    const payload = { card: workflowCard(view, t, t(headline)), about };
    const dueAt = now.toUTC().toISO() ?? '';
    items.push({ id: idOf(aad), recipient: aad, kind: 'card', payload, dueAt });
  }
  if (items.length > 0) await outbox.enqueue(items);
}

export function workflowOptions(deps: AppDeps, outbox: OutboxRepository): WorkflowOptions {
  return {
    notifier: {
      async stepOwners(wf, recipients) {
        const org = await deps.repos.org.snapshot();
        const due = wf.steps.find((s) => s.id === wf.state)?.due ?? '';
        const id = (aad: string) => `wf:${wf.id}:${wf.state}:${due}:yours:${aad}`;
        await enqueueFor(deps, outbox, wf, org, recipients, id, 'workflows.notify.yours');
      },
      async intake(wf, conversationId) {
        // The channel gets a card without the employee: anyone there may read along. It is
        // drawn in the language the channel was set up in.
        const locale = await deps.repos.workflows.intakeLocale();
        const t = translator(locale ?? deps.config.defaultLocale);
        const org = await deps.repos.org.snapshot();
        const hr = org.persons.find((p) => p.hr !== null);
        if (!hr) return;
        const today = todayIn({ now: deps.clock() });
        const view = await withTeamsIds(
          workflowView(wf, hr, org, 'channel', null, today),
          deps.repos.conversations,
        );
        const card = workflowCard({ ...view, actions: [] }, t, t('workflows.intake.new'));
        const dueAt = deps.clock().toUTC().toISO() ?? '';
        const about = { as: 'hr' as const, unitIds: [wf.unitId], subjects: [] };
        const item = { id: `wf:${wf.id}:intake`, recipient: hr.aadObjectId, conversationId };
        await outbox.enqueue([{ ...item, kind: 'card', payload: { card, about }, dueAt }]);
      },
    },
    async sendPrivately(recipient, card, id) {
      // Only where the bot already has a personal chat; a unit's form names no one.
      if (!(await deps.repos.conversations.personalReference(recipient))) return false;
      const dueAt = deps.clock().toUTC().toISO() ?? '';
      await outbox.enqueue([{ id, recipient, kind: 'card', payload: { card }, dueAt }]);
      return true;
    },
    onNotifyError: (err) => deps.logger.error({ err }, 'workflow notification failed'),
  };
}

/** Reminders and escalations of overdue steps, each once per workflow, step and due date. */
export async function enqueueWorkflowReminders(
  deps: AppDeps,
  outbox: OutboxRepository,
): Promise<number> {
  const today = todayIn({ now: deps.clock() });
  const { org, steps } = await overdueWorkflowSteps(deps.repos, today);
  for (const s of steps) {
    const key = `wf:${s.workflow.id}:${s.stepId}:${s.due}`;
    const remind = (aad: string) => `${key}:remind:${aad}`;
    const escalate = (aad: string) => `${key}:escalate:${aad}`;
    await enqueueFor(deps, outbox, s.workflow, org, s.remind, remind, 'workflows.remind.overdue');
    await enqueueFor(
      deps,
      outbox,
      s.workflow,
      org,
      s.escalate,
      escalate,
      'workflows.remind.overdue',
    );
  }
  return steps.length;
}
