/**
 * personer.csv — Teams identities and roles: upn;aad_object_id;navn;rolle;enheder.
 * One row per role (leder | hr-konsulent | hr-admin | ingen); a person with several roles has
 * several rows. For each person in the file, the file is the whole truth about their roles
 * (leads, HR role, HR units); persons not in the file are left alone. Known only by UPN, a person
 * gets a placeholder object id until a later file (or the bot) supplies the real one.
 */
import { z } from 'zod';
import type { StoreData } from '../schema.js';
import { idList, oneOf, presentText, text, upn } from './fields.js';
import { zeroCounts, type KindSpec, type ParsedRow, type Reporter } from './kind.js';
import { sameData } from './merge.js';
import { PersonIndex } from './person-lookup.js';

type Person = StoreData['persons'][number];
type Role = 'leader' | 'consultant' | 'admin' | 'tr' | 'none';

// prettier-ignore
const ROLES: Record<string, Role> = {
  leder: 'leader', leader: 'leader', 'hr-konsulent': 'consultant', hr_konsulent: 'consultant',
  'hr-consultant': 'consultant', 'hr-admin': 'admin', hr_admin: 'admin', 'hr-administrator': 'admin',
  ingen: 'none', medarbejder: 'none', none: 'none', employee: 'none',
  tr: 'tr', tillidsrepræsentant: 'tr', tillidsrepraesentant: 'tr', 'shop-steward': 'tr',
};
const LOCALES = { da: 'da', dansk: 'da', en: 'en', engelsk: 'en', english: 'en' } as const;
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

const row = z
  .object({
    upn: upn(),
    aad_object_id: text(),
    navn: presentText(),
    rolle: oneOf<Role>(ROLES, 'leder, hr-konsulent, hr-admin, tr, ingen'),
    enheder: idList(),
    sprog: oneOf<'da' | 'en' | null>(LOCALES, 'da, en', { value: null }),
  })
  .superRefine((r, ctx) => {
    const add = (path: string, message: string, params: Record<string, string> = {}): void =>
      ctx.addIssue({ code: 'custom', path: [path], message, params });
    if (!r.upn && !r.aad_object_id) add('upn', 'identity_missing');
    if (r.aad_object_id && !GUID.test(r.aad_object_id.toLowerCase()))
      add('aad_object_id', 'object_id_format', { value: r.aad_object_id });
    if (r.rolle === 'leader' && r.enheder.length === 0) add('enheder', 'leader_without_units');
    if (r.rolle === 'tr' && r.enheder.length === 0) add('enheder', 'tr_without_units');
  });
type Row = z.output<typeof row>;

interface Identity {
  aad: string | null;
  upn: string | null;
  rows: Row[];
}

export const personerSpec: KindSpec<Row> = {
  columns: [
    { key: 'upn', aliases: ['userPrincipalName', 'e-mail', 'email', 'mail'] },
    { key: 'aad_object_id', aliases: ['aadObjectId', 'object_id', 'objectid', 'entra_object_id'] },
    { key: 'navn', aliases: ['displayName', 'name', 'Navn'] },
    { key: 'rolle', required: true, aliases: ['role', 'Rolle'] },
    { key: 'enheder', aliases: ['units', 'enhed_id', 'enhed_ids'] },
    { key: 'sprog', aliases: ['locale', 'language'] },
  ],
  schema: row,
  plan(rows, data, report) {
    const units = new Set(data.units.map((u) => u.id));
    for (const { line, value } of rows) {
      for (const id of value.enheder)
        if (!units.has(id)) report.add(line, 'enheder', 'unknown_unit', { value: id });
    }
    const identities = groupIdentities(rows, report);
    return (draft) => {
      const counts = zeroCounts();
      const index = new PersonIndex(draft.persons);
      for (const identity of identities) applyIdentity(identity, index, counts);
      return counts;
    };
  },
};

/** Rows of one person together; a UPN or object id used for two different people is an error. */
function groupIdentities(rows: readonly ParsedRow<Row>[], report: Reporter): Identity[] {
  const upnOwner = new Map<string, { aad: string | null; line: number }>();
  for (const { line, value } of rows) {
    if (!value.upn) continue;
    const aad = value.aad_object_id.toLowerCase() || null;
    const seen = upnOwner.get(value.upn);
    if (!seen || (seen.aad === null && aad !== null))
      upnOwner.set(value.upn, { aad: aad ?? seen?.aad ?? null, line });
    else if (aad !== null && seen.aad !== null && seen.aad !== aad)
      report.add(line, 'upn', 'identity_conflict', { value: value.upn, other: String(seen.line) });
  }
  const groups = new Map<string, Identity>();
  for (const { value } of rows) {
    const aad =
      value.aad_object_id.toLowerCase() ||
      (value.upn ? (upnOwner.get(value.upn)?.aad ?? null) : null);
    const key = aad ?? `upn:${value.upn ?? ''}`;
    const group = groups.get(key) ?? { aad, upn: null, rows: [] };
    group.upn = value.upn ?? group.upn;
    group.rows.push(value);
    groups.set(key, group);
  }
  return [...groups.values()];
}

function applyIdentity(
  identity: Identity,
  index: PersonIndex,
  counts: { created: number; updated: number; unchanged: number },
): void {
  const existing = index.find(identity.aad, identity.upn);
  const before = existing ? structuredClone(existing) : null;
  const name = identity.rows.find((r) => r.navn)?.navn;
  const person = existing ?? index.findOrCreate(identity.aad, identity.upn, name ?? '');
  if (identity.aad && person.aadObjectId !== identity.aad) index.setObjectId(person, identity.aad);
  delete person.tr;
  Object.assign(person, rolesOf(identity.rows));
  if (identity.upn) person.upn = identity.upn;
  if (name) person.displayName = name;
  const locale = identity.rows.find((r) => r.sprog)?.sprog;
  if (locale) person.locale = locale;
  if (!before) counts.created++;
  else if (sameData(before, person)) counts.unchanged++;
  else counts.updated++;
}

function rolesOf(rows: readonly Row[]): Pick<Person, 'leads' | 'hr' | 'hrUnits' | 'tr'> {
  const leads = new Set<string>();
  const tr = new Set<string>();
  const hrUnits = new Set<string>();
  let hr: Person['hr'] = null;
  let hrEverywhere = false;
  for (const r of rows) {
    if (r.rolle === 'leader') r.enheder.forEach((u) => leads.add(u));
    if (r.rolle === 'tr') r.enheder.forEach((u) => tr.add(u));
    if (r.rolle !== 'consultant' && r.rolle !== 'admin') continue;
    hr = r.rolle === 'admin' || hr === 'admin' ? 'admin' : 'consultant';
    if (r.enheder.length === 0) hrEverywhere = true;
    r.enheder.forEach((u) => hrUnits.add(u));
  }
  const hrList = hr === null || hrEverywhere ? [] : [...hrUnits];
  // `tr` only when the file names one, so a stored person without it stays as it was.
  return { leads: [...leads], hr, hrUnits: hrList, ...(tr.size > 0 ? { tr: [...tr] } : {}) };
}
