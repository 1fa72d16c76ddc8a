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
import { absenceOfPersons } from '../domain/absence-spans.js';
import { assessFrequency, frequencyRules } from '../domain/triggers.js';
import type { FiredTriggerRecord } from '../data/follow-up-schema.js';
import type { Repositories } from '../data/repositories.js';

type Deps = { repos: Pick<Repositories, 'org' | 'followUps' | 'absence'> };

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
  // Only these people's absence, read from the store (periods, employments, day rows): a fresh
  // statistics index meant rebuilding the whole municipality's (seconds at 45,000 employees) for
  // every registration. The spans are the statistics' own (absenceOfPersons), so the check counts
  // as the frequent-absence list does.
  const keys = new Set(checked.map((p) => p.personKey));
  const absence =
    keys.size > 0 ? absenceOfPersons(keys, await deps.repos.absence.absenceInputsOf(keys)) : null;
  const absenceOf = (key: string) => absence?.get(key) ?? [];
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
  // The absence as it is after the change.
  const inputs = await deps.repos.absence.absenceInputsOf(new Set([personKey]));
  const absence = absenceOfPersons([personKey], inputs).get(personKey) ?? [];
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
