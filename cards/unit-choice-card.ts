/**
 * When a unit name matches several units: a choice, never a guess. Each candidate has an "open"
 * button carrying { verb: 'stats.showUnit', unitId }.
 */
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
} from './elements.js';
import { STATS_VERBS } from './stats-actions.js';

export interface UnitChoiceView {
  /** What the user wrote. */
  query: string;
  /** The candidates, best first; `context` (e.g. the parent unit's name) tells equal names apart. */
  candidates: ReadonlyArray<{ id: string; name: string; context?: string | null }>;
  /** How many units matched in all (may exceed the candidates shown). */
  total: number;
  /** The calendar year asked about, carried on to the unit's card; null for the rolling 12 months. */
  year?: number | null;
}

export function unitChoiceCard(view: UnitChoiceView, t: Translator): AdaptiveCard {
  const rows = view.candidates.map((c) =>
    container(
      [
        columns([
          {
            items: [
              text(escapeMarkdown(c.name), { weight: 'Bolder' }),
              ...(c.context
                ? [
                    text(escapeMarkdown(c.context), {
                      isSubtle: true,
                      size: 'Small',
                      spacing: 'None',
                    }),
                  ]
                : []),
            ],
          },
          {
            width: 'auto',
            items: [
              actionSet([
                executeAction(t('stats.button.open'), {
                  verb: STATS_VERBS.showUnit,
                  unitId: c.id,
                  ...(view.year ? { year: view.year } : {}),
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
    heading(t('stats.choice.title')),
    text(t('stats.choice.body', { query: view.query })),
    ...rows,
  ];
  if (view.total > view.candidates.length) {
    body.push(
      text(t('stats.choice.more', { total: String(view.total) }), {
        isSubtle: true,
        spacing: 'Medium',
      }),
    );
  }
  return card(body);
}
