/**
 * The whole store document in and out of PostgreSQL's tables: writing a lowdb document (the demo
 * seed, `migrate-store`), counting every kind of record, and telling an empty database.
 */
import { insertSections, SECTIONS, sectionCount, sectionCountsInDatabase } from './sections.js';
import type { StoreData } from '../schema.js';
import { json, type Queryable } from './db.js';

export interface Collection {
  /** The document's array. */
  kind: keyof StoreData;
  table: string;
  /** Key columns and the SQL expression over the element `x` that fills each. */
  columns: Record<string, string>;
}

const text = (field: string) => `x->>'${field}'`;

/** Every array of the document and its table; a new collection adds one line here. */
export const COLLECTIONS: readonly Collection[] = [
  { kind: 'units', table: 'units', columns: { id: text('id') } },
  {
    kind: 'employments',
    table: 'employments',
    columns: { id: text('id'), unit_id: text('unitId') },
  },
  { kind: 'persons', table: 'persons', columns: { aad_object_id: text('aadObjectId') } },
  { kind: 'targets', table: 'targets', columns: {} },
  { kind: 'nationalAverages', table: 'national_averages', columns: {} },
  { kind: 'absenceCodes', table: 'absence_codes', columns: {} },
  { kind: 'jobCodes', table: 'job_codes', columns: {} },
  { kind: 'policies', table: 'policies', columns: {} },
  {
    kind: 'sickPeriods',
    table: 'sick_periods',
    columns: { id: text('id'), person_key: text('personKey'), updated_at: text('updatedAt') },
  },
  { kind: 'absenceDays', table: 'absence_days', columns: {} },
  {
    kind: 'conversationRefs',
    table: 'conversation_refs',
    columns: {
      conversation_id: text('conversationId'),
      scope: text('scope'),
      aad_object_id: text('aadObjectId'),
    },
  },
  {
    kind: 'audit',
    table: 'audit',
    columns: {
      at: `(${text('at')})::timestamptz`,
      action: text('action'),
      subject: text('subject'),
    },
  },
  {
    kind: 'outbox',
    table: 'outbox',
    columns: {
      id: text('id'),
      status: text('status'),
      due_key: `COALESCE(${text('nextAttemptAt')}, ${text('dueAt')})`,
      original_due_at: text('originalDueAt'),
    },
  },
  {
    kind: 'followUps',
    table: 'follow_up_steps',
    columns: { id: text('id'), period_id: text('periodId'), state: text('state') },
  },
  {
    kind: 'firedTriggers',
    table: 'fired_triggers',
    columns: { id: text('id'), person_key: text('personKey') },
  },
  { kind: 'hrRequests', table: 'hr_requests', columns: { id: text('id') } },
  { kind: 'followUpDigests', table: 'follow_up_digests', columns: { id: text('id') } },
  {
    kind: 'guides',
    table: 'guides',
    columns: { id: text('id'), leader_id: text('leaderId'), person_key: text('personKey') },
  },
  { kind: 'deputyships', table: 'deputyships', columns: { id: text('id') } },
  {
    kind: 'changeLog',
    table: 'change_log',
    columns: { id: text('id'), actor: text('actor'), at: text('at') },
  },
];

const CHUNK = 5_000;

export async function insertAll(
  q: Queryable,
  c: Collection,
  items: readonly unknown[],
): Promise<void> {
  const cols = Object.keys(c.columns);
  const exprs = Object.values(c.columns);
  for (let i = 0; i < items.length; i += CHUNK)
    await q.query(
      `INSERT INTO ${c.table} (${[...cols, 'data'].join(', ')})
       SELECT ${[...exprs, 'x'].join(', ')}
       FROM jsonb_array_elements($1::jsonb) WITH ORDINALITY AS t(x, n) ORDER BY n`,
      [json(items.slice(i, i + CHUNK))],
    );
}

/** Writes a whole document into empty tables (call inside a transaction). */
export async function insertDocument(q: Queryable, d: StoreData): Promise<void> {
  for (const c of COLLECTIONS) {
    const items = d[c.kind];
    if (Array.isArray(items)) await insertAll(q, c, items);
  }
  const meta = { schemaVersion: d.schemaVersion, createdAt: d.createdAt, origin: d.origin };
  await q.query(
    `INSERT INTO store_meta (key, data) VALUES ('document', $1::jsonb), ('settings', $2::jsonb)
     ON CONFLICT (key) DO UPDATE SET data = EXCLUDED.data`,
    [json(meta), json(d.settings)],
  );
  await q.query(
    `INSERT INTO dialog_state (key, data) SELECT e.key, e.value FROM jsonb_each($1::jsonb) e`,
    [json(d.dialogState)],
  );
  if (d.scheduler)
    await q.query('INSERT INTO scheduler_state (id, data) VALUES (1, $1::jsonb)', [
      json(d.scheduler),
    ]);
  await insertSections(q, d);
}

export type DocumentCounts = Record<string, number>;

/** How many records of every kind the document holds. */
export function countsOfDocument(d: StoreData): DocumentCounts {
  const counts: DocumentCounts = {};
  for (const c of COLLECTIONS) {
    const items = d[c.kind];
    counts[c.kind] = Array.isArray(items) ? items.length : 0;
  }
  for (const name of SECTIONS) counts[name] = sectionCount(d[name]);
  counts.dialogState = Object.keys(d.dialogState).length;
  counts.scheduler = d.scheduler ? 1 : 0;
  return counts;
}

/** How many records of every kind the database holds (the same keys as countsOfDocument). */
export async function countsInDatabase(q: Queryable): Promise<DocumentCounts> {
  const counts: DocumentCounts = {};
  const tables = [
    ...COLLECTIONS.map((c) => [c.kind as string, c.table] as const),
    ['dialogState', 'dialog_state'] as const,
    ['scheduler', 'scheduler_state'] as const,
  ];
  for (const [kind, table] of tables) {
    const { rows } = await q.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`);
    counts[kind] = rows[0]?.n ?? 0;
  }
  return { ...counts, ...(await sectionCountsInDatabase(q)) };
}

/** Whether the database holds no store yet (no document row). */
export async function isEmptyStore(q: Queryable): Promise<boolean> {
  const { rows } = await q.query("SELECT 1 FROM store_meta WHERE key = 'document'");
  return rows.length === 0;
}

/** The stored document's header (schema version, creation, origin), or null when empty. */
export async function documentHeader(
  q: Queryable,
): Promise<Pick<StoreData, 'schemaVersion' | 'createdAt' | 'origin'> | null> {
  const { rows } = await q.query<{
    data: Pick<StoreData, 'schemaVersion' | 'createdAt' | 'origin'>;
  }>("SELECT data FROM store_meta WHERE key = 'document'");
  return rows[0]?.data ?? null;
}
