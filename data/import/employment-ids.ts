/**
 * Stored employment ids from imported ansaettelse_id values: the first (earliest) row of an
 * employment keeps the source id, later rows get `#2`, `#3`… (see ansaettelser-import.ts).
 */
import type { StoreData } from '../schema.js';

type Employment = StoreData['employments'][number];

/** "XA-1#2" → "XA-1". */
export function baseEmploymentId(id: string): string {
  const hash = id.indexOf('#');
  return hash < 0 ? id : id.slice(0, hash);
}

/** Stored rows per source id, in stored order. */
export function rowsBySourceId(employments: readonly Employment[]): Map<string, Employment[]> {
  const map = new Map<string, Employment[]>();
  for (const e of employments) {
    const source = baseEmploymentId(e.id);
    const list = map.get(source);
    if (list) list.push(e);
    else map.set(source, [e]);
  }
  return map;
}
