/**
 * "forsinkede opfølgninger" / "hvem mangler stadig en § 7a-samtale?": for HR, the steps in the
 * units they cover that are late or due within a few working days, grouped by unit, most late
 * first, with the leader to contact. Read-only: the leader acts on their own cards.
 */
import type { IsoDate } from '../domain/model.js';
import type { Purpose, StepTiming } from '../domain/follow-up/policy-types.js';
import type { Attention } from '../domain/overview/attention.js';
import { escapeMarkdown, raw, type Translator } from '../i18n/index.js';
import { card, container, heading, text, type AdaptiveCard, type CardElement } from './elements.js';
import { dueText, stepTitle } from './follow-up-format.js';

export interface HrLateCardView {
  today: IsoDate;
  filter: 'all' | 'legal-conversation';
  horizon: number;
  groups: ReadonlyArray<{
    unitId: string;
    unitName: string;
    rows: ReadonlyArray<{
      name: string;
      leaderName: string;
      purpose: Purpose;
      legal: boolean;
      timing: StepTiming;
      dueDate: IsoDate;
      attention: Attention;
    }>;
  }>;
  shown: number;
  total: number;
}

type Row = HrLateCardView['groups'][number]['rows'][number];

function whenText(t: Translator, row: Row, today: IsoDate): string {
  const due = raw(dueText(t, row, today));
  const days = row.attention.workingDays;
  if (row.attention.kind === 'late') {
    if (days === 0) return t('overview.hrLate.lateWeekend', { due });
    return days === 1
      ? t('overview.hrLate.lateOne', { due })
      : t('overview.hrLate.late', { due, days: String(days) });
  }
  if (days === 0) return t('overview.hrLate.today', { due });
  return days === 1
    ? t('overview.hrLate.soonOne', { due })
    : t('overview.hrLate.soon', { due, days: String(days) });
}

function rowBlock(t: Translator, row: Row, today: IsoDate): CardElement[] {
  const late = row.attention.kind === 'late';
  const legal = row.legal ? ` · ${t('followup.badge.legal')}` : '';
  return [
    text(t('overview.hrLate.row', { name: row.name, step: raw(stepTitle(t, row.purpose)) }), {
      weight: 'Bolder',
      spacing: 'Small',
    }),
    text(`${whenText(t, row, today)}${legal}`, {
      color: late ? 'Attention' : 'Warning',
      spacing: 'None',
    }),
    text(t('overview.hrLate.leader', { leader: row.leaderName }), {
      isSubtle: true,
      size: 'Small',
      spacing: 'None',
    }),
  ];
}

export function hrLateCard(view: HrLateCardView, t: Translator): AdaptiveCard {
  const legalOnly = view.filter === 'legal-conversation';
  const body: CardElement[] = [
    heading(t(legalOnly ? 'overview.hrLate.titleLegal' : 'overview.hrLate.title')),
    text(t('overview.hrLate.intro', { days: String(view.horizon) }), {
      isSubtle: true,
      spacing: 'None',
    }),
  ];
  if (view.groups.length === 0) {
    const none = legalOnly ? 'overview.hrLate.noneLegal' : 'overview.hrLate.none';
    return card([...body, text(t(none, { days: String(view.horizon) }))]);
  }
  for (const group of view.groups) {
    const rows = group.rows.flatMap((r) => rowBlock(t, r, view.today));
    const title = text(`${escapeMarkdown(group.unitName)} (${group.rows.length})`, {
      weight: 'Bolder',
      size: 'Medium',
    });
    body.push(container([title, ...rows], { separator: true, spacing: 'Medium' }));
  }
  const more = view.total - view.shown;
  if (more > 0)
    body.push(text(t('overview.hrLate.more', { count: String(more) }), { isSubtle: true }));
  return card(body);
}
