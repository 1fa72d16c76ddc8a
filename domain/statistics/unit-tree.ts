/**
 * The organisation tree, indexed once: units by number, parent, ancestor chains, a bottom-up
 * order for rolling figures up, and each unit's sector (its nearest 'forvaltning' ancestor).
 * A parent id that is unknown, or a cycle, makes the unit a root (bad data never loops).
 */
import type { Unit } from '../model.js';

export interface UnitTree {
  readonly units: readonly Unit[];
  readonly indexOf: ReadonlyMap<string, number>;
  /** Parent unit number, -1 for a root. */
  readonly parent: Int32Array;
  /** The unit itself first, then its ancestors up to the root. */
  readonly chain: ReadonlyArray<Int32Array>;
  readonly children: ReadonlyArray<readonly number[]>;
  /** Every unit after all of its descendants (for rolling sums up the tree). */
  readonly bottomUp: Int32Array;
}

function parentsOf(units: readonly Unit[], indexOf: ReadonlyMap<string, number>): Int32Array {
  const parent = new Int32Array(units.length).fill(-1);
  units.forEach((u, i) => {
    const p = u.parentId === null ? undefined : indexOf.get(u.parentId);
    if (p !== undefined && p !== i) parent[i] = p;
  });
  return parent;
}

function chainOf(start: number, parent: Int32Array): Int32Array {
  const seen: number[] = [start];
  let at = parent[start] ?? -1;
  while (at >= 0 && !seen.includes(at)) {
    seen.push(at);
    at = parent[at] ?? -1;
  }
  return Int32Array.from(seen);
}

export function buildUnitTree(units: readonly Unit[]): UnitTree {
  const indexOf = new Map<string, number>();
  units.forEach((u, i) => indexOf.set(u.id, i));
  const parent = parentsOf(units, indexOf);
  // Break cycles: a unit whose chain runs back into itself becomes a root.
  for (let i = 0; i < units.length; i++) {
    const c = chainOf(i, parent);
    const last = c[c.length - 1] ?? i;
    if (parent[last] === i) parent[i] = -1;
  }
  const chain = units.map((_, i) => chainOf(i, parent));
  const children: number[][] = units.map(() => []);
  parent.forEach((p, i) => {
    if (p >= 0) children[p]?.push(i);
  });
  const order = units
    .map((_, i) => i)
    .sort((a, b) => (chain[b]?.length ?? 0) - (chain[a]?.length ?? 0));
  return { units, indexOf, parent, chain, children, bottomUp: Int32Array.from(order) };
}

/** The unit and all its sub-units, as unit numbers. */
export function subtreeOf(tree: UnitTree, root: number): number[] {
  const out: number[] = [];
  const stack = [root];
  for (let u = stack.pop(); u !== undefined; u = stack.pop()) {
    out.push(u);
    for (const c of tree.children[u] ?? []) stack.push(c);
  }
  return out;
}

/** True when `unit` is `ancestor` or lies below it. */
export function isWithin(tree: UnitTree, unit: number, ancestor: number): boolean {
  return tree.chain[unit]?.includes(ancestor) ?? false;
}

/** The nearest strict ancestor with level 'forvaltning' (the sector), or -1. */
export function sectorOf(tree: UnitTree, unit: number): number {
  const c = tree.chain[unit];
  if (!c) return -1;
  for (let k = 1; k < c.length; k++) {
    const a = c[k] ?? -1;
    if (tree.units[a]?.level === 'forvaltning') return a;
  }
  return -1;
}

/** The top of the unit's chain (the municipality), or -1 when the unit is itself the top. */
export function rootOf(tree: UnitTree, unit: number): number {
  const c = tree.chain[unit];
  if (!c || c.length < 2) return -1;
  return c[c.length - 1] ?? -1;
}
