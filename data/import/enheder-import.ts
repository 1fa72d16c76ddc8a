/** enheder.csv — organisation units (samples/import/README.md). Upsert by enhed_id. */
import { z } from 'zod';
import type { StoreData } from '../schema.js';
import { oneOf, optionalDate, presentText, requiredText, text, upn } from './fields.js';
import {
  reportDuplicates,
  zeroCounts,
  type KindSpec,
  type ParsedRow,
  type Reporter,
} from './kind.js';
import { upsertAll } from './merge.js';
import { PersonIndex } from './person-lookup.js';

type Unit = StoreData['units'][number];
type Level = Unit['level'];

/** Stored for units whose file gives no gyldig_fra: valid since always. */
export const UNIT_VALID_SINCE_ALWAYS = '1970-01-01';

const LEVELS: Record<string, Level> = {
  kommune: 'kommune',
  municipality: 'kommune',
  forvaltning: 'forvaltning',
  sektor: 'forvaltning',
  område: 'omraade',
  omraade: 'omraade',
  center: 'omraade',
  institution: 'institution',
  afdeling: 'afsnit',
  afsnit: 'afsnit',
  team: 'afsnit',
};

const row = z
  .object({
    enhed_id: requiredText(),
    enhed_navn: requiredText(),
    overordnet_enhed_id: text(),
    enhedsniveau: oneOf<Level | null>(
      LEVELS,
      'Kommune, Forvaltning, Område, Institution, Afdeling/Afsnit',
      { value: null },
    ),
    enhedstype: presentText(),
    leder_upn: upn(),
    gyldig_fra: optionalDate(),
    gyldig_til: optionalDate(true),
  })
  .superRefine((r, ctx) => {
    if (r.gyldig_fra && r.gyldig_til && r.gyldig_til < r.gyldig_fra) {
      ctx.addIssue({
        code: 'custom',
        path: ['gyldig_til'],
        message: 'end_before_start',
        params: { start: r.gyldig_fra, end: r.gyldig_til },
      });
    }
  });
type Row = z.output<typeof row>;

export const enhederSpec: KindSpec<Row> = {
  columns: [
    {
      key: 'enhed_id',
      required: true,
      aliases: ['Afdeling', 'SDafdID', 'DepartmentIdentifier', 'orgUnit', 'LOSID'],
    },
    {
      key: 'enhed_navn',
      required: true,
      aliases: ['Enhedsnavn', 'DepartmentName', 'longName', 'navn'],
    },
    {
      key: 'overordnet_enhed_id',
      aliases: ['parentOrgUnit', 'ParentDepartment', 'overordnet_enhed'],
    },
    { key: 'enhedsniveau', aliases: ['Niveau'] },
    { key: 'enhedstype', aliases: ['unit_type', 'type'] },
    { key: 'leder_upn' },
    { key: 'gyldig_fra', aliases: ['ActivationDate'] },
    { key: 'gyldig_til', aliases: ['DeactivationDate'] },
  ],
  schema: row,
  plan(rows, data, report) {
    reportDuplicates(rows, (r) => r.enhed_id, 'enhed_id', report);
    checkParents(rows, data.units, report);
    const existing = new Map(data.units.map((u) => [u.id, u]));
    const units = rows.map((r) => toUnit(r.value, existing.get(r.value.enhed_id)));
    const leaders = rows
      .filter((r) => r.value.leder_upn)
      .map((r) => [r.value.leder_upn ?? '', r.value.enhed_id] as const);
    return (draft) => {
      const counts = zeroCounts();
      upsertAll(draft.units, units, (u) => u.id, counts);
      const persons = new PersonIndex(draft.persons);
      for (const [leaderUpn, unitId] of leaders) {
        const person = persons.findOrCreate(null, leaderUpn, '');
        if (!person.leads.includes(unitId)) person.leads.push(unitId);
      }
      return counts;
    };
  },
};

function toUnit(r: Row, old: Unit | undefined): Unit {
  const parentId = r.overordnet_enhed_id || null;
  return {
    id: r.enhed_id,
    name: r.enhed_navn,
    parentId,
    level: r.enhedsniveau ?? old?.level ?? (parentId === null ? 'kommune' : 'institution'),
    unitType: r.enhedstype === undefined ? (old?.unitType ?? null) : r.enhedstype,
    validFrom: r.gyldig_fra ?? old?.validFrom ?? UNIT_VALID_SINCE_ALWAYS,
    validTo: r.gyldig_til,
    policyId: old?.policyId ?? null,
  };
}

/** Every parent must exist (in the store or the file), and no unit may end up below itself. */
function checkParents(
  rows: readonly ParsedRow<Row>[],
  units: readonly Unit[],
  report: Reporter,
): void {
  const parent = new Map<string, string | null>(units.map((u) => [u.id, u.parentId]));
  for (const r of rows) parent.set(r.value.enhed_id, r.value.overordnet_enhed_id || null);
  for (const r of rows) {
    const p = r.value.overordnet_enhed_id;
    if (p && !parent.has(p))
      report.add(r.line, 'overordnet_enhed_id', 'unknown_unit', { value: p });
    else if (p && reachesItself(r.value.enhed_id, parent))
      report.add(r.line, 'overordnet_enhed_id', 'unit_cycle', { value: r.value.enhed_id });
  }
}

function reachesItself(id: string, parent: ReadonlyMap<string, string | null>): boolean {
  let at = parent.get(id) ?? null;
  for (let steps = 0; at !== null && steps <= parent.size; steps++) {
    if (at === id) return true;
    at = parent.get(at) ?? null;
  }
  return false;
}
