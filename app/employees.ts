/**
 * A leader's own employees: employed today in a unit they lead (or below it), and only where the
 * audience may see individuals. A name that matches only someone else's employee is audited as a
 * refused look-up and answered as "not found".
 */
import { showsPersons, unitsLedBy } from '../domain/access.js';
import { matchEmployees, type EmployeeMatch } from '../domain/follow-up/name-match.js';
import { auditAction, todayIn, type UseCaseContext } from './context.js';
import { employeesIn, type Employee } from './org.js';

const MAX_AUDITED = 5;

export async function ownEmployees(ctx: UseCaseContext): Promise<Employee[]> {
  if (!showsPersons(ctx.audience)) return [];
  const { units } = await ctx.repos.org.snapshot();
  return employeesIn(ctx.repos, units, unitsLedBy(ctx.actor.person, units), todayIn(ctx));
}

/** The employee with this key if they are one of the leader's own; null otherwise. */
export async function ownEmployee(
  ctx: UseCaseContext,
  personKey: string,
): Promise<Employee | null> {
  return (await ownEmployees(ctx)).find((e) => e.personKey === personKey) ?? null;
}

/** Everyone employed today outside the leader's units (only to notice and audit a wrong name). */
export async function othersEmployees(ctx: UseCaseContext): Promise<Employee[]> {
  const { units } = await ctx.repos.org.snapshot();
  const mine = unitsLedBy(ctx.actor.person, units);
  const others = new Set(units.filter((u) => !mine.has(u.id)).map((u) => u.id));
  return employeesIn(ctx.repos, units, others, todayIn(ctx));
}

/** One of the leader's own employees by name; someone else's employee is audited and not found. */
export async function findOwnEmployee(
  ctx: UseCaseContext,
  name: string,
): Promise<EmployeeMatch<Employee>> {
  const mine = matchEmployees(name, await ownEmployees(ctx));
  if (mine.kind !== 'none') return mine;
  const others = matchEmployees(name, await othersEmployees(ctx));
  const touched =
    others.kind === 'one' ? [others.employee] : others.kind === 'several' ? others.candidates : [];
  for (const e of touched.slice(0, MAX_AUDITED))
    await auditAction(
      ctx,
      'followup.name.lookup',
      e.personKey,
      e.unitId,
      'denied',
      'not-own-employee',
    );
  return { kind: 'none' };
}
