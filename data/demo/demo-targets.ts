/**
 * Yearly targets for the demo: FAST for the municipality and the sectors, and per institution
 * either LANDSGNS_VAEGTET (national KRL 2019 averages weighted by the unit's FTE mix, as in
 * Høje-Taastrup, see docs/statistics.md) or FAST; about one institution in eight has no own target and
 * inherits its sector's.
 */
import type { StoreData } from '../schema.js';
import { ALL_STAFF, KRL_2019 } from '../import/reference-data.js';
import { dayOf, yearOf } from './days.js';
import { ROOT_ID, type Institution, type Organisation } from './demo-organisation.js';
import type { Employment, Window } from './demo-people.js';
import type { Rng } from './prng.js';

type Target = StoreData['targets'][number];

/** FTE per occupational group of each institution (afsnit rolled up), on one day. */
function staffMix(
  org: Organisation,
  employments: readonly Employment[],
  day: number,
): Map<string, Map<string, number>> {
  const institutionOf = new Map<string, string>();
  for (const inst of org.institutions) {
    institutionOf.set(inst.id, inst.id);
    for (const s of inst.sectionIds) institutionOf.set(s, inst.id);
  }
  const mix = new Map<string, Map<string, number>>();
  for (const e of employments) {
    if (e.payForm === 'hourly' || dayOf(e.validFrom) > day) continue;
    if (e.validTo !== null && dayOf(e.validTo) < day) continue;
    const inst = institutionOf.get(e.unitId);
    if (!inst) continue;
    const groups = mix.get(inst) ?? new Map<string, number>();
    groups.set(e.occupationalGroup, (groups.get(e.occupationalGroup) ?? 0) + e.occupationRate);
    mix.set(inst, groups);
  }
  return mix;
}

/** Σ FTE_g × national_g ÷ Σ FTE_g; groups without a national figure use the all-staff figure. */
export function weightedNational(groups: ReadonlyMap<string, number>): number | null {
  let fte = 0;
  let sum = 0;
  for (const [group, g] of groups) {
    fte += g;
    sum += g * (KRL_2019[group] ?? KRL_2019[ALL_STAFF] ?? 12.1);
  }
  return fte > 0 ? sum / fte : null;
}

const round1 = (x: number): number => Math.round(x * 10) / 10;
const roundHalf = (x: number): number => Math.round(x * 2) / 2;

export function generateTargets(
  org: Organisation,
  employments: readonly Employment[],
  window: Window,
  rng: Rng,
): Target[] {
  const skipped = new Set(
    org.institutions.filter((i) => !i.fixed && rng.chance(0.12)).map((i) => i.id),
  );
  const targets: Target[] = [];
  for (let year = yearOf(window.from); year <= yearOf(window.to); year++) {
    const mix = staffMix(org, employments, Math.min(dayOf(`${year}-07-01`), window.to));
    targets.push({
      unitId: ROOT_ID,
      year,
      daysPerFte: 12.5,
      method: 'FAST',
      appliesToSubUnits: true,
    });
    targets.push(...sectorTargets(org, mix, year));
    targets.push(
      ...institutionTargets(
        org.institutions.filter((i) => !skipped.has(i.id)),
        mix,
        year,
      ),
    );
  }
  return targets;
}

/** LANDSGNS_VAEGTET (one decimal) for the types that use it, else FAST (half days). */
function institutionTargets(
  institutions: readonly Institution[],
  mix: Map<string, Map<string, number>>,
  year: number,
): Target[] {
  const out: Target[] = [];
  for (const inst of institutions) {
    const national = weightedNational(mix.get(inst.id) ?? new Map<string, number>());
    if (national === null) continue;
    const weighted = inst.spec.weightedTarget;
    out.push({
      unitId: inst.id,
      year,
      daysPerFte: weighted ? round1(national) : roundHalf(national),
      method: weighted ? 'LANDSGNS_VAEGTET' : 'FAST',
      appliesToSubUnits: true,
    });
  }
  return out;
}

/** A sector's FAST target: its FTE-weighted national level, rounded to half a day. */
function sectorTargets(
  org: Organisation,
  mix: Map<string, Map<string, number>>,
  year: number,
): Target[] {
  const bySector = new Map<string, Map<string, number>>();
  for (const inst of org.institutions) {
    const groups = bySector.get(inst.spec.sector) ?? new Map<string, number>();
    for (const [g, fte] of mix.get(inst.id) ?? []) groups.set(g, (groups.get(g) ?? 0) + fte);
    bySector.set(inst.spec.sector, groups);
  }
  const out: Target[] = [];
  for (const [sector, groups] of bySector) {
    const national = weightedNational(groups);
    if (national !== null)
      out.push({
        unitId: sector,
        year,
        daysPerFte: roundHalf(national),
        method: 'FAST',
        appliesToSubUnits: true,
      });
  }
  return out;
}
