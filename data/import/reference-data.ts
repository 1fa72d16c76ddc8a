/**
 * Reference data shared by the import (default code mapping) and the demo generator:
 * the SD absence codes and KRL's national figures per occupational group; where both come from
 * is described in docs/statistics.md.
 */
import type { AbsenceType } from '../../domain/model.js';
import type { StoreData } from '../schema.js';

type AbsenceCode = StoreData['absenceCodes'][number];
type NationalAverage = StoreData['nationalAverages'][number];

const sd = (code: string, text: string, type: AbsenceType): AbsenceCode => ({
  system: 'SD',
  code,
  text,
  type,
});

/** SD lønart codes for absence, as used by Hjørring Kommune and Region Hovedstaden. */
export const SD_ABSENCE_CODES: readonly AbsenceCode[] = [
  sd('790', 'Sygdom', 'SYGDOM'),
  sd('526', 'Delvis sygdom', 'DELVIS_SYGDOM'),
  sd('590', 'Sygdom pga. arbejdsskade', 'ARBEJDSSKADE'),
  sd('524', 'Arbejdsskade', 'ARBEJDSSKADE'),
  sd('525', '§ 56 sygdom', 'PARAGRAF56'),
  sd('522', 'Delvis § 56', 'PARAGRAF56'),
  sd('780', 'Graviditetsgener', 'GRAVIDITET'),
  sd('527', 'Graviditetsgener', 'GRAVIDITET'),
  sd('910', 'Barn syg', 'BARN_SYG'),
  sd('929', 'Barn syg', 'BARN_SYG'),
  sd('520', 'Omsorgsdag', 'ANDET'),
  sd('570', 'Barsel', 'ANDET'),
  sd('770', 'Adoption', 'ANDET'),
];

/** KRL personalegrupper (labels exactly as published). */
export const KRL_GROUPS = {
  sosu: 'Social- og sundhedspersonale',
  dagpleje: 'Dagplejere',
  socialpaedagog: 'Socialpædagoger og pæd.pers. døgninst. mv.',
  paedagog: 'Pæd. pers., daginst./klub/skolefr.',
  paedagogmedhjaelper: 'Pædagogmedhj. og pædagogiske assistenter',
  socialraadgiver: 'Socialrådg./socialformidlere',
  laerer: 'Lærere m.fl. i folkeskole og spec.underv.',
  sygeplejerske: 'Syge- og sundhedspersonale – basis',
  administration: 'Administration og it mv.',
  akademiker: 'Akademikere',
} as const;

/** The all-staff label in national averages. */
export const ALL_STAFF = 'ALLE';

/** KRL 2019 (the latest complete group table), municipalities, days per FTE. */
export const KRL_2019: Readonly<Record<string, number>> = {
  [KRL_GROUPS.sosu]: 16.3,
  [KRL_GROUPS.dagpleje]: 14.7,
  [KRL_GROUPS.socialpaedagog]: 14.4,
  [KRL_GROUPS.paedagog]: 14.1,
  [KRL_GROUPS.paedagogmedhjaelper]: 13.7,
  [KRL_GROUPS.socialraadgiver]: 11.1,
  [KRL_GROUPS.laerer]: 10.9,
  [KRL_GROUPS.sygeplejerske]: 10.9,
  [KRL_GROUPS.administration]: 8.9,
  [KRL_GROUPS.akademiker]: 6.2,
  [ALL_STAFF]: 12.1,
};

/** KRL all-staff series for municipalities, 2019 excluded (it is in KRL_2019). */
const KRL_ALL_STAFF_SERIES: readonly (readonly [number, number])[] = [
  [2017, 11.7],
  [2018, 12.0],
  [2020, 12.1],
  [2021, 13.3],
  [2022, 16.1],
];

/** National averages to seed: the KRL 2019 group table plus the all-staff series. */
export function krlNationalAverages(): NationalAverage[] {
  const rows: NationalAverage[] = Object.entries(KRL_2019).map(([group, days]) => ({
    year: 2019,
    source: 'KRL',
    sector: 'KOMMUNER',
    occupationalGroup: group,
    daysPerFte: days,
  }));
  for (const [year, days] of KRL_ALL_STAFF_SERIES) {
    rows.push({
      year,
      source: 'KRL',
      sector: 'KOMMUNER',
      occupationalGroup: ALL_STAFF,
      daysPerFte: days,
    });
  }
  return rows;
}
