/** A sick period as the fravaer import stores it (for tests that seed a store directly). */
import type { SickPeriod } from '../../domain/model.js';

const IMPORTED_AT = '2026-11-01T00:00:00.000Z';

export function importedPeriod(
  id: string,
  personKey: string,
  start: string,
  end: string | null,
): SickPeriod {
  return {
    id,
    personKey,
    type: 'SYGDOM',
    start,
    end,
    partialPercent: null,
    source: 'import',
    sourceId: id,
    registeredBy: null,
    createdAt: IMPORTED_AT,
    updatedAt: IMPORTED_AT,
  };
}
