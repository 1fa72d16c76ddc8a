/** The weekly tip's settings card: choose a weekday (Monday–Friday) or turn it off in one tap. */
import type { MessageKey, Translator } from '../i18n/index.js';
import { card, choiceInput, executeAction, heading, text, type CardAction } from './elements.js';
import { TIP_VERBS } from './tip-actions.js';

export const WEEKDAYS = [1, 2, 3, 4, 5] as const;

export interface WeeklyTipView {
  /** 1 = Monday … 5 = Friday; null = off. */
  weekday: number | null;
  /** A line confirming what was just done, if anything. */
  notice: MessageKey | null;
}

export const weekdayName = (weekday: number, t: Translator): string =>
  t(`tips.weekday.${weekday}` as MessageKey);

export function weeklyTipCard(view: WeeklyTipView, t: Translator) {
  const status =
    view.weekday === null
      ? t('tips.weekly.offNow')
      : t('tips.weekly.current', { day: weekdayName(view.weekday, t) });
  const body = [heading(t('tips.weekly.title')), text(t('tips.weekly.intro'))];
  if (view.notice) {
    const day = view.weekday === null ? '' : weekdayName(view.weekday, t);
    body.push(text(t(view.notice, { day }), { color: 'Good', weight: 'Bolder' }));
  } else body.push(text(status, { weight: 'Bolder' }));
  body.push(
    choiceInput({
      id: 'weekday',
      label: t('tips.weekly.day'),
      value: String(view.weekday ?? 1),
      style: 'compact',
      choices: WEEKDAYS.map((d) => ({ title: weekdayName(d, t), value: String(d) })),
    }),
  );
  const actions: CardAction[] = [
    executeAction(t('tips.weekly.save'), { verb: TIP_VERBS.weeklySave }, 'positive'),
  ];
  if (view.weekday !== null)
    actions.push(executeAction(t('tips.weekly.stop'), { verb: TIP_VERBS.weeklyStop }));
  return card(body, actions);
}
