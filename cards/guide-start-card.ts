/**
 * Entry cards: choosing which conversation to prepare (the suggested kind first), and offering
 * to resume a guide that was left part-way.
 */
import type { GuideKind } from '../domain/guide/guide-kinds.js';
import type { Progress } from '../domain/guide/guide-session.js';
import { raw, type Translator } from '../i18n/index.js';
import {
  actionSet,
  card,
  container,
  heading,
  submitAction,
  text,
  type AdaptiveCard,
  type CardElement,
} from './elements.js';
import { GUIDE_VERBS } from './guide-actions.js';
import { count } from './guide-format.js';
import { kindTitle, navAction } from './guide-step-card.js';

export interface GuideStartView {
  employeeName: string;
  personKey: string;
  sickPeriodId: string | null;
  /** Kinds that fit now, the suggested one first. */
  kinds: readonly GuideKind[];
  suggested: GuideKind | null;
  /** Planned day of the first-contact call, from the follow-up plan. */
  contactDay: number | null;
}

function kindBlock(view: GuideStartView, kind: GuideKind, t: Translator): CardElement {
  const suggested = kind === view.suggested;
  const data = {
    verb: GUIDE_VERBS.start,
    personKey: view.personKey,
    sickPeriodId: view.sickPeriodId,
    kind,
    contactDay: kind === 'firstContact' ? view.contactDay : null,
  };
  const items: CardElement[] = [
    text(kindTitle(kind, kind === 'firstContact' ? view.contactDay : null, t), {
      weight: 'Bolder',
    }),
  ];
  if (suggested)
    items.push(text(t('guide.start.suggested'), { color: 'Good', size: 'Small', spacing: 'None' }));
  items.push(text(t(`guide.kind.${kind}.when`), { isSubtle: true, spacing: 'None' }));
  items.push(
    actionSet([submitAction(t('guide.start.button'), data, suggested ? 'positive' : undefined)]),
  );
  return container(items, {
    style: suggested ? 'emphasis' : 'default',
    spacing: 'Medium',
    separator: !suggested,
  });
}

export function guideStartCard(view: GuideStartView, t: Translator): AdaptiveCard {
  const ordered = view.suggested
    ? [view.suggested, ...view.kinds.filter((k) => k !== view.suggested)]
    : [...view.kinds];
  return card([
    heading(t('guide.title')),
    text(t('guide.start.intro', { name: view.employeeName })),
    ...ordered.map((kind) => kindBlock(view, kind, t)),
    text(t('guide.start.privacy'), { isSubtle: true, size: 'Small', spacing: 'Medium' }),
  ]);
}

export interface GuideResumeView {
  sessionId: string;
  kind: GuideKind;
  contactDay: number | null;
  employeeName: string;
  progress: Progress;
}

export function guideResumeCard(view: GuideResumeView, t: Translator): AdaptiveCard {
  const body = t('guide.resume.body', {
    kind: raw(kindTitle(view.kind, view.contactDay, t)),
    name: view.employeeName,
    index: count(view.progress.index),
    total: count(view.progress.total),
  });
  return card(
    [heading(t('guide.resume.title')), text(body)],
    [
      navAction(
        t('guide.resume.continue'),
        { verb: GUIDE_VERBS.resume, sessionId: view.sessionId },
        'positive',
      ),
      navAction(
        t('guide.resume.startOver'),
        { verb: GUIDE_VERBS.restart, sessionId: view.sessionId },
        'destructive',
      ),
    ],
  );
}
