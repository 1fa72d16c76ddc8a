/**
 * Plausibility of the demo's absence level, with a deliberately simple calculation of our own:
 * dagsværk = Monday–Friday days in the window × occupation rate × partial share, for own
 * sickness, partial sickness and work injury; FTE = occupation rate × days employed ÷ 365;
 * monthly-paid staff only; the last 12 months up to as-of. Holidays are not removed, so the
 * figures run slightly above the real statistics.
 */
import { expect } from 'chai';
import type { StoreData } from '../../../data/schema.js';
import { AS_OF, demo } from './demo-fixture.js';

const DAY = 86_400_000;
const dayOf = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / DAY;
const isWeekday = (day: number) => (day + 3) % 7 < 5;
const COUNTED = new Set(['SYGDOM', 'DELVIS_SYGDOM', 'ARBEJDSSKADE']);

interface Figures {
  lost: Map<string, number>;
  fte: Map<string, number>;
  byMonth: number[];
}

function add(map: Map<string, number>, key: string, value: number): void {
  map.set(key, (map.get(key) ?? 0) + value);
}

/** Per key (group or institution) dagsværk and FTE over [from, to]. */
function figures(d: StoreData, keyOf: (e: StoreData['employments'][number]) => string): Figures {
  const to = dayOf(AS_OF);
  const from = to - 364;
  const result: Figures = {
    lost: new Map(),
    fte: new Map(),
    byMonth: new Array<number>(12).fill(0),
  };
  const rowsOf = new Map<string, StoreData['employments']>();
  for (const e of d.employments) {
    if (e.payForm === 'hourly') continue;
    rowsOf.set(e.personKey, [...(rowsOf.get(e.personKey) ?? []), e]);
    const a = Math.max(dayOf(e.validFrom), from);
    const b = Math.min(e.validTo ? dayOf(e.validTo) : to, to);
    if (b >= a) add(result.fte, keyOf(e), (e.occupationRate * (b - a + 1)) / 365);
  }
  for (const p of d.sickPeriods) {
    if (!COUNTED.has(p.type)) continue;
    const rows = rowsOf.get(p.personKey) ?? [];
    const end = Math.min(p.end ? dayOf(p.end) : to, to);
    for (let day = Math.max(dayOf(p.start), from); day <= end; day++) {
      const e = rows.find(
        (r) => dayOf(r.validFrom) <= day && (r.validTo === null || dayOf(r.validTo) >= day),
      );
      if (!e || !isWeekday(day)) continue;
      const lost = e.occupationRate * (p.partialPercent ? p.partialPercent / 100 : 1);
      add(result.lost, keyOf(e), lost);
      result.byMonth[new Date(day * DAY).getUTCMonth()]! += lost;
    }
  }
  return result;
}

const perFte = (f: Figures, key: string) => (f.lost.get(key) ?? 0) / (f.fte.get(key) ?? 1);

describe('generateDemo plausibility', () => {
  const d = demo();
  const byGroup = figures(d, (e) => e.occupationalGroup);

  it('when computing days per FTE for all staff, then it lies between 10 and 16 (KRL: 12.1 in 2019)', () => {
    const lost = [...byGroup.lost.values()].reduce((a, b) => a + b, 0);
    const fte = [...byGroup.fte.values()].reduce((a, b) => a + b, 0);
    expect(lost / fte).to.be.within(10, 16);
  });

  it('when computing per occupational group, then the levels follow the national ranking', () => {
    const sosu = perFte(byGroup, 'Social- og sundhedspersonale');
    const admin = perFte(byGroup, 'Administration og it mv.');
    const teachers = perFte(byGroup, 'Lærere m.fl. i folkeskole og spec.underv.');
    expect(sosu, 'sosu').to.be.within(12.5, 20);
    expect(admin, 'administration').to.be.within(5, 12);
    expect(teachers, 'teachers').to.be.within(7.5, 14.5);
    expect(sosu).to.be.greaterThan(teachers);
    expect(sosu).to.be.greaterThan(admin);
  });

  it('when comparing winter with summer, then January and February lose more days than July and August', () => {
    const [jan, feb, , , , , jul, aug] = byGroup.byMonth;
    expect(jan! + feb!).to.be.greaterThan(1.3 * (jul! + aug!));
  });

  it('when comparing institutions with their own targets, then some are above and some below', () => {
    const institutionOf = (unitId: string) => unitId.split('-').slice(0, 2).join('-');
    const byUnit = figures(d, (e) => institutionOf(e.unitId));
    const targets = d.targets.filter((t) => t.year === 2026 && t.unitId.includes('-'));
    const above = targets.filter((t) => perFte(byUnit, t.unitId) > t.daysPerFte).length;
    expect(targets.length).to.be.greaterThan(20);
    expect(above).to.be.within(4, targets.length - 4);
  });

  it('when checking Hjemmeplejen Nord, then it is above its target (the demo leader sees a gap to talk about)', () => {
    const byUnit = figures(d, (e) => (e.unitId === 'AEL-HJN' ? 'AEL-HJN' : 'other'));
    const target = d.targets.find((t) => t.unitId === 'AEL-HJN' && t.year === 2026);
    expect(target?.method).to.equal('LANDSGNS_VAEGTET');
    expect(perFte(byUnit, 'AEL-HJN')).to.be.greaterThan(target?.daysPerFte ?? Infinity);
  });
});

describe('generateDemo through the statistics engine', () => {
  it('when the engine computes the whole municipality, then it agrees with the simple calculation within 10 %', async () => {
    const { buildStatisticsIndex, unitTotals, unitFigures } =
      await import('../../../domain/statistics/statistics.js');
    const d = demo();
    const index = buildStatisticsIndex(d);
    const root = index.tree.indexOf.get('KOMMUNE') ?? -1;
    const engine = unitFigures(unitTotals(index, AS_OF), root).daysPerFte ?? 0;
    const simple = figures(d, () => 'all');
    const mine = perFte(simple, 'all');
    expect(engine).to.be.within(10, 16);
    expect(Math.abs(engine - mine) / mine).to.be.below(0.1);
  });
});
