/**
 * After the conversation: the summary both can read (the agreements in plain words and what
 * happens next), and the minutes draft for both to sign, exportable as text.
 */
import type { Agreements } from '../domain/guide/agreements.js';
import type { MinutesDraft } from '../domain/guide/documents.js';
import type { FollowUpProposal, ProposalBatch } from '../domain/guide/follow-up-proposals.js';
import { raw, type Translator } from '../i18n/index.js';
import {
  container,
  facts,
  text,
  type AdaptiveCard,
  type CardAction,
  type CardElement,
} from './elements.js';
import { GUIDE_VERBS } from './guide-actions.js';
import { formatLongDate } from './guide-format.js';
import { guideStepCard, navAction, nextAction, type GuideFrame } from './guide-step-card.js';
import { agreementLines, minutesFacts } from './guide-text-export.js';

export interface SummaryView {
  agreements: Agreements;
  proposals: ProposalBatch | null;
  notHeld: boolean;
}

export const bullets = (lines: readonly string[]): CardElement[] =>
  lines.map((l, i) => text(`- ${l}`, { spacing: i === 0 ? 'Small' : 'None' }));

export function proposalLine(p: FollowUpProposal, t: Translator): string {
  const date = (iso: string): string => formatLongDate(t.locale, iso);
  switch (p.type) {
    case 'contact':
      return p.reason === 'agreed'
        ? t('guide.summary.contact', {
            date: date(p.date),
            form: raw(t(`guide.contactForm.${p.form}`)),
          })
        : t('guide.summary.partialCheck', { date: date(p.date) });
    case 'hrNotification':
      return t('guide.summary.hr', { offer: raw(t(`guide.offer.${p.offer}`)) });
    case 'task':
      if (p.task === 'fastTrack')
        return p.dueDate
          ? t('guide.summary.task.fastTrack', { date: date(p.dueDate) })
          : t('guide.summary.task.fastTrackNoDate');
      if (p.task === 'mulighedserklaering') {
        return t('guide.summary.task.mulighedserklaering', {
          date: p.dueDate ? date(p.dueDate) : '–',
        });
      }
      return t(`guide.summary.task.${p.task}`);
  }
}

/** The last step finishes the guide; otherwise the card moves on. */
function forward(frame: GuideFrame, t: Translator): CardAction {
  if (frame.progress.index < frame.progress.total) return nextAction(frame, t);
  return navAction(
    t('guide.nav.complete'),
    { verb: GUIDE_VERBS.complete, sessionId: frame.sessionId, step: frame.step },
    'positive',
  );
}

export function guideSummaryCard(
  frame: GuideFrame,
  view: SummaryView,
  t: Translator,
): AdaptiveCard {
  const lines = agreementLines(view.agreements, t);
  const body: CardElement[] = [
    text(t('guide.summary.title'), { weight: 'Bolder', size: 'Medium' }),
    text(view.notHeld ? t('guide.summary.notHeld') : t('guide.summary.intro'), { isSubtle: true }),
    container(lines.length > 0 ? bullets(lines) : [text(t('guide.doc.minutes.nothingAgreed'))], {
      style: 'emphasis',
    }),
  ];
  const next = (view.proposals?.proposals ?? []).map((p) => proposalLine(p, t));
  if (next.length > 0)
    body.push(
      container([text(t('guide.summary.whatNext'), { weight: 'Bolder' }), ...bullets(next)], {
        spacing: 'Medium',
      }),
    );
  if (view.agreements.nextContact === null)
    body.push(text(t('guide.summary.noNextContact'), { color: 'Warning' }));
  return guideStepCard(frame, body, [forward(frame, t)], t);
}

/** Who signs: the leader and the employee (and the bisidder, who went through it first). */
function signatureLines(draft: MinutesDraft, t: Translator): CardElement[] {
  const lines = [
    text(t('guide.doc.minutes.signatures'), { weight: 'Bolder', spacing: 'Medium' }),
    text(t('guide.doc.minutes.signLeader', { name: draft.leaderName }), { spacing: 'Small' }),
    text(t('guide.doc.minutes.signEmployee', { name: draft.employeeName }), { spacing: 'None' }),
  ];
  if (draft.participants.includes('bisidder'))
    lines.push(text(t('guide.doc.minutes.bisidder'), { spacing: 'None' }));
  return lines;
}

export function guideMinutesCard(
  frame: GuideFrame,
  draft: MinutesDraft,
  t: Translator,
): AdaptiveCard {
  const lines = agreementLines(draft.agreements, t, draft.mulighedserklaeringPart1);
  const body: CardElement[] = [
    text(t('guide.minutes.title'), { weight: 'Bolder', size: 'Medium' }),
    text(t('guide.minutes.intro'), { isSubtle: true }),
    container(
      [
        text(t(`guide.doc.minutes.title.${draft.kind}`), { weight: 'Bolder' }),
        facts(minutesFacts(draft, t)),
        text(t('guide.doc.minutes.frame'), { isSubtle: true, size: 'Small' }),
        text(t('guide.doc.minutes.agreements'), { weight: 'Bolder' }),
        ...(lines.length > 0 ? bullets(lines) : [text(t('guide.doc.minutes.nothingAgreed'))]),
        text(t('guide.doc.minutes.comments'), { weight: 'Bolder', spacing: 'Medium' }),
        ...signatureLines(draft, t),
        text(t('guide.doc.minutes.filing'), { isSubtle: true, size: 'Small' }),
      ],
      { style: 'emphasis' },
    ),
  ];
  const exportText = navAction(t('guide.nav.exportText'), {
    verb: GUIDE_VERBS.exportText,
    sessionId: frame.sessionId,
    document: 'minutes',
  });
  return guideStepCard(frame, body, [forward(frame, t), exportText], t);
}
