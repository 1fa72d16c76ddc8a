/**
 * An import into PostgreSQL: the collections an import reads and writes are loaded into a
 * document in one transaction, the import validates and applies itself on it exactly as on the
 * lowdb file, and only what it changed is written back before the commit. So the same import
 * code decides for both stores, and a rejected file (or any failure) leaves the database as it was.
 * The tables are held in EXCLUSIVE mode meanwhile: a running bot reads on, its writes wait.
 */
import type { StoreData } from '../schema.js';
import type { ImportPlan } from '../import/import-target.js';
import { COLLECTIONS, insertAll, type Collection } from './document.js';
import { json, lockKeys, type Db, type Queryable } from './db.js';

/** The document's arrays an import touches, and the key of the keyed ones (their primary key). */
const IMPORTED: Partial<Record<keyof StoreData, { key: string; column: string } | null>> = {
  units: { key: 'id', column: 'id' },
  employments: { key: 'id', column: 'id' },
  persons: { key: 'aadObjectId', column: 'aad_object_id' },
  sickPeriods: { key: 'id', column: 'id' },
  targets: null,
  nationalAverages: null,
  absenceCodes: null,
  jobCodes: null,
  policies: null,
  absenceDays: null,
};

const imported = COLLECTIONS.filter((c) => c.kind in IMPORTED);

type Items = Array<Record<string, unknown>>;

const itemsOf = (doc: StoreData, c: Collection): Items => (doc[c.kind] ?? []) as Items;

async function load(q: Queryable): Promise<StoreData> {
  const doc: Record<string, unknown> = {};
  for (const c of COLLECTIONS) doc[c.kind] = [];
  for (const c of imported) {
    const { rows } = await q.query<{ data: unknown }>(`SELECT data FROM ${c.table} ORDER BY seq`);
    // An optional list (policies) stays absent while empty, as in a lowdb file that never had one.
    if (rows.length > 0 || c.kind !== 'policies') doc[c.kind] = rows.map((r) => r.data);
    else delete doc[c.kind];
  }
  const meta = await q.query<{ key: string; data: Record<string, unknown> }>(
    `SELECT key, data FROM store_meta WHERE key IN ('document', 'settings')`,
  );
  for (const row of meta.rows)
    if (row.key === 'document') Object.assign(doc, row.data);
    else doc.settings = row.data;
  const scores = await q.query<{ data: unknown }>(
    `SELECT data FROM store_sections WHERE name = 'wellbeingScores' FOR UPDATE`,
  );
  const wellbeing = scores.rows[0]?.data;
  if (Array.isArray(wellbeing)) doc.wellbeingScores = wellbeing;
  doc.dialogState = {};
  return doc as unknown as StoreData;
}

/** Writes the rows of a keyed table that are new or changed, and deletes those that went. */
async function writeKeyed(
  q: Queryable,
  c: Collection,
  key: { key: string; column: string },
  before: Map<string, string>,
  after: Items,
): Promise<void> {
  const keyOf = (item: Record<string, unknown>) => String(item[key.key]);
  const kept = new Set(after.map(keyOf));
  const gone = [...before.keys()].filter((k) => !kept.has(k));
  if (gone.length > 0)
    await q.query(`DELETE FROM ${c.table} WHERE ${key.column} = ANY($1::text[])`, [gone]);
  const changed = after.filter((item) => before.get(keyOf(item)) !== JSON.stringify(item));
  const cols = Object.keys(c.columns);
  const set = [...cols.filter((col) => col !== key.column), 'data']
    .map((col) => `${col} = EXCLUDED.${col}`)
    .join(', ');
  for (let i = 0; i < changed.length; i += 5_000)
    await q.query(
      `INSERT INTO ${c.table} (${[...cols, 'data'].join(', ')})
       SELECT ${[...Object.values(c.columns), 'x'].join(', ')}
       FROM jsonb_array_elements($1::jsonb) WITH ORDINALITY AS t(x, n) ORDER BY n
       ON CONFLICT (${key.column}) DO UPDATE SET ${set}`,
      [json(changed.slice(i, i + 5_000))],
    );
}

/** A table without a key: appended to when the import only appended, else written again. */
async function writeList(q: Queryable, c: Collection, before: string[], after: Items) {
  const appended = before.every((text, i) => JSON.stringify(after[i]) === text);
  if (appended) return insertAll(q, c, after.slice(before.length));
  await q.query(`DELETE FROM ${c.table}`);
  await insertAll(q, c, after);
}

/** Each item's JSON, in order and (for a keyed table) by key. */
function snapshot(items: Items, c: Collection) {
  const key = IMPORTED[c.kind];
  const texts = items.map((x) => JSON.stringify(x));
  const byKey = new Map<string, string>();
  if (key) items.forEach((x, i) => byKey.set(String(x[key.key]), texts[i]!));
  return { texts, byKey };
}

/**
 * Runs `plan` on the database's data in one transaction; a plan that accepts the file applies it
 * and the changes are written. Refuses (rolls back) an import that changed anything it did not load.
 */
export function importIntoPg<T>(db: Db, plan: ImportPlan<T>): Promise<T> {
  return db.tx(async (q) => {
    await lockKeys(q, ['store:import']);
    await q.query(`LOCK TABLE ${imported.map((c) => c.table).join(', ')} IN EXCLUSIVE MODE`);
    const doc = await load(q);
    const decided = plan(doc);
    if (!decided.ok) return decided.value;
    const before = new Map(imported.map((c) => [c.kind, snapshot(itemsOf(doc, c), c)]));
    const header = JSON.stringify({ s: doc.settings, o: doc.origin });
    const wellbeing = JSON.stringify(doc.wellbeingScores ?? null);
    const value = decided.apply(doc);
    for (const c of COLLECTIONS)
      if (!(c.kind in IMPORTED) && c.kind !== 'audit' && itemsOf(doc, c).length > 0)
        throw new Error(`An import changed ${c.kind}, which the PostgreSQL import does not write.`);
    for (const c of imported) {
      const was = before.get(c.kind) ?? { texts: [], byKey: new Map<string, string>() };
      const key = IMPORTED[c.kind];
      const after = itemsOf(doc, c);
      if (key) await writeKeyed(q, c, key, was.byKey, after);
      else await writeList(q, c, was.texts, after);
    }
    const audit = COLLECTIONS.find((c) => c.kind === 'audit');
    if (audit) await insertAll(q, audit, doc.audit);
    if (JSON.stringify({ s: doc.settings, o: doc.origin }) !== header)
      await q.query(
        `UPDATE store_meta SET data = CASE key
           WHEN 'settings' THEN $1::jsonb
           ELSE jsonb_set(data, '{origin}', to_jsonb($2::text)) END
         WHERE key IN ('settings', 'document')`,
        [json(doc.settings), doc.origin],
      );
    if (JSON.stringify(doc.wellbeingScores ?? null) !== wellbeing)
      await q.query(
        `INSERT INTO store_sections (name, data) VALUES ('wellbeingScores', $1::jsonb)
         ON CONFLICT (name) DO UPDATE SET data = EXCLUDED.data`,
        [json(doc.wellbeingScores)],
      );
    return value;
  });
}
