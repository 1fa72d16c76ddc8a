/**
 * Why a guide command was refused. Each reason has a localized message `guide.error.<reason>`;
 * `detail` may carry a field name, a hint key or a limit — never the refused text itself.
 */
export const GUIDE_ERRORS = [
  'notYourGuide',
  'notYourEmployee',
  'guideClosed',
  'sickPeriodRequired',
  'sickPeriodClosed',
  'contactDayInvalid',
  'staleCard',
  'atFirstStep',
  'atLastStep',
  'notAtLastStep',
  'answerRequired',
  'wrongAnswerForStep',
  'meetingInPast',
  'meetingTooFar',
  'timeInvalid',
  'durationInvalid',
  'hoursMissing',
  'hoursInvalid',
  'hoursTooHigh',
  'partialStartMissing',
  'partialStartBeforeSickPeriod',
  'partialStartTooFar',
  'nextContactInPast',
  'nextContactTooFar',
  'nextContactFormMissing',
  'textTooLong',
  'healthDetail',
] as const;
export type GuideError = (typeof GUIDE_ERRORS)[number];

/** Limits shared by validation, the stored schema and the card inputs. */
export const GUIDE_LIMITS = {
  placeMaxLength: 80,
  otherAgreementMaxLength: 200,
  idMaxLength: 64,
  /** A chat message id (Teams: "1:…" or digits; kept bounded). */
  activityIdMaxLength: 256,
  meetingMaxDaysAhead: 90,
  meetingMinMinutes: 15,
  meetingMaxMinutes: 180,
  /** Fewer calendar days of notice than this gives a gentle warning. */
  reasonableNoticeDays: 3,
  nextContactMaxDaysAhead: 183,
  partialStartMaxDaysAhead: 183,
  /** Partial sickness needs at least this many hours' absence a week (else it counts as fit). */
  partialMinAbsentHours: 4,
  /** Hours per week are entered in quarter hours. */
  hoursStep: 0.25,
  /** A return-to-work guide may still be held this many days after the sick period closed. */
  returnGraceDays: 28,
  /** The § 7a conversation is due by this day of the sick period (day 1 = the first sick day). */
  legalDeadlineDays: 28,
  /** Fast track must be asked for within the first 5 weeks (day 35 counting the first day as 1). */
  fastTrackLastDay: 34,
} as const;
