/**
 * Validation of sick and fit registrations (chat, card or import), as Results.
 * Partial sickness is still sickness for follow-up purposes: it gets the same plan.
 */
import { addMonths } from '../calendar.js';
import type { AbsenceType, IsoDate } from '../model.js';
import { fail, ok, type Result } from '../result.js';

/** Absence types that get a follow-up plan. BARN_SYG (a child's sickness) and ANDET do not. */
const FOLLOWED_UP: ReadonlySet<AbsenceType> = new Set([
  'SYGDOM',
  'DELVIS_SYGDOM',
  'ARBEJDSSKADE',
  'PARAGRAF56',
  'GRAVIDITET',
]);

export function followsUp(type: AbsenceType): boolean {
  return FOLLOWED_UP.has(type);
}

/** How far back a start date may lie. */
export const MAX_BACKDATE_MONTHS = 12;

export type RegistrationFailure =
  'start-in-future' | 'start-too-old' | 'end-before-start' | 'partial-out-of-range';

export interface RegistrationInput {
  start: IsoDate;
  end: IsoDate | null;
  /** Share absent for partial sickness, 1–99; null = full sickness. */
  partialPercent: number | null;
}

/** Start not in the future nor more than a year back; end not before start; partial 1–99 %. */
export function validateRegistration(
  input: RegistrationInput,
  today: IsoDate,
): Result<RegistrationInput, RegistrationFailure> {
  if (input.start > today) return fail('start-in-future', { start: input.start });
  const oldest = addMonths(today, -MAX_BACKDATE_MONTHS);
  if (input.start < oldest) return fail('start-too-old', { start: input.start, oldest });
  if (input.end !== null && input.end < input.start) {
    return fail('end-before-start', { start: input.start, end: input.end });
  }
  const p = input.partialPercent;
  if (p !== null && (!Number.isFinite(p) || p < 1 || p > 99)) {
    return fail('partial-out-of-range', { percent: p });
  }
  return ok(input);
}

/** A fit registration: the last sick day may not lie before the first. */
export function validateFit(
  start: IsoDate,
  lastSickDay: IsoDate,
): Result<IsoDate, 'end-before-start'> {
  return lastSickDay < start
    ? fail('end-before-start', { start, end: lastSickDay })
    : ok(lastSickDay);
}
