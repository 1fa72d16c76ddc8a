/**
 * ansaettelser.csv — employments (samples/import/README.md). Several rows per ansaettelse_id are allowed
 * (changes of hours or unit over time) if their validity does not overlap; they are stored as
 * `<id>`, `<id>#2`, `<id>#3`… in order of gyldig_fra. The file replaces all stored rows of each
 * ansaettelse_id it names; others are left alone. Rows with an ended status (7, 8, 9, S) are skipped.
 */
import type { StoreData } from '../schema.js';
import {
  employmentRow,
  EMPLOYMENT_COLUMNS,
  payFormOf,
  rateOf,
  type EmploymentRow,
} from './ansaettelser-row.js';
import { rowsBySourceId } from './employment-ids.js';
import { requireOneOf, zeroCounts, type KindSpec, type ParsedRow, type Reporter } from './kind.js';
import { sameData } from './merge.js';

type Employment = StoreData['employments'][number];

export const ansaettelserSpec: KindSpec<EmploymentRow> = {
  columns: EMPLOYMENT_COLUMNS,
  schema: employmentRow,
  checkHeader(columns, report) {
    requireOneOf(columns, report, 'beskaeftigelsesgrad', 'ugentlige_timer');
    requireOneOf(columns, report, 'loenform', 'del_kode');
  },
  plan(rows, data, report) {
    const unitIds = new Set(data.units.map((u) => u.id));
    for (const r of rows) {
      if (!unitIds.has(r.value.enhed_id))
        report.add(r.line, 'enhed_id', 'unknown_unit', { value: r.value.enhed_id });
    }
    const groups = groupBySource(
      rows.filter((r) => r.value.status),
      report,
    );
    const skipped = rows.length - rows.filter((r) => r.value.status).length;
    const jobCodes = new Map(data.jobCodes.map((j) => [j.code, j.occupationalGroup]));
    const old = rowsBySourceId(data.employments);
    const incoming = new Map<string, Employment[]>();
    for (const [source, list] of groups)
      incoming.set(source, toEmployments(source, list, old.get(source) ?? [], jobCodes));
    return (draft) => replaceRows(draft, incoming, skipped);
  },
};

/** Groups rows by ansaettelse_id, sorted by gyldig_fra, reporting overlapping validity. */
function groupBySource(
  rows: readonly ParsedRow<EmploymentRow>[],
  report: Reporter,
): Map<string, ParsedRow<EmploymentRow>[]> {
  const groups = new Map<string, ParsedRow<EmploymentRow>[]>();
  for (const r of rows) {
    const list = groups.get(r.value.ansaettelse_id) ?? [];
    list.push(r);
    groups.set(r.value.ansaettelse_id, list);
  }
  for (const list of groups.values()) {
    list.sort((a, b) =>
      a.value.gyldig_fra < b.value.gyldig_fra
        ? -1
        : a.value.gyldig_fra > b.value.gyldig_fra
          ? 1
          : a.line - b.line,
    );
    for (let i = 1; i < list.length; i++) {
      const prev = list[i - 1];
      const cur = list[i];
      if (
        prev &&
        cur &&
        (prev.value.gyldig_til === null || prev.value.gyldig_til >= cur.value.gyldig_fra)
      ) {
        const [later, earlier] = cur.line > prev.line ? [cur, prev] : [prev, cur];
        report.add(later.line, 'gyldig_fra', 'overlap', { other: String(earlier.line) });
      }
    }
  }
  return groups;
}

function toEmployments(
  source: string,
  rows: readonly ParsedRow<EmploymentRow>[],
  old: readonly Employment[],
  jobCodes: ReadonlyMap<string, string>,
): Employment[] {
  const fallback = old[old.length - 1];
  return rows.map(({ value: r }, i) => ({
    id: i === 0 ? source : `${source}#${i + 1}`,
    personKey: r.medarbejder_ref || fallback?.personKey || source,
    displayName: r.navn ?? fallback?.displayName ?? '',
    unitId: r.enhed_id,
    occupationRate: rateOf(r) ?? 0,
    occupationalGroup:
      r.personalegruppe ||
      jobCodes.get(r.stillingskode) ||
      jobCodes.get(r.overenskomst) ||
      fallback?.occupationalGroup ||
      '',
    payForm: payFormOf(r),
    apprentice: r.elev,
    validFrom: r.gyldig_fra,
    validTo: r.gyldig_til,
  }));
}

/** Replaces the stored rows of each named ansaettelse_id (unchanged ones are left in place). */
function replaceRows(
  draft: StoreData,
  incoming: ReadonlyMap<string, Employment[]>,
  skipped: number,
) {
  const counts = { ...zeroCounts(), skipped };
  const current = rowsBySourceId(draft.employments);
  const drop = new Set<Employment>();
  const add: Employment[] = [];
  for (const [source, rows] of incoming) {
    const old = current.get(source) ?? [];
    if (old.length === rows.length && old.every((o, i) => sameData(o, rows[i]))) {
      counts.unchanged += rows.length;
      continue;
    }
    if (old.length === 0) counts.created += rows.length;
    else counts.updated += rows.length;
    for (const o of old) drop.add(o);
    add.push(...rows);
  }
  if (drop.size > 0) draft.employments = draft.employments.filter((e) => !drop.has(e));
  for (const e of add) draft.employments.push(e);
  return counts;
}
