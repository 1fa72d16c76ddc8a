/**
 * The follow-up plan of one sick period as a timeline ("hvad skal jeg gøre for Mette?"):
 * each step with its date, what it is for, and its state. Read-only: actions live on due cards.
 * Without a period (`period: null`) it shows the person's own steps, e.g. the next contact
 * agreed in a frequent-absence conversation while the employee is at work.
 */
import { workflowLaunchActions } from './workflow-forms.js';
import type { IsoDate } from '../domain/model.js';
import { LEGAL_CONVERSATION_KEY, EMPLOYER_PERIOD_DAYS } from '../domain/follow-up/legal-overlay.js';
import type { FollowUpStep } from '../domain/follow-up/step-types.js';
import { escapeMarkdown, type Translator } from '../i18n/index.js';
import {
  card,
  columns,
  container,
  facts,
  heading,
  text,
  type AdaptiveCard,
  type CardElement,
} from './elements.js';
import {
  dueText,
  formatDay,
  plusDays,
  stateText,
  stepPurpose,
  stepTitle,
} from './follow-up-format.js';

export interface PlanCardView {
  employeeName: string;
  /** Null for the person's own steps, which belong to no sick period. */
  period: { start: IsoDate; end: IsoDate | null; partialPercent: number | null } | null;
  policyName: string;
  /** The period's (or the person's own) steps (any order; shown by due date). */
  steps: readonly FollowUpStep[];
  today: IsoDate;
}

type Color = 'Default' | 'Good' | 'Warning' | 'Attention' | 'Accent';

function stateColor(step: FollowUpStep, today: IsoDate): Color {
  if (step.state === 'done') return 'Good';
  if (step.state === 'not-needed' && step.missedBeforeFit) return 'Warning';
  if ((step.state === 'open' || step.state === 'postponed') && step.dueDate < today)
    return 'Attention';
  return 'Default';
}

function badges(t: Translator, step: FollowUpStep): string {
  const parts = [
    step.legal ? t('followup.badge.legal') : '',
    step.mandatory ? '' : t('followup.badge.recommended'),
  ];
  return parts.filter((p) => p !== '').join(' · ');
}

function extraNotes(t: Translator, step: FollowUpStep, ref: IsoDate): CardElement[] {
  const out: CardElement[] = [];
  if (step.key === LEGAL_CONVERSATION_KEY)
    out.push(text(t('followup.para56'), { isSubtle: true, size: 'Small' }));
  if (step.purpose === 'municipality-report') {
    const date = formatDay(t.locale, plusDays(step.periodStart, EMPLOYER_PERIOD_DAYS - 1), ref);
    out.push(text(t('followup.employerPeriodEnds', { date }), { isSubtle: true, size: 'Small' }));
  }
  if (step.state === 'postponed' && step.postponedTo) {
    out.push(
      text(t('followup.digest.postponedTo', { date: formatDay(t.locale, step.postponedTo, ref) }), {
        size: 'Small',
      }),
    );
  }
  return out;
}

function stepRow(t: Translator, step: FollowUpStep, today: IsoDate): CardElement {
  const badge = badges(t, step);
  const details: CardElement[] = [
    text(stepTitle(t, step.purpose), { weight: 'Bolder' }),
    ...(badge ? [text(badge, { size: 'Small', color: 'Accent', spacing: 'None' })] : []),
    text(stepPurpose(t, step.purpose), { isSubtle: true, spacing: 'Small' }),
    ...extraNotes(t, step, today),
    text(stateText(t, step), { color: stateColor(step, today), spacing: 'Small' }),
  ];
  return columns([
    { width: '1', items: [text(dueText(t, step, today), { weight: 'Bolder', size: 'Small' })] },
    { width: '3', items: details },
  ]);
}

function periodFacts(t: Translator, view: PlanCardView): CardElement {
  const { period } = view;
  if (period === null) return text(t('followup.plan.personSteps'));
  const extent =
    period.partialPercent === null
      ? t('followup.plan.full')
      : t('followup.plan.partial', { percent: String(period.partialPercent) });
  const pairs: Array<[string, string]> = [
    [t('followup.plan.start'), formatDay(t.locale, period.start, view.today)],
  ];
  if (period.end) pairs.push([t('followup.plan.end'), formatDay(t.locale, period.end, view.today)]);
  pairs.push(
    [t('followup.plan.extent'), extent],
    [t('followup.plan.policy'), escapeMarkdown(view.policyName)],
  );
  return facts(pairs);
}

export function followUpPlanCard(view: PlanCardView, t: Translator): AdaptiveCard {
  const steps = [...view.steps].sort((a, b) => a.dueDate.localeCompare(b.dueDate) || a.day - b.day);
  const rows = steps.map((s, i) =>
    container([stepRow(t, s, view.today)], { separator: i > 0, spacing: 'Medium' }),
  );
  return card(
    [
      heading(t('followup.plan.title', { name: view.employeeName })),
      periodFacts(t, view),
      ...(rows.length > 0 ? rows : [text(t('followup.plan.empty'))]),
      text(t('followup.plan.privacy'), { isSubtle: true, size: 'Small', separator: true }),
    ],
    workflowLaunchActions(view.steps[0]?.personKey ?? null, t),
  );
}
