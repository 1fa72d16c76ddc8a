/**
 * "hvem er syg i dag?" / "overblik": the leader's own employees sick today (name, since, extent,
 * day of the period) and the follow-up steps due or late today, each with the daily digest's
 * buttons (cards/due-digest-actions.ts), which carry the stored digest's id so a click answers
 * with that digest refreshed in place.
 */
import type { IsoDate } from '../domain/model.js';
import type { FollowUpStep } from '../domain/follow-up/step-types.js';
import { escapeMarkdown, type Translator } from '../i18n/index.js';
import { itemActions } from './due-digest-actions.js';
import { card, container, heading, text, type AdaptiveCard, type CardElement } from './elements.js';
import { dueText, formatDay, stepTitle } from './follow-up-format.js';

export interface OverviewCardView {
  today: IsoDate;
  digestId: string | null;
  sick: ReadonlyArray<{
    name: string;
    unitName: string;
    start: IsoDate;
    partialPercent: number | null;
    day: number;
  }>;
  sickTotal: number;
  due: ReadonlyArray<{ step: FollowUpStep; name: string }>;
  dueTotal: number;
}

function extent(t: Translator, partialPercent: number | null): string {
  return partialPercent === null
    ? t('followup.plan.full')
    : t('followup.plan.partial', { percent: String(partialPercent) });
}

function sickSection(view: OverviewCardView, t: Translator): CardElement[] {
  const out: CardElement[] = [
    text(t('overview.sick.title', { count: String(view.sickTotal) }), {
      weight: 'Bolder',
      size: 'Medium',
      separator: true,
    }),
  ];
  if (view.sick.length === 0) return [...out, text(t('overview.sick.none'), { isSubtle: true })];
  for (const s of view.sick) {
    const since = t('overview.sick.since', {
      date: formatDay(t.locale, s.start, view.today),
      day: String(s.day),
    });
    out.push(
      text(`**${escapeMarkdown(s.name)}** · ${escapeMarkdown(s.unitName)}`, { spacing: 'Small' }),
      text(`${since} · ${extent(t, s.partialPercent)}`, { isSubtle: true, spacing: 'None' }),
    );
  }
  const more = view.sickTotal - view.sick.length;
  if (more > 0)
    out.push(text(t('overview.sick.more', { count: String(more) }), { isSubtle: true }));
  return out;
}

function dueLine(t: Translator, step: FollowUpStep, today: IsoDate): CardElement {
  const late = step.dueDate < today;
  const date = formatDay(t.locale, step.dueDate, today);
  const line = !late
    ? dueText(t, step, today)
    : step.timing === 'deadline'
      ? t('followup.date.overdue', { date })
      : t('overview.due.missed', { date });
  const legal = step.legal ? ` · ${t('followup.badge.legal')}` : '';
  return text(`${line}${legal}`, { color: late ? 'Attention' : 'Default', spacing: 'None' });
}

function dueSection(view: OverviewCardView, t: Translator): CardElement[] {
  const out: CardElement[] = [
    text(t('overview.due.title', { count: String(view.dueTotal) }), {
      weight: 'Bolder',
      size: 'Medium',
      separator: true,
      spacing: 'Large',
    }),
  ];
  if (view.due.length === 0) return [...out, text(t('overview.due.none'), { isSubtle: true })];
  view.due.forEach(({ step, name }, slot) => {
    const title = `**${escapeMarkdown(name)}** · ${stepTitle(t, step.purpose)}`;
    out.push(
      container(
        [
          text(title),
          dueLine(t, step, view.today),
          ...itemActions(t, step, slot, view.today, view.digestId),
        ],
        { separator: slot > 0, spacing: 'Medium' },
      ),
    );
  });
  const more = view.dueTotal - view.due.length;
  if (more > 0) out.push(text(t('overview.due.more', { count: String(more) }), { isSubtle: true }));
  return out;
}

export function overviewCard(view: OverviewCardView, t: Translator): AdaptiveCard {
  return card([
    heading(t('overview.title', { date: formatDay(t.locale, view.today) })),
    ...sickSection(view, t),
    ...dueSection(view, t),
    text(t('followup.plan.privacy'), { isSubtle: true, size: 'Small', separator: true }),
  ]);
}
