/**
 * Where an import writes: the lowdb file or PostgreSQL. The import decides on the store's data as
 * it is (`plan`: every row checked against it) and, when it accepts the file, applies itself in
 * one write — in lowdb one file write, in PostgreSQL one transaction — so a rejected file changes
 * nothing in either store.
 */
import type { StoreData } from '../schema.js';
import type { Store } from '../store.js';
import { importIntoPg } from '../postgres/import-document.js';
import type { Db } from '../postgres/db.js';
import { importCsv, type ImportKind, type ImportSummary } from './import-csv.js';
import type { RowError } from './import-messages.js';

/** A rejected (or unchanged) file's outcome, or the step that applies an accepted one. */
export type ImportDecision<T> =
  { ok: false; value: T } | { ok: true; apply: (draft: StoreData) => T };

export type ImportPlan<T> = (data: Readonly<StoreData>) => ImportDecision<T>;

export interface ImportTarget {
  run<T>(plan: ImportPlan<T>): Promise<T>;
}

export function lowdbImportTarget(store: Store): ImportTarget {
  return {
    run: async (plan) => {
      const decided = plan(store.read());
      return decided.ok ? store.update((draft) => decided.apply(draft)) : decided.value;
    },
  };
}

export function pgImportTarget(db: Db): ImportTarget {
  return { run: (plan) => importIntoPg(db, plan) };
}

export type CsvImportOutcome =
  { ok: true; summary: ImportSummary } | { ok: false; errors: RowError[] };

/** A CSV file's import as a plan: its rows checked against the data, applied when all are good. */
export function csvImportPlan(
  kind: ImportKind,
  file: string,
  text: string,
  now: string,
): ImportPlan<CsvImportOutcome> {
  return (data) => {
    const result = importCsv(kind, file, text, data, { now });
    if (!result.ok) return { ok: false, value: { ok: false, errors: result.errors } };
    return { ok: true, apply: (draft) => ({ ok: true, summary: result.apply(draft) }) };
  };
}
