/**
 * Finding and creating Teams identities during import. A person known only by UPN gets the
 * placeholder object id `upn:<upn>` until the bot learns the real aadObjectId (a later
 * personer.csv with aad_object_id replaces the placeholder).
 */
import type { StoreData } from '../schema.js';

type Person = StoreData['persons'][number];

export const UPN_PLACEHOLDER_PREFIX = 'upn:';

export function placeholderId(upn: string): string {
  return `${UPN_PLACEHOLDER_PREFIX}${upn.toLowerCase()}`;
}

export class PersonIndex {
  private readonly byId = new Map<string, Person>();
  private readonly byUpn = new Map<string, Person>();

  constructor(private readonly persons: Person[]) {
    for (const p of persons) {
      this.byId.set(p.aadObjectId, p);
      if (p.upn) this.byUpn.set(p.upn.toLowerCase(), p);
    }
  }

  find(aadObjectId: string | null, upn: string | null): Person | undefined {
    const byId = aadObjectId ? this.byId.get(aadObjectId) : undefined;
    return byId ?? (upn ? this.byUpn.get(upn.toLowerCase()) : undefined);
  }

  /** Finds the person or appends a new one (placeholder id when only the UPN is known). */
  findOrCreate(aadObjectId: string | null, upn: string | null, displayName: string): Person {
    const found = this.find(aadObjectId, upn);
    if (found) return found;
    const id = aadObjectId ?? placeholderId(upn ?? '');
    const person: Person = {
      aadObjectId: id,
      upn,
      displayName,
      leads: [],
      hr: null,
      hrUnits: [],
      locale: null,
    };
    this.persons.push(person);
    this.byId.set(id, person);
    if (upn) this.byUpn.set(upn.toLowerCase(), person);
    return person;
  }

  /** Replaces a placeholder id with the real object id. */
  setObjectId(person: Person, aadObjectId: string): void {
    this.byId.delete(person.aadObjectId);
    person.aadObjectId = aadObjectId;
    this.byId.set(aadObjectId, person);
  }
}
