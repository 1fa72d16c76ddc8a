/** Fixed employees and employment parameters of the demo. */
import { FIXED_UNITS } from './demo-organisation.js';

/** The fixed employees (README: "Mette er syg"): stable ids in every demo. */
// prettier-ignore
export const FIXED_EMPLOYEES = [
  { id: 'XA-00001', key: 'p-demo-0001', name: 'Mette Jensen', unit: FIXED_UNITS.homeCareNorth, rate: 0.8108, from: '2016-03-01' },
  { id: 'XA-00002', key: 'p-demo-0002', name: 'Jonas Poulsen', unit: FIXED_UNITS.homeCareNorth, rate: 1, from: '2019-08-01' },
  { id: 'XA-00003', key: 'p-demo-0003', name: 'Mette Hansen', unit: FIXED_UNITS.careHomeSolgaarden, rate: 0.7568, from: '2012-02-01' },
] as const;

/** Occupation rates (share of 37 h) and their weights: 30 h, 32 h, 28 h and half time. */
// prettier-ignore
export const RATES_PART_TIME: readonly (readonly [number, number])[] = [[1, 0.35], [0.8108, 0.25], [0.8649, 0.15], [0.7568, 0.15], [0.5, 0.1]];
// prettier-ignore
export const RATES_FULL_TIME: readonly (readonly [number, number])[] = [[1, 0.82], [0.8108, 0.1], [0.8649, 0.04], [0.5, 0.04]];

/** A pseudonymous, unique key (multiplying by an odd constant mod 2^32 is a bijection). */
export function personKeyOf(n: number): string {
  return `p-${(Math.imul(n, 2654435761) >>> 0).toString(16).padStart(8, '0')}`;
}
