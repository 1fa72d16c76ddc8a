/**
 * Complementary suppression for a channel's ranking of a sector's units: with the sector's own
 * figure shown, the hidden units together must hold at least the minimum group, or the sector
 * minus the shown units would reveal them. While they hold fewer (but some), the smallest shown
 * unit is hidden too.
 */
export interface RankedSize {
  unitId: string;
  /** Distinct persons behind the unit's figure (never shown). */
  persons: number;
  suppressed: boolean;
}

/** The ids of the shown units that must be hidden as well. */
export function complementaryHidden(
  rows: readonly RankedSize[],
  minGroupSize: number,
): Set<string> {
  const extra = new Set<string>();
  let hidden = rows.filter((r) => r.suppressed).reduce((sum, r) => sum + r.persons, 0);
  const shown = rows.filter((r) => !r.suppressed).sort((a, b) => a.persons - b.persons);
  for (const row of shown) {
    if (hidden === 0 || hidden >= minGroupSize) break;
    extra.add(row.unitId);
    hidden += row.persons;
  }
  return extra;
}
