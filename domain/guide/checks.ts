/** Small checks shared by the guide's validations: calendar days and short free text. */
import { DateTime } from 'luxon';
import { ZONE } from '../clock.js';
import type { IsoDate } from '../model.js';
import { fail, ok, type Result } from '../result.js';
import { checkHealthText } from '../guardrail/guardrail.js';
import type { GuideError } from './guide-errors.js';

/** Whole calendar days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  const a = DateTime.fromISO(from, { zone: ZONE });
  const b = DateTime.fromISO(to, { zone: ZONE });
  return Math.round(b.diff(a, 'days').days);
}

export function addCalendarDays(date: IsoDate, days: number): IsoDate {
  return DateTime.fromISO(date, { zone: ZONE }).plus({ days }).toISODate() ?? date;
}

/**
 * Checks one short free-text field: trimmed, bounded, and free of health details. A refusal
 * names the field and the hint, never the text.
 */
export function checkFreeText(
  field: string,
  value: string | null,
  maxLength: number,
): Result<string | null, GuideError> {
  const trimmed = value?.trim() ?? '';
  if (trimmed === '') return ok(null);
  if (trimmed.length > maxLength) return fail('textTooLong', { field, max: maxLength });
  const verdict = checkHealthText(trimmed);
  return verdict.ok ? ok(trimmed) : fail('healthDetail', { field, hint: verdict.hint });
}
