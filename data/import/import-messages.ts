/**
 * Row errors of the CSV import and their texts in Danish and English. data/ may not import
 * i18n/, so the import keeps its own two small tables; an HR upload in chat can format the same
 * RowError values through these.
 */
import type { Locale } from '../../domain/model.js';

export type ErrorCode =
  | 'required'
  | 'date_format'
  | 'number_format'
  | 'negative'
  | 'out_of_range'
  | 'integer'
  | 'end_before_start'
  | 'unknown_unit'
  | 'unknown_employment'
  | 'unknown_value'
  | 'duplicate_key'
  | 'overlap'
  | 'no_employment_on_date'
  | 'unit_cycle'
  | 'leader_without_units'
  | 'tr_without_units'
  | 'identity_missing'
  | 'object_id_format'
  | 'upn_format'
  | 'identity_conflict'
  | 'cpr_column'
  | 'health_column'
  | 'missing_column'
  | 'duplicate_column'
  | 'empty_file'
  | 'csv_syntax'
  | 'unknown_kind'
  | 'cpr_value';

/** One problem, at a physical line of the file (the header is line 1). */
export interface RowError {
  file: string;
  line: number;
  /** The column as written in the file's header ('' when the whole row or file is meant). */
  column: string;
  code: ErrorCode;
  params: Record<string, string>;
}

// prettier-ignore
const DA: Record<ErrorCode, string> = {
  required: 'mangler en værdi',
  date_format: '"{value}" er ikke en gyldig dato (skriv åååå-mm-dd, dd-mm-åååå eller dd.mm.åååå)',
  number_format: '"{value}" er ikke et tal (brug komma eller punktum som decimaltegn, ingen tusindtalsseparator)',
  negative: 'må ikke være negativ (fik "{value}")',
  out_of_range: '"{value}" skal ligge mellem {min} og {max}',
  integer: '"{value}" skal være et helt tal',
  end_before_start: 'slutdatoen {end} ligger før startdatoen {start}',
  unknown_unit: 'enheden "{value}" findes ikke (importér den først med enheder.csv)',
  unknown_employment: 'ansættelsen "{value}" findes ikke (importér den først med ansaettelser.csv)',
  unknown_value: '"{value}" er ikke en gyldig værdi (brug {allowed})',
  duplicate_key: 'samme nøgle "{value}" står også i linje {other}',
  overlap: 'perioden overlapper perioden for samme ansættelse i linje {other}',
  no_employment_on_date: 'ansættelsen "{value}" er ikke gyldig den {date}',
  unit_cycle: 'enheden "{value}" ville komme til at ligge under sig selv',
  leader_without_units: 'en leder skal have mindst én enhed',
  tr_without_units: 'en tillidsrepræsentant skal have mindst én enhed',
  identity_missing: 'angiv upn eller aad_object_id, så vi kan genkende personen i Teams',
  object_id_format: '"{value}" er ikke et gyldigt objekt-id (GUID)',
  upn_format: '"{value}" ligner ikke et brugernavn (upn) med @',
  identity_conflict: '"{value}" er allerede knyttet til en anden person i linje {other}',
  cpr_column: 'filen har en CPR-kolonne. CPR-numre må ikke importeres, så hele filen er afvist. Fjern kolonnen og prøv igen',
  health_column: 'filen har en kolonne med helbredsoplysninger. Diagnoser må ikke importeres, så hele filen er afvist',
  missing_column: 'den påkrævede kolonne mangler i overskriftslinjen',
  duplicate_column: 'kolonnen står to gange (også som "{other}")',
  empty_file: 'filen er tom – den skal mindst have en overskriftslinje',
  csv_syntax: 'filen kan ikke læses som CSV: {detail}',
  unknown_kind: 'ukendt filtype "{value}" (brug {allowed})',
  cpr_value: 'ligner et CPR-nummer. Brug et pseudonymt nummer – CPR-numre må ikke importeres, så hele filen er afvist',
};

// prettier-ignore
const EN: Record<ErrorCode, string> = {
  required: 'is missing a value',
  date_format: '"{value}" is not a valid date (write yyyy-mm-dd, dd-mm-yyyy or dd.mm.yyyy)',
  number_format: '"{value}" is not a number (use a decimal comma or point, no thousands separator)',
  negative: 'must not be negative (got "{value}")',
  out_of_range: '"{value}" must be between {min} and {max}',
  integer: '"{value}" must be a whole number',
  end_before_start: 'the end date {end} is before the start date {start}',
  unknown_unit: 'the unit "{value}" does not exist (import it first with enheder.csv)',
  unknown_employment: 'the employment "{value}" does not exist (import it first with ansaettelser.csv)',
  unknown_value: '"{value}" is not a valid value (use {allowed})',
  duplicate_key: 'the same key "{value}" is also on line {other}',
  overlap: 'the period overlaps the period of the same employment on line {other}',
  no_employment_on_date: 'the employment "{value}" is not valid on {date}',
  unit_cycle: 'the unit "{value}" would end up below itself',
  leader_without_units: 'a leader needs at least one unit',
  tr_without_units: 'a shop steward needs at least one unit',
  identity_missing: 'give upn or aad_object_id so that the person can be recognised in Teams',
  object_id_format: '"{value}" is not a valid object id (GUID)',
  upn_format: '"{value}" does not look like a user name (upn) with @',
  identity_conflict: '"{value}" already belongs to another person on line {other}',
  cpr_column: 'the file has a CPR column. CPR numbers must not be imported, so the whole file is rejected. Remove the column and try again',
  health_column: 'the file has a column with health information. Diagnoses must not be imported, so the whole file is rejected',
  missing_column: 'the required column is missing from the header row',
  duplicate_column: 'the column appears twice (also as "{other}")',
  empty_file: 'the file is empty – it needs at least a header row',
  csv_syntax: 'the file cannot be read as CSV: {detail}',
  unknown_kind: 'unknown file kind "{value}" (use {allowed})',
  cpr_value: 'looks like a CPR number. Use a pseudonymous number – CPR numbers must not be imported, so the whole file is rejected',
};

export const IMPORT_MESSAGES: Record<Locale, Record<ErrorCode, string>> = { da: DA, en: EN };

/** The message alone, in the given language. */
export function rowErrorMessage(error: RowError, locale: Locale): string {
  return IMPORT_MESSAGES[locale][error.code].replace(
    /\{(\w+)\}/g,
    (whole, name: string) => error.params[name] ?? whole,
  );
}

/** `file:line: column: what is wrong` (the column part is left out when there is none). */
export function formatRowError(error: RowError, locale: Locale): string {
  const column = error.column ? `${error.column}: ` : '';
  return `${error.file}:${error.line}: ${column}${rowErrorMessage(error, locale)}`;
}
