/** The repositories over the embedded lowdb store. Every change goes through store.update. */
import type { Employment, IsoDate, Locale, Person } from '../domain/model.js';
import type { Store } from './store.js';
import type {
  AuditRepository,
  ConversationRepository,
  CountedAuditEntry,
  DialogStateRepository,
  NewAuditEntry,
  OrgRepository,
  Repositories,
} from './repositories.js';
import type { AuditEntry, ConversationRefRecord, StoreData } from './schema.js';
import { derived } from './derived.js';
import { placeholderId, UPN_PLACEHOLDER_PREFIX } from './import/person-lookup.js';
import { lowdbAbsenceRepository } from './absence-repository.js';
import { lowdbFollowUpRepository } from './follow-up-repository.js';
import { lowdbGuideRepository } from './guide-repository.js';
import { lowdbDeputyRepository } from './deputy-repository.js';
import { lowdbChangeLogRepository } from './change-log-repository.js';
import { lowdbTipRepository } from './tip-repository.js';
import { lowdbWorkflowRepository } from './workflow-repository.js';
import { lowdbChannelSubscriptionRepository } from './subscription-repository.js';

function validOn(e: { validFrom: string; validTo: string | null }, date: IsoDate): boolean {
  return e.validFrom <= date && (e.validTo === null || e.validTo >= date);
}

function orgRepository(store: Store, now: () => string): OrgRepository {
  const personById = derived(store, (d) => new Map(d.persons.map((p) => [p.aadObjectId, p])));
  // New lists per revision: the document is edited in place, and the domain keeps look-ups per
  // list (domain/org-index.ts), so a handed-out list must never change.
  const snapshot = derived(store, (d) => ({
    units: [...d.units],
    persons: [...d.persons],
    settings: d.settings,
    policies: d.policies ?? [],
  }));
  return {
    findPerson: (id) => Promise.resolve(personById().get(id) ?? null),
    snapshot: () => Promise.resolve(snapshot()),
    employmentsInUnits: (unitIds, date) =>
      Promise.resolve(
        store
          .read()
          .employments.filter((e: Employment) => unitIds.has(e.unitId) && validOn(e, date)),
      ),
    employmentsOfPersons: (personKeys, date) =>
      Promise.resolve(
        store
          .read()
          .employments.filter((e: Employment) => personKeys.has(e.personKey) && validOn(e, date)),
      ),
    hasUnboundUpns: () =>
      Promise.resolve([...personById().keys()].some((id) => id.startsWith(UPN_PLACEHOLDER_PREFIX))),
    bindUpn: (upn, aadObjectId) =>
      store.update((d) => {
        if (d.persons.some((p) => p.aadObjectId === aadObjectId)) return null;
        const placeholder = placeholderId(upn);
        const person = d.persons.find((p) => p.aadObjectId === placeholder);
        if (!person) return null;
        person.aadObjectId = aadObjectId;
        return structuredClone(person);
      }),
    setPersonLocale: async (id: string, locale: Locale) => {
      void now;
      await store.update((d) => {
        const p = d.persons.find((x: Person) => x.aadObjectId === id);
        if (p && p.locale !== locale) p.locale = locale;
      });
    },
  };
}

function conversationRepository(store: Store): ConversationRepository {
  // First match wins, as a find over the array would.
  const firstBy = (key: (r: ConversationRefRecord) => string | null) =>
    derived(store, (d) => {
      const index = new Map<string, ConversationRefRecord>();
      for (const r of d.conversationRefs) {
        const k = key(r);
        if (k !== null && !index.has(k)) index.set(k, r);
      }
      return index;
    });
  const personal = firstBy((r) => (r.scope === 'personal' ? (r.aadObjectId ?? null) : null));
  const byConversation = firstBy((r) => r.conversationId);
  return {
    saveReference: async (record: ConversationRefRecord) => {
      await store.update((d) => {
        const i = d.conversationRefs.findIndex((r) => r.conversationId === record.conversationId);
        if (i >= 0) d.conversationRefs[i] = record;
        else d.conversationRefs.push(record);
      });
    },
    personalReference: (id) => Promise.resolve(personal().get(id) ?? null),
    byConversationId: (cid) => Promise.resolve(byConversation().get(cid) ?? null),
  };
}

/** The counted entry written at `entry.at`, looked for from the end back to a minute before it. */
function countedEntry(audit: AuditEntry[], entry: CountedAuditEntry): AuditEntry | undefined {
  const from = Date.parse(entry.at) - 60_000;
  const prefix = `${entry.detail}; count=`;
  for (let i = audit.length - 1; i >= 0; i--) {
    const a = audit[i]!;
    if (a.action === entry.action && a.at === entry.at && a.detail?.startsWith(prefix)) return a;
    if (Date.parse(a.at) < from) return undefined;
  }
  return undefined;
}

function auditRepository(store: Store, now: () => string): AuditRepository {
  return {
    recordCount: async (entry, count) => {
      await store.update((d) => {
        const detail = `${entry.detail}; count=${count}`;
        const existing = countedEntry(d.audit, entry);
        if (existing) existing.detail = detail;
        else d.audit.push({ ...entry, detail });
      });
    },
    record: async (entry: NewAuditEntry) => {
      await store.update((d) => void d.audit.push({ ...entry, at: entry.at ?? now() }));
    },
    recordMany: async (entries) => {
      if (entries.length === 0) return;
      const at = now();
      await store.update(
        (d) => void d.audit.push(...entries.map((e) => ({ ...e, at: e.at ?? at }))),
      );
    },
    forSubject: (subject) =>
      Promise.resolve(store.read().audit.filter((a) => a.subject === subject)),
    prune: async (before: string) => {
      const cutoff = Date.parse(before);
      if (Number.isNaN(cutoff)) throw new Error(`audit prune: not an instant: ${before}`);
      const isOld = (a: { at: string }) => Date.parse(a.at) < cutoff;
      // Reading first keeps the daily call that finds nothing from writing the file.
      if (!store.read().audit.some(isOld)) return 0;
      return store.update((d) => {
        const kept = d.audit.filter((a) => !isOld(a));
        const removed = d.audit.length - kept.length;
        if (removed === 0) return 0;
        kept.push({
          at: now(),
          actor: 'system',
          action: 'audit.pruned',
          subject: null,
          unitId: null,
          outcome: 'allowed',
          detail: `removed=${removed}; before=${before}`,
        });
        d.audit = kept;
        return removed;
      });
    },
  };
}

function dialogStateRepository(store: Store): DialogStateRepository {
  return {
    read: (keys) => {
      const state = store.read().dialogState;
      const out: Record<string, unknown> = {};
      for (const k of keys) if (k in state) out[k] = structuredClone(state[k]);
      return Promise.resolve(out);
    },
    write: async (changes) => {
      const copy = structuredClone(changes);
      await store.update((d) => Object.assign(d.dialogState, copy));
    },
    delete: async (keys) => {
      await store.update((d) => {
        for (const k of keys) delete d.dialogState[k];
      });
    },
  };
}

/** `now` gives the current instant as a UTC ISO string (from the injected clock). */
/** Each store document object its own number (a reload or a rolled-back update swaps it). */
const documentIds = new WeakMap<object, number>();
let nextDocumentId = 0;

/**
 * What the statistics index depends on, cheaply: the sick-period writes this process made, the
 * sizes of the other inputs, and the document object. Audit entries, outbox marks, dialog state
 * and the like leave it alone, so a question after them is answered from the built index.
 */
function statisticsVersion(d: StoreData, periodWrites: number): string {
  let id = documentIds.get(d);
  if (id === undefined) documentIds.set(d, (id = nextDocumentId++));
  const sizes = [
    d.units,
    d.employments,
    d.sickPeriods,
    d.absenceDays,
    d.targets,
    d.nationalAverages,
  ];
  return `${id}:${periodWrites}:${sizes.map((a) => a.length).join(',')}:${JSON.stringify(d.settings)}`;
}

export function createLowdbRepositories(store: Store, now: () => string): Repositories {
  let periodWrites = 0;
  return {
    info: () => ({
      kind: 'lowdb',
      schemaVersion: store.read().schemaVersion,
      origin: store.read().origin,
    }),
    org: orgRepository(store, now),
    conversations: conversationRepository(store),
    audit: auditRepository(store, now),
    dialogState: dialogStateRepository(store),
    scheduler: {
      get: () =>
        Promise.resolve(
          structuredClone(store.read().scheduler ?? { lastPlannedDate: null, lastScanAt: null }),
        ),
      save: async (state) => {
        await store.update((d) => void (d.scheduler = { ...state }));
      },
    },
    statistics: {
      version: () => Promise.resolve(statisticsVersion(store.read(), periodWrites)),
      // The unit list copied for the same reason as the org snapshot's.
      load: () => {
        const d = store.read();
        return Promise.resolve({ ...d, units: [...d.units] });
      },
    },
    absence: lowdbAbsenceRepository(store, now, () => void periodWrites++),
    followUps: lowdbFollowUpRepository(store),
    guides: lowdbGuideRepository(store),
    deputies: lowdbDeputyRepository(store),
    changeLog: lowdbChangeLogRepository(store, () => void periodWrites++),
    tips: lowdbTipRepository(store),
    workflows: lowdbWorkflowRepository(store),
    channelSubscriptions: lowdbChannelSubscriptionRepository(store),
  };
}
