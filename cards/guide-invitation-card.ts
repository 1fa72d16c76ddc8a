/**
 * Before the conversation: the invitation form (time, place, practicalities) and the draft
 * invitation — in Danish ready to send, with the English version for English-speaking users.
 */
import type { InvitationDraft } from '../domain/guide/documents.js';
import { GUIDE_LIMITS } from '../domain/guide/guide-errors.js';
import {
  MEETING_FORMS,
  MEETING_GUESTS,
  MINUTE_TAKERS,
  type Meeting,
  type MeetingWarning,
  type MinuteTaker,
} from '../domain/guide/meeting.js';
import type { IsoDate } from '../domain/model.js';
import { translator, type Translator } from '../i18n/index.js';
import {
  choiceInput,
  container,
  dateInput,
  numberInput,
  text,
  textInput,
  toggleInput,
  type AdaptiveCard,
  type CardElement,
} from './elements.js';
import { GUIDE_INPUTS, GUIDE_VERBS } from './guide-actions.js';
import { count, formatLongDate } from './guide-format.js';
import {
  answerAction,
  guideStepCard,
  navAction,
  nextAction,
  paragraphs,
  type GuideFrame,
} from './guide-step-card.js';
import { invitationDocument } from './guide-text-export.js';

export interface InvitationFormView {
  meeting: Meeting | null;
  suggestedDate: IsoDate;
  suggestedTime: string;
  legalDeadline: IsoDate | null;
  today: IsoDate;
}

const minuteTakerTitle = (m: MinuteTaker, t: Translator): string =>
  m === 'leader' ? t('guide.invitation.minuteTaker.leader') : t(`guide.minuteTaker.${m}`);

function timeInput(id: string, label: string, value: string, errorMessage: string): CardElement {
  return { type: 'Input.Time', id, label, value, isRequired: true, errorMessage };
}

function whenInputs(view: InvitationFormView, t: Translator): CardElement[] {
  const m = view.meeting;
  const date = dateInput({
    id: GUIDE_INPUTS.meetingDate,
    label: t('guide.invitation.date'),
    value: m?.date ?? view.suggestedDate,
    min: view.today,
    isRequired: true,
    errorMessage: t('guide.invitation.dateError'),
  });
  const time = timeInput(
    GUIDE_INPUTS.meetingTime,
    t('guide.invitation.time'),
    m?.time ?? view.suggestedTime,
    t('guide.invitation.timeError'),
  );
  const duration = numberInput({
    id: GUIDE_INPUTS.durationMinutes,
    label: t('guide.invitation.duration'),
    value: m?.durationMinutes ?? 45,
    min: GUIDE_LIMITS.meetingMinMinutes,
    max: GUIDE_LIMITS.meetingMaxMinutes,
    isRequired: true,
    errorMessage: t('guide.invitation.durationError'),
  });
  return [date, time, duration];
}

function whereInputs(m: Meeting | null, t: Translator): CardElement[] {
  const forms = MEETING_FORMS.map((f) => ({ title: t(`guide.invitation.form.${f}`), value: f }));
  return [
    choiceInput({
      id: GUIDE_INPUTS.form,
      label: t('guide.invitation.form'),
      choices: forms,
      value: m?.form ?? 'inPerson',
      style: 'expanded',
    }),
    textInput({
      id: GUIDE_INPUTS.place,
      label: t('guide.invitation.place'),
      placeholder: t('guide.invitation.placePlaceholder'),
      maxLength: GUIDE_LIMITS.placeMaxLength,
      ...(m?.place ? { value: m.place } : {}),
    }),
  ];
}

function practicalInputs(m: Meeting | null, t: Translator): CardElement[] {
  const takers = MINUTE_TAKERS.map((x) => ({ title: minuteTakerTitle(x, t), value: x }));
  const guests = MEETING_GUESTS.map((g) => ({ title: t(`guide.invitation.guest.${g}`), value: g }));
  return [
    choiceInput({
      id: GUIDE_INPUTS.minuteTaker,
      label: t('guide.invitation.minuteTaker'),
      choices: takers,
      value: m?.minuteTaker ?? 'peerLeader',
      style: 'compact',
    }),
    choiceInput({
      id: GUIDE_INPUTS.guests,
      label: t('guide.invitation.guests'),
      choices: guests,
      value: (m?.guests ?? []).join(','),
      style: 'expanded',
      isMultiSelect: true,
    }),
    toggleInput({
      id: GUIDE_INPUTS.mulighedserklaering,
      label: t('guide.tool.mulighedserklaering'),
      title: t('guide.invitation.mulighedserklaering'),
      value: m?.mulighedserklaering ? 'true' : 'false',
    }),
  ];
}

export function guideInvitationFormCard(
  frame: GuideFrame,
  view: InvitationFormView,
  t: Translator,
): AdaptiveCard {
  const body: CardElement[] = [
    text(t('guide.invitation.title'), { weight: 'Bolder', size: 'Medium' }),
    text(t('guide.invitation.intro')),
  ];
  if (view.legalDeadline) {
    body.push(
      text(t('guide.invitation.deadline', { date: formatLongDate(t.locale, view.legalDeadline) }), {
        color: 'Warning',
      }),
    );
  }
  body.push(
    ...whenInputs(view, t),
    ...whereInputs(view.meeting, t),
    ...practicalInputs(view.meeting, t),
  );
  return guideStepCard(
    frame,
    body,
    [answerAction(t('guide.nav.makeInvitation'), frame), nextAction(frame, t)],
    t,
  );
}

function warningText(w: MeetingWarning, draft: InvitationDraft, t: Translator): string {
  switch (w) {
    case 'shortNotice':
      return t('guide.warning.shortNotice', { days: count(Math.max(draft.noticeDays, 0)) });
    case 'notWorkingDay':
      return t('guide.warning.notWorkingDay', {
        date: formatLongDate(t.locale, draft.meeting.date),
      });
    case 'afterLegalDeadline':
      return t('guide.warning.afterLegalDeadline', {
        date: formatLongDate(t.locale, draft.legalDeadline ?? draft.meeting.date),
      });
  }
}

function warnings(draft: InvitationDraft, t: Translator): CardElement[] {
  return draft.warnings.map((w) => text(warningText(w, draft, t), { color: 'Warning' }));
}

function documentBlock(label: string, draft: InvitationDraft, doc: Translator): CardElement {
  const d = invitationDocument(draft, doc);
  return container(
    [
      text(label, { weight: 'Bolder', size: 'Small' }),
      text(d.title, { weight: 'Bolder' }),
      ...paragraphs(d.paragraphs),
    ],
    {
      style: 'emphasis',
      spacing: 'Medium',
    },
  );
}

export function guideInvitationDraftCard(
  frame: GuideFrame,
  draft: InvitationDraft,
  t: Translator,
): AdaptiveCard {
  const body: CardElement[] = [
    text(t('guide.invitationDraft.title'), { weight: 'Bolder', size: 'Medium' }),
    text(t('guide.invitationDraft.intro', { name: draft.employeeName })),
    ...warnings(draft, t),
    documentBlock(t('guide.invitationDraft.danish'), draft, translator('da')),
  ];
  if (t.locale === 'en') body.push(documentBlock(t('guide.invitationDraft.english'), draft, t));
  const exportText = navAction(t('guide.nav.exportText'), {
    verb: GUIDE_VERBS.exportText,
    sessionId: frame.sessionId,
    document: 'invitation',
  });
  return guideStepCard(frame, body, [nextAction(frame, t), exportText], t);
}
