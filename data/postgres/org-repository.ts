/**
 * The organisation (units, persons, settings, policies) in PostgreSQL. Reads come from a snapshot
 * kept until the 'org' version changes (a trigger bumps it on any write by any instance), so a turn
 * costs one small query rather than loading every person.
 */
import type { Employment, MunicipalitySettings, Person, Unit } from '../../domain/model.js';
import type { FollowUpPolicy } from '../../domain/follow-up/policy-types.js';
import { placeholderId, UPN_PLACEHOLDER_PREFIX } from '../import/person-lookup.js';
import type { OrgRepository, OrgSnapshot } from '../repositories.js';
import { chunksOf, dataOf, firstData, json, lockKeys, type DataRow, type Db } from './db.js';
import { DEFAULT_SETTINGS } from '../defaults.js';

interface Cached {
  version: string;
  snapshot: OrgSnapshot;
  byId: Map<string, Person>;
}

export async function storeVersion(db: Db, name: string): Promise<string> {
  const { rows } = await db.query<{ value: string }>(
    'SELECT value::text AS value FROM store_versions WHERE name = $1',
    [name],
  );
  return rows[0]?.value ?? '0';
}

export async function loadSettings(db: Db): Promise<MunicipalitySettings> {
  const { rows } = await db.query<DataRow<MunicipalitySettings>>(
    "SELECT data FROM store_meta WHERE key = 'settings'",
  );
  return firstData(rows) ?? structuredClone(DEFAULT_SETTINGS);
}

async function load(db: Db, version: string): Promise<Cached> {
  const [units, persons, policies, settings] = await Promise.all([
    db.query<DataRow<Unit>>('SELECT data FROM units ORDER BY seq'),
    db.query<DataRow<Person>>('SELECT data FROM persons ORDER BY seq'),
    db.query<DataRow<FollowUpPolicy>>('SELECT data FROM policies ORDER BY seq'),
    loadSettings(db),
  ]);
  const snapshot: OrgSnapshot = {
    units: dataOf(units.rows),
    persons: dataOf(persons.rows),
    settings,
    policies: dataOf(policies.rows),
  };
  return { version, snapshot, byId: new Map(snapshot.persons.map((p) => [p.aadObjectId, p])) };
}

export function pgOrgRepository(db: Db): OrgRepository {
  let cached: Cached | null = null;
  const current = async (): Promise<Cached> => {
    const version = await storeVersion(db, 'org');
    if (cached?.version !== version) cached = await load(db, version);
    return cached;
  };
  return {
    findPerson: async (id) => structuredClone((await current()).byId.get(id) ?? null),
    snapshot: async () => (await current()).snapshot,
    employmentsInUnits: async (unitIds, date) => {
      const { rows } = await db.query<DataRow<Employment>>(
        `SELECT data FROM employments WHERE unit_id = ANY($1::text[])
           AND data->>'validFrom' <= $2
           AND (data->>'validTo' IS NULL OR data->>'validTo' >= $2)
         ORDER BY seq`,
        [[...unitIds], date],
      );
      return dataOf(rows);
    },
    employmentsOfPersons: async (personKeys, date) => {
      // A thousand persons per read: a scan after an import asks for thousands at once.
      const out: Employment[] = [];
      for (const keys of chunksOf(personKeys)) {
        const { rows } = await db.query<DataRow<Employment>>(
          `SELECT data FROM employments WHERE data->>'personKey' = ANY($1::text[])
             AND data->>'validFrom' <= $2
             AND (data->>'validTo' IS NULL OR data->>'validTo' >= $2)
           ORDER BY seq`,
          [keys, date],
        );
        out.push(...dataOf(rows));
      }
      return out;
    },
    hasUnboundUpns: async () =>
      [...(await current()).byId.keys()].some((id) => id.startsWith(UPN_PLACEHOLDER_PREFIX)),
    bindUpn: (upn, aadObjectId) =>
      db.tx(async (q) => {
        await lockKeys(q, ['persons']);
        const taken = await q.query('SELECT 1 FROM persons WHERE aad_object_id = $1', [
          aadObjectId,
        ]);
        if (taken.rowCount) return null;
        const { rows } = await q.query<DataRow<Person>>(
          `UPDATE persons SET aad_object_id = $2, data = jsonb_set(data, '{aadObjectId}', to_jsonb($2::text))
           WHERE aad_object_id = $1 RETURNING data`,
          [placeholderId(upn), aadObjectId],
        );
        return firstData(rows);
      }),
    setPersonLocale: async (id, locale) => {
      await db.query(
        `UPDATE persons SET data = jsonb_set(data, '{locale}', $2::jsonb)
         WHERE aad_object_id = $1 AND data->'locale' IS DISTINCT FROM $2::jsonb`,
        [id, json(locale)],
      );
    },
  };
}
