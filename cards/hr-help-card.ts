/**
 * "Bed HR om hjælp": the unit's HR consultant gets the case facts — start date, extent, periods
 * and sick days in 12 months, milestones done and due — and can answer the leader. Never a
 * diagnosis (none is stored); of a skipped step only "not appropriate now" travels, not the
 * leader's reason or note.
 */
import type { IsoDate } from '../domain/model.js';
import type { HrCaseFacts, Milestone } from '../domain/follow-up/hr-facts.js';
import { escapeMarkdown, raw, type Translator } from '../i18n/index.js';
import {
  card,
  executeAction,
  facts,
  heading,
  showCardAction,
  text,
  textInput,
  type AdaptiveCard,
  type CardElement,
} from './elements.js';
import { FOLLOW_UP_VERBS } from './follow-up-actions.js';
import { dueText, formatDay, stepTitle } from './follow-up-format.js';

export interface HrHelpView {
  leaderName: string;
  employeeName: string;
  unitName: string;
  /** The step the leader asked from (the reply is routed by it). */
  stepId: string;
  facts: HrCaseFacts;
  today: IsoDate;
  /** Set once HR has answered: the card shows the answer instead of the form. */
  reply: { text: string; on: IsoDate } | null;
}

function milestoneLine(t: Translator, m: Milestone, today: IsoDate): string {
  const when = dueText(t, m, today);
  // Only the outcome kind travels to HR: not the reason code, not the note.
  const how = m.outcome ? ` – ${t(`followup.outcome.${m.outcome}`)}` : '';
  return `${stepTitle(t, m.purpose)}: ${when}${how}`;
}

function milestoneList(
  t: Translator,
  title: string,
  list: readonly Milestone[],
  today: IsoDate,
): CardElement[] {
  const lines =
    list.length > 0
      ? list.map((m) => `- ${milestoneLine(t, m, today)}`).join('\n')
      : t('followup.hrHelp.none');
  return [text(title, { weight: 'Bolder', spacing: 'Medium' }), text(lines, { spacing: 'Small' })];
}

function caseFacts(t: Translator, view: HrHelpView): CardElement {
  const f = view.facts;
  const extent =
    f.partialPercent === null
      ? t('followup.plan.full')
      : t('followup.plan.partial', { percent: String(f.partialPercent) });
  const pairs: Array<[string, string]> = [
    [t('followup.hrHelp.employee'), escapeMarkdown(view.employeeName)],
    [t('followup.hrHelp.unit'), escapeMarkdown(view.unitName)],
    [t('followup.plan.start'), formatDay(t.locale, f.start, view.today)],
    ...(f.end
      ? [[t('followup.plan.end'), formatDay(t.locale, f.end, view.today)] as [string, string]]
      : []),
    [t('followup.plan.extent'), extent],
    [t('followup.hrHelp.periods12'), String(f.periodsIn12Months)],
    [t('followup.hrHelp.days12'), String(f.sickDaysIn12Months)],
  ];
  return facts(pairs);
}

export function hrHelpCard(view: HrHelpView, t: Translator): AdaptiveCard {
  const body: CardElement[] = [
    heading(t('followup.hrHelp.title', { leader: view.leaderName })),
    text(t('followup.hrHelp.intro', { leader: view.leaderName, name: view.employeeName })),
    caseFacts(t, view),
    ...milestoneList(t, t('followup.hrHelp.done'), view.facts.done, view.today),
    ...milestoneList(t, t('followup.hrHelp.due'), view.facts.due, view.today),
    text(t('followup.hrHelp.privacy'), { isSubtle: true, size: 'Small', separator: true }),
  ];
  if (view.reply) {
    const date = formatDay(t.locale, view.reply.on, view.today);
    body.push(
      text(t('followup.hrHelp.replied', { date, reply: view.reply.text }), { color: 'Good' }),
    );
    return card(body);
  }
  const form = showCardAction(t('followup.hrHelp.reply'), {
    body: [
      textInput({
        id: 'reply',
        // An input's label is plain text in Teams, so the name goes in as it is.
        label: t('followup.hrHelp.replyLabel', { leader: raw(view.leaderName) }),
        isMultiline: true,
        maxLength: 1000,
        isRequired: true,
        errorMessage: t('followup.hrHelp.replyError'),
      }),
    ],
    actions: [
      executeAction(
        t('followup.hrHelp.send'),
        { verb: FOLLOW_UP_VERBS.hrReply, stepId: view.stepId },
        'positive',
      ),
    ],
  });
  return card(body, [form]);
}
