/**
 * The frame every guide step shares: who and which conversation, progress ("3 af 12"), the
 * step's body, and the navigation (back, save and continue later, cancel). Navigation buttons
 * send no inputs (`associatedInputs: 'none'`), so only the step's own button carries answers.
 */
import type { GuideKind, StepId } from '../domain/guide/guide-kinds.js';
import type { Progress } from '../domain/guide/guide-session.js';
import { raw, type Translator } from '../i18n/index.js';
import {
  card,
  container,
  heading,
  submitAction,
  text,
  type AdaptiveCard,
  type CardAction,
  type CardElement,
} from './elements.js';
import { GUIDE_VERBS } from './guide-actions.js';
import { count } from './guide-format.js';

export interface GuideFrame {
  sessionId: string;
  kind: GuideKind;
  contactDay: number | null;
  employeeName: string;
  progress: Progress;
  step: StepId;
}

/** "Sygefraværssamtale (§ 7a)" or "Første kontakt (dag 3)". */
export function kindTitle(kind: GuideKind, contactDay: number | null, t: Translator): string {
  if (kind === 'firstContact' && contactDay !== null)
    return t('guide.kind.firstContact.titleDay', { day: count(contactDay) });
  return t(`guide.kind.${kind}.title`);
}

export function progressText(progress: Progress, t: Translator): string {
  return t('guide.progress', {
    phase: raw(t(`guide.phase.${progress.phase}`)),
    index: count(progress.index),
    total: count(progress.total),
  });
}

/** A submit button inside the flow that sends no inputs. */
export function navAction(
  title: string,
  data: Record<string, string>,
  style?: 'positive' | 'destructive',
): CardAction {
  const verb = data.verb ?? '';
  return { ...submitAction(title, { ...data, verb }, style), associatedInputs: 'none' };
}

/** The step's own submit button: it sends the card's inputs with the answer. */
export function answerAction(title: string, frame: GuideFrame): CardAction {
  return submitAction(
    title,
    { verb: GUIDE_VERBS.answer, sessionId: frame.sessionId, step: frame.step },
    'positive',
  );
}

export const nextAction = (frame: GuideFrame, t: Translator): CardAction =>
  navAction(
    t('guide.nav.next'),
    { verb: GUIDE_VERBS.next, sessionId: frame.sessionId, step: frame.step },
    'positive',
  );

function navigation(frame: GuideFrame, t: Translator): CardAction[] {
  const actions: CardAction[] = [];
  if (frame.progress.index > 1) {
    actions.push(
      navAction(t('guide.nav.back'), {
        verb: GUIDE_VERBS.back,
        sessionId: frame.sessionId,
        step: frame.step,
      }),
    );
  }
  actions.push(
    navAction(t('guide.nav.leave'), { verb: GUIDE_VERBS.leave, sessionId: frame.sessionId }),
  );
  actions.push(
    navAction(
      t('guide.nav.cancel'),
      { verb: GUIDE_VERBS.cancel, sessionId: frame.sessionId },
      'destructive',
    ),
  );
  return actions;
}

function header(frame: GuideFrame, t: Translator): CardElement {
  return container([
    text(t('guide.title'), { size: 'Small', isSubtle: true }),
    heading(
      t('guide.forEmployee', {
        kind: raw(kindTitle(frame.kind, frame.contactDay, t)),
        name: frame.employeeName,
      }),
    ),
    text(progressText(frame.progress, t), { size: 'Small', color: 'Accent', spacing: 'None' }),
  ]);
}

/** Wraps a step's body in the shared frame; `primary` comes first among the buttons. */
export function guideStepCard(
  frame: GuideFrame,
  body: CardElement[],
  primary: CardAction[],
  t: Translator,
): AdaptiveCard {
  return card(
    [header(frame, t), container(body, { spacing: 'Medium' })],
    [...primary, ...navigation(frame, t)],
  );
}

/** Paragraphs of lines as text blocks; lines in a paragraph sit tight together. */
export function paragraphs(lines: string[][]): CardElement[] {
  return lines
    .filter((p) => p.length > 0)
    .map((p) =>
      container(
        p.map((line, i) => text(line, { spacing: i === 0 ? 'Default' : 'None' })),
        { spacing: 'Medium' },
      ),
    );
}
