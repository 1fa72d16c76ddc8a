/**
 * "hvordan går det med Mette?": one of the leader's own employees — the current or latest sick
 * period, sick periods and days in the last 12 months, the frequent-absence limits reached, and
 * the follow-up plan in short (the whole plan is the plan card's). Also the choice among several
 * employees of the name written, each button carrying { verb: 'overview.showEmployee', personKey }.
 */
import type { IsoDate } from '../domain/model.js';
import type { FollowUpStep } from '../domain/follow-up/step-types.js';
import type { TriggerEvaluation } from '../domain/triggers.js';
import { escapeMarkdown, raw, type Translator } from '../i18n/index.js';
import {
  actionSet,
  card,
  columns,
  container,
  executeAction,
  facts,
  heading,
  text,
  type AdaptiveCard,
  type CardElement,
} from './elements.js';
import { dueText, formatDay, stateText, stepTitle } from './follow-up-format.js';
import { OVERVIEW_VERBS } from './overview-actions.js';

/** At most this many plan steps are listed; the plan card has them all. */
export const MAX_PLAN_ROWS = 6;
export const MAX_EMPLOYEE_CHOICES = 8;

export interface EmployeeCardView {
  name: string;
  unitName: string;
  today: IsoDate;
  period: {
    start: IsoDate;
    end: IsoDate | null;
    partialPercent: number | null;
    days: number;
  } | null;
  lastYear: { periods: number; days: number };
  triggersMet: readonly TriggerEvaluation[];
  plan: { policyName: string; steps: readonly FollowUpStep[] } | null;
}

function periodFacts(view: EmployeeCardView, t: Translator): Array<[string, string]> {
  const p = view.period;
  const day = (d: IsoDate) => formatDay(t.locale, d, view.today);
  if (!p) return [[t('overview.employee.lastPeriod'), t('overview.employee.noPeriod')]];
  const extent =
    p.partialPercent === null
      ? t('followup.plan.full')
      : t('followup.plan.partial', { percent: String(p.partialPercent) });
  const open = p.end === null || p.end >= view.today;
  const value = open
    ? t('overview.employee.sickNowValue', { date: raw(day(p.start)), day: String(p.days) })
    : t('overview.employee.lastPeriodValue', {
        start: raw(day(p.start)),
        end: raw(day(p.end ?? p.start)),
        days: String(p.days),
      });
  const label = open ? t('overview.employee.sickNow') : t('overview.employee.lastPeriod');
  return [
    [label, value],
    [t('followup.plan.extent'), extent],
  ];
}

function triggerLines(view: EmployeeCardView, t: Translator): CardElement[] {
  if (view.triggersMet.length === 0) return [];
  const lines = view.triggersMet.map((e) =>
    text(
      t(
        e.kind === 'periods' ? 'overview.employee.triggerPeriods' : 'overview.employee.triggerDays',
        {
          value: String(e.value),
          months: String(e.windowMonths),
          threshold: String(e.threshold),
        },
      ),
      { color: 'Warning', spacing: 'Small' },
    ),
  );
  const hint = text(t('overview.employee.triggerHint', { name: view.name }), {
    isSubtle: true,
    spacing: 'Small',
  });
  return [container([...lines, hint], { style: 'emphasis' })];
}

function planRows(view: EmployeeCardView, t: Translator): CardElement[] {
  const heading = text(t('overview.employee.plan'), {
    weight: 'Bolder',
    size: 'Medium',
    separator: true,
  });
  if (!view.plan || view.plan.steps.length === 0)
    return [heading, text(t('overview.employee.noPlan'), { isSubtle: true })];
  const steps = [...view.plan.steps].sort(
    (a, b) => a.dueDate.localeCompare(b.dueDate) || a.day - b.day,
  );
  const rows = steps.slice(0, MAX_PLAN_ROWS).map((s) =>
    columns([
      { width: '2', items: [text(dueText(t, s, view.today), { size: 'Small' })] },
      { width: '3', items: [text(stepTitle(t, s.purpose), { size: 'Small', weight: 'Bolder' })] },
      { width: '2', items: [text(stateText(t, s), { size: 'Small', isSubtle: true })] },
    ]),
  );
  const policy = t('overview.employee.planPolicy', { policy: view.plan.policyName });
  const out = [heading, text(policy, { isSubtle: true, spacing: 'None' }), ...rows];
  const more = steps.length - rows.length;
  if (more > 0)
    out.push(
      text(t('overview.employee.planMore', { count: String(more), name: view.name }), {
        isSubtle: true,
      }),
    );
  return out;
}

export function employeeCard(view: EmployeeCardView, t: Translator): AdaptiveCard {
  const yearValue = t('overview.employee.lastYearValue', {
    periods: String(view.lastYear.periods),
    days: String(view.lastYear.days),
  });
  return card([
    heading(t('overview.employee.title', { name: view.name })),
    facts([
      [t('overview.employee.unit'), escapeMarkdown(view.unitName)],
      ...periodFacts(view, t),
      [t('overview.employee.lastYear'), yearValue],
    ]),
    ...triggerLines(view, t),
    ...planRows(view, t),
    text(t('followup.plan.privacy'), { isSubtle: true, size: 'Small', separator: true }),
  ]);
}

export interface EmployeeChoiceCardView {
  query: string;
  candidates: ReadonlyArray<{ personKey: string; displayName: string; unitName: string }>;
}

/** Several of the leader's employees match the name: a choice, never a guess. */
export function employeeOverviewChoiceCard(
  view: EmployeeChoiceCardView,
  t: Translator,
): AdaptiveCard {
  const shown = view.candidates.slice(0, MAX_EMPLOYEE_CHOICES);
  const rows = shown.map((c) =>
    container(
      [
        columns([
          {
            items: [
              text(escapeMarkdown(c.displayName), { weight: 'Bolder' }),
              text(escapeMarkdown(c.unitName), { isSubtle: true, spacing: 'None' }),
            ],
          },
          {
            width: 'auto',
            items: [
              actionSet([
                executeAction(t('followup.choice.pick'), {
                  verb: OVERVIEW_VERBS.showEmployee,
                  personKey: c.personKey,
                }),
              ]),
            ],
          },
        ]),
      ],
      { separator: true },
    ),
  );
  const more =
    view.candidates.length > shown.length
      ? [text(t('followup.choice.more'), { isSubtle: true })]
      : [];
  return card([
    heading(t('followup.choice.title')),
    text(t('followup.choice.body', { name: view.query })),
    ...rows,
    ...more,
  ]);
}
