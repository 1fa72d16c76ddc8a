/**
 * The demo municipality's building blocks: sectors, unit types with their staff mix
 * (KRL's occupational groups, personalegrupper) and how many of each exist at 1,500 employees.
 */
import { KRL_GROUPS as G } from '../import/reference-data.js';

/** A group outside KRL's 2019 table (no national average: weighted targets fall back to ALLE). */
export const TECHNICAL_GROUP = 'Tekniske servicemedarbejdere';

export type SectorCode = 'AEL' | 'BU' | 'SB' | 'TM' | 'ADM';

export const SECTORS: readonly { code: SectorCode; name: string }[] = [
  { code: 'AEL', name: 'Ældre og Sundhed' },
  { code: 'BU', name: 'Børn og Unge' },
  { code: 'SB', name: 'Social og Beskæftigelse' },
  { code: 'TM', name: 'Teknik og Miljø' },
  { code: 'ADM', name: 'Administration' },
];

export type NameStyle = 'stem' | 'district' | 'fixed';

export interface UnitTypeSpec {
  unitType: string;
  sector: SectorCode;
  /** Name prefix/suffix: "Plejecenter {x}", "{x} Skole". */
  pattern: string;
  nameStyle: NameStyle;
  /** For nameStyle 'fixed': the names to use in order. */
  fixedNames?: readonly string[];
  /** Number of institutions at 1,500 employees. */
  count: number;
  /** Relative headcount. */
  size: number;
  /** How many of this type's institutions get afsnit, and their names. */
  withSections: number;
  sectionNames: readonly string[];
  /** Occupational group mix (shares). */
  mix: readonly (readonly [string, number])[];
  /** Weighted (LANDSGNS_VAEGTET) targets for this type; else FAST. */
  weightedTarget: boolean;
}

// prettier-ignore
export const UNIT_TYPES: readonly UnitTypeSpec[] = [
  {
    unitType: 'hjemmepleje', sector: 'AEL', pattern: 'Hjemmeplejen {x}', nameStyle: 'district',
    count: 4, size: 40, withSections: 0, sectionNames: [], weightedTarget: true,
    mix: [[G.sosu, 0.8], [G.sygeplejerske, 0.14], [G.administration, 0.06]],
  },
  {
    unitType: 'plejecenter', sector: 'AEL', pattern: 'Plejecenter {x}', nameStyle: 'stem',
    count: 4, size: 55, withSections: 2, sectionNames: ['Afsnit Havebo', 'Afsnit Lysbo'],
    weightedTarget: true, mix: [[G.sosu, 0.8], [G.sygeplejerske, 0.14], [G.administration, 0.06]],
  },
  {
    unitType: 'sygepleje', sector: 'AEL', pattern: 'Sygeplejen {x}', nameStyle: 'district',
    count: 1, size: 30, withSections: 0, sectionNames: [], weightedTarget: true,
    mix: [[G.sygeplejerske, 0.85], [G.sosu, 0.1], [G.administration, 0.05]],
  },
  {
    unitType: 'skole', sector: 'BU', pattern: '{x} Skole', nameStyle: 'stem',
    count: 5, size: 65, withSections: 1, sectionNames: ['Indskolingen', 'Udskolingen'],
    weightedTarget: true,
    mix: [[G.laerer, 0.68], [G.paedagog, 0.14], [G.paedagogmedhjaelper, 0.08], [G.administration, 0.1]],
  },
  {
    unitType: 'daginstitution', sector: 'BU', pattern: 'Børnehuset {x}', nameStyle: 'stem',
    count: 6, size: 22, withSections: 0, sectionNames: [], weightedTarget: true,
    mix: [[G.paedagog, 0.58], [G.paedagogmedhjaelper, 0.37], [G.administration, 0.05]],
  },
  {
    unitType: 'dagpleje', sector: 'BU', pattern: 'Dagplejen {x}', nameStyle: 'district',
    count: 2, size: 30, withSections: 0, sectionNames: [], weightedTarget: true,
    mix: [[G.dagpleje, 0.9], [G.paedagog, 0.1]],
  },
  {
    unitType: 'botilbud', sector: 'SB', pattern: 'Bofællesskabet {x}', nameStyle: 'stem',
    count: 3, size: 35, withSections: 0, sectionNames: [], weightedTarget: false,
    mix: [[G.socialpaedagog, 0.8], [G.sosu, 0.15], [G.administration, 0.05]],
  },
  {
    unitType: 'jobcenter', sector: 'SB', pattern: 'Jobcenter {x}', nameStyle: 'district',
    count: 1, size: 55, withSections: 0, sectionNames: [], weightedTarget: false,
    mix: [[G.socialraadgiver, 0.45], [G.administration, 0.35], [G.akademiker, 0.2]],
  },
  {
    unitType: 'myndighed', sector: 'SB', pattern: '{x}', nameStyle: 'fixed',
    fixedNames: ['Familieafdelingen', 'Voksenafdelingen'], count: 1, size: 35,
    withSections: 0, sectionNames: [], weightedTarget: false,
    mix: [[G.socialraadgiver, 0.7], [G.administration, 0.2], [G.akademiker, 0.1]],
  },
  {
    unitType: 'vej og park', sector: 'TM', pattern: 'Vej og Park {x}', nameStyle: 'district',
    count: 1, size: 40, withSections: 0, sectionNames: [], weightedTarget: false,
    mix: [[TECHNICAL_GROUP, 0.85], [G.administration, 0.1], [G.akademiker, 0.05]],
  },
  {
    unitType: 'administration', sector: 'TM', pattern: '{x}', nameStyle: 'fixed',
    fixedNames: ['Plan og Byg', 'Natur og Miljø'], count: 1, size: 30, withSections: 0,
    sectionNames: [], weightedTarget: false, mix: [[G.akademiker, 0.45], [G.administration, 0.55]],
  },
  {
    unitType: 'administration', sector: 'ADM', pattern: '{x}', nameStyle: 'fixed',
    fixedNames: ['Økonomi', 'HR og Personale', 'IT og Digitalisering', 'Borgerservice'],
    count: 3, size: 25, withSections: 0, sectionNames: [], weightedTarget: false,
    mix: [[G.administration, 0.8], [G.akademiker, 0.2]],
  },
];

/** Share of women per group, for plausible names. */
// prettier-ignore
export const FEMALE_SHARE: Readonly<Record<string, number>> = {
  [G.sosu]: 0.88, [G.dagpleje]: 0.97, [G.socialpaedagog]: 0.7, [G.paedagog]: 0.8,
  [G.paedagogmedhjaelper]: 0.75, [G.socialraadgiver]: 0.85, [G.laerer]: 0.7,
  [G.sygeplejerske]: 0.93, [G.administration]: 0.8, [G.akademiker]: 0.6, [TECHNICAL_GROUP]: 0.12,
};

/** Demo absence level per group (days per FTE per year): KRL 2019, technical staff assumed. */
// prettier-ignore
export const GROUP_LEVEL: Readonly<Record<string, number>> = {
  [G.sosu]: 16.3, [G.dagpleje]: 14.7, [G.socialpaedagog]: 14.4, [G.paedagog]: 14.1,
  [G.paedagogmedhjaelper]: 13.7, [G.socialraadgiver]: 11.1, [G.laerer]: 10.9,
  [G.sygeplejerske]: 10.9, [G.administration]: 8.9, [G.akademiker]: 6.2, [TECHNICAL_GROUP]: 12.0,
};

/** Groups with many part-timers (care and pedagogy). */
export const PART_TIME_GROUPS: ReadonlySet<string> = new Set([
  G.sosu,
  G.sygeplejerske,
  G.socialpaedagog,
  G.paedagog,
  G.paedagogmedhjaelper,
]);

/** Groups that take apprentices (SOSU-elever, PAU-elever, kontorelever). */
export const APPRENTICE_GROUPS: ReadonlySet<string> = new Set([
  G.sosu,
  G.paedagogmedhjaelper,
  G.administration,
]);
