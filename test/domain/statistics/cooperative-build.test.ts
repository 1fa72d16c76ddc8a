import { expect } from 'chai';
import { generateDemo } from '../../../data/demo/generate-demo.js';
import { addDays } from '../../../domain/calendar.js';
import type { AbsenceDay } from '../../../domain/model.js';
import type { Cooperation } from '../../../domain/statistics/cooperative.js';
import { rankUnits } from '../../../domain/statistics/ranking.js';
import {
  buildStatisticsIndex,
  buildStatisticsIndexAsync,
  type StatisticsIndex,
} from '../../../domain/statistics/statistics-index.js';
import type { StatisticsData } from '../../../domain/statistics/types.js';
import { unitReport } from '../../../domain/statistics/unit-report.js';
import {
  hasUnitTotals,
  unitTotals,
  warmUnitTotals,
} from '../../../domain/statistics/unit-totals.js';
import { HR_VIEWER } from './fixtures.js';

const AS_OF = '2026-10-31';
const DATES = [AS_OF, '2026-06-30', '2025-12-31'];

/** Pauses at every checkpoint, on a resolved promise, and counts the pauses. */
function counting(): Cooperation & { pauses: number } {
  const c = {
    pauses: 0,
    due: () => true,
    pause: () => {
      c.pauses += 1;
      return Promise.resolve();
    },
  };
  return c;
}

/** The demo, plus day-level rows on the days of every 20th sick period (hours and day-offs). */
function demoWithDayRows(): StatisticsData {
  const demo = generateDemo({ employees: 300, years: 3, seed: 7, asOf: '2026-11-22' });
  const employment = new Map(demo.employments.map((e) => [e.personKey, e]));
  const rows: AbsenceDay[] = [];
  demo.sickPeriods.forEach((p, i) => {
    const e = employment.get(p.personKey);
    if (i % 20 !== 0 || !e) return;
    for (let k = 0; k < 4; k++)
      rows.push({
        employmentId: e.id,
        date: addDays(p.start, k),
        type: k === 3 ? 'BARN_SYG' : 'SYGDOM',
        hours: k === 1 ? 3.7 : 7.4,
        plannedHours: k === 2 ? 0 : 7.4,
      });
  });
  return { ...demo, absenceDays: rows };
}

function figures(index: StatisticsIndex, unitIds: readonly string[]) {
  return DATES.map((asOf) => ({
    reports: unitIds.map((id) => unitReport(index, id, asOf, HR_VIEWER)),
    ranking: rankUnits(index, unitIds, asOf, HR_VIEWER, { staffMixAsTarget: true }),
  }));
}

describe('buildStatisticsIndexAsync', () => {
  const data = demoWithDayRows();
  const unitIds = data.units.map((u) => u.id);

  it('when built in slices, then every unit report and ranking equals the one-go build', async () => {
    expect(data.absenceDays.length).to.be.greaterThan(100);
    const sync = buildStatisticsIndex(data);
    const sliced = await buildStatisticsIndexAsync(data, counting());
    expect(sliced.persons.map((p) => p.key)).to.deep.equal(sync.persons.map((p) => p.key));
    expect(sliced.absenceSpans).to.deep.equal(sync.absenceSpans);
    const spells = (i: StatisticsIndex) =>
      i.persons.map((p) => p.spells.map((s) => [s.from, s.to]));
    expect(spells(sliced)).to.deep.equal(spells(sync));
    expect(figures(sliced, unitIds)).to.deep.equal(figures(sync, unitIds));
  });

  it('when the input is a few hundred employees, then the build pauses many times', async () => {
    const c = counting();
    await buildStatisticsIndexAsync(data, c);
    expect(c.pauses).to.be.greaterThan(10);
  });

  it('when the slice is never spent, then it does not pause', async () => {
    const c = { ...counting(), due: () => false };
    await buildStatisticsIndexAsync(data, c);
    expect(c.pauses).to.equal(0);
  });

  it('when rows are added to the data during the build, then the index holds those of its start', async () => {
    const live = { ...data, sickPeriods: [...data.sickPeriods] };
    const c: Cooperation = {
      due: () => true,
      pause: () => {
        live.sickPeriods.push({ ...data.sickPeriods[0]!, id: `late-${live.sickPeriods.length}` });
        return Promise.resolve();
      },
    };
    const sliced = await buildStatisticsIndexAsync(live, c);
    const count = sliced.persons.reduce((n, p) => n + p.periods.length, 0);
    expect(count).to.equal(
      buildStatisticsIndex(data).persons.reduce((n, p) => n + p.periods.length, 0),
    );
  });
});

describe('warmUnitTotals', () => {
  const data = demoWithDayRows();

  it('when warmed in slices, then the totals are memoised and equal the one-go pass', async () => {
    const warmed = buildStatisticsIndex(data);
    const c = counting();
    await warmUnitTotals(warmed, AS_OF, c);
    expect(hasUnitTotals(warmed, AS_OF)).to.equal(true);
    expect(c.pauses).to.be.greaterThan(1);
    expect(unitTotals(warmed, AS_OF)).to.deep.equal(unitTotals(buildStatisticsIndex(data), AS_OF));
  });

  it('when the totals are already there, then warming does nothing', async () => {
    const index = buildStatisticsIndex(data);
    const before = unitTotals(index, AS_OF);
    const c = counting();
    await warmUnitTotals(index, AS_OF, c);
    expect(c.pauses).to.equal(0);
    expect(unitTotals(index, AS_OF)).to.equal(before);
  });
});
