/**
 * The leader's follow-up about one employee — register sick, register fit, show the plan — from
 * a chat sentence (a name to resolve) or a name choice (a person key to check again). Only in the
 * personal chat, only for leaders; dates are checked before any name is looked up. A name that
 * only matches people in other units gets the same "not among your employees" answer as an
 * unknown name, and an audit entry (app/employees.ts).
 */
import type { FollowUpIntent } from '../../domain/follow-up/chat-intents.js';
import type { IsoDate } from '../../domain/model.js';
import { auditAction, type UseCaseContext } from '../context.js';
import { findOwnEmployee, ownEmployee } from '../employees.js';
import type { FollowUpOptions } from '../follow-up-seams.js';
import type { Employee } from '../org.js';
import { employeePlanView, type PlanView } from './follow-up-plan-view.js';
import { followUpRefusal, notice, refused, type Notice, type Refused } from './notice.js';
import { registerForm, type RegisterFormView } from './register-form.js';
import { fitDateProblem, registerFit, type FitRegistered } from './register-fit.js';
import { sickInputProblem, storeSickness, withPlan, type SickShown } from './register-sickness.js';

/** What to do for the employee, with its dates already resolved. */
export type EmployeeAction =
  | { intent: 'sick'; start: IsoDate; partialPercent: number | null }
  | { intent: 'fit'; fitDate: IsoDate }
  | { intent: 'plan' };

export type ActionResult =
  Refused | { kind: 'plan'; plan: PlanView } | FitRegistered | { kind: 'sick'; shown: SickShown };

export type ChatAnswer =
  | Refused
  | { kind: 'register-form'; form: RegisterFormView }
  | { kind: 'choice'; query: string; candidates: Employee[]; action: EmployeeAction }
  | { kind: 'done'; employee: Employee; result: ActionResult };

/** Carries out the action for an employee already known to be the leader's own. */
async function performFor(
  ctx: UseCaseContext,
  employee: Employee,
  action: EmployeeAction,
  options: FollowUpOptions,
): Promise<ActionResult> {
  if (action.intent === 'plan') {
    const plan = await employeePlanView(ctx, employee, options);
    const none = notice('followup.chat.noPeriod', { name: employee.displayName });
    return plan ? { kind: 'plan', plan } : refused(none);
  }
  if (action.intent === 'fit') return registerFit(ctx, employee, action.fitDate);
  const input = { start: action.start, partialPercent: action.partialPercent };
  const stored = await storeSickness(ctx, employee, input, options);
  if (stored.kind === 'refused') return stored;
  return { kind: 'sick', shown: await withPlan(ctx, employee, stored, options) };
}

type NamedIntent = Exclude<FollowUpIntent, { kind: 'register-card' }>;

/** The intent with resolved dates, or the problem with them. */
function actionOf(ctx: UseCaseContext, intent: NamedIntent): EmployeeAction | Notice {
  const name = intent.name;
  if (intent.kind === 'plan') return { intent: 'plan' };
  const invalidDate = () => notice('followup.chat.invalidDate', { date: intent.dateText ?? '' });
  if (intent.kind === 'fit') {
    if (intent.fitDate === null) return invalidDate();
    return fitDateProblem(ctx, intent.fitDate, name) ?? { intent: 'fit', fitDate: intent.fitDate };
  }
  if (intent.start === null) return invalidDate();
  if (intent.percentMissing) return notice('followup.chat.percentMissing', { name });
  const input = { start: intent.start, partialPercent: intent.partialPercent };
  return sickInputProblem(ctx, input) ?? { intent: 'sick', ...input };
}

/**
 * A follow-up sentence in chat ("Mette er syg fra i går", "Mette er rask igen", "hvad skal jeg
 * gøre for Mette?", "registrer sygdom"): the register form, a choice among several employees of
 * that name, or the action carried out.
 */
export async function followUpFromChat(
  ctx: UseCaseContext,
  intent: FollowUpIntent,
  options: FollowUpOptions,
): Promise<ChatAnswer> {
  const gate = followUpRefusal(ctx, 'leader');
  if (gate) return gate;
  if (intent.kind === 'register-card')
    return { kind: 'register-form', form: await registerForm(ctx) };
  const action = actionOf(ctx, intent);
  if ('kind' in action) return refused(action);
  const match = await findOwnEmployee(ctx, intent.name);
  if (match.kind === 'none')
    return refused(notice('followup.chat.notFound', { name: intent.name }));
  if (match.kind === 'several')
    return { kind: 'choice', query: intent.name, candidates: match.candidates, action };
  const employee = match.employee;
  return { kind: 'done', employee, result: await performFor(ctx, employee, action, options) };
}

/**
 * The leader chose one of several employees of a name. The person is checked again (the payload
 * could name anyone): someone else's employee is refused and audited; an action without its
 * dates is refused as invalid.
 */
export async function followUpChosen(
  ctx: UseCaseContext,
  input: { verb: string; personKey: string; action: EmployeeAction | null },
  options: FollowUpOptions,
): Promise<
  Refused | { kind: 'done'; employee: Employee; action: EmployeeAction; result: ActionResult }
> {
  const gate = followUpRefusal(ctx, 'leader');
  if (gate) return gate;
  const employee = await ownEmployee(ctx, input.personKey);
  if (!employee) {
    await auditAction(ctx, input.verb, input.personKey, null, 'denied', 'not-own-employee');
    return refused(notice('followup.chat.notYourEmployee'));
  }
  const action = input.action;
  if (!action) return refused(notice('core.invalidAction'));
  const result = await performFor(ctx, employee, action, options);
  return { kind: 'done', employee, action, result };
}
