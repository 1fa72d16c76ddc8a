/**
 * Workflows in the lowdb store (the optional `workflows` section). Every change is one
 * store.update that checks the version the change was made from, so a stale card or a duplicate
 * invoke changes nothing, and taking a request is decided in the same write: one consultant wins.
 */
import type { IsoDate, IsoInstant, Locale } from '../domain/model.js';
import type { NoticeRef, StepNotice, WorkflowInstance } from '../domain/workflows/types.js';
import type { Store } from './store.js';
import type { StoreData } from './schema.js';

export type WorkflowChange =
  | { status: 'applied'; workflow: WorkflowInstance }
  | { status: 'stale' | 'unchanged'; workflow: WorkflowInstance }
  | { status: 'missing' };

export type TakeOutcome =
  | { status: 'taken'; workflow: WorkflowInstance }
  | { status: 'already-taken'; workflow: WorkflowInstance }
  | { status: 'missing' };

export interface WorkflowRepository {
  create(workflow: WorkflowInstance): Promise<void>;
  get(id: string): Promise<WorkflowInstance | null>;
  /** Every workflow, oldest first. */
  all(): Promise<WorkflowInstance[]>;
  /**
   * Applies `change` to the workflow if it is still at `fromVersion`: the result is stored with
   * the version incremented. `change` returning null changes nothing ('unchanged').
   */
  change(
    id: string,
    fromVersion: number,
    change: (current: WorkflowInstance) => WorkflowInstance | null,
  ): Promise<WorkflowChange>;
  /**
   * Keeps step notices waiting for their owners' day messages, each once (the same step, due
   * date and owner again is not added). Not a change of the workflow: its version stays.
   */
  addNotices(id: string, notices: readonly StepNotice[]): Promise<void>;
  /** Marks these waiting notices told on `on`, all in one write. */
  markTold(told: readonly NoticeRef[], on: IsoDate): Promise<void>;
  /** Gives an open request to `consultant`, unless someone already has it. */
  take(id: string, consultant: string, at: IsoInstant): Promise<TakeOutcome>;
  intakeChannel(): Promise<string | null>;
  /** The language the intake channel was set up in (null: not set, or set before it was kept). */
  intakeLocale(): Promise<Locale | null>;
  setIntakeChannel(
    conversationId: string,
    setBy: string,
    at: IsoInstant,
    locale?: Locale,
  ): Promise<void>;
}

const sameNotice = (a: Omit<NoticeRef, 'workflowId'>, b: Omit<NoticeRef, 'workflowId'>) =>
  a.stepId === b.stepId && a.due === b.due && a.recipient === b.recipient;

const sectionOf = (d: StoreData) => (d.workflows ??= { instances: [], intake: null });

export function lowdbWorkflowRepository(store: Store): WorkflowRepository {
  const list = () => store.read().workflows?.instances ?? [];
  const copy = (w: WorkflowInstance): WorkflowInstance => structuredClone(w);
  return {
    create: async (workflow) => {
      await store.update((d) => void sectionOf(d).instances.push(copy(workflow)));
    },
    get: (id) => {
      const found = list().find((w) => w.id === id);
      return Promise.resolve(found ? copy(found) : null);
    },
    all: () => Promise.resolve(list().map(copy)),
    change: (id, fromVersion, change) =>
      store.update((d): WorkflowChange => {
        const all = sectionOf(d).instances;
        const i = all.findIndex((w) => w.id === id);
        const current = all[i];
        if (!current) return { status: 'missing' };
        if (current.version !== fromVersion) return { status: 'stale', workflow: copy(current) };
        const next = change(copy(current));
        if (!next) return { status: 'unchanged', workflow: copy(current) };
        const stored = { ...copy(next), id, version: current.version + 1 };
        all[i] = stored;
        return { status: 'applied', workflow: copy(stored) };
      }),
    addNotices: async (id, notices) => {
      if (notices.length === 0) return;
      await store.update((d) => {
        const found = sectionOf(d).instances.find((w) => w.id === id);
        if (!found) return;
        const kept = (found.notices ??= []);
        for (const n of notices) if (!kept.some((k) => sameNotice(k, n))) kept.push({ ...n });
      });
    },
    markTold: async (told, on) => {
      if (told.length === 0) return;
      await store.update((d) => {
        const byId = new Map(sectionOf(d).instances.map((w) => [w.id, w]));
        for (const ref of told)
          for (const n of byId.get(ref.workflowId)?.notices ?? [])
            if (n.toldOn === null && sameNotice(n, ref)) n.toldOn = on;
      });
    },
    take: (id, consultant, at) =>
      store.update((d): TakeOutcome => {
        const found = sectionOf(d).instances.find((w) => w.id === id);
        if (!found) return { status: 'missing' };
        if (found.assignee !== null) return { status: 'already-taken', workflow: copy(found) };
        found.assignee = consultant;
        found.version += 1;
        found.updatedAt = at;
        found.history.push({ at, by: consultant, action: 'take', stepId: null, to: found.state });
        return { status: 'taken', workflow: copy(found) };
      }),
    intakeChannel: () => Promise.resolve(store.read().workflows?.intake?.conversationId ?? null),
    intakeLocale: () => Promise.resolve(store.read().workflows?.intake?.locale ?? null),
    setIntakeChannel: async (conversationId, setBy, at, locale) => {
      const intake = { conversationId, setBy, setAt: at, ...(locale ? { locale } : {}) };
      await store.update((d) => void (sectionOf(d).intake = intake));
    },
  };
}
