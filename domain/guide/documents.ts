/**
 * The invitation and the minutes (referat) as structured drafts. The cards turn them into text
 * in Danish (ready to send) and English; nothing here is a diagnosis or a health detail.
 */
import type { IsoDate } from '../model.js';
import { fail, ok, type Result } from '../result.js';
import type { Agreements, Participant } from './agreements.js';
import { daysBetween } from './checks.js';
import type { GuideError } from './guide-errors.js';
import type { GuideKind } from './guide-kinds.js';
import type { GuideSession } from './guide-session.js';
import {
  legalDeadline,
  meetingWarnings,
  type Meeting,
  type MeetingForm,
  type MeetingWarning,
  type MinuteTaker,
} from './meeting.js';

export const TOPICS = [
  'howWork',
  'returnWhenHow',
  'adjustments',
  'support',
  'contactPlan',
  'absencePattern',
  'workFactors',
  'whatHelps',
  'startPlan',
  'colleagues',
  'hoursAndTasks',
] as const;
export type Topic = (typeof TOPICS)[number];

/** Questions the employee may think about beforehand. */
export const PREPARE_QUESTIONS = [
  'canDo',
  'easierReturn',
  'contactWish',
  'workAffects',
  'whatHelps',
  'howStart',
  'colleaguesKnow',
  'paceRight',
] as const;
export type PrepareQuestion = (typeof PREPARE_QUESTIONS)[number];

const TOPICS_BY_KIND: Record<GuideKind, readonly Topic[]> = {
  firstContact: ['howWork', 'contactPlan'],
  early: ['howWork', 'returnWhenHow', 'adjustments', 'support', 'contactPlan'],
  legal7a: ['howWork', 'returnWhenHow', 'adjustments', 'support', 'contactPlan'],
  frequent: ['absencePattern', 'workFactors', 'whatHelps', 'support'],
  returnToWork: ['startPlan', 'hoursAndTasks', 'colleagues', 'support'],
  partialReturn: ['hoursAndTasks', 'adjustments', 'support'],
};

const PREPARE_BY_KIND: Record<GuideKind, readonly PrepareQuestion[]> = {
  firstContact: ['contactWish'],
  early: ['canDo', 'easierReturn', 'contactWish'],
  legal7a: ['canDo', 'easierReturn', 'contactWish'],
  frequent: ['workAffects', 'whatHelps'],
  returnToWork: ['howStart', 'colleaguesKnow'],
  partialReturn: ['paceRight', 'whatHelps'],
};

export const topicsFor = (kind: GuideKind): readonly Topic[] => TOPICS_BY_KIND[kind];
export const prepareQuestionsFor = (kind: GuideKind): readonly PrepareQuestion[] =>
  PREPARE_BY_KIND[kind];

export interface Parties {
  employeeName: string;
  leaderName: string;
}

export interface InvitationDraft extends Parties {
  kind: GuideKind;
  meeting: Meeting;
  topics: readonly Topic[];
  prepare: readonly PrepareQuestion[];
  /** Calendar days from today to the meeting. */
  noticeDays: number;
  warnings: MeetingWarning[];
  /** The § 7a deadline, for the legal conversation. */
  legalDeadline: IsoDate | null;
}

/** The invitation for the session's meeting; refused until the meeting details are given. */
export function buildInvitationDraft(
  session: GuideSession,
  parties: Parties,
  on: { today: IsoDate; sickStart: IsoDate | null },
): Result<InvitationDraft, GuideError> {
  const meeting = session.meeting;
  if (meeting === null) return fail('answerRequired');
  const deadline =
    session.kind === 'legal7a' && on.sickStart !== null ? legalDeadline(on.sickStart) : null;
  return ok({
    ...parties,
    kind: session.kind,
    meeting,
    topics: topicsFor(session.kind),
    prepare: prepareQuestionsFor(session.kind),
    noticeDays: daysBetween(on.today, meeting.date),
    warnings: meetingWarnings(meeting, session.kind, on.sickStart, on.today),
    legalDeadline: deadline,
  });
}

export interface AbsenceFacts {
  periods: number;
  days: number;
  months: number;
}

export interface MinutesDraft extends Parties {
  kind: GuideKind;
  date: IsoDate;
  form: MeetingForm;
  participants: Participant[];
  minuteTaker: MinuteTaker | null;
  firstSickDay: IsoDate | null;
  /** For a talk about frequent absence: periods and days in the window the rule looks at. */
  absenceFacts: AbsenceFacts | null;
  mulighedserklaeringPart1: boolean;
  agreements: Agreements;
}

/** The minutes for both to sign; refused until the agreements are given. */
export function buildMinutesDraft(
  session: GuideSession,
  parties: Parties,
  facts: { today: IsoDate; firstSickDay: IsoDate | null; absenceFacts: AbsenceFacts | null },
): Result<MinutesDraft, GuideError> {
  const agreements = session.agreements;
  if (agreements === null) return fail('answerRequired');
  const meeting = session.meeting;
  const form: MeetingForm =
    session.checklist?.decision === 'phone' ? 'phone' : (meeting?.form ?? 'inPerson');
  return ok({
    ...parties,
    kind: session.kind,
    date: meeting !== null && meeting.date <= facts.today ? meeting.date : facts.today,
    form,
    participants: agreements.participants,
    minuteTaker: meeting?.minuteTaker ?? null,
    firstSickDay: facts.firstSickDay,
    absenceFacts: session.kind === 'frequent' ? facts.absenceFacts : null,
    mulighedserklaeringPart1: meeting?.mulighedserklaering ?? false,
    agreements,
  });
}
