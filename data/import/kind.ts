/** The shape every import kind implements (one file per kind). */
import type { z } from 'zod';
import type { StoreData } from '../schema.js';
import type { ColumnMap, ColumnSpec } from './columns.js';
import type { ErrorCode } from './import-messages.js';

export interface Counts {
  created: number;
  updated: number;
  unchanged: number;
  /** Rows read but deliberately not stored (e.g. employment rows with an ended status). */
  skipped: number;
}

export const zeroCounts = (): Counts => ({ created: 0, updated: 0, unchanged: 0, skipped: 0 });

export interface ParsedRow<R> {
  line: number;
  value: R;
}

/** Collects row errors; `key` is a column key, reported under the name the file uses. */
export interface Reporter {
  add(line: number, key: string, code: ErrorCode, params?: Record<string, string>): void;
  readonly count: number;
}

/** Applies a validated file to the live store data (inside Store.update). */
export type KindApply = (draft: StoreData, now: string) => Counts;

export interface KindSpec<R> {
  columns: readonly ColumnSpec[];
  schema: z.ZodType<R>;
  /** Header checks beyond the required columns, e.g. "one of these two columns". */
  checkHeader?: (columns: ColumnMap, report: Reporter) => void;
  /** Cross-row and store checks (reported), and the apply step for a clean file. */
  plan: (rows: ParsedRow<R>[], data: Readonly<StoreData>, report: Reporter) => KindApply;
}

/** Requires at least one of `keys` in the header; reports the first key as missing otherwise. */
export function requireOneOf(columns: ColumnMap, report: Reporter, ...keys: string[]): void {
  if (!keys.some((k) => columns.has(k))) report.add(1, keys[0] ?? '', 'missing_column');
}

/** Reports rows whose key occurs earlier in the file. */
export function reportDuplicates<R>(
  rows: readonly ParsedRow<R>[],
  keyOf: (r: R) => string,
  column: string,
  report: Reporter,
): void {
  const seen = new Map<string, number>();
  for (const row of rows) {
    const key = keyOf(row.value);
    const other = seen.get(key);
    if (other !== undefined)
      report.add(row.line, column, 'duplicate_key', { value: key, other: String(other) });
    else seen.set(key, row.line);
  }
}
