/**
 * Frequent-absence triggers: after a registration (chat or import) the person's periods are
 * counted against the policy's triggers; a trigger met and not fired in its window fires once
 * (recorded inside the write queue, so two checks at once cannot both fire it).
 */
import {
  effectiveTriggers,
  triggersToFire,
  type FiredTrigger,
  type TriggerHit,
} from '../../../domain/follow-up/frequency.js';
import { availablePolicies, policyForUnit } from '../../../domain/follow-up/policy-resolve.js';
import type { FrequencyTrigger, IsoDate } from '../../../domain/model.js';
import { frequencyTriggerCard } from '../../../cards/frequency-trigger-card.js';
import type { AdaptiveCard } from '../../../cards/elements.js';
import type { FiredTriggerRecord } from '../../../data/follow-up-schema.js';
import type { Translator } from '../../../i18n/index.js';
import type { AppDeps } from '../../deps.js';

async function unitOf(
  deps: Pick<AppDeps, 'repos'>,
  personKey: string,
  today: IsoDate,
): Promise<string | null> {
  const { units } = await deps.repos.org.snapshot();
  const rows = await deps.repos.org.employmentsInUnits(new Set(units.map((u) => u.id)), today);
  return rows.find((e) => e.personKey === personKey)?.unitId ?? null;
}

async function triggersFor(
  deps: Pick<AppDeps, 'repos'>,
  unitId: string | null,
): Promise<FrequencyTrigger[]> {
  const { units, settings, policies } = await deps.repos.org.snapshot();
  const available = availablePolicies(policies);
  const policy =
    unitId === null ? null : policyForUnit(unitId, units, settings.policyId, available);
  return policy?.ok
    ? effectiveTriggers(policy.value, settings.frequencyTriggers)
    : [...settings.frequencyTriggers];
}

/**
 * The trigger hits for a person on `today` that have not fired yet; they are recorded as fired.
 * Pass `unitId` when known, else the person's unit today is used.
 */
export async function checkFrequencyTriggers(
  deps: Pick<AppDeps, 'repos'>,
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
 * and one write for all the hits.
 */
export async function checkFrequencyTriggersMany(
  deps: Pick<AppDeps, 'repos'>,
  people: ReadonlyArray<{ personKey: string; unitId: string | null }>,
  today: IsoDate,
): Promise<Map<string, TriggerHit[]>> {
  const triggersOfUnit = new Map<string | null, FrequencyTrigger[]>();
  const entries = [];
  for (const { unitId } of people)
    if (!triggersOfUnit.has(unitId)) triggersOfUnit.set(unitId, await triggersFor(deps, unitId));
  const checked = people.filter((p) => triggersOfUnit.get(p.unitId)!.length > 0);
  const periods = await deps.repos.absence.periodsOfPersons(checked.map((p) => p.personKey));
  for (const { personKey, unitId } of checked) {
    const triggers = triggersOfUnit.get(unitId)!;
    const own = periods.get(personKey) ?? [];
    entries.push({
      personKey,
      select: (fired: readonly FiredTrigger[]) =>
        triggersToFire(own, personKey, triggers, today, fired),
    });
  }
  return deps.repos.followUps.fireTriggersMany(entries);
}

/** A stored fired trigger as the hit it was. */
export function hitOf(record: FiredTriggerRecord): TriggerHit {
  const { triggerId: id, kind, threshold, windowMonths } = record;
  return {
    id: record.id,
    personKey: record.personKey,
    trigger: { id, kind, threshold, windowMonths },
    value: record.value,
    date: record.on,
  };
}

/** The frequent-absence card for a hit (the scheduler sends it to the employee's leader). */
export function frequencyCardFor(
  employeeName: string,
  hit: TriggerHit,
  t: Translator,
  handled: 'guide' | 'hr' | null = null,
): AdaptiveCard {
  return frequencyTriggerCard({ employeeName, hit, handled }, t);
}
