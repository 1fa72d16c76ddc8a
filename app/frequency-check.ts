/**
 * Frequent-absence triggers: after a registration (chat or import) the person's absence is
 * assessed by the frequent-absence rule (domain/triggers.ts: their unit's policy's triggers, the
 * same periods and day rows and counting as the statistics' list); a trigger met and not fired in
 * its window fires once (recorded inside the write queue, so two checks at once cannot both fire
 * it).
 */
import { breather } from './breather.js';
import { unitsOfPersons } from './org.js';
import {
  firedNoLongerMet,
  triggersToFire,
  type FiredTrigger,
  type TriggerHit,
} from '../domain/follow-up/frequency.js';
import type { IsoDate } from '../domain/model.js';
import { absenceOfPersons, absenceOfRecord, type AbsenceSpan } from '../domain/absence-spans.js';
import { statisticsServiceFor } from './statistics-service.js';
import { assessFrequency, frequencyRules } from '../domain/triggers.js';
import type { FiredTriggerRecord } from '../data/follow-up-schema.js';
import type { Repositories } from '../data/repositories.js';

type Deps = { repos: Pick<Repositories, 'org' | 'statistics' | 'followUps' | 'absence'> };

async function unitOf(deps: Deps, personKey: string, today: IsoDate): Promise<string | null> {
  return (await unitsOfPersons(deps.repos, [personKey], today)).get(personKey) ?? null;
}

/**
 * The trigger hits for a person on `today` that have not fired yet; they are recorded as fired.
 * Pass `unitId` when known, else the person's unit today is used.
 */
export async function checkFrequencyTriggers(
  deps: Deps,
  personKey: string,
  today: IsoDate,
  unitId?: string,
): Promise<TriggerHit[]> {
  const unit = unitId ?? (await unitOf(deps, personKey, today));
  const hits = await checkFrequencyTriggersMany(deps, [{ personKey, unitId: unit }], today);
  return hits.get(personKey) ?? [];
}

/** Up to this many people, their absence is read from the store; more use the statistics index. */
const FEW = 50;
/** People whose absence is read and assessed together (a scan after an import has thousands). */
const CHECK_CHUNK = 500;

type AbsenceOf = (personKeys: ReadonlySet<string>) => Promise<Map<string, AbsenceSpan[]>>;

/**
 * Where the absence of the people checked comes from. A few (a registration in chat, a correction):
 * their own periods, employments and day rows, read from the store — a fresh statistics index
 * would rebuild the whole municipality's (seconds at 45,000 employees) for every registration. Many
 * (the scan after an import): the statistics index, built once for the new data and shared with
 * every answer, where reading thousands of people's rows took longer. Both give the statistics'
 * own spans (absenceOfPersons, absenceOfRecord), so the check counts as the frequent-absence list.
 */
async function absenceSource(deps: Deps, count: number): Promise<AbsenceOf> {
  if (count <= FEW)
    return async (keys) => absenceOfPersons(keys, await deps.repos.absence.absenceInputsOf(keys));
  const index = await statisticsServiceFor(deps.repos.statistics).index({ fresh: true });
  return (keys) =>
    Promise.resolve(
      new Map(
        [...keys].map((key) => {
          const person = index.personByKey.get(key);
          return [key, person ? absenceOfRecord(person) : []];
        }),
      ),
    );
}

/**
 * The same for many people at once (the scheduler after an import): assessed CHECK_CHUNK people
 * at a time, giving way between chunks, and one write for all hits.
 */
export async function checkFrequencyTriggersMany(
  deps: Deps,
  people: ReadonlyArray<{ personKey: string; unitId: string | null }>,
  today: IsoDate,
): Promise<Map<string, TriggerHit[]>> {
  const rules = frequencyRules(await deps.repos.org.snapshot());
  const checked = people.filter((p) => rules.triggersOf(p.unitId).length > 0);
  if (checked.length === 0) return new Map();
  const absenceOf = await absenceSource(deps, checked.length);
  const breathe = breather();
  const entries = [];
  for (let from = 0; from < checked.length; from += CHECK_CHUNK) {
    const chunk = checked.slice(from, from + CHECK_CHUNK);
    await breathe();
    const absence = await absenceOf(new Set(chunk.map((p) => p.personKey)));
    for (const { personKey, unitId } of chunk) {
      await breathe();
      const evaluations = assessFrequency(rules, unitId, absence.get(personKey) ?? [], today);
      entries.push({
        personKey,
        select: (fired: readonly FiredTrigger[]) =>
          triggersToFire(personKey, evaluations, today, fired),
      });
    }
  }
  return deps.repos.followUps.fireTriggersMany(entries);
}

/**
 * After an undo: the person's flags nobody has acted on whose rule no longer holds on the day
 * they fired (the registration behind them is gone) are withdrawn, so no card, day message or
 * button acts on a count that is no longer true. Returns the withdrawn.
 */
export async function withdrawUnfoundedFlags(
  deps: Deps,
  personKey: string,
  unitId: string | null,
): Promise<FiredTriggerRecord[]> {
  const rules = frequencyRules(await deps.repos.org.snapshot());
  if (rules.triggersOf(unitId).length === 0) return [];
  // The absence as it is after the change (one person: read from the store).
  const absenceOf = await absenceSource(deps, 1);
  const absence = (await absenceOf(new Set([personKey]))).get(personKey) ?? [];
  return deps.repos.followUps.withdrawTriggers(personKey, (unhandled) =>
    firedNoLongerMet(unhandled, (date) => assessFrequency(rules, unitId, absence, date)).map(
      (f) => f.id,
    ),
  );
}

/** A stored fired trigger as the hit it was. */
export function hitOf(record: FiredTriggerRecord): TriggerHit {
  const { triggerId: id, kind, threshold, windowMonths } = record;
  return {
    id: record.id,
    personKey: record.personKey,
    trigger: {
      id,
      kind,
      threshold,
      windowMonths,
      ...(record.audience ? { audience: record.audience } : {}),
    },
    value: record.value,
    date: record.on,
  };
}
