/**
 * Small-group suppression: an aggregate over fewer than `minGroupSize` persons is not shown,
 * unless the viewer is the unit's own leader (leads it or an ancestor) or HR.
 */
import type { StatisticsIndex } from './statistics-index.js';
import type { StatsViewer } from './types.js';

/** True when the figure must be hidden. */
export function isSuppressed(
  persons: number,
  minGroupSize: number,
  viewerIsOwnLeaderOrHr: boolean,
): boolean {
  return !viewerIsOwnLeaderOrHr && persons < minGroupSize;
}

/** True when the viewer is HR or leads the unit or one of its ancestors. */
export function isOwnLeaderOrHr(
  index: StatisticsIndex,
  viewer: StatsViewer,
  unitId: string,
): boolean {
  if (viewer.hr) return true;
  const u = index.tree.indexOf.get(unitId);
  if (u === undefined) return false;
  const led = new Set(viewer.leads);
  for (const a of index.tree.chain[u] ?? []) {
    const unit = index.tree.units[a];
    if (unit && led.has(unit.id)) return true;
  }
  return false;
}
