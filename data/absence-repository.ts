/**
 * Sick periods in domain verbs. Registering sickness stores the period and its follow-up plan in
 * one write, after checking (inside the write queue) that the person is not already sick and that
 * the period overlaps none of theirs: two leaders, or a retried card, cannot make a duplicate.
 * Registering fit sets the last sick day and closes the open steps of the period in the same write.
 */
import { closeOnFit } from '../domain/follow-up/fit.js';
import { followsUp } from '../domain/follow-up/registration.js';
import type { FollowUpStep } from '../domain/follow-up/step-types.js';
import type { IsoDate, SickPeriod } from '../domain/model.js';
import { derived, groupBy } from './derived.js';
import type { StoreData } from './schema.js';
import type { StatisticsData } from '../domain/statistics/types.js';
import type { Store } from './store.js';

export type RecordSickOutcome =
  | { outcome: 'recorded'; period: SickPeriod }
  /** The person has an open period already (it is returned; nothing was written). */
  | { outcome: 'already-sick'; period: SickPeriod }
  /** The new period would overlap a closed one (returned; nothing was written). */
  | { outcome: 'overlaps'; period: SickPeriod };

export type FitOutcome =
  | { outcome: 'closed'; period: SickPeriod; steps: FollowUpStep[] }
  | { outcome: 'not-found' }
  | { outcome: 'not-open'; period: SickPeriod }
  | { outcome: 'end-before-start'; period: SickPeriod };

export interface AbsenceRepository {
  /** Stores a new period with its plan (the plan's steps must belong to the period). */
  recordSickPeriod(period: SickPeriod, plan: readonly FollowUpStep[]): Promise<RecordSickOutcome>;
  /** Ends an open period on `lastSickDay` and closes its open steps as no longer needed. */
  registerFit(periodId: string, lastSickDay: IsoDate, today: IsoDate): Promise<FitOutcome>;
  /** The person's open sick period (followed-up types only), if any. */
  openPeriodOf(personKey: string): Promise<SickPeriod | null>;
  /** Every period of the person, oldest first. */
  periodsOfPerson(personKey: string): Promise<SickPeriod[]>;
  /** Every period of each of these people, oldest first (one pass, for the scheduler's scan). */
  periodsOfPersons(personKeys: Iterable<string>): Promise<Map<string, SickPeriod[]>>;
  period(id: string): Promise<SickPeriod | null>;
  /**
   * Periods created or changed after `instant` (all when null), for the scheduler's scan; with
   * `endedFrom`, only those still open or ending on or after that day (the store filters, so a
   * first scan over years of history does not read them all).
   */
  changedSince(instant: string | null, endedFrom?: IsoDate): Promise<SickPeriod[]>;
  /**
   * The raw absence of these people as the statistics read it: all their periods, all their
   * employments (any dates) and those employments' day rows, for the frequent-absence check of a
   * few people without the whole municipality's statistics index.
   */
  absenceInputsOf(personKeys: ReadonlySet<string>): Promise<AbsenceInputs>;
}

/** The inputs of absenceOfPersons (domain/absence-spans.ts) for some people. */
export type AbsenceInputs = Pick<StatisticsData, 'sickPeriods' | 'absenceDays' | 'employments'>;

const FAR_FUTURE = '9999-12-31';

function overlaps(a: SickPeriod, b: SickPeriod): boolean {
  return a.start <= (b.end ?? FAR_FUTURE) && b.start <= (a.end ?? FAR_FUTURE);
}

function sicknessOf(d: StoreData, personKey: string): SickPeriod[] {
  return d.sickPeriods.filter((p) => p.personKey === personKey && followsUp(p.type));
}

function record(
  d: StoreData,
  period: SickPeriod,
  plan: readonly FollowUpStep[],
): RecordSickOutcome {
  const own = sicknessOf(d, period.personKey);
  const open = own.find((p) => p.end === null);
  if (open && period.end === null)
    return { outcome: 'already-sick', period: structuredClone(open) };
  const clash = own.find((p) => overlaps(p, period));
  if (clash) return { outcome: 'overlaps', period: structuredClone(clash) };
  d.sickPeriods.push(structuredClone(period));
  d.followUps.push(...structuredClone(plan.filter((s) => s.periodId === period.id)));
  return { outcome: 'recorded', period: structuredClone(period) };
}

function fit(
  d: StoreData,
  periodId: string,
  lastSickDay: IsoDate,
  today: IsoDate,
  at: string,
): FitOutcome {
  const period = d.sickPeriods.find((p) => p.id === periodId);
  if (!period) return { outcome: 'not-found' };
  if (period.end !== null) return { outcome: 'not-open', period: structuredClone(period) };
  if (lastSickDay < period.start)
    return { outcome: 'end-before-start', period: structuredClone(period) };
  period.end = lastSickDay;
  period.updatedAt = at;
  const steps: FollowUpStep[] = [];
  d.followUps.forEach((s, i) => {
    if (s.periodId !== periodId) return;
    const [closed] = closeOnFit([s], lastSickDay, today);
    if (closed) d.followUps[i] = closed;
    steps.push(structuredClone(closed ?? s));
  });
  return { outcome: 'closed', period: structuredClone(period), steps };
}

/**
 * `now` gives the current instant as a UTC ISO string (from the injected clock); `changed` is
 * told after every write to the sick periods (the statistics rebuild their index only then).
 */
export function lowdbAbsenceRepository(
  store: Store,
  now: () => string,
  changed: () => void = () => undefined,
): AbsenceRepository {
  const writing = <T>(write: Promise<T>): Promise<T> => write.finally(changed);
  const byPerson = derived(store, (d) => {
    const groups = groupBy(d.sickPeriods, (p) => p.personKey);
    for (const list of groups.values()) list.sort((a, b) => a.start.localeCompare(b.start));
    return groups;
  });
  const byId = derived(store, (d) => new Map(d.sickPeriods.map((p) => [p.id, p])));
  const periodsOf = (personKey: string) => structuredClone(byPerson().get(personKey) ?? []);
  return {
    recordSickPeriod: (period, plan) => writing(store.update((d) => record(d, period, plan))),
    registerFit: (periodId, lastSickDay, today) =>
      writing(store.update((d) => fit(d, periodId, lastSickDay, today, now()))),
    openPeriodOf: (personKey) =>
      Promise.resolve(
        periodsOf(personKey).find((p) => p.end === null && followsUp(p.type)) ?? null,
      ),
    periodsOfPerson: (personKey) => Promise.resolve(periodsOf(personKey)),
    periodsOfPersons: (personKeys) =>
      Promise.resolve(new Map([...personKeys].map((k) => [k, periodsOf(k)]))),
    period: (id) => Promise.resolve(structuredClone(byId().get(id) ?? null)),
    absenceInputsOf: (personKeys) => {
      const d = store.read();
      const employments = d.employments.filter((e) => personKeys.has(e.personKey));
      const ids = new Set(employments.map((e) => e.id));
      return Promise.resolve(
        structuredClone({
          sickPeriods: d.sickPeriods.filter((p) => personKeys.has(p.personKey)),
          employments,
          absenceDays: d.absenceDays.filter((r) => ids.has(r.employmentId)),
        }),
      );
    },
    changedSince: (instant, endedFrom) =>
      Promise.resolve(
        structuredClone(
          store
            .read()
            .sickPeriods.filter(
              (p) =>
                (instant === null || p.updatedAt > instant) &&
                (endedFrom === undefined || p.end === null || p.end >= endedFrom),
            ),
        ),
      ),
  };
}
