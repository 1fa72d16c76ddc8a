/**
 * "Who am I here": the tab's first call. The viewer's name and roles, the units they may see
 * figures for (visibleUnits decides) and the ones the tab opens on (the same roots as "compare
 * my units": led units, else HR's units, else the municipality). Names of units only: nothing
 * about any person but the viewer.
 */
import { rolesOf, unitsLedBy, visibleUnits } from '../../domain/access.js';
import type { Role } from '../../domain/model.js';
import type { UseCaseContext } from '../context.js';
import { rootsOf } from '../overview/compare-units.js';

export interface TabUnit {
  id: string;
  name: string;
  parentId: string | null;
  level: string;
  /** The viewer leads it (or a unit above it). */
  led: boolean;
}

export interface TabViewer {
  name: string;
  roles: Role[];
  locale: string | null;
  home: string[];
  units: TabUnit[];
}

export async function tabViewer(ctx: UseCaseContext): Promise<TabViewer> {
  const person = ctx.actor.person;
  const { units } = await ctx.repos.org.snapshot();
  const visible = visibleUnits(person, units);
  const led = unitsLedBy(person, units);
  return {
    name: person.displayName,
    roles: rolesOf(person),
    locale: person.locale,
    home: rootsOf(ctx, units).map((u) => u.id),
    units: units
      .filter((u) => visible.has(u.id))
      .map((u) => ({
        id: u.id,
        name: u.name,
        parentId: u.parentId,
        level: u.level,
        led: led.has(u.id),
      })),
  };
}
