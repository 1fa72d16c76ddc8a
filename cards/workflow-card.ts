/**
 * The workflow card: steps with owners and due dates, the state, the history ("Ændret af … den
 * …") and only the actions the viewer may take. It refreshes itself for everyone concerned
 * (Universal Actions user-specific views: `refresh.userIds`), so the same card in a group chat or
 * a channel shows each person their own buttons; the bot answers every Action.Execute with it.
 */
import type { WorkflowView } from '../app/workflows/workflow-view.js';
import { formatNumber, type MessageKey, type Translator } from '../i18n/index.js';
import {
  card,
  container,
  executeAction,
  facts,
  heading,
  showCardAction,
  text,
  type AdaptiveCard,
  type CardAction,
  type CardElement,
} from './elements.js';
import { formatDay } from './follow-up-format.js';
import { WORKFLOW_VERBS as V } from './workflow-actions.js';
import { fieldInput, fieldLabel } from './workflow-fields.js';

/** Whole hours without decimals, others with one (decimal comma in Danish). */
const hoursText = (t: Translator, h: number): string =>
  formatNumber(t.locale, h, Number.isInteger(h) ? 0 : 1);

const stepName = (t: Translator, id: string) => t(`workflows.step.${id}` as MessageKey);

function stepLine(
  view: WorkflowView,
  s: WorkflowView['steps'][number],
  t: Translator,
): CardElement {
  const day = (d: string) => formatDay(t.locale, d, view.today);
  const step = stepName(t, s.id);
  const owners =
    s.ownerNames.length > 0
      ? s.ownerNames.join(', ')
      : s.owners.map((r) => t(`workflows.role.${r}`)).join(', ');
  if (s.done)
    return text(t('workflows.card.stepDone', { step, name: s.done.by, date: day(s.done.on) }), {
      isSubtle: true,
    });
  const line = !s.due
    ? t('workflows.card.step', { step, owners })
    : t(s.due < view.today ? 'workflows.card.stepOverdue' : 'workflows.card.stepDue', {
        step,
        owners,
        date: day(s.due),
      });
  return text(
    line,
    s.current
      ? { weight: 'Bolder', color: s.due && s.due < view.today ? 'Attention' : 'Default' }
      : {},
  );
}

function historyLine(
  view: WorkflowView,
  h: WorkflowView['history'][number],
  t: Translator,
): CardElement {
  const step = h.stepId ? stepName(t, h.stepId) : '';
  const what = t(`workflows.history.${h.action}` as MessageKey, { step });
  const date = formatDay(t.locale, h.on, view.today);
  return text(t('workflows.card.changedBy', { name: h.by, date, what }), {
    isSubtle: true,
    size: 'Small',
  });
}

function stateText(view: WorkflowView, t: Translator): string {
  if (view.state === 'done') return t('workflows.state.done');
  if (view.state === 'declined') return t('workflows.state.declined');
  return stepName(t, view.state);
}

function actionsOf(view: WorkflowView, t: Translator): CardAction[] {
  const base = { id: view.id, version: view.version, stepId: view.state };
  const out: CardAction[] = view.actions.map((a) => {
    const title = t(`workflows.action.${a.action}`);
    const data = { verb: V.act, ...base, action: a.action };
    const style = a.action === 'decline' ? 'destructive' : 'positive';
    if (a.fields.length === 0) return executeAction(title, data, style);
    const inputs = a.fields.map((f) => fieldInput(f, t));
    return showCardAction(title, { body: inputs, actions: [executeAction(title, data, style)] });
  });
  if (view.canTake)
    out.unshift(
      executeAction(t('workflows.action.take'), { verb: V.take, id: view.id }, 'positive'),
    );
  return out;
}

function details(view: WorkflowView, t: Translator): CardElement[] {
  const out: CardElement[] = [];
  if (view.fields.length > 0) {
    const label = (key: string) => {
      const [where, field] = key.includes('.') ? key.split('.', 2) : [null, key];
      const name = fieldLabel(t, field ?? key);
      if (where === null) return name;
      const place = where === 'baseline' ? t('workflows.field.baseline') : stepName(t, where);
      return `${place} – ${name}`;
    };
    out.push(
      container(
        [
          text(t('workflows.card.values'), { weight: 'Bolder' }),
          facts(view.fields.map((f) => [label(f.key), String(f.value)])),
        ],
        { separator: true },
      ),
    );
  }
  if (view.records.length > 0) {
    const lines = view.records.map((r) =>
      text(
        t('workflows.card.record', {
          date: formatDay(t.locale, r.on, view.today),
          hours: hoursText(t, Number(r.values.hoursPerWeek ?? 0)),
        }),
      ),
    );
    out.push(
      container([text(t('workflows.card.records'), { weight: 'Bolder' }), ...lines], {
        separator: true,
      }),
    );
  }
  return out;
}

export function workflowCard(
  view: WorkflowView,
  t: Translator,
  notice: string | null = null,
): AdaptiveCard {
  const head: Array<readonly [string, string]> = [[t('workflows.card.unit'), view.unitName]];
  if (view.employeeName) head.push([t('workflows.card.employee'), view.employeeName]);
  head.push([t('workflows.card.state'), stateText(view, t)]);
  head.push([t('workflows.card.assignee'), view.assigneeName ?? t('workflows.card.unassigned')]);
  const body: CardElement[] = [
    ...(notice ? [container([text(notice)], { style: 'emphasis' })] : []),
    heading(t(`workflows.kind.${view.kind}`)),
    facts(head),
    container(
      [
        text(t('workflows.card.steps'), { weight: 'Bolder' }),
        ...view.steps.map((s) => stepLine(view, s, t)),
      ],
      { separator: true },
    ),
    ...details(view, t),
    container(
      [
        text(t('workflows.card.history'), { weight: 'Bolder' }),
        ...view.history.slice(-8).map((h) => historyLine(view, h, t)),
      ],
      { separator: true },
    ),
  ];
  const actions = actionsOf(view, t);
  if (actions.length === 0 && !view.ended)
    body.push(text(t('workflows.card.readOnly'), { isSubtle: true }));
  const c = card(body, actions);
  c.refresh = {
    action: { type: 'Action.Execute', verb: V.refresh, data: { verb: V.refresh, id: view.id } },
    userIds: view.refreshIds,
  };
  return c;
}
