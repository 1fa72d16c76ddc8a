/**
 * The demo organisation: Søndervig Kommune → sectors → institutions (some with afsnit).
 * Institutions per type scale with the number of employees; two fixed units carry the demo's
 * fixed identities: Hjemmeplejen Nord (AEL-HJN) and Plejecenter Solgården (AEL-SOL).
 */
import type { StoreData } from '../schema.js';
import { DISTRICTS, PLACE_STEMS } from './names.js';
import type { Rng } from './prng.js';
import { SECTORS, UNIT_TYPES, type UnitTypeSpec } from './unit-catalogue.js';

type Unit = StoreData['units'][number];

export const MUNICIPALITY_NAME = 'Søndervig Kommune';
export const ROOT_ID = 'KOMMUNE';
export const FIXED_UNITS = {
  sector: 'AEL',
  homeCareNorth: 'AEL-HJN',
  careHomeSolgaarden: 'AEL-SOL',
} as const;
const UNITS_SINCE = '2007-01-01';

/** An institution: where employees are placed (in itself or in one of its afsnit). */
export interface Institution {
  id: string;
  spec: UnitTypeSpec;
  sectionIds: string[];
  /** Unit-level absence multiplier (some units above target, some below). */
  absenceFactor: number;
  fixed: boolean;
}

export interface Organisation {
  units: Unit[];
  institutions: Institution[];
}

const unit = (
  id: string,
  name: string,
  parentId: string | null,
  level: Unit['level'],
  unitType: string | null,
): Unit => ({
  id,
  name,
  parentId,
  level,
  unitType,
  validFrom: UNITS_SINCE,
  validTo: null,
  policyId: null,
});

/** Hands out unique names: place stems first, then stem + district, then numbered. */
class NamePool {
  private used = new Set<string>();
  /** Place stems are shared by all types (each stem names one unit); the rest count per type. */
  private cursor = new Map<UnitTypeSpec | 'stems', number>();

  constructor(reserved: readonly string[]) {
    for (const name of reserved) this.used.add(name);
  }

  next(spec: UnitTypeSpec): string {
    const pool = this.candidates(spec);
    const key = spec.nameStyle === 'stem' ? 'stems' : spec;
    for (let i = this.cursor.get(key) ?? 0; ; i++) {
      const base = pool[i % pool.length] ?? 'Enhed';
      const round = Math.floor(i / pool.length);
      const x = round === 0 ? base : `${base} ${round + 1}`;
      const name = spec.pattern.replace('{x}', x);
      if (this.used.has(name) || (key === 'stems' && this.used.has(x))) continue;
      this.used.add(name);
      if (key === 'stems') this.used.add(x);
      this.cursor.set(key, i + 1);
      return name;
    }
  }

  private candidates(spec: UnitTypeSpec): readonly string[] {
    if (spec.nameStyle === 'fixed') return spec.fixedNames ?? [];
    if (spec.nameStyle === 'district')
      return spec.count === 1 ? ['Søndervig', ...DISTRICTS] : DISTRICTS;
    return PLACE_STEMS;
  }
}

/** Institutions of one type at this scale (never fewer than at 1,500 employees). */
function countFor(spec: UnitTypeSpec, employees: number): number {
  return Math.max(spec.count, Math.round((spec.count * employees) / 1500));
}

export function generateOrganisation(employees: number, rng: Rng): Organisation {
  const units: Unit[] = [unit(ROOT_ID, MUNICIPALITY_NAME, null, 'kommune', null)];
  const institutions: Institution[] = [];
  const names = new NamePool(['Hjemmeplejen Nord', 'Plejecenter Solgården', 'Solgården']);
  const counters = new Map<string, number>();
  for (const sector of SECTORS)
    units.push(unit(sector.code, sector.name, ROOT_ID, 'forvaltning', null));
  for (const spec of UNIT_TYPES) {
    for (let i = 0; i < countFor(spec, employees); i++) {
      const fixedId = fixedUnitFor(spec, i);
      const n = (counters.get(spec.sector) ?? 0) + 1;
      counters.set(spec.sector, n);
      const id = fixedId ?? `${spec.sector}-${String(n).padStart(2, '0')}`;
      const name = fixedId ? fixedName(fixedId) : names.next(spec);
      units.push(unit(id, name, spec.sector, 'institution', spec.unitType));
      const sectionIds = i < spec.withSections ? addSections(units, id, spec) : [];
      const absenceFactor = fixedId === FIXED_UNITS.homeCareNorth ? 1.25 : rng.lognormal(0.2);
      institutions.push({ id, spec, sectionIds, absenceFactor, fixed: fixedId !== null });
    }
  }
  return { units, institutions };
}

function fixedUnitFor(spec: UnitTypeSpec, index: number): string | null {
  if (index !== 0) return null;
  if (spec.unitType === 'hjemmepleje') return FIXED_UNITS.homeCareNorth;
  if (spec.unitType === 'plejecenter') return FIXED_UNITS.careHomeSolgaarden;
  return null;
}

function fixedName(id: string): string {
  return id === FIXED_UNITS.homeCareNorth ? 'Hjemmeplejen Nord' : 'Plejecenter Solgården';
}

function addSections(units: Unit[], parentId: string, spec: UnitTypeSpec): string[] {
  const parentName = units[units.length - 1]?.name ?? '';
  return spec.sectionNames.map((sectionName, i) => {
    const id = `${parentId}-${String.fromCharCode(65 + i)}`;
    units.push(unit(id, `${parentName}, ${sectionName}`, parentId, 'afsnit', spec.unitType));
    return id;
  });
}
