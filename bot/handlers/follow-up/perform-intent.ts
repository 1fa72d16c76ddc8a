/**
 * Name → one of the leader's own employees, then the intent (sick, fit, plan). A name that only
 * matches people in other units gets the same "not among your employees" answer as an unknown
 * name — and an audit entry, because it touched another person's data.
 */
import type { EmployeeMatch } from '../../../domain/follow-up/name-match.js';
import { employeeChoiceCard, type ChoiceIntent } from '../../../cards/employee-choice-card.js';
import { sendCard } from '../../cards.js';
import type { Turn } from '../../turn.js';
import type { Employee } from './follow-up-context.js';
import { findOwnEmployee } from '../../../app/employees.js';
import type { FollowUpOptions } from '../../../app/follow-up-seams.js';
import { showPlan } from './plan-view.js';
import { registerFitness } from './register-fit.js';
import { announceSickness, registerSickness } from './register-sick.js';

export const resolveEmployee = (turn: Turn, name: string): Promise<EmployeeMatch<Employee>> =>
  findOwnEmployee(turn.ctx, name);

/** Carries out the intent for an employee already known to be the leader's own. */
export async function performFor(
  turn: Turn,
  employee: Employee,
  action: ChoiceIntent,
  options: FollowUpOptions,
): Promise<void> {
  if (action.intent === 'plan') return showPlan(turn, employee, options);
  if (action.intent === 'fit') return registerFitness(turn, employee, action.fitDate);
  const input = { start: action.start, partialPercent: action.partialPercent };
  const outcome = await registerSickness(turn, employee, input, options);
  if (outcome.kind === 'refused') return void (await turn.context.sendActivity(outcome.message));
  await announceSickness(turn, employee, outcome, { ...options, withText: true });
}

/** Resolves the written name and carries out the intent, or offers a choice, or says "not found". */
export async function performByName(
  turn: Turn,
  name: string,
  action: ChoiceIntent,
  options: FollowUpOptions,
): Promise<void> {
  const match = await resolveEmployee(turn, name);
  if (match.kind === 'none') {
    await turn.context.sendActivity(turn.t('followup.chat.notFound', { name }));
    return;
  }
  if (match.kind === 'one') return performFor(turn, match.employee, action, options);
  const view = { query: name, candidates: match.candidates, action, chosen: null };
  await sendCard(turn.context, employeeChoiceCard(view, turn.t));
}
