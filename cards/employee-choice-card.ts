/**
 * Several of the leader's own employees match the written name: a choice, never a guess. Each
 * button carries the person's key and the intent with its resolved dates (Action.Execute); the
 * handler checks again that the person is one of the clicker's employees. After the choice the
 * card is replaced by one line naming who was chosen.
 */
import type { IsoDate } from '../domain/model.js';
import { escapeMarkdown, type Translator } from '../i18n/index.js';
import {
  actionSet,
  card,
  columns,
  container,
  executeAction,
  heading,
  text,
  type AdaptiveCard,
  type Json,
} from './elements.js';
import { FOLLOW_UP_VERBS } from './follow-up-actions.js';

export const MAX_CHOICES = 8;

export type ChoiceIntent =
  | { intent: 'sick'; start: IsoDate; partialPercent: number | null }
  | { intent: 'fit'; fitDate: IsoDate }
  | { intent: 'plan' };

export interface EmployeeChoiceView {
  /** The name as the leader wrote it. */
  query: string;
  candidates: ReadonlyArray<{ personKey: string; displayName: string; unitName: string }>;
  action: ChoiceIntent;
  /** Set after the choice: the card shows who was chosen instead of buttons. */
  chosen: string | null;
}

function payload(action: ChoiceIntent): Record<string, Json> {
  if (action.intent === 'sick') {
    return { intent: 'sick', start: action.start, partialPercent: action.partialPercent };
  }
  return action.intent === 'fit' ? { intent: 'fit', fitDate: action.fitDate } : { intent: 'plan' };
}

export function employeeChoiceCard(view: EmployeeChoiceView, t: Translator): AdaptiveCard {
  if (view.chosen !== null) {
    return card([text(t('followup.choice.chosen', { name: view.chosen }), { color: 'Good' })]);
  }
  const shown = view.candidates.slice(0, MAX_CHOICES);
  const rows = shown.map((c) =>
    container(
      [
        columns([
          {
            items: [
              text(escapeMarkdown(c.displayName), { weight: 'Bolder' }),
              text(escapeMarkdown(c.unitName), { isSubtle: true, size: 'Small', spacing: 'None' }),
            ],
          },
          {
            width: 'auto',
            items: [
              actionSet([
                executeAction(t('followup.choice.pick'), {
                  verb: FOLLOW_UP_VERBS.chooseEmployee,
                  personKey: c.personKey,
                  ...payload(view.action),
                }),
              ]),
            ],
          },
        ]),
      ],
      { separator: true },
    ),
  );
  const body = [
    heading(t('followup.choice.title')),
    text(t('followup.choice.body', { name: view.query })),
    ...rows,
  ];
  if (view.candidates.length > shown.length) {
    body.push(text(t('followup.choice.more'), { isSubtle: true, spacing: 'Medium' }));
  }
  return card(body);
}
