/**
 * The meeting the employee is invited to: time, place, form and practicalities, validated, and
 * the gentle warnings shown with the invitation draft (short notice, after the § 7a deadline).
 */
import { addDays, isWorkingDay, nextWorkingDay } from '../calendar.js';
import { ruleDate } from '../follow-up/deadlines.js';
import { LEGAL_CONVERSATION_KEY, LEGAL_OVERLAY } from '../follow-up/legal-overlay.js';
import type { IsoDate } from '../model.js';
import { fail, ok, type Result } from '../result.js';
import { checkFreeText, daysBetween } from './checks.js';
import { GUIDE_LIMITS, type GuideError } from './guide-errors.js';
import type { GuideKind } from './guide-kinds.js';

export const MEETING_FORMS = ['inPerson', 'phone', 'video'] as const;
export type MeetingForm = (typeof MEETING_FORMS)[number];

export const MINUTE_TAKERS = ['leader', 'peerLeader', 'hr'] as const;
export type MinuteTaker = (typeof MINUTE_TAKERS)[number];

/** Others who take part besides leader, employee and the employee's own bisidder. */
export const MEETING_GUESTS = ['hr', 'retentionConsultant'] as const;
export type MeetingGuest = (typeof MEETING_GUESTS)[number];

export interface Meeting {
  date: IsoDate;
  /** Local time `HH:mm`. */
  time: string;
  durationMinutes: number;
  form: MeetingForm;
  /** Room or address; short, no health details. Null for a phone meeting. */
  place: string | null;
  minuteTaker: MinuteTaker;
  guests: MeetingGuest[];
  /** Part 1 of a mulighedserklæring is filled in together at the meeting. */
  mulighedserklaering: boolean;
}

/** A weekend or public holiday chosen by hand: allowed, with a gentle warning. */
export type MeetingWarning = 'shortNotice' | 'notWorkingDay' | 'afterLegalDeadline';

/** The invitation form's suggested time of day: a normal working hour. */
export const SUGGESTED_MEETING_TIME = '10:00';

/**
 * The invitation form's suggested day: the first working day once the reasonable notice has
 * passed (Monday → Thursday, Friday → Monday, never a weekend or a public holiday).
 */
export function suggestedMeetingDate(today: IsoDate): IsoDate {
  const earliest = addDays(today, GUIDE_LIMITS.reasonableNoticeDays);
  return isWorkingDay(earliest) ? earliest : nextWorkingDay(earliest);
}

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

/** Validates the meeting details submitted with the invitation step. */
export function validateMeeting(input: Meeting, today: IsoDate): Result<Meeting, GuideError> {
  if (input.date < today) return fail('meetingInPast');
  if (daysBetween(today, input.date) > GUIDE_LIMITS.meetingMaxDaysAhead)
    return fail('meetingTooFar');
  if (!TIME.test(input.time)) return fail('timeInvalid');
  const minutes = input.durationMinutes;
  if (
    !Number.isInteger(minutes) ||
    minutes < GUIDE_LIMITS.meetingMinMinutes ||
    minutes > GUIDE_LIMITS.meetingMaxMinutes
  ) {
    return fail('durationInvalid');
  }
  const place = checkFreeText(
    'place',
    input.form === 'phone' ? null : input.place,
    GUIDE_LIMITS.placeMaxLength,
  );
  if (!place.ok) return place;
  return ok({ ...input, place: place.value, guests: [...new Set(input.guests)] });
}

/** Warnings for the leader, computed when the invitation is drafted (never blocking). */
export function meetingWarnings(
  meeting: Meeting,
  kind: GuideKind,
  sickStart: IsoDate | null,
  today: IsoDate,
): MeetingWarning[] {
  const warnings: MeetingWarning[] = [];
  if (daysBetween(today, meeting.date) < GUIDE_LIMITS.reasonableNoticeDays)
    warnings.push('shortNotice');
  if (!isWorkingDay(meeting.date)) warnings.push('notWorkingDay');
  if (kind === 'legal7a' && sickStart !== null && meeting.date > legalDeadline(sickStart)) {
    warnings.push('afterLegalDeadline');
  }
  return warnings;
}

/** The follow-up plan's § 7a step: day 28 (day 1 = the first sick day), a deadline. */
const LEGAL_RULE = LEGAL_OVERLAY.find((rule) => rule.key === LEGAL_CONVERSATION_KEY);

/**
 * The last day for the § 7a conversation: 4 weeks after the first sick day, computed exactly as
 * the follow-up plan computes its § 7a step (day 28, moved back to a working day), so the guide
 * and the due card never name two different deadlines.
 */
export function legalDeadline(sickStart: IsoDate): IsoDate {
  return ruleDate(
    sickStart,
    LEGAL_RULE?.day ?? GUIDE_LIMITS.legalDeadlineDays,
    LEGAL_RULE?.timing ?? 'deadline',
  );
}
