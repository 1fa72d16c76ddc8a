/**
 * The agreements made after a conversation, as structured choices only. The one free-text field
 * (otherAgreement) is short and passes the diagnosis guardrail before it is kept.
 */
import type { IsoDate } from '../model.js';
import { fail, ok, type Result } from '../result.js';
import { addCalendarDays, checkFreeText } from './checks.js';
import { GUIDE_LIMITS, type GuideError } from './guide-errors.js';

export const PARTICIPANTS = ['bisidder', 'hr', 'peerLeader', 'retentionConsultant'] as const;
export type Participant = (typeof PARTICIPANTS)[number];

export const EXPECTED_DURATIONS = [
  'underTwoWeeks',
  'twoToFourWeeks',
  'fourToEightWeeks',
  'overEightWeeks',
  'unknown',
] as const;
export type ExpectedDuration = (typeof EXPECTED_DURATIONS)[number];

export const ADJUSTMENTS = [
  'lighterTasks',
  'fewerTasks',
  'changedShifts',
  'workFromHome',
  'moreBreaks',
  'quietWorkspace',
  'aids',
  'buddy',
  'otherUnit',
  'activeSickLeave',
] as const;
export type Adjustment = (typeof ADJUSTMENTS)[number];

/** Offers the unit's HR consultant acts on (sent to HR when accepted). */
export const OFFERS = [
  'tidligIndsats',
  'psychologist',
  'retentionConsultant',
  'paragraph56',
] as const;
export type Offer = (typeof OFFERS)[number];

/** Documents and procedures agreed on. */
export const TOOLS = ['mulighedserklaering', 'fastholdelsesplan', 'fastTrack'] as const;
export type Tool = (typeof TOOLS)[number];

export const CONTACT_FORMS = ['phone', 'meeting', 'message', 'visit'] as const;
export type ContactForm = (typeof CONTACT_FORMS)[number];

/** What colleagues are told: always the employee's choice. */
export const COLLEAGUES_TOLD = ['nothingYet', 'employeeTells', 'leaderTells'] as const;
export type ColleaguesTold = (typeof COLLEAGUES_TOLD)[number];

export interface PartialReturn {
  hoursPerWeek: number;
  start: IsoDate;
}

export interface NextContact {
  date: IsoDate;
  form: ContactForm;
}

export interface Agreements {
  participants: Participant[];
  expectedDuration: ExpectedDuration | null;
  partialReturn: PartialReturn | null;
  adjustments: Adjustment[];
  offers: Offer[];
  tools: Tool[];
  handleplan: boolean;
  colleaguesTold: ColleaguesTold | null;
  nextContact: NextContact | null;
  otherAgreement: string | null;
}

/** The agreements as submitted: the partial-return figures may still be missing. */
export interface AgreementsInput extends Omit<Agreements, 'partialReturn' | 'nextContact'> {
  partialReturn: { hoursPerWeek: number | null; start: IsoDate | null } | null;
  nextContact: { date: IsoDate | null; form: ContactForm | null };
}

export interface AgreementsContext {
  today: IsoDate;
  /** First day of the sick period the guide is about; null for frequent absence. */
  sickStart: IsoDate | null;
  /** The employee's normal hours a week (37 × occupation rate). */
  weeklyHours: number;
}

type Checked<T> = Result<T, GuideError>;

const unique = <T>(values: readonly T[]): T[] => [...new Set(values)];

/** The most hours a week a partial return may have: at least 4 hours' absence must remain. */
export function maxPartialHours(weeklyHours: number): number {
  const max = weeklyHours - GUIDE_LIMITS.partialMinAbsentHours;
  return Math.max(0, Math.floor(max / GUIDE_LIMITS.hoursStep) * GUIDE_LIMITS.hoursStep);
}

function checkHours(hours: number | null, weeklyHours: number): Checked<number> {
  if (hours === null) return fail('hoursMissing');
  const steps = hours / GUIDE_LIMITS.hoursStep;
  if (!Number.isFinite(hours) || hours <= 0 || Math.abs(steps - Math.round(steps)) > 1e-9) {
    return fail('hoursInvalid');
  }
  const max = maxPartialHours(weeklyHours);
  return hours > max ? fail('hoursTooHigh', { max }) : ok(hours);
}

function checkPartial(
  input: AgreementsInput['partialReturn'],
  ctx: AgreementsContext,
): Checked<PartialReturn | null> {
  if (input === null) return ok(null);
  const hours = checkHours(input.hoursPerWeek, ctx.weeklyHours);
  if (!hours.ok) return hours;
  const start = input.start;
  if (start === null) return fail('partialStartMissing');
  if (ctx.sickStart !== null && start < ctx.sickStart) return fail('partialStartBeforeSickPeriod');
  if (start > addCalendarDays(ctx.today, GUIDE_LIMITS.partialStartMaxDaysAhead))
    return fail('partialStartTooFar');
  return ok({ hoursPerWeek: hours.value, start });
}

function checkNextContact(
  input: AgreementsInput['nextContact'],
  today: IsoDate,
): Checked<NextContact | null> {
  if (input.date === null) return ok(null);
  if (input.date < today) return fail('nextContactInPast');
  if (input.date > addCalendarDays(today, GUIDE_LIMITS.nextContactMaxDaysAhead))
    return fail('nextContactTooFar');
  if (input.form === null) return fail('nextContactFormMissing');
  return ok({ date: input.date, form: input.form });
}

/** Validates submitted agreements into the stored form. */
export function validateAgreements(
  input: AgreementsInput,
  ctx: AgreementsContext,
): Checked<Agreements> {
  const partialReturn = checkPartial(input.partialReturn, ctx);
  if (!partialReturn.ok) return partialReturn;
  const nextContact = checkNextContact(input.nextContact, ctx.today);
  if (!nextContact.ok) return nextContact;
  const other = checkFreeText(
    'otherAgreement',
    input.otherAgreement,
    GUIDE_LIMITS.otherAgreementMaxLength,
  );
  if (!other.ok) return other;
  return ok({
    participants: unique(input.participants),
    expectedDuration: input.expectedDuration,
    partialReturn: partialReturn.value,
    adjustments: unique(input.adjustments),
    offers: unique(input.offers),
    tools: unique(input.tools),
    handleplan: input.handleplan,
    colleaguesTold: input.colleaguesTold,
    nextContact: nextContact.value,
    otherAgreement: other.value,
  });
}
