/**
 * The change log (each person's own undoable changes) and the writes that correct or undo a
 * change to a sick period. A correction or an undo reads the period and its steps, decides with a
 * pure function and writes the result inside one store update, so nothing can slip in between the
 * check and the write; the log entry is appended (or marked undone) in the same write.
 */
import {
  rebaseEntries,
  type ChangeEntry,
  type CorrectionFailure,
  type PeriodState,
} from '../domain/follow-up/corrections.js';
import type { Result } from '../domain/result.js';
import { fail, ok } from '../domain/result.js';
import type { StoreData } from './schema.js';
import type { Store } from './store.js';

/** Entries are kept this long: far past any undo window, short enough to keep the file small. */
const KEEP_DAYS = 14;

export type PeriodChange = (current: PeriodState) => Result<PeriodState, CorrectionFailure>;

export type UndoFailure = 'missing' | 'already-undone' | 'changed-since';

export interface ChangeLogRepository {
  /** Appends an entry (a change another use case made); entries past keeping are dropped. */
  append(entry: ChangeEntry): Promise<void>;
  /** The actor's newest change not undone, or null. */
  latest(actor: string): Promise<ChangeEntry | null>;
  entry(id: string): Promise<ChangeEntry | null>;
  /**
   * Runs `change` on the period and its steps as stored and writes the result, in one write;
   * `log` makes the entry appended with it from the state before and after.
   */
  changePeriod(
    periodId: string,
    change: PeriodChange,
    log: (before: PeriodState, after: PeriodState) => ChangeEntry,
  ): Promise<Result<PeriodState, CorrectionFailure>>;
  /** Runs `undo` on the entry's period as stored, writes the result and marks the entry undone. */
  undo(
    entryId: string,
    undo: (entry: ChangeEntry, current: PeriodState) => Result<PeriodState, 'changed-since'>,
    at: string,
  ): Promise<Result<{ entry: ChangeEntry; state: PeriodState }, UndoFailure>>;
}

const logOf = (d: Partial<StoreData>) => (d.changeLog ??= []);

function stateOf(d: StoreData, periodId: string): PeriodState {
  return structuredClone({
    period: d.sickPeriods.find((p) => p.id === periodId) ?? null,
    steps: d.followUps.filter((s) => s.periodId === periodId),
  });
}

/** Writes a period's new state: the period replaced, added or removed; its steps replaced. */
function write(d: StoreData, periodId: string, state: PeriodState): void {
  if (state.period !== undefined) {
    const others = d.sickPeriods.filter((p) => p.id !== periodId);
    d.sickPeriods = state.period === null ? others : [...others, structuredClone(state.period)];
  }
  const steps = structuredClone(state.steps.filter((s) => s.periodId === periodId));
  d.followUps = [...d.followUps.filter((s) => s.periodId !== periodId), ...steps];
}

function appendTo(d: StoreData, entry: ChangeEntry): void {
  const oldest = new Date(Date.parse(entry.at) - KEEP_DAYS * 86_400_000).toISOString();
  d.changeLog = [...logOf(d).filter((e) => e.at >= oldest), structuredClone(entry)];
}

/** `changed` is told after every write that may touch a sick period (statistics). */
export function lowdbChangeLogRepository(
  store: Store,
  changed: () => void = () => undefined,
): ChangeLogRepository {
  const read = (): Partial<StoreData> => ({ ...store.read() });
  const writing = <T>(p: Promise<T>): Promise<T> => p.finally(changed);
  return {
    append: async (entry) => {
      await store.update((d) => appendTo(d, entry));
    },
    latest: (actor) => {
      const mine = logOf(read()).filter((e) => e.actor === actor && e.undoneAt === null);
      const newest = mine.reduce<ChangeEntry | null>((a, e) => (a && a.at > e.at ? a : e), null);
      return Promise.resolve(structuredClone(newest));
    },
    entry: (id) => Promise.resolve(structuredClone(logOf(read()).find((e) => e.id === id) ?? null)),
    changePeriod: (periodId, change, log) =>
      writing(
        store.update((d) => {
          const before = stateOf(d, periodId);
          const result = change(structuredClone(before));
          if (!result.ok) return result;
          write(d, periodId, result.value);
          appendTo(d, log(before, result.value));
          return ok(structuredClone(result.value));
        }),
      ),
    undo: (entryId, undo, at) =>
      writing(
        store.update((d) => {
          const entry = logOf(d).find((e) => e.id === entryId);
          if (!entry) return fail('missing' as const);
          if (entry.undoneAt !== null) return fail('already-undone' as const);
          const result = undo(structuredClone(entry), stateOf(d, entry.periodId));
          if (!result.ok) return result;
          write(d, entry.periodId, result.value);
          d.changeLog = rebaseEntries(logOf(d), entry, result.value);
          entry.undoneAt = at;
          return ok(structuredClone({ entry, state: result.value }));
        }),
      ),
  };
}
