/**
 * A view derived from the stored document (an index by person, by period...), built on first use
 * and kept until the store commits again or the document is replaced (a reload after a failed
 * update). Reads between two commits share one build, so a scan of 8,000 people costs one pass
 * over the periods rather than one per person. Only for reads outside `store.update`: inside an
 * update the document may hold changes the view has not seen.
 */
import type { StoreData } from './schema.js';
import type { Store } from './store.js';

export function derived<T>(
  store: Pick<Store, 'read' | 'revision'>,
  build: (d: Readonly<StoreData>) => T,
): () => T {
  let cached: { revision: number; doc: Readonly<StoreData>; value: T } | null = null;
  return () => {
    const doc = store.read();
    const revision = store.revision();
    if (cached?.revision !== revision || cached.doc !== doc)
      cached = { revision, doc, value: build(doc) };
    return cached.value;
  };
}

/** Groups items by a key, keeping their order. */
export function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}
