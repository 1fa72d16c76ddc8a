/**
 * Header handling: Danish snake_case names with SD/Opus native names as aliases, matched
 * case-insensitively after folding æ/ø/å and punctuation ("AnsættelsesID" → "ansaettelsesid").
 * A column that looks like a CPR number or a diagnosis refuses the whole file.
 */
import type { RowError } from './import-messages.js';

export interface ColumnSpec {
  key: string;
  aliases?: readonly string[];
  /** Required in the header. Alternatives (one of several columns) are checked by the kind. */
  required?: boolean;
}

/** "Timer pr. uge" → "timer_pr_uge"; "FRVDATO" → "frvdato"; "@id" → "id". */
export function normaliseHeader(name: string): string {
  return name
    .trim()
    .toLowerCase()
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'oe')
    .replace(/å/g, 'aa')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');
}

const isCprColumn = (n: string): boolean => n.includes('cpr') || n.includes('personnummer');
const isHealthColumn = (n: string): boolean => n.includes('diagnos') || n.includes('sygdomsaarsag');

/** Position and written name of each known column. */
export type ColumnMap = Map<string, { index: number; name: string }>;

/** Refuses CPR and health columns (whole file). */
export function refusedColumns(file: string, header: readonly string[]): RowError[] {
  const errors: RowError[] = [];
  for (const name of header) {
    const n = normaliseHeader(name);
    if (isCprColumn(n))
      errors.push({ file, line: 1, column: name, code: 'cpr_column', params: {} });
    else if (isHealthColumn(n))
      errors.push({ file, line: 1, column: name, code: 'health_column', params: {} });
  }
  return errors;
}

/** Maps header names to column keys; unknown columns are ignored (exports carry many). */
export function mapColumns(
  file: string,
  header: readonly string[],
  specs: readonly ColumnSpec[],
): { columns: ColumnMap; errors: RowError[] } {
  const lookup = new Map<string, string>();
  for (const spec of specs) {
    lookup.set(normaliseHeader(spec.key), spec.key);
    for (const alias of spec.aliases ?? []) lookup.set(normaliseHeader(alias), spec.key);
  }
  const columns: ColumnMap = new Map();
  const errors: RowError[] = [];
  header.forEach((name, index) => {
    const key = lookup.get(normaliseHeader(name));
    if (!key) return;
    const seen = columns.get(key);
    if (seen)
      errors.push({
        file,
        line: 1,
        column: name,
        code: 'duplicate_column',
        params: { other: seen.name },
      });
    else columns.set(key, { index, name });
  });
  for (const spec of specs) {
    if (spec.required && !columns.has(spec.key))
      errors.push({ file, line: 1, column: spec.key, code: 'missing_column', params: {} });
  }
  return { columns, errors };
}

/** True when the header has any of the keys. */
export function hasAny(columns: ColumnMap, ...keys: string[]): boolean {
  return keys.some((k) => columns.has(k));
}
