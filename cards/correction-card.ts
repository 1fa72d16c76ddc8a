/**
 * The correction cards: the confirmation before an undo ("Vil du fortryde: Mette Jensen
 * registreret syg fra mandag 30. november?"), before "ikke syg alligevel" removes a period, and the
 * question when "rask igen" comes on the first sick day ("Var det kun i dag?"). Action.Execute:
 * the card is replaced in place by one line saying what happened.
 */
import type { ChangeSummary } from '../domain/follow-up/corrections.js';
import type { IsoDate } from '../domain/model.js';
import { raw, type Translator } from '../i18n/index.js';
import { card, executeAction, heading, text, type AdaptiveCard } from './elements.js';
import { CORRECTION_VERBS as V } from './correction-actions.js';
import { formatDay, stepTitle } from './follow-up-format.js';

export interface UndoConfirmView {
  entryId: string;
  summary: ChangeSummary;
  /** The last day the change may be undone. */
  deadline: IsoDate;
  today: IsoDate;
}

export interface PeriodQuestionView {
  personKey: string;
  periodId: string;
  summary: Pick<ChangeSummary, 'employeeName' | 'date'>;
  today: IsoDate;
}

const day = (t: Translator, date: IsoDate | null, today: IsoDate): string =>
  date ? formatDay(t.locale, date, today) : '–';

/** The change in words: "Mette Jensen registreret syg fra mandag 30. november". */
export function changeText(t: Translator, s: ChangeSummary, today: IsoDate): string {
  const name = s.employeeName;
  const date = day(t, s.date, today);
  const step = raw(s.purpose ? stepTitle(t, s.purpose) : '–');
  switch (s.kind) {
    case 'sick':
      return s.percent === null
        ? t('corrections.what.sick', { name, date })
        : t('corrections.what.sickPartial', { name, date, percent: String(s.percent) });
    case 'fit':
      return t('corrections.what.fit', { name, date });
    case 'complete':
      return t('corrections.what.complete', { name, step });
    case 'postpone':
      return t('corrections.what.postpone', { name, step, date });
    case 'not-sick':
      return t('corrections.what.notSick', { name, date });
    case 'extent':
      return t('corrections.what.extent', { name });
    case 'first-day':
      return t('corrections.what.firstDay', { name, date });
  }
}

const keep = (t: Translator) => executeAction(t('corrections.no'), { verb: V.keep });

export function undoConfirmCard(view: UndoConfirmView, t: Translator): AdaptiveCard {
  const what = changeText(t, view.summary, view.today);
  return card(
    [
      heading(t('corrections.undo.title')),
      text(t('corrections.undo.question', { what: raw(what) })),
      text(t('corrections.undo.window', { deadline: day(t, view.deadline, view.today) }), {
        isSubtle: true,
        size: 'Small',
      }),
    ],
    [
      executeAction(
        t('corrections.undo.yes'),
        { verb: V.confirm, entryId: view.entryId },
        'destructive',
      ),
      keep(t),
    ],
  );
}

export function notSickConfirmCard(view: PeriodQuestionView, t: Translator): AdaptiveCard {
  const name = view.summary.employeeName;
  const date = day(t, view.summary.date, view.today);
  const ref = { personKey: view.personKey, periodId: view.periodId };
  return card(
    [
      heading(t('corrections.notSick.title')),
      text(t('corrections.notSick.question', { name, date })),
    ],
    [
      executeAction(t('corrections.notSick.yes'), { verb: V.notSick, ...ref }, 'destructive'),
      keep(t),
    ],
  );
}

export function oneDayCard(view: PeriodQuestionView, t: Translator): AdaptiveCard {
  const name = view.summary.employeeName;
  const ref = { personKey: view.personKey, periodId: view.periodId };
  return card(
    [heading(t('corrections.oneDay.title')), text(t('corrections.oneDay.body', { name }))],
    [
      executeAction(t('corrections.oneDay.yes'), { verb: V.oneDay, ...ref }, 'positive'),
      executeAction(t('corrections.oneDay.no'), { verb: V.notSick, ...ref }),
    ],
  );
}

/** What replaces a correction card once it is answered: one line. */
export function correctionDoneCard(message: string, good: boolean): AdaptiveCard {
  return card([text(message, { color: good ? 'Good' : 'Attention' })]);
}
