/** Helpers for the import tests. */
import { readFileSync } from 'node:fs';
import { importCsv, type ImportKind, type ImportSummary } from '../../../data/import/import-csv.js';
import { formatRowError } from '../../../data/import/import-messages.js';
import type { StoreData } from '../../../data/schema.js';

export const NOW = '2026-11-22T09:00:00.000Z';
export const LATER = '2026-12-01T09:00:00.000Z';

export function sample(name: string): string {
  return readFileSync(new URL(`../../../samples/import/${name}`, import.meta.url), 'utf8');
}

/** Imports text into data (mutating it) and returns the summary; throws with the errors. */
export function importInto(
  data: StoreData,
  kind: ImportKind,
  file: string,
  text: string,
  now = NOW,
): ImportSummary {
  const result = importCsv(kind, file, text, data, { now });
  if (!result.ok) throw new Error(result.errors.map((e) => formatRowError(e, 'en')).join('\n'));
  return result.apply(data);
}

/** The formatted errors of a file that must be rejected. */
export function rejected(
  data: StoreData,
  kind: ImportKind,
  file: string,
  text: string,
  lang: 'da' | 'en' = 'en',
): string[] {
  const result = importCsv(kind, file, text, data, { now: NOW });
  if (result.ok) throw new Error('expected the file to be rejected');
  return result.errors.map((e) => formatRowError(e, lang));
}

/** The store without its audit log (an import always adds one audit entry). */
export function withoutAudit(data: StoreData): Omit<StoreData, 'audit'> {
  const { audit: _audit, ...rest } = data;
  return rest;
}
