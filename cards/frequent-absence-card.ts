/**
 * Employees who meet a frequency trigger of their unit's policy, by name — for the leader's own
 * units only. The caller does access control and writes the audit log; this card only formats.
 */
import type { FrequentAbsentee, TriggerEvaluation } from '../domain/triggers.js';
import { escapeMarkdown, type Translator } from '../i18n/index.js';
import { card, container, heading, text, type AdaptiveCard, type CardElement } from './elements.js';

export interface FrequentAbsenceView {
  /** The unit asked about (the leader's unit). */
  unitName: string;
  people: readonly FrequentAbsentee[];
}

export const MAX_PEOPLE = 40;

function triggerLine(e: TriggerEvaluation, t: Translator): string {
  const params = {
    value: String(e.value),
    months: String(e.windowMonths),
    threshold: String(e.threshold),
  };
  return t(e.kind === 'periods' ? 'stats.frequent.periods' : 'stats.frequent.days', params);
}

function person(p: FrequentAbsentee, view: FrequentAbsenceView, t: Translator): CardElement {
  const items: CardElement[] = [text(escapeMarkdown(p.displayName), { weight: 'Bolder' })];
  if (p.unitName !== view.unitName)
    items.push(
      text(escapeMarkdown(p.unitName), { isSubtle: true, size: 'Small', spacing: 'None' }),
    );
  items.push(text(p.met.map((e) => triggerLine(e, t)).join('\n\n'), { spacing: 'None' }));
  return container(items, { separator: true, spacing: 'Medium' });
}

export function frequentAbsenceCard(view: FrequentAbsenceView, t: Translator): AdaptiveCard {
  const body: CardElement[] = [heading(t('stats.frequent.title'))];
  if (view.people.length === 0)
    return card([...body, text(t('stats.frequent.none', { unit: view.unitName }))]);
  body.push(text(t('stats.frequent.intro', { unit: view.unitName })));
  const shown = view.people.slice(0, MAX_PEOPLE);
  body.push(...shown.map((p) => person(p, view, t)));
  if (view.people.length > shown.length) {
    body.push(
      text(
        t('stats.frequent.more', {
          shown: String(shown.length),
          total: String(view.people.length),
        }),
        { isSubtle: true },
      ),
    );
  }
  body.push(text(t('stats.frequent.privacy'), { isSubtle: true, size: 'Small', spacing: 'Large' }));
  return card(body);
}
