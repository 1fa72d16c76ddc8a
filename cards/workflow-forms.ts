/** The launch form (pre-filled facts, only the missing fields asked), "start forløb", the lists. */
import type { LaunchForm } from '../app/workflows/workflow-launch.js';
import type { WorkflowList } from '../app/workflows/workflow-list.js';
import type { StartChoices } from '../app/workflows/workflow-start.js';
import type { MessageKey, Translator } from '../i18n/index.js';
import {
  card,
  choiceInput,
  executeAction,
  facts,
  heading,
  text,
  type AdaptiveCard,
  type CardAction,
} from './elements.js';
import { formatDay } from './follow-up-format.js';
import { formatDays } from './stats-format.js';
import { WORKFLOW_VERBS as V } from './workflow-actions.js';
import { fieldInput } from './workflow-fields.js';

export function workflowLaunchCard(
  form: LaunchForm,
  launchId: string,
  today: string,
  t: Translator,
): AdaptiveCard {
  const day = (d: string) => formatDay(t.locale, d, today);
  const rows: Array<readonly [string, string]> = [[t('workflows.card.unit'), form.unitName]];
  if (form.employeeName) rows.push([t('workflows.card.employee'), form.employeeName]);
  if (form.sick) {
    rows.push([t('workflows.launch.sickSince'), day(form.sick.since)]);
    rows.push([t('workflows.launch.sickDays'), String(form.sick.days)]);
    for (const m of form.sick.milestones)
      rows.push([t(`workflows.launch.milestone.${m.key}` as MessageKey), day(m.on)]);
  }
  if (form.figures) {
    const value = formatDays(form.figures.daysPerFte, t);
    const target = form.figures.target === null ? '–' : formatDays(form.figures.target, t);
    rows.push([
      t('workflows.launch.period'),
      t('workflows.launch.rolling', { date: day(form.figures.asOf) }),
    ]);
    rows.push([t('workflows.launch.figure'), t('workflows.launch.figureValue', { value, target })]);
  }
  const data = {
    verb: V.launch,
    kind: form.kind,
    personKey: form.personKey,
    unitId: form.unitId,
    launchId,
  };
  return card(
    [
      heading(t('workflows.launch.title', { kind: t(`workflows.kind.${form.kind}`) })),
      facts(rows),
      ...form.fields.map((f) => fieldInput(f, t)),
    ],
    [executeAction(t('workflows.launch.start'), data, 'positive')],
  );
}

/** "start forløb": which workflow (only those the reader may launch), and for whom. */
export function workflowStartCard(choices: StartChoices, t: Translator): AdaptiveCard {
  const kinds = choices.kinds.map((k) => ({ title: t(`workflows.kind.${k}`), value: k }));
  const people = choices.employees.map((e) => ({ title: e.displayName, value: e.personKey }));
  return card(
    [
      heading(t('workflows.start.title')),
      choiceInput({
        id: 'kind',
        label: t('workflows.start.kind'),
        choices: kinds,
        isRequired: true,
        errorMessage: t('workflows.field.required'),
      }),
      ...(people.length > 0
        ? [
            choiceInput({
              id: 'personKey',
              label: t('workflows.start.employee'),
              choices: people,
              style: 'filtered',
            }),
          ]
        : []),
    ],
    [executeAction(t('workflows.start.next'), { verb: V.form })],
  );
}

export function workflowListCard(list: WorkflowList, t: Translator): AdaptiveCard {
  const title = heading(t(list.filter === 'mine' ? 'workflows.list.mine' : 'workflows.list.open'));
  if (list.items.length === 0) return card([title, text(t('workflows.list.empty'))]);
  const rows = list.items.slice(0, 25).map((i) => {
    const who = [i.unitName, i.employeeName].filter((x) => x !== null).join(' · ');
    const due = i.due ? formatDay(t.locale, i.due, list.today) : '–';
    const step = t(`workflows.step.${i.stepId}` as MessageKey);
    return [
      t(`workflows.kind.${i.kind}`),
      `${who} – ${step} – ${due}${i.overdue ? ' ⚠' : ''}`,
    ] as const;
  });
  const buttons = list.items.slice(0, 5).map((i) =>
    executeAction(`${t('workflows.list.open.button')}: ${t(`workflows.kind.${i.kind}`)}`, {
      verb: V.refresh,
      id: i.id,
    }),
  );
  return card([title, facts(rows)], buttons);
}

/**
 * HR's "Tilbyd procesforløb" (W1) where a unit is over target: opens the launch form. Where a
 * card offers it for several units, the button names its unit.
 */
export function outreachLaunchAction(
  unitId: string,
  t: Translator,
  unitName: string | null = null,
): CardAction {
  const title = t('workflows.button.outreach');
  return executeAction(unitName ? `${title}: ${unitName}` : title, {
    verb: V.form,
    kind: 'outreach',
    unitId,
  });
}

/** The leader's launch buttons where the need shows up (the follow-up plan of a sick employee). */
export function workflowLaunchActions(personKey: string | null, t: Translator): CardAction[] {
  if (personKey === null) return [];
  const kinds = ['early-intervention', 'psychologist', 'partial-return'] as const;
  return kinds.map((kind) =>
    executeAction(t(`workflows.button.${kind}`), { verb: V.form, kind, personKey }),
  );
}
