/**
 * The invitation and the minutes as text: paragraphs of lines that the cards show, and one
 * plain-text string to export (copy into a mail, print and sign). The translator decides the
 * language of the document, so a Danish draft can be shown to an English-speaking leader too.
 * The paragraphs are markdown (names and free text escaped); the export undoes the escapes.
 */
import type { Agreements } from '../domain/guide/agreements.js';
import type { InvitationDraft, MinutesDraft } from '../domain/guide/documents.js';
import type { GuideKind } from '../domain/guide/guide-kinds.js';
import {
  escapeMarkdown,
  raw,
  unescapeMarkdown,
  type MessageKey,
  type Translator,
} from '../i18n/index.js';
import {
  count,
  firstName,
  formatDate,
  formatHours,
  formatList,
  formatLongDate,
  formatTime,
  inSentence,
} from './guide-format.js';

/** A document as paragraphs of lines; a line starting with "- " is a list item. */
export interface DocumentText {
  title: string;
  paragraphs: string[][];
}

const SUBJECT: Record<GuideKind, MessageKey> = {
  firstContact: 'guide.doc.invitation.subject.sick',
  early: 'guide.doc.invitation.subject.sick',
  legal7a: 'guide.doc.invitation.subject.sick',
  partialReturn: 'guide.doc.invitation.subject.sick',
  frequent: 'guide.doc.invitation.subject.frequent',
  returnToWork: 'guide.doc.invitation.subject.return',
};

const OPENING: Record<GuideKind, MessageKey> = {
  firstContact: 'guide.doc.invitation.opening.early',
  early: 'guide.doc.invitation.opening.early',
  legal7a: 'guide.doc.invitation.opening.legal7a',
  partialReturn: 'guide.doc.invitation.opening.early',
  frequent: 'guide.doc.invitation.opening.frequent',
  returnToWork: 'guide.doc.invitation.opening.returnToWork',
};

function whereLine(d: InvitationDraft, t: Translator): string {
  const { form, place } = d.meeting;
  if (form === 'phone') return t('guide.doc.invitation.wherePhone');
  if (form === 'video') return t('guide.doc.invitation.whereVideo');
  return place ? t('guide.doc.invitation.where', { place }) : t('guide.doc.invitation.whereOpen');
}

function practicalLines(d: InvitationDraft, t: Translator): string[] {
  const lines = d.meeting.mulighedserklaering
    ? [t('guide.doc.invitation.mulighedserklaering')]
    : [];
  lines.push(...d.meeting.guests.map((g) => t(`guide.doc.invitation.guest.${g}`)));
  lines.push(t(`guide.doc.invitation.minutes.${d.meeting.minuteTaker}`));
  return lines;
}

/** The invitation, ready to send. */
export function invitationDocument(d: InvitationDraft, t: Translator): DocumentText {
  const when = t('guide.doc.invitation.when', {
    date: formatLongDate(t.locale, d.meeting.date),
    time: formatTime(t.locale, d.meeting.time),
    minutes: count(d.meeting.durationMinutes),
  });
  return {
    title: `${t('guide.doc.invitation.subjectLabel')}: ${t(SUBJECT[d.kind])}`,
    paragraphs: [
      [t('guide.doc.invitation.greeting', { name: firstName(d.employeeName) })],
      [t(OPENING[d.kind])],
      [
        when,
        whereLine(d, t),
        t(
          d.meeting.form === 'phone'
            ? 'guide.doc.invitation.flexiblePhone'
            : 'guide.doc.invitation.flexible',
        ),
      ],
      [t('guide.doc.invitation.diagnosis'), t('guide.doc.invitation.bisidder')],
      [
        t('guide.doc.invitation.topics'),
        ...d.topics.map((topic) => `- ${t(`guide.topic.${topic}`)}`),
      ],
      practicalLines(d, t),
      [t('guide.doc.invitation.prepare'), ...d.prepare.map((q) => `- ${t(`guide.prepare.${q}`)}`)],
      [t('guide.doc.invitation.closing')],
      [t('guide.doc.invitation.signoff'), escapeMarkdown(d.leaderName)],
    ],
  };
}

/** The header facts of the minutes: date, form, participants, first sick day. */
export function minutesFacts(d: MinutesDraft, t: Translator): Array<[string, string]> {
  const people = [
    t('guide.doc.minutes.roleLeader', { name: d.leaderName }),
    t('guide.doc.minutes.roleEmployee', { name: d.employeeName }),
    ...d.participants.map((p) => inSentence(t(`guide.participant.${p}`))),
  ];
  const facts: Array<[string, string]> = [
    [t('guide.doc.minutes.date'), formatLongDate(t.locale, d.date)],
    [t('guide.doc.minutes.form'), t(`guide.form.${d.form}`)],
    [t('guide.doc.minutes.participants'), people.join(', ')],
  ];
  if (d.minuteTaker)
    facts.push([t('guide.doc.minutes.minuteTaker'), t(`guide.minuteTaker.${d.minuteTaker}`)]);
  if (d.firstSickDay)
    facts.push([t('guide.doc.minutes.firstSickDay'), formatDate(t.locale, d.firstSickDay)]);
  if (d.absenceFacts) {
    const { periods, days, months } = d.absenceFacts;
    const value = t('guide.doc.minutes.absenceValue', {
      periods: count(periods),
      days: count(days),
      months: count(months),
    });
    facts.push([t('guide.doc.minutes.absence'), value]);
  }
  return facts;
}

function listLine(t: Translator, key: MessageKey, items: readonly string[]): string[] {
  return items.length > 0
    ? [t(key, { list: raw(formatList(t.locale, items.map(inSentence))) })]
    : [];
}

function statusLines(a: Agreements, t: Translator): string[] {
  const lines: string[] = [];
  if (a.expectedDuration) {
    lines.push(
      t('guide.doc.minutes.expectedDuration', {
        value: raw(t(`guide.duration.${a.expectedDuration}`)),
      }),
    );
  }
  if (a.partialReturn) {
    const hours = formatHours(t.locale, a.partialReturn.hoursPerWeek);
    lines.push(
      t('guide.doc.minutes.partialReturn', {
        hours,
        date: formatLongDate(t.locale, a.partialReturn.start),
      }),
    );
  }
  return lines;
}

function choiceLines(a: Agreements, t: Translator, mulighedserklaeringPart1: boolean): string[] {
  const lines = [
    ...listLine(
      t,
      'guide.doc.minutes.adjustments',
      a.adjustments.map((x) => t(`guide.adjustment.${x}`)),
    ),
    ...listLine(
      t,
      'guide.doc.minutes.offers',
      a.offers.map((x) => t(`guide.offer.${x}`)),
    ),
    ...listLine(
      t,
      'guide.doc.minutes.tools',
      a.tools.map((x) => t(`guide.tool.${x}`)),
    ),
  ];
  if (mulighedserklaeringPart1) lines.push(t('guide.doc.minutes.mulighedserklaeringPart1'));
  if (a.handleplan) lines.push(t('guide.doc.minutes.handleplan'));
  if (a.colleaguesTold) {
    lines.push(
      t('guide.doc.minutes.colleaguesTold', {
        value: raw(t(`guide.colleagues.${a.colleaguesTold}`)),
      }),
    );
  }
  return lines;
}

function contactLines(a: Agreements, t: Translator): string[] {
  const lines: string[] = [];
  if (a.nextContact) {
    const date = formatLongDate(t.locale, a.nextContact.date);
    lines.push(
      t('guide.doc.minutes.nextContact', {
        date,
        form: raw(t(`guide.contactForm.${a.nextContact.form}`)),
      }),
    );
  }
  if (a.otherAgreement) lines.push(t('guide.doc.minutes.other', { text: a.otherAgreement }));
  return lines;
}

/** The agreements as sentences, in a fixed order; empty when nothing was agreed. */
export function agreementLines(
  a: Agreements,
  t: Translator,
  mulighedserklaeringPart1 = false,
): string[] {
  return [
    ...statusLines(a, t),
    ...choiceLines(a, t, mulighedserklaeringPart1),
    ...contactLines(a, t),
  ];
}

const BLANK_LINE = '______________________________________________';

/** The minutes for both to sign. */
export function minutesDocument(d: MinutesDraft, t: Translator): DocumentText {
  const agreed = agreementLines(d.agreements, t, d.mulighedserklaeringPart1);
  const signatures = [
    t('guide.doc.minutes.signatures'),
    t('guide.doc.minutes.signLeader', { name: d.leaderName }),
    t('guide.doc.minutes.signLine'),
    t('guide.doc.minutes.signEmployee', { name: d.employeeName }),
    t('guide.doc.minutes.signLine'),
  ];
  if (d.participants.includes('bisidder')) signatures.push(t('guide.doc.minutes.bisidder'));
  return {
    title: t(`guide.doc.minutes.title.${d.kind}`),
    paragraphs: [
      minutesFacts(d, t).map(([label, value]) => `${label}: ${value}`),
      [t('guide.doc.minutes.frame')],
      [
        t('guide.doc.minutes.agreements'),
        ...(agreed.length > 0 ? agreed : [t('guide.doc.minutes.nothingAgreed')]).map(
          (l) => `- ${l}`,
        ),
      ],
      [t('guide.doc.minutes.comments'), BLANK_LINE, BLANK_LINE, BLANK_LINE],
      signatures,
      [t('guide.doc.minutes.filing')],
    ],
  };
}

/** A document as one plain-text string: title, then paragraphs separated by a blank line. */
export function documentText(doc: DocumentText): string {
  const paragraphs = doc.paragraphs.filter((p) => p.length > 0).map((p) => p.join('\n'));
  return unescapeMarkdown([doc.title, ...paragraphs].join('\n\n')) + '\n';
}

export const invitationText = (d: InvitationDraft, t: Translator): string =>
  documentText(invitationDocument(d, t));
export const minutesText = (d: MinutesDraft, t: Translator): string =>
  documentText(minutesDocument(d, t));
