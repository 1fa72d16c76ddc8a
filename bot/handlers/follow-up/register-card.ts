/**
 * The "Registrer sygdom" card: sent for "registrer sygdom" / "register sickness" (the manifest's
 * command and the help card's button), answered in place on submit. The chosen person is checked
 * again on the server: a payload naming someone else's employee is refused, audited, and changes
 * nothing.
 */
import { addMonths } from '../../../domain/calendar.js';
import { registerSickCard, type RegisterSickView } from '../../../cards/register-sick-card.js';
import type { registerSickSchema } from '../../../cards/follow-up-actions.js';
import type { AdaptiveCard } from '../../../cards/elements.js';
import type { z } from 'zod';
import { sendCard } from '../../cards.js';
import type { Turn } from '../../turn.js';
import { audit, myEmployee, myEmployees, othersEmployees, todayOf } from './follow-up-context.js';
import type { FollowUpOptions } from '../../../app/follow-up-seams.js';
import { announceSickness, registerSickness } from './register-sick.js';

type RegisterAction = z.output<typeof registerSickSchema>;

async function view(turn: Turn, patch: Partial<RegisterSickView>): Promise<RegisterSickView> {
  const today = todayOf(turn);
  const employees = (await myEmployees(turn)).map((e) => ({
    personKey: e.personKey,
    displayName: e.displayName,
  }));
  return {
    employees,
    today,
    oldest: addMonths(today, -12),
    values: null,
    error: null,
    registered: null,
    ...patch,
  };
}

export async function sendRegisterCard(turn: Turn): Promise<void> {
  await sendCard(turn.context, registerSickCard(await view(turn, {}), turn.t));
}

async function refuseForeign(turn: Turn, personKey: string): Promise<AdaptiveCard> {
  const other = (await othersEmployees(turn)).find((e) => e.personKey === personKey);
  await audit(
    turn,
    'followup.sick.register',
    personKey,
    other?.unitId ?? null,
    'denied',
    'not-own-employee',
  );
  return registerSickCard(
    await view(turn, { error: turn.t('followup.chat.notYourEmployee') }),
    turn.t,
  );
}

/** The submitted card: register, and answer with the card updated in place. */
export async function submitRegisterCard(
  turn: Turn,
  action: RegisterAction,
  options: FollowUpOptions,
): Promise<AdaptiveCard> {
  const { t } = turn;
  const employee = await myEmployee(turn, action.personKey);
  if (!employee) return refuseForeign(turn, action.personKey);
  const input = { start: action.start, partialPercent: action.partialPercent };
  const outcome = await registerSickness(turn, employee, input, options);
  const values = { personKey: employee.personKey, ...input };
  if (outcome.kind === 'refused')
    return registerSickCard(await view(turn, { values, error: outcome.message }), t);
  const registered = { employeeName: employee.displayName, start: outcome.period.start };
  const repeat =
    outcome.kind === 'already-sick' &&
    outcome.period.start === action.start &&
    outcome.period.registeredBy === turn.person.aadObjectId;
  if (repeat) return registerSickCard(await view(turn, { registered }), t);
  await announceSickness(turn, employee, outcome, {
    ...options,
    withText: outcome.kind === 'already-sick',
  });
  if (outcome.kind === 'already-sick') return registerSickCard(await view(turn, { values }), t);
  return registerSickCard(await view(turn, { registered }), t);
}
