/**
 * "Registrer sygdom": employee picker over the leader's own employees, first sick day, full or
 * partial with a percent. Action.Execute (standalone card, updated in place with a confirmation).
 * The handler still checks that the chosen person is one of the leader's employees.
 */
import type { IsoDate } from '../domain/model.js';
import type { Translator } from '../i18n/index.js';
import {
  card,
  choiceInput,
  dateInput,
  executeAction,
  heading,
  numberInput,
  text,
  type AdaptiveCard,
  type CardElement,
} from './elements.js';
import { FOLLOW_UP_VERBS } from './follow-up-actions.js';
import { formatDay } from './follow-up-format.js';

export interface RegisterSickView {
  employees: ReadonlyArray<{ personKey: string; displayName: string }>;
  today: IsoDate;
  /** The earliest start allowed (a year back). */
  oldest: IsoDate;
  /** Values to keep when the card is shown again after a refusal. */
  values: { personKey?: string; start?: IsoDate; partialPercent?: number | null } | null;
  /** An already translated refusal shown above the form. */
  error: string | null;
  /** Set after a successful registration: the updated card shows a confirmation only. */
  registered: { employeeName: string; start: IsoDate } | null;
}

function inputs(view: RegisterSickView, t: Translator): CardElement[] {
  const v = view.values ?? {};
  const partial = v.partialPercent !== undefined && v.partialPercent !== null;
  return [
    choiceInput({
      id: 'employee',
      label: t('followup.register.employee'),
      style: 'filtered',
      isRequired: true,
      errorMessage: t('followup.register.employeeError'),
      choices: view.employees.map((e) => ({ title: e.displayName, value: e.personKey })),
      ...(v.personKey ? { value: v.personKey } : {}),
    }),
    dateInput({
      id: 'start',
      label: t('followup.register.start'),
      isRequired: true,
      errorMessage: t('followup.register.startError'),
      value: v.start ?? view.today,
      min: view.oldest,
      max: view.today,
    }),
    choiceInput({
      id: 'extent',
      label: t('followup.register.extent'),
      style: 'expanded',
      value: partial ? 'partial' : 'full',
      choices: [
        { title: t('followup.register.full'), value: 'full' },
        { title: t('followup.register.partial'), value: 'partial' },
      ],
    }),
    numberInput({
      id: 'percent',
      label: t('followup.register.percent'),
      min: 1,
      max: 99,
      errorMessage: t('followup.register.percentError'),
      ...(partial && v.partialPercent ? { value: v.partialPercent } : {}),
    }),
  ];
}

export function registerSickCard(view: RegisterSickView, t: Translator): AdaptiveCard {
  const body: CardElement[] = [heading(t('followup.register.title'))];
  if (view.registered) {
    const date = formatDay(t.locale, view.registered.start, view.today);
    body.push(
      text(t('followup.register.done', { name: view.registered.employeeName, date }), {
        color: 'Good',
      }),
    );
    return card(body);
  }
  if (view.employees.length === 0) {
    body.push(text(t('followup.register.noEmployees')));
    return card(body);
  }
  body.push(text(t('followup.register.intro')));
  if (view.error) body.push(text(view.error, { color: 'Attention', weight: 'Bolder' }));
  body.push(...inputs(view, t));
  return card(body, [
    executeAction(
      t('followup.register.submit'),
      { verb: FOLLOW_UP_VERBS.registerSick },
      'positive',
    ),
  ]);
}
