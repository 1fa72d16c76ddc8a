import { expect } from 'chai';
import { dayNumber, isoOf } from '../../../domain/calendar.js';
import type { SickPeriod } from '../../../domain/model.js';
import { joinSpans, personSpells } from '../../../domain/statistics/spells.js';
import {
  buildStatisticsIndex,
  type IndexedPeriod,
} from '../../../domain/statistics/statistics-index.js';
import type { ShortLong } from '../../../domain/statistics/types.js';
import { unitReport } from '../../../domain/statistics/unit-report.js';
import { HR_VIEWER, bundle, day, emp, sick } from './fixtures.js';

const AS_OF = '2025-06-30';

describe('joinSpans', () => {
  const span = (from: string, to: string | null) => ({
    from: dayNumber(from),
    to: to === null ? null : dayNumber(to),
  });
  const cases: Array<[string, Array<[string, string | null]>, Array<[string, string | null]>]> = [
    [
      'Friday and the following Monday',
      [
        ['2025-01-10', '2025-01-10'],
        ['2025-01-13', '2025-01-13'],
      ],
      [['2025-01-10', '2025-01-13']],
    ],
    [
      'Thu–Fri and Mon–Wed',
      [
        ['2025-01-09', '2025-01-10'],
        ['2025-01-13', '2025-01-15'],
      ],
      [['2025-01-09', '2025-01-15']],
    ],
    [
      'Monday and Wednesday (Tuesday is a working day)',
      [
        ['2025-01-13', '2025-01-13'],
        ['2025-01-15', '2025-01-15'],
      ],
      [
        ['2025-01-13', '2025-01-13'],
        ['2025-01-15', '2025-01-15'],
      ],
    ],
    [
      'Wednesday before Easter and the Tuesday after (Maundy Thursday–Easter Monday between)',
      [
        ['2025-04-16', '2025-04-16'],
        ['2025-04-22', '2025-04-22'],
      ],
      [['2025-04-16', '2025-04-22']],
    ],
    [
      'overlapping periods, one of them inside the other',
      [
        ['2025-01-06', '2025-01-20'],
        ['2025-01-08', '2025-01-10'],
        ['2025-01-21', '2025-01-21'],
      ],
      [['2025-01-06', '2025-01-21']],
    ],
    [
      'an open period swallows a later one',
      [
        ['2025-01-06', null],
        ['2025-03-03', '2025-03-04'],
      ],
      [['2025-01-06', null]],
    ],
    [
      'Friday, then an open period from Monday',
      [
        ['2025-06-27', '2025-06-27'],
        ['2025-06-30', null],
      ],
      [['2025-06-27', null]],
    ],
  ];
  for (const [what, spans, expected] of cases) {
    it(`when ${what}, then ${JSON.stringify(expected)}`, () => {
      const joined = joinSpans(spans.map(([f, t]) => span(f, t)));
      expect(joined.map((s) => [isoOf(s.from), s.to === null ? null : isoOf(s.to)])).to.deep.equal(
        expected,
      );
    });
  }
});

describe('short vs long over joined periods', () => {
  const e = emp('p1', 'A');
  const shortLongOf = (
    sickPeriods: SickPeriod[],
    rows: Array<[string, number]> = [],
  ): ShortLong | null => {
    const data = bundle({
      employments: [e],
      sickPeriods,
      absenceDays: rows.map(([d, h]) => day(e.id, d, h)),
    });
    const r = unitReport(buildStatisticsIndex(data), 'A', AS_OF, HR_VIEWER);
    if (!r.ok) throw new Error(r.reason);
    return r.value.shortLong;
  };
  const cases: Array<
    [string, SickPeriod[], Array<[string, number]>, [number, number, number, number]]
  > = [
    [
      'sick Friday, back Monday sick again',
      [sick('p1', '2025-01-10', '2025-01-10'), sick('p1', '2025-01-13', '2025-01-13')],
      [],
      [1, 0, 2, 0],
    ],
    [
      'sick Thu 2–Fri 10 January and Mon 13–Fri 17 January (each short, together 16 days: long)',
      [sick('p1', '2025-01-02', '2025-01-10'), sick('p1', '2025-01-13', '2025-01-17')],
      [],
      [0, 1, 0, 12],
    ],
    [
      'sick Monday and Wednesday',
      [sick('p1', '2025-01-13', '2025-01-13'), sick('p1', '2025-01-15', '2025-01-15')],
      [],
      [2, 0, 2, 0],
    ],
    [
      'sick Friday, a child’s sick day Monday, sick Tuesday',
      [
        sick('p1', '2025-01-10', '2025-01-10'),
        sick('p1', '2025-01-13', '2025-01-13', { type: 'BARN_SYG' }),
        sick('p1', '2025-01-14', '2025-01-14'),
      ],
      [],
      [2, 0, 2, 0],
    ],
    [
      'full Mon 6–Fri 10 January, then 50 % partial Mon 13–Fri 24 January (one long period)',
      [
        sick('p1', '2025-01-06', '2025-01-10'),
        sick('p1', '2025-01-13', '2025-01-24', { type: 'DELVIS_SYGDOM', partialPercent: 50 }),
      ],
      [],
      [0, 1, 0, 10],
    ],
    [
      'a registered Friday and a day row the following Monday',
      [sick('p1', '2025-01-10', '2025-01-10')],
      [['2025-01-13', 7.4]],
      [1, 0, 2, 0],
    ],
    [
      'day rows Thu 9–Fri 10 January joined to a registered Mon 13–Fri 24 January (16 days)',
      [sick('p1', '2025-01-13', '2025-01-24')],
      [
        ['2025-01-09', 7.4],
        ['2025-01-10', 7.4],
      ],
      [0, 1, 0, 12],
    ],
    [
      'sick Friday 27 June and open from Monday 30 June (4 days up to the as-of date)',
      [sick('p1', '2025-06-27', '2025-06-27'), sick('p1', '2025-06-30', null)],
      [],
      [1, 0, 2, 0],
    ],
  ];
  for (const [what, periods, rows, [sp, lp, sd, ld]] of cases) {
    it(`when ${what}, then ${sp} short and ${lp} long periods, ${sd} and ${ld} dagsværk`, () => {
      const s = shortLongOf(periods, rows);
      expect([s?.shortPeriods, s?.longPeriods]).to.deep.equal([sp, lp]);
      expect(s?.shortDays).to.be.closeTo(sd, 1e-9);
      expect(s?.longDays).to.be.closeTo(ld, 1e-9);
    });
  }
});

describe('personSpells over registered periods only', () => {
  it('when compared with joinSpans over 300 random people, then the spells and their members agree', () => {
    let seed = 7;
    const random = () => (seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648) / 2_147_483_648;
    const base = dayNumber('2024-01-01');
    for (let person = 0; person < 300; person++) {
      let from = base + Math.floor(random() * 20);
      const periods: IndexedPeriod[] = [];
      for (let i = 0; i < 1 + Math.floor(random() * 8); i++) {
        const open = random() < 0.05;
        const to = open ? null : from + Math.floor(random() * 6);
        periods.push({
          source: {} as SickPeriod,
          type: 'SYGDOM',
          from,
          to,
          share: 1,
          counted: random() < 0.85,
        });
        from += Math.floor(random() * 9);
      }
      const counted = periods.filter((p) => p.counted);
      const spells = personSpells(periods, []);
      expect(spells.map((s) => ({ from: s.from, to: s.to }))).to.deep.equal(
        joinSpans(counted.map((p) => ({ from: p.from, to: p.to }))),
      );
      expect(spells.flatMap((s) => s.periods)).to.deep.equal(counted);
      expect(spells.every((s) => s.derived.length === 0)).to.equal(true);
    }
  });
});
