/** Demo data shared by the demo and import tests (generated once per size). */
import { generateDemo } from '../../../data/demo/generate-demo.js';
import type { StoreData } from '../../../data/schema.js';

export const AS_OF = '2026-11-22';
const cache = new Map<number, StoreData>();

/** A fresh deep copy of the demo (seed 1, as of AS_OF) with `employees` positions. */
export function demo(employees = 1500): StoreData {
  let data = cache.get(employees);
  if (!data) {
    data = generateDemo({ employees, years: 3, seed: 1, asOf: AS_OF });
    cache.set(employees, data);
  }
  return structuredClone(data);
}
