/**
 * Which conversation fits now, for the start card: from the employee's open sick period and the
 * next step of its follow-up plan (first call, early talk, § 7a, partial return), a sick period
 * that ended recently (return to work), or a frequent-absence pattern. Pure.
 */
import type { Purpose } from '../follow-up/policy-types.js';
import type { IsoDate } from '../model.js';
import { daysBetween } from './checks.js';
import { GUIDE_LIMITS } from './guide-errors.js';
import { MAX_CONTACT_DAY, type GuideKind } from './guide-kinds.js';

export interface SuggestPeriod {
  id: string;
  start: IsoDate;
  end: IsoDate | null;
  partialPercent: number | null;
}

/** The step a guide is prepared for: its purpose and its day of the sick period. */
export interface SuggestStep {
  purpose: Purpose;
  day: number;
}

export interface SuggestInput {
  today: IsoDate;
  /** The employee's own sickness periods (followed-up types), any order. */
  periods: readonly SuggestPeriod[];
  /** The next active leader step of the open period's plan, if any. */
  nextStep: SuggestStep | null;
  /** A frequent-absence trigger is met in its window. */
  frequent: boolean;
}

export interface GuideSuggestion {
  sickPeriodId: string | null;
  /** Kinds that fit now, in the start card's order (the suggested one is put first there). */
  kinds: GuideKind[];
  suggested: GuideKind | null;
  /** The planned day of a first-contact call. */
  contactDay: number | null;
}

const CALL_PURPOSES: ReadonlySet<Purpose> = new Set<Purpose>([
  'sick-call',
  'first-contact',
  'early-contact',
  'keep-in-touch',
  'contact-window',
  'way-ahead',
]);
const EARLY_PURPOSES: ReadonlySet<Purpose> = new Set<Purpose>(['early-conversation', 'notice-2w']);
const LEGAL_PURPOSES: ReadonlySet<Purpose> = new Set<Purpose>([
  'legal-conversation',
  'notice-4w',
  'retention-plan',
]);
/** Up to this day of the sick period a guide without a plan step is the first contact. */
const FIRST_CONTACT_UNTIL_DAY = 8;
/** Up to this day, the early conversation; later, the § 7a conversation. */
const EARLY_UNTIL_DAY = 14;

/**
 * Whether the person is already back (or back tomorrow): the period has a last sick day — fit
 * registered — that is today or earlier. Their next talk is about a good return, not a sick call.
 */
export const isBack = (period: Pick<SuggestPeriod, 'end'>, today: IsoDate): boolean =>
  period.end !== null && period.end <= today;

/**
 * The kind a follow-up step calls for, with the contact day of a call. A step of a period the
 * person has come back from (a contact agreed to outlive the fit registration) is the
 * return-to-work talk, whatever its purpose.
 */
export function kindForStep(
  step: SuggestStep,
  partial: boolean,
  back = false,
): { kind: GuideKind; contactDay: number | null } {
  if (back) return { kind: 'returnToWork', contactDay: null };
  const { purpose, day } = step;
  if (CALL_PURPOSES.has(purpose) && day <= MAX_CONTACT_DAY)
    return { kind: 'firstContact', contactDay: day };
  if (EARLY_PURPOSES.has(purpose)) return { kind: 'early', contactDay: null };
  if (LEGAL_PURPOSES.has(purpose)) return { kind: 'legal7a', contactDay: null };
  if (partial) return { kind: 'partialReturn', contactDay: null };
  return kindForDay(day);
}

function kindForDay(day: number): { kind: GuideKind; contactDay: number | null } {
  if (day <= FIRST_CONTACT_UNTIL_DAY) return { kind: 'firstContact', contactDay: Math.max(day, 1) };
  return { kind: day <= EARLY_UNTIL_DAY ? 'early' : 'legal7a', contactDay: null };
}

function forOpen(input: SuggestInput, open: SuggestPeriod): GuideSuggestion {
  if (isBack(open, input.today)) return forReturn(input, open);
  const partial = open.partialPercent !== null;
  const day = daysBetween(open.start, input.today) + 1;
  const pick =
    input.nextStep !== null
      ? kindForStep(input.nextStep, partial)
      : partial
        ? { kind: 'partialReturn' as const, contactDay: null }
        : kindForDay(day);
  const kinds: GuideKind[] = ['firstContact', 'early', 'legal7a'];
  if (partial) kinds.push('partialReturn');
  kinds.push('returnToWork');
  if (input.frequent) kinds.push('frequent');
  const contactDay = pick.contactDay ?? Math.min(Math.max(day, 1), MAX_CONTACT_DAY);
  return { sickPeriodId: open.id, kinds, suggested: pick.kind, contactDay };
}

/** Someone back at work (or back tomorrow): the return-to-work talk, and frequent absence. */
function forReturn(input: SuggestInput, period: SuggestPeriod): GuideSuggestion {
  const kinds: GuideKind[] = input.frequent ? ['returnToWork', 'frequent'] : ['returnToWork'];
  return { sickPeriodId: period.id, kinds, suggested: 'returnToWork', contactDay: null };
}

/** The kinds of conversation that fit the employee's situation today, the best one suggested. */
export function suggestGuide(input: SuggestInput): GuideSuggestion {
  const started = input.periods.filter((p) => p.start <= input.today);
  const open = started.find((p) => p.end === null || p.end >= input.today);
  if (open) return forOpen(input, open);
  const ended = started
    .filter(
      (p) => p.end !== null && daysBetween(p.end, input.today) <= GUIDE_LIMITS.returnGraceDays,
    )
    .sort((a, b) => (b.end ?? '').localeCompare(a.end ?? ''))[0];
  if (ended) return forReturn(input, ended);
  return {
    sickPeriodId: null,
    kinds: ['frequent'],
    suggested: input.frequent ? 'frequent' : null,
    contactDay: null,
  };
}
