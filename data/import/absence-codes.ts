/**
 * Absence code → normalised type, through the stored mapping (fravaersaarsager.csv); a store
 * without a mapping uses the default SD lønart codes (reference-data.ts). Unknown codes are ANDET (never counted
 * as sickness). An explicit fravaerstype column wins; if it holds a code instead of a type name
 * (an Opus "fraværstype"), that code is looked up.
 */
import { ABSENCE_TYPES, type AbsenceType } from '../../domain/model.js';
import type { StoreData } from '../schema.js';
import { SD_ABSENCE_CODES } from './reference-data.js';

type AbsenceCode = StoreData['absenceCodes'][number];

const TYPE_NAMES = new Map<string, AbsenceType>(ABSENCE_TYPES.map((t) => [t.toLowerCase(), t]));

export class AbsenceCodeMapper {
  private readonly bySystem = new Map<string, AbsenceType>();
  /** Code alone → type, or null when two systems disagree about the code. */
  private readonly byCode = new Map<string, AbsenceType | null>();
  unknown = 0;

  constructor(codes: readonly AbsenceCode[]) {
    for (const c of codes.length > 0 ? codes : SD_ABSENCE_CODES) {
      this.bySystem.set(`${c.system.toLowerCase()}|${c.code}`, c.type);
      const seen = this.byCode.get(c.code);
      this.byCode.set(c.code, seen === undefined || seen === c.type ? c.type : null);
    }
  }

  /** The type of a row: explicit type name, else the code (with the system when given). */
  typeOf(code: string, explicitType: string, system: string): AbsenceType {
    const named = TYPE_NAMES.get(explicitType.toLowerCase());
    if (named) return named;
    const raw = code || explicitType;
    const type =
      (system && this.bySystem.get(`${system.toLowerCase()}|${raw}`)) || this.byCode.get(raw);
    if (type) return type;
    this.unknown++;
    return 'ANDET';
  }
}

/** The SD codes to store when an import into an empty mapping relied on them. */
export function seedCodesIfEmpty(draft: StoreData): void {
  if (draft.absenceCodes.length === 0)
    draft.absenceCodes.push(...SD_ABSENCE_CODES.map((c) => ({ ...c })));
}
