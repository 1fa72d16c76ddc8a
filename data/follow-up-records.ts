/**
 * The lowdb half of FollowUpRepository that is not about steps: fired frequency triggers,
 * requests for HR's help, and what each digest card showed.
 */
import type { FiredTrigger, TriggerHit } from '../domain/follow-up/frequency.js';
import type { FollowUpRepository } from './follow-up-repository.js';
import type { DigestRecord, FiredTriggerRecord } from './follow-up-schema.js';
import { derived, groupBy } from './derived.js';
import type { StoreData } from './schema.js';
import type { Store } from './store.js';

type Records = Pick<
  FollowUpRepository,
  | 'firedTriggers'
  | 'firedTrigger'
  | 'fireTriggers'
  | 'fireTriggersMany'
  | 'withdrawTriggers'
  | 'markTriggerHandled'
  | 'hrRequest'
  | 'recordHrRequest'
  | 'recordHrReply'
  | 'saveDigest'
  | 'saveDigests'
  | 'digest'
  | 'digests'
>;

/** A trigger hit as the record kept of it (both stores). */
export function firedRecord(hit: TriggerHit): FiredTriggerRecord {
  const { trigger } = hit;
  return {
    id: hit.id,
    personKey: hit.personKey,
    triggerId: trigger.id,
    on: hit.date,
    kind: trigger.kind,
    threshold: trigger.threshold,
    windowMonths: trigger.windowMonths,
    value: hit.value,
    handled: null,
    ...(trigger.audience === 'hr' ? { audience: 'hr' as const } : {}),
  };
}

/** Fired records in the order they fired (the order withdrawTriggers returns them in). */
export const byDayAndId = (a: FiredTriggerRecord, b: FiredTriggerRecord): number =>
  a.on < b.on ? -1 : a.on > b.on ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;

/* The sections are optional in the stored document (older files lack them): read as empty. */
const firedOf = (d: Partial<StoreData>) => (d.firedTriggers ??= []);
const requestsOf = (d: Partial<StoreData>) => (d.hrRequests ??= []);
const digestsOf = (d: Partial<StoreData>) => (d.followUpDigests ??= []);

export type Select = (fired: readonly FiredTrigger[]) => TriggerHit[];

/**
 * The hits `select` returns for each person that are not among the fired records `all` yet (both
 * stores: lowdb passes its whole list, PostgreSQL the rows of the persons asked about).
 */
export function newHitsAmong(
  all: readonly FiredTriggerRecord[],
  entries: ReadonlyArray<{ personKey: string; select: Select }>,
): Map<string, TriggerHit[]> {
  const known = new Set(all.map((f) => f.id));
  const byPerson = groupBy(all, (f) => f.personKey);
  const result = new Map<string, TriggerHit[]>();
  for (const { personKey, select } of entries) {
    const fired = (byPerson.get(personKey) ?? []).map((f) => ({
      personKey: f.personKey,
      triggerId: f.triggerId,
      on: f.on,
    }));
    const hits = select(fired).filter((h) => h.personKey === personKey && !known.has(h.id));
    for (const h of hits) known.add(h.id);
    if (hits.length > 0) result.set(personKey, hits);
  }
  return result;
}

export function lowdbFollowUpRecords(store: Store): Records {
  const read = (): Partial<StoreData> => ({ ...store.read() });
  const firedByPerson = derived(store, (d) => groupBy(firedOf({ ...d }), (f) => f.personKey));
  const digestById = derived(store, (d) => new Map(digestsOf({ ...d }).map((x) => [x.id, x])));
  const firedById = derived(store, (d) => new Map(firedOf({ ...d }).map((f) => [f.id, f])));
  const fireTriggersMany = (entries: ReadonlyArray<{ personKey: string; select: Select }>) => {
    // Most checks find nothing new: answer those from a read, without a store write.
    if (entries.length === 0 || newHitsAmong(firedOf(read()), entries).size === 0)
      return Promise.resolve(new Map<string, TriggerHit[]>());
    return store.update((d) => {
      const hits = newHitsAmong(firedOf(d), entries);
      for (const list of hits.values()) firedOf(d).push(...list.map(firedRecord));
      return structuredClone(hits);
    });
  };
  const saveDigests = async (records: readonly DigestRecord[]) => {
    if (records.length === 0) return;
    const fresh = structuredClone(records);
    await store.update((d) => {
      const list = digestsOf(d);
      const at = new Map(list.map((x, i) => [x.id, i]));
      for (const record of fresh) {
        const i = at.get(record.id);
        if (i !== undefined) list[i] = record;
        else at.set(record.id, list.push(record) - 1);
      }
    });
  };
  return {
    firedTriggers: (personKey) =>
      Promise.resolve(structuredClone(firedByPerson().get(personKey) ?? [])),
    firedTrigger: (id) => Promise.resolve(structuredClone(firedById().get(id) ?? null)),
    fireTriggers: async (personKey, select) =>
      (await fireTriggersMany([{ personKey, select }])).get(personKey) ?? [],
    fireTriggersMany,
    withdrawTriggers: async (personKey, select) => {
      const unhandled = (list: readonly FiredTriggerRecord[]) =>
        list.filter((f) => f.personKey === personKey && f.handled === null);
      // Most undos withdraw nothing: answer those from a read, without a store write.
      if (select(structuredClone(unhandled(firedOf(read())))).length === 0) return [];
      return store.update((d) => {
        const ids = new Set(select(structuredClone(unhandled(firedOf(d)))));
        const removed = unhandled(firedOf(d)).filter((f) => ids.has(f.id));
        d.firedTriggers = firedOf(d).filter((f) => !removed.includes(f));
        return structuredClone(removed).sort(byDayAndId);
      });
    },
    markTriggerHandled: (id, handled) =>
      store.update((d) => {
        const f = firedOf(d).find((x) => x.id === id);
        if (!f) return null;
        const changed = f.handled === null;
        if (changed) f.handled = handled;
        return { record: structuredClone(f), changed };
      }),
    hrRequest: (id) =>
      Promise.resolve(structuredClone(requestsOf(read()).find((r) => r.id === id) ?? null)),
    recordHrRequest: (request) =>
      store.update((d) => {
        const existing = requestsOf(d).find((r) => r.id === request.id);
        if (existing) return { request: structuredClone(existing), created: false };
        requestsOf(d).push(structuredClone(request));
        return { request: structuredClone(request), created: true };
      }),
    recordHrReply: (id, reply) =>
      store.update((d) => {
        const r = requestsOf(d).find((x) => x.id === id);
        if (!r) return { status: 'missing' as const };
        if (r.reply) return { status: 'already-answered' as const, request: structuredClone(r) };
        r.reply = { ...reply };
        return { status: 'recorded' as const, request: structuredClone(r) };
      }),
    saveDigest: (record) => saveDigests([record]),
    saveDigests,
    digest: (id) => Promise.resolve(structuredClone(digestById().get(id) ?? null)),
    digests: (ids) => {
      const byId = digestById();
      const found = ids.flatMap((id) => byId.get(id) ?? []);
      return Promise.resolve(new Map(found.map((r) => [r.id, structuredClone(r)])));
    },
  };
}
