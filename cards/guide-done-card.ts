/**
 * The guide's card once the guide is finished: the plan — what was agreed, and what the
 * agreements became (contacts and status talks in the follow-up plan with their dates, tasks,
 * offers HR is told about). No buttons: the guide is closed.
 */
import type { Agreements } from '../domain/guide/agreements.js';
import type { ProposalBatch } from '../domain/guide/follow-up-proposals.js';
import type { GuideKind } from '../domain/guide/guide-kinds.js';
import { raw, type Translator } from '../i18n/index.js';
import { card, container, heading, text, type AdaptiveCard } from './elements.js';
import { kindTitle } from './guide-step-card.js';
import { bullets, proposalLine } from './guide-summary-card.js';
import { agreementLines } from './guide-text-export.js';

export interface GuideDoneView {
  kind: GuideKind;
  contactDay: number | null;
  employeeName: string;
  agreements: Agreements;
  proposals: ProposalBatch | null;
}

export function guideDoneCard(view: GuideDoneView, t: Translator): AdaptiveCard {
  const agreed = agreementLines(view.agreements, t);
  const steps = (view.proposals?.proposals ?? []).map((p) => proposalLine(p, t));
  const header = container([
    text(t('guide.title'), { size: 'Small', isSubtle: true }),
    heading(
      t('guide.forEmployee', {
        kind: raw(kindTitle(view.kind, view.contactDay, t)),
        name: view.employeeName,
      }),
    ),
  ]);
  return card([
    header,
    text(t('guide.done.title'), { weight: 'Bolder', size: 'Medium', color: 'Good' }),
    text(t('guide.done.intro', { name: view.employeeName }), { isSubtle: true }),
    container(
      [
        text(t('guide.done.agreed'), { weight: 'Bolder' }),
        ...(agreed.length > 0 ? bullets(agreed) : [text(t('guide.doc.minutes.nothingAgreed'))]),
      ],
      { style: 'emphasis' },
    ),
    container(
      [
        text(t('guide.done.steps'), { weight: 'Bolder' }),
        ...(steps.length > 0 ? bullets(steps) : [text(t('guide.done.noSteps'))]),
      ],
      { spacing: 'Medium' },
    ),
  ]);
}
