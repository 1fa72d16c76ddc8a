/** Idempotent merging: upsert by key, counting what really changed. */
import type { Counts } from './kind.js';

/** Structural equality for plain JSON data (key order does not matter). */
export function sameData(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  const ra = a as Record<string, unknown>;
  const rb = b as Record<string, unknown>;
  return ka.every((k) => Object.prototype.hasOwnProperty.call(rb, k) && sameData(ra[k], rb[k]));
}

/**
 * Puts each incoming item into `list`: replaces the item with the same key when it differs,
 * appends new ones, leaves equal ones untouched.
 */
export function upsertAll<T>(
  list: T[],
  incoming: readonly T[],
  keyOf: (item: T) => string,
  counts: Counts,
): void {
  const index = new Map<string, number>();
  list.forEach((item, i) => index.set(keyOf(item), i));
  for (const item of incoming) {
    const key = keyOf(item);
    const at = index.get(key);
    if (at === undefined) {
      index.set(key, list.push(item) - 1);
      counts.created++;
    } else if (sameData(list[at], item)) {
      counts.unchanged++;
    } else {
      list[at] = item;
      counts.updated++;
    }
  }
}
