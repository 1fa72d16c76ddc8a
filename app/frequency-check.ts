/**
 * Frequent-absence triggers: after a registration (chat or import) the person's absence is
 * assessed by the frequent-absence rule (domain/triggers.ts: their unit's policy's triggers, the
 * same periods and day rows and counting as the statistics' list); a trigger met and not fired in
 * its window fires once (recorded inside the write queue, so two checks at once cannot both fire
 * it).
 */
import { breather } from './breather.js';
import {
  firedNoLongerMet,
  triggersToFire,
  type FiredTrigger,
  type TriggerHit,
} from '../domain/follow-up/frequency.js';
import type { IsoDate } from '../domain/model.js';
import { absenceOfRecord } from '../domain/absence-spans.js';
import { assessFrequency, frequencyRules } from '../domain/triggers.js';
import type { FiredTriggerRecord } from '../data/follow-up-schema.js';
import type { Repositories } from '../data/repositories.js';
import { statisticsServiceFor } from './statistics-service.js';

type Deps = { repos: Pick<Repositories, 'org' | 'statistics' | 'followUps' | 'absence'> };

async function unitOf(deps: Deps, personKey: string, today: IsoDate): Promise<string | null> {
  const { units } = await deps.repos.org.snapshot();
  const rows = await deps.repos.org.employmentsInUnits(new Set(units.map((u) => u.id)), today);
  return rows.find((e) => e.personKey === personKey)?.unitId ?? null;
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

/**
 * The same for many people at once (the scheduler after an import): one pass over the periods
 * and day rows, and one write for all the hits.
 */
export async function checkFrequencyTriggersMany(
  deps: Deps,
  people: ReadonlyArray<{ personKey: string; unitId: string | null }>,
  today: IsoDate,
): Promise<Map<string, TriggerHit[]>> {
  const rules = frequencyRules(await deps.repos.org.snapshot());
  const checked = people.filter((p) => rules.triggersOf(p.unitId).length > 0);
  // The statistics index holds every person's absence and is shared with every answer (rebuilt
  // only when its inputs changed), so a check after an import does not reload every period again.
  // Fresh: the check must see the periods just imported, never the index before them.
  const index =
    checked.length > 0
      ? await statisticsServiceFor(deps.repos.statistics).index({ fresh: true })
      : null;
  const absenceOf = (key: string) => {
    const person = index?.personByKey.get(key);
    return person ? absenceOfRecord(person) : [];
  };
  const breathe = breather();
  const entries = [];
  for (const { personKey, unitId } of checked) {
    await breathe();
    const evaluations = assessFrequency(rules, unitId, absenceOf(personKey), today);
    entries.push({
      personKey,
      select: (fired: readonly FiredTrigger[]) =>
        triggersToFire(personKey, evaluations, today, fired),
    });
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
  // Fresh: the absence as it is after the undo.
  const index = await statisticsServiceFor(deps.repos.statistics).index({ fresh: true });
  const person = index.personByKey.get(personKey);
  const absence = person ? absenceOfRecord(person) : [];
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
