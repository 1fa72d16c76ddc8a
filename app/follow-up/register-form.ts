/**
 * The "Registrer sygdom" form: the leader's own employees to choose from and the dates allowed,
 * and the submitted form. The chosen person is checked again here: a payload naming someone
 * else's employee is refused, audited, and changes nothing. The same leader submitting the same
 * registration again is answered as registered, with nothing new to show.
 */
import { addMonths } from '../../domain/calendar.js';
import type { IsoDate } from '../../domain/model.js';
import { auditAction, todayIn, type UseCaseContext } from '../context.js';
import { othersEmployees, ownEmployee, ownEmployees } from '../employees.js';
import type { FollowUpOptions } from '../follow-up-seams.js';
import { followUpRefusal, notice, type Notice, type Refused } from './notice.js';
import { storeSickness, withPlan, type SickInput, type SickShown } from './register-sickness.js';

export interface RegisterFormView {
  employees: ReadonlyArray<{ personKey: string; displayName: string }>;
  today: IsoDate;
  /** The earliest start allowed (a year back). */
  oldest: IsoDate;
}

/** The form as answered after a submit. */
export interface RegisterAnswer {
  kind: 'form';
  form: RegisterFormView;
  /** The values to keep in the form after a refusal or an already-sick answer. */
  values: { personKey: string; start: IsoDate; partialPercent: number | null } | null;
  error: Notice | null;
  /** Set when the form is done: it shows a confirmation only. */
  registered: { employeeName: string; start: IsoDate } | null;
  /** The registration to show besides the form (its plan and any frequency trigger). */
  shown: SickShown | null;
}

/** The empty form: the leader's own employees (none where the audience may not see people). */
export async function registerForm(ctx: UseCaseContext): Promise<RegisterFormView> {
  const today = todayIn(ctx);
  const employees = (await ownEmployees(ctx)).map((e) => ({
    personKey: e.personKey,
    displayName: e.displayName,
  }));
  return { employees, today, oldest: addMonths(today, -12) };
}

async function answer(
  ctx: UseCaseContext,
  patch: Partial<RegisterAnswer>,
): Promise<RegisterAnswer> {
  const form = await registerForm(ctx);
  return { kind: 'form', form, values: null, error: null, registered: null, shown: null, ...patch };
}

async function refuseForeign(ctx: UseCaseContext, personKey: string): Promise<RegisterAnswer> {
  const other = (await othersEmployees(ctx)).find((e) => e.personKey === personKey);
  const unitId = other?.unitId ?? null;
  await auditAction(ctx, 'followup.sick.register', personKey, unitId, 'denied', 'not-own-employee');
  return answer(ctx, { error: notice('followup.chat.notYourEmployee') });
}

/** The submitted form: register, and answer with the form as it is now. */
export async function registerSicknessFromForm(
  ctx: UseCaseContext,
  input: SickInput & { personKey: string },
  options: FollowUpOptions,
): Promise<RegisterAnswer | Refused> {
  const gate = followUpRefusal(ctx, 'leader');
  if (gate) return gate;
  const employee = await ownEmployee(ctx, input.personKey);
  if (!employee) return refuseForeign(ctx, input.personKey);
  const sick = { start: input.start, partialPercent: input.partialPercent };
  const stored = await storeSickness(ctx, employee, sick, options);
  const values = { personKey: employee.personKey, ...sick };
  if (stored.kind === 'refused') return answer(ctx, { values, error: stored.notice });
  const registered = { employeeName: employee.displayName, start: stored.period.start };
  const repeat =
    stored.kind === 'already-sick' &&
    stored.period.start === input.start &&
    stored.period.registeredBy === ctx.actor.person.aadObjectId;
  if (repeat) return answer(ctx, { registered });
  const shown = await withPlan(ctx, employee, stored, options);
  if (stored.kind === 'already-sick') return answer(ctx, { values, shown });
  return answer(ctx, { registered, shown });
}
