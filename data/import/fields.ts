/**
 * zod field parsers for one CSV cell (text in, typed value out). Every problem becomes a custom
 * issue whose message is an ErrorCode and whose params fill the message; import-csv turns those
 * into `file:line: column: …` errors.
 */
import { z } from 'zod';
import type { ErrorCode } from './import-messages.js';

type Ctx = z.RefinementCtx;
const cell = z.string().optional();

export function fail(ctx: Ctx, code: ErrorCode, params: Record<string, string> = {}): never {
  ctx.addIssue({ code: 'custom', message: code, params });
  return z.NEVER;
}

const daysInMonth = (y: number, m: number): number => new Date(Date.UTC(y, m, 0)).getUTCDate();

/** ISO (optionally with a time), dd-mm-yyyy or dd.mm.yyyy → yyyy-MM-dd; null when not a date. */
export function parseDate(text: string): string | null {
  const iso = /^(\d{4})-(\d{2})-(\d{2})(?:[T ][\d:.]+Z?)?$/.exec(text);
  const dk = /^(\d{1,2})([-.])(\d{1,2})\2(\d{4})$/.exec(text);
  const [y, m, d] = iso ? [iso[1], iso[2], iso[3]] : dk ? [dk[4], dk[3], dk[1]] : [];
  const year = Number(y);
  const month = Number(m);
  const day = Number(d);
  if (!y || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** "0,8108" or "0.8108" → 0.8108; null when not a plain decimal (no thousands separators). */
export function parseDecimal(text: string): number | null {
  if (!/^[-+]?\d+(?:[.,]\d+)?$/.test(text) && !/^[-+]?[.,]\d+$/.test(text)) return null;
  return Number(text.replace(',', '.'));
}

export const text = () => cell.transform((v) => v?.trim() ?? '');

export const requiredText = () =>
  cell.transform((v, ctx) => {
    const t = v?.trim() ?? '';
    return t === '' ? fail(ctx, 'required') : t;
  });

/** A date; empty → null. With `openEnd`, 9999-12-31 also means "no end" (null). */
export const optionalDate = (openEnd = false) =>
  cell.transform((v, ctx): string | null => {
    const t = v?.trim() ?? '';
    if (t === '') return null;
    const date = parseDate(t);
    if (date === null) return fail(ctx, 'date_format', { value: t });
    return openEnd && date === '9999-12-31' ? null : date;
  });

export const requiredDate = () =>
  cell.transform((v, ctx): string => {
    const t = v?.trim() ?? '';
    if (t === '') return fail(ctx, 'required');
    return parseDate(t) ?? fail(ctx, 'date_format', { value: t });
  });

export interface DecimalRule {
  min?: number;
  max?: number;
  integer?: boolean;
}

function checkDecimal(t: string, rule: DecimalRule, ctx: Ctx): number {
  const n = parseDecimal(t);
  if (n === null) return fail(ctx, 'number_format', { value: t });
  if (rule.integer && !Number.isInteger(n)) return fail(ctx, 'integer', { value: t });
  if (n < 0 && (rule.min ?? 0) >= 0) return fail(ctx, 'negative', { value: t });
  const { min = -Infinity, max = Infinity } = rule;
  if (n < min || n > max)
    return fail(ctx, 'out_of_range', { value: t, min: String(min), max: String(max) });
  return n;
}

export const optionalDecimal = (rule: DecimalRule = {}) =>
  cell.transform((v, ctx): number | null => {
    const t = v?.trim() ?? '';
    return t === '' ? null : checkDecimal(t, rule, ctx);
  });

export const requiredDecimal = (rule: DecimalRule = {}) =>
  cell.transform((v, ctx): number => {
    const t = v?.trim() ?? '';
    return t === '' ? fail(ctx, 'required') : checkDecimal(t, rule, ctx);
  });

/** A value from a fixed vocabulary, matched case-insensitively; empty → `fallback` (or required). */
export function oneOf<T>(
  values: Readonly<Record<string, T>>,
  shown: string,
  fallback?: { value: T },
) {
  const lookup = new Map(Object.entries(values).map(([k, v]) => [k.toLowerCase(), v]));
  return cell.transform((v, ctx): T => {
    const t = v?.trim() ?? '';
    if (t === '') return fallback ? fallback.value : fail(ctx, 'required');
    const hit = lookup.get(t.toLowerCase());
    return hit === undefined ? fail(ctx, 'unknown_value', { value: t, allowed: shown }) : hit;
  });
}

export const YES_NO: Readonly<Record<string, boolean>> = {
  j: true,
  ja: true,
  y: true,
  yes: true,
  true: true,
  '1': true,
  x: true,
  n: false,
  nej: false,
  no: false,
  false: false,
  '0': false,
};

export const yesNo = (fallback: boolean) => oneOf(YES_NO, 'J/N', { value: fallback });

export const idList = () =>
  cell.transform((v) =>
    (v ?? '')
      .split(/[|,]/)
      .map((s) => s.trim())
      .filter((s) => s !== ''),
  );

/** Text whose absence matters: undefined when the column is absent, null when the cell is empty. */
export const presentText = () =>
  cell.transform((v): string | null | undefined =>
    v === undefined ? undefined : v.trim() || null,
  );

/** A UPN-like user name (something@domain), lower-cased; empty → null. */
export const upn = () =>
  cell.transform((v, ctx): string | null => {
    const t = v?.trim() ?? '';
    if (t === '') return null;
    return /^[^@\s]+@[^@\s]+$/.test(t) ? t.toLowerCase() : fail(ctx, 'upn_format', { value: t });
  });

/** ddmmyy-xxxx or ddmmyyxxxx with a real day and month: the shape of a Danish CPR number. */
export function looksLikeCpr(text: string): boolean {
  const m = /^(\d{2})(\d{2})\d{2}-?\d{4}$/.exec(text);
  return (
    m !== null && Number(m[1]) >= 1 && Number(m[1]) <= 31 && Number(m[2]) >= 1 && Number(m[2]) <= 12
  );
}

/** A required key that must not be a CPR number (the value is never echoed). */
export const requiredKey = () =>
  requiredText().transform((t, ctx) => (looksLikeCpr(t) ? fail(ctx, 'cpr_value') : t));

/** An optional key that must not be a CPR number. */
export const optionalKey = () =>
  text().transform((t, ctx) => (looksLikeCpr(t) ? fail(ctx, 'cpr_value') : t));
