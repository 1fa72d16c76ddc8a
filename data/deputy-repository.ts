/**
 * Deputyships in the lowdb store (the optional `deputyships` collection). Each change is one
 * store.update, so a replacement ends the earlier deputyship and adds the new one together.
 */
import type { Deputyship } from '../domain/deputyship.js';
import type { IsoDate, IsoInstant } from '../domain/model.js';
import type { Store } from './store.js';

export interface DeputyRepository {
  /** Every deputyship kept (ended ones included), oldest first. */
  all(): Promise<Deputyship[]>;
  /** Adds one; `ends` (ids) are ended at `deputyship.createdAt` in the same write. */
  add(deputyship: Deputyship, ends?: readonly string[]): Promise<void>;
  /** Ends one that still stands; null when there is none with that id or it had ended. */
  end(id: string, at: IsoInstant): Promise<Deputyship | null>;
  /** Ends those whose last day is before `today`; returns them (none: no write). */
  endExpired(today: IsoDate, at: IsoInstant): Promise<Deputyship[]>;
}

export function lowdbDeputyRepository(store: Store): DeputyRepository {
  const list = () => store.read().deputyships ?? [];
  return {
    all: () => Promise.resolve(structuredClone(list())),
    add: async (deputyship, ends = []) => {
      await store.update((d) => {
        const all = (d.deputyships ??= []);
        for (const e of all)
          if (ends.includes(e.id) && e.endedAt === null) e.endedAt = deputyship.createdAt;
        all.push(structuredClone(deputyship));
      });
    },
    end: (id, at) =>
      store.update((d) => {
        const found = (d.deputyships ?? []).find((e) => e.id === id && e.endedAt === null);
        if (!found) return null;
        found.endedAt = at;
        return structuredClone(found);
      }),
    endExpired: async (today, at) => {
      // Reading first keeps the common call that finds nothing from writing the file.
      if (!list().some((e) => e.endedAt === null && e.to < today)) return [];
      return store.update((d) => {
        const ended = (d.deputyships ?? []).filter((e) => e.endedAt === null && e.to < today);
        for (const e of ended) e.endedAt = at;
        return structuredClone(ended);
      });
    },
  };
}
