/**
 * Several of the leader's own employees match the name written after "samtaleguide": a choice,
 * never a guess. Each button (Action.Submit) carries only the person's key; the dialog checks
 * again that the person is one of the clicker's employees before anything is shown.
 */
import { escapeMarkdown, raw, type Translator } from '../i18n/index.js';
import {
  actionSet,
  card,
  container,
  heading,
  submitAction,
  text,
  type AdaptiveCard,
} from './elements.js';
import { GUIDE_VERBS } from './guide-actions.js';

export const MAX_GUIDE_CHOICES = 8;

export interface GuideChoiceView {
  /** The name as the leader wrote it. */
  query: string;
  candidates: ReadonlyArray<{ personKey: string; displayName: string; unitName: string }>;
}

export function guideChoiceCard(view: GuideChoiceView, t: Translator): AdaptiveCard {
  const shown = view.candidates.slice(0, MAX_GUIDE_CHOICES);
  const rows = shown.map((c) =>
    container(
      [
        text(escapeMarkdown(c.displayName), { weight: 'Bolder' }),
        text(escapeMarkdown(c.unitName), { isSubtle: true, size: 'Small', spacing: 'None' }),
        actionSet([
          // A button title is plain text in Teams, so the name goes in as it is.
          submitAction(t('guide.choice.button', { name: raw(c.displayName) }), {
            verb: GUIDE_VERBS.pick,
            personKey: c.personKey,
          }),
        ]),
      ],
      { separator: true, spacing: 'Small' },
    ),
  );
  const body = [
    heading(t('guide.choice.title')),
    text(t('guide.choice.intro', { name: view.query })),
  ];
  if (view.candidates.length > shown.length)
    body.push(text(t('guide.choice.more'), { isSubtle: true }));
  return card([...body, ...rows]);
}
