/**
 * The document sections kept whole in PostgreSQL (tips, HR workflows, channel subscriptions and
 * well-being scores): each repository call runs the lowdb implementation itself on the sections it
 * needs, loaded under a row lock in one transaction and written back when it changed them. So both
 * stores share one implementation of these repositories' rules (duplicates, versions, "exactly one
 * consultant takes it"), and two instances serialise on the row lock as two writers of one lowdb
 * file serialise on its queue. Fit for small sections; large collections get their own table.
 */
import type { StoreData } from '../schema.js';
import type { Store } from '../store.js';
import { json, type Db, type Queryable } from './db.js';

export type SectionName = 'tips' | 'workflows' | 'channelSubscriptions' | 'wellbeingScores';

/** Every section kept this way (migrate-store moves and counts them). */
export const SECTIONS: readonly SectionName[] = [
  'tips',
  'workflows',
  'channelSubscriptions',
  'wellbeingScores',
];

async function load(q: Queryable, names: readonly SectionName[]): Promise<Partial<StoreData>> {
  // Create missing rows first, so FOR UPDATE has a row to lock (ON CONFLICT: another got there).
  await q.query(
    `INSERT INTO store_sections (name, data) SELECT n, 'null'::jsonb FROM unnest($1::text[]) n
     ON CONFLICT (name) DO NOTHING`,
    [[...names]],
  );
  const rows = await q.query<{ name: SectionName; data: unknown }>(
    'SELECT name, data FROM store_sections WHERE name = ANY($1::text[]) ORDER BY name FOR UPDATE',
    [[...names]],
  );
  const doc: Record<string, unknown> = {};
  for (const r of rows.rows) if (r.data !== null) doc[r.name] = r.data;
  return doc;
}

/** A Store over the loaded sections: read gives them, update changes them and marks them dirty. */
function sectionStore(doc: Partial<StoreData>, dirty: { value: boolean }): Store {
  return {
    read: () => doc as StoreData,
    update: <T>(fn: (draft: StoreData) => T) => {
      dirty.value = true;
      return Promise.resolve(fn(doc as StoreData));
    },
    revision: () => 0,
    file: 'postgres',
    kind: 'lowdb',
    close: () => Promise.resolve(),
  };
}

/**
 * The lowdb repository `factory` builds, with every method run in its own transaction on the
 * `names` sections. Methods must be async (every repository method is).
 */
export function pgSectioned<R extends object>(
  db: Db,
  names: readonly SectionName[],
  factory: (store: Store) => R,
): R {
  const probe = factory(sectionStore({}, { value: false }));
  const wrapped: Record<string, unknown> = {};
  for (const key of Object.keys(probe)) {
    wrapped[key] = (...args: unknown[]) =>
      db.tx(async (q) => {
        const doc = await load(q, names);
        const dirty = { value: false };
        const repo = factory(sectionStore(doc, dirty)) as Record<
          string,
          (...a: unknown[]) => unknown
        >;
        const result = await repo[key]!(...args);
        if (dirty.value)
          for (const name of names)
            await q.query('UPDATE store_sections SET data = $2::jsonb WHERE name = $1', [
              name,
              json(doc[name] ?? null),
            ]);
        return structuredClone(result);
      });
  }
  return wrapped as R;
}

/** Writes the document's sections (migrate-store, the demo seed; inside a transaction). */
export async function insertSections(q: Queryable, d: StoreData): Promise<void> {
  for (const name of SECTIONS)
    if (d[name] !== undefined)
      await q.query(
        `INSERT INTO store_sections (name, data) VALUES ($1, $2::jsonb)
         ON CONFLICT (name) DO UPDATE SET data = EXCLUDED.data`,
        [name, json(d[name])],
      );
}

/** How many records a section holds (an array's length; an object's records, counted by key). */
export function sectionCount(value: unknown): number {
  if (value === undefined || value === null) return 0;
  if (Array.isArray(value)) return value.length;
  return Object.values(value as Record<string, unknown>).reduce<number>(
    (n, v) => n + (Array.isArray(v) ? v.length : 1),
    0,
  );
}

/** The sections' counts in the database, by the same rule. */
export async function sectionCountsInDatabase(q: Queryable): Promise<Record<string, number>> {
  const rows = await q.query<{ name: string; data: unknown }>(
    'SELECT name, data FROM store_sections',
  );
  const counts: Record<string, number> = {};
  for (const name of SECTIONS) counts[name] = 0;
  for (const r of rows.rows) counts[r.name] = sectionCount(r.data);
  return counts;
}
