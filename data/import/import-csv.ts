/**
 * The CSV import core: text in, either every row error or an `apply` step out. Nothing is
 * written here; the caller runs `store.update((d) => result.apply(d))`, so a file with any bad
 * row changes nothing (whole-file rejection).
 */
import type { AuditEntry, StoreData } from '../schema.js';
import { mapColumns, refusedColumns, type ColumnMap } from './columns.js';
import { readCsv, type CsvRecord } from './csv-reader.js';
import { enhederSpec } from './enheder-import.js';
import { ansaettelserSpec } from './ansaettelser-import.js';
import { fravaerSpec } from './fravaer-import.js';
import { fravaerDageSpec } from './fravaer-dage-import.js';
import { IMPORT_MESSAGES, type ErrorCode, type RowError } from './import-messages.js';
import type { Counts, KindSpec, ParsedRow, Reporter } from './kind.js';
import { landsgennemsnitSpec } from './landsgennemsnit-import.js';
import { maaltalSpec } from './maaltal-import.js';
import { trivselSpec } from './trivsel-import.js';
import { fravaersaarsagerSpec, stillingskoderSpec } from './mapping-import.js';
import { personerSpec } from './personer-import.js';

export const IMPORT_KINDS = [
  'enheder',
  'ansaettelser',
  'fravaer',
  'maaltal',
  'landsgennemsnit',
  'fravaersaarsager',
  'stillingskoder',
  'personer',
  'trivsel',
] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];
/** What was imported: fravaer files are period rows or day rows (detected from the header). */
export type ImportedKind = ImportKind | 'fravaer-dage';

export interface ImportOptions {
  /** The instant of the import (UTC ISO), for timestamps and the audit entry. */
  now: string;
}

export interface ImportSummary extends Counts {
  kind: ImportedKind;
  rows: number;
}

export type ImportResult =
  | { ok: true; kind: ImportedKind; rows: number; apply: (draft: StoreData) => ImportSummary }
  | { ok: false; errors: RowError[] };

// Each spec has its own row type; the core only passes rows from a spec's schema to its plan.
type AnySpec = KindSpec<unknown>;
const SPECS: Record<ImportedKind, AnySpec> = {
  enheder: enhederSpec as AnySpec,
  ansaettelser: ansaettelserSpec as AnySpec,
  fravaer: fravaerSpec as AnySpec,
  'fravaer-dage': fravaerDageSpec as AnySpec,
  maaltal: maaltalSpec as AnySpec,
  landsgennemsnit: landsgennemsnitSpec as AnySpec,
  trivsel: trivselSpec as AnySpec,
  fravaersaarsager: fravaersaarsagerSpec as AnySpec,
  stillingskoder: stillingskoderSpec as AnySpec,
  personer: personerSpec as AnySpec,
};

export function isImportKind(value: string): value is ImportKind {
  return (IMPORT_KINDS as readonly string[]).includes(value);
}

/** fravaer: day rows when the header has a day column (dato/FRVDATO) and no startdato. */
function resolveKind(kind: ImportKind, file: string, header: readonly string[]): ImportedKind {
  if (kind !== 'fravaer') return kind;
  const day = mapColumns(file, header, fravaerDageSpec.columns).columns;
  const period = mapColumns(file, header, fravaerSpec.columns).columns;
  return day.has('dato') && !period.has('startdato') ? 'fravaer-dage' : 'fravaer';
}

/** The header checks: a readable file, no CPR or health column, the required columns. */
function readHeader(
  kind: ImportKind,
  file: string,
  text: string,
): Prepared | { errors: RowError[] } {
  const read = readCsv(text);
  if (!read.ok)
    return { errors: [error(file, read.line, '', 'csv_syntax', { detail: read.detail })] };
  const { header, records } = read.table;
  if (header.length === 0) return { errors: [error(file, 1, '', 'empty_file')] };
  const refused = refusedColumns(file, header);
  if (refused.length > 0) return { errors: refused };
  const resolved = resolveKind(kind, file, header);
  const spec = SPECS[resolved];
  const { columns, errors } = mapColumns(file, header, spec.columns);
  const reporter = collect(file, columns, errors);
  spec.checkHeader?.(columns, reporter);
  return errors.length > 0 ? { errors } : { resolved, spec, columns, records, errors, reporter };
}

interface Prepared {
  resolved: ImportedKind;
  spec: AnySpec;
  columns: ColumnMap;
  records: readonly CsvRecord[];
  /** The reporter's error list (empty after the header checks). */
  errors: RowError[];
  reporter: Reporter;
}

export function importCsv(
  kind: ImportKind,
  file: string,
  text: string,
  data: Readonly<StoreData>,
  opts: ImportOptions,
): ImportResult {
  const prepared = readHeader(kind, file, text);
  if (!('spec' in prepared)) return { ok: false, errors: prepared.errors };
  const { resolved, spec, columns, records, errors, reporter } = prepared;
  const rows = parseRows(spec, records, columns, reporter);
  // The plan also checks the rows that parsed, so that every bad row is reported at once.
  const apply = spec.plan(rows, data, reporter);
  if (errors.length > 0) return { ok: false, errors: sortErrors(errors) };
  return {
    ok: true,
    kind: resolved,
    rows: rows.length,
    apply: (draft) => {
      const summary: ImportSummary = {
        kind: resolved,
        rows: rows.length,
        ...apply(draft, opts.now),
      };
      if (draft.origin === 'empty') draft.origin = 'imported';
      draft.audit.push(auditEntry(summary, opts.now));
      return summary;
    },
  };
}

function parseRows(
  spec: AnySpec,
  records: readonly CsvRecord[],
  columns: ColumnMap,
  reporter: Reporter,
): ParsedRow<unknown>[] {
  const rows: ParsedRow<unknown>[] = [];
  const keys = [...columns.entries()];
  for (const { line, values } of records) {
    const input: Record<string, string | undefined> = {};
    for (const [key, { index }] of keys) input[key] = values[index]?.trim() ?? '';
    const parsed = spec.schema.safeParse(input);
    if (parsed.success) {
      rows.push({ line, value: parsed.data });
      continue;
    }
    for (const issue of parsed.error.issues) {
      const params =
        'params' in issue && issue.params ? (issue.params as Record<string, string>) : {};
      reporter.add(
        line,
        String(issue.path[0] ?? ''),
        isCode(issue.message) ? issue.message : 'required',
        params,
      );
    }
  }
  return rows;
}

const isCode = (message: string): message is ErrorCode =>
  Object.hasOwn(IMPORT_MESSAGES.da, message);

function collect(file: string, columns: ColumnMap, errors: RowError[]): Reporter {
  return {
    add: (line, key, code, params = {}) =>
      errors.push(error(file, line, columns.get(key)?.name ?? key, code, params)),
    get count() {
      return errors.length;
    },
  };
}

function error(
  file: string,
  line: number,
  column: string,
  code: ErrorCode,
  params: Record<string, string> = {},
): RowError {
  return { file, line, column, code, params };
}

const sortErrors = (errors: RowError[]): RowError[] => [...errors].sort((a, b) => a.line - b.line);

/** The audit entry of an import: counts only, never a name, an id or a value from the file. */
function auditEntry(s: ImportSummary, at: string): AuditEntry {
  const detail = `rows=${s.rows} created=${s.created} updated=${s.updated} unchanged=${s.unchanged} skipped=${s.skipped}`;
  return {
    at,
    actor: 'import',
    action: `import.${s.kind}`,
    subject: null,
    unitId: null,
    outcome: 'allowed',
    detail,
  };
}
