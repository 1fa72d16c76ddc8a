/**
 * The frequent-absence card's two buttons: "start the guide" and "ask HR". The person is checked
 * again (the payload could name anyone): someone else's employee is refused and audited. The
 * trigger is marked handled once; only that first time is HR asked.
 */
import type { TriggerHit } from '../../domain/follow-up/frequency.js';
import type { FiredTriggerRecord } from '../../data/follow-up-schema.js';
import { auditAction, type UseCaseContext } from '../context.js';
import { ownEmployee } from '../employees.js';
import { hitOf } from '../frequency-check.js';
import { askHrForFrequency, type HrHelpOptions } from './hr-help.js';
import { followUpRefusal, notice, refused, type Refused } from './notice.js';

export interface FrequencyActionInput {
  verb: 'followup.frequencyGuide' | 'followup.frequencyAskHr';
  personKey: string;
  triggerId: string;
}

/** The trigger as it is now, for the updated card. */
export interface FrequencyHandled {
  kind: 'frequency';
  employeeName: string;
  hit: TriggerHit;
  handled: 'guide' | 'hr' | null;
  /** The leader chose the guide: tell them how to start it. */
  guideHint: boolean;
}

async function latestFired(
  ctx: UseCaseContext,
  input: FrequencyActionInput,
): Promise<FiredTriggerRecord | null> {
  const all = await ctx.repos.followUps.firedTriggers(input.personKey);
  const mine = all.filter((f) => f.triggerId === input.triggerId);
  return mine.sort((x, y) => x.on.localeCompare(y.on)).at(-1) ?? null;
}

export async function handleFrequencyTrigger(
  ctx: UseCaseContext,
  input: FrequencyActionInput,
  options: HrHelpOptions,
): Promise<Refused | FrequencyHandled> {
  const gate = followUpRefusal(ctx, 'leader');
  if (gate) return gate;
  const employee = await ownEmployee(ctx, input.personKey);
  if (!employee) {
    await auditAction(ctx, input.verb, input.personKey, null, 'denied', 'not-own-employee');
    return refused(notice('followup.chat.notYourEmployee'));
  }
  const fired = await latestFired(ctx, input);
  // None fired (a tampered card) or withdrawn since (the registration behind it was undone).
  if (!fired) return refused(notice('followup.frequency.gone'));
  const handled = input.verb === 'followup.frequencyGuide' ? 'guide' : 'hr';
  const marked = await ctx.repos.followUps.markTriggerHandled(fired.id, handled);
  const record = marked?.record ?? fired;
  const changed = marked?.changed === true;
  const { personKey, unitId, displayName } = employee;
  await auditAction(ctx, input.verb, personKey, unitId, changed ? 'allowed' : 'rejected', fired.id);
  if (changed && handled === 'hr') await askHrForFrequency(ctx, fired.id, employee, options);
  return {
    kind: 'frequency',
    employeeName: displayName,
    hit: hitOf(record),
    handled: record.handled,
    guideHint: handled === 'guide',
  };
}
