/**
 * "start forløb": the workflows the actor may launch from the start card, and the employees to
 * choose among. A kind is offered only where the launch would accept it (mayLaunch): an
 * employee's workflow for a unit of an employee listed, a unit's workflow for the unit the launch
 * uses (launchUnitOf). Names are listed only where the reader is alone.
 */
import { showsPersons, unitsLedBy } from '../../domain/access.js';
import { definitionOf } from '../../domain/workflows/catalogue.js';
import { WORKFLOW_KINDS, type WorkflowKind } from '../../domain/workflows/types.js';
import { todayIn, type UseCaseContext } from '../context.js';
import { employeesIn } from '../org.js';
import { launchUnitOf } from './workflow-launch.js';
import { mayLaunch } from './workflow-roles.js';

export interface StartChoices {
  kinds: WorkflowKind[];
  /** Empty when no kind offered is about an employee. */
  employees: Array<{ personKey: string; displayName: string }>;
}

export async function startChoices(ctx: UseCaseContext): Promise<StartChoices> {
  const org = await ctx.repos.org.snapshot();
  const { person } = ctx.actor;
  const led = unitsLedBy(person, org.units);
  const listed = showsPersons(ctx.audience)
    ? await employeesIn(ctx.repos, org.units, led, todayIn(ctx))
    : [];
  // The roles depend on the unit (and whether an employee is named), so one employee per unit.
  const perUnit = new Map(listed.map((e) => [e.unitId, e.personKey]));
  const aboutEmployee = [...perUnit].map(([unitId, personKey]) => ({ unitId, personKey }));
  const unitId = launchUnitOf(person);
  const aboutUnit = unitId ? [{ unitId, personKey: null }] : [];
  const kinds = WORKFLOW_KINDS.filter((kind) =>
    (definitionOf(kind).employee ? aboutEmployee : aboutUnit).some((subject) =>
      mayLaunch(person, org, kind, subject, ctx.audience),
    ),
  );
  const employees = kinds.some((k) => definitionOf(k).employee)
    ? listed.map(({ personKey, displayName }) => ({ personKey, displayName }))
    : [];
  return { kinds, employees };
}
