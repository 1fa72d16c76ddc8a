import { expect } from 'chai';
import { buildStatisticsIndex } from '../../../domain/statistics/statistics-index.js';
import type { ComparisonFigure, StatsViewer } from '../../../domain/statistics/types.js';
import { unitReport } from '../../../domain/statistics/unit-report.js';
import { bundle, emp, settings, sick, unit } from './fixtures.js';

/**
 * KOM
 *  ├─ SEC  ── A (plejecenter), B (plejecenter), E (no type)
 *  └─ SEC2 ── D (plejecenter, or `dType`), C (daginstitution)
 * Minimum group size 5. Everyone is sick one day, so every shown figure has a value.
 */
type Staff = Partial<Record<'A' | 'B' | 'C' | 'D' | 'E' | 'SEC', string[]>>;
/** The similar units', the sector's and the municipality's state. */
type States = [Shown, Shown, Shown];

function comparisons(
  staff: Staff,
  viewer: StatsViewer,
  dType: string | null = 'plejecenter',
): Record<string, ComparisonFigure> {
  const units = [
    unit('KOM', null, 'kommune', null, 'Kommunen'),
    unit('SEC', 'KOM', 'forvaltning', null, 'Ældre og Sundhed'),
    unit('A', 'SEC', 'institution', 'plejecenter'),
    unit('B', 'SEC', 'institution', 'plejecenter'),
    unit('E', 'SEC', 'institution', null),
    unit('SEC2', 'KOM', 'forvaltning', null, 'Børn og Unge'),
    unit('D', 'SEC2', 'institution', dType),
    unit('C', 'SEC2', 'institution', 'daginstitution'),
  ];
  const employments = Object.entries(staff).flatMap(([u, keys]) => keys.map((k) => emp(k, u)));
  const persons = [...new Set(employments.map((e) => e.personKey))];
  const data = bundle({
    units,
    employments,
    sickPeriods: persons.map((k) => sick(k, '2025-01-07', '2025-01-07')),
    settings: settings({ minGroupSize: 5 }),
  });
  const r = unitReport(buildStatisticsIndex(data), 'A', '2025-06-30', viewer);
  if (!r.ok) throw new Error(r.reason);
  return Object.fromEntries(r.value.comparisons.map((c) => [c.kind, c]));
}

const people = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => `${prefix}${i}`);
const LEADER_A = { hr: false, leads: ['A'] };

type Shown = 'shown' | 'fewPersons' | 'wouldReveal';

function state(c: ComparisonFigure | undefined): Shown | undefined {
  if (!c) return undefined;
  if (!c.suppressed) return 'shown';
  return c.suppressedBy ?? undefined;
}

describe('comparison differencing', () => {
  // The last element, when present, is D's unit type (null: D is not a similar unit).
  const cases: Array<
    [string, Staff, StatsViewer, States] | [string, Staff, StatsViewer, States, null]
  > = [
    [
      'the rest of the sector is B with 3 persons (sector 9 − A 6 would reveal B)',
      { A: people('a', 6), B: people('b', 3), D: people('d', 6), C: people('c', 10) },
      LEADER_A,
      ['shown', 'wouldReveal', 'shown'],
    ],
    [
      'the rest of the sector is 3 persons employed directly in it',
      { A: people('a', 6), SEC: people('s', 3), D: people('d', 6), C: people('c', 10) },
      LEADER_A,
      ['shown', 'wouldReveal', 'shown'],
    ],
    [
      'the rest of the sector is 5 persons',
      { A: people('a', 6), B: people('b', 5), D: people('d', 6), C: people('c', 10) },
      LEADER_A,
      ['shown', 'shown', 'shown'],
    ],
    [
      'the sector is the leader’s own unit only (nothing else in it)',
      { A: people('a', 6), D: people('d', 6), C: people('c', 10) },
      LEADER_A,
      ['shown', 'shown', 'shown'],
    ],
    [
      'the municipality is A, the similar units, the sector and a 3-person C',
      { A: people('a', 6), B: people('b', 6), D: people('d', 6), C: people('c', 3) },
      LEADER_A,
      ['shown', 'shown', 'wouldReveal'],
    ],
    [
      'the same, and the viewer leads C too (C is theirs to see)',
      { A: people('a', 6), B: people('b', 6), D: people('d', 6), C: people('c', 3) },
      { hr: false, leads: ['A', 'C'] },
      ['shown', 'shown', 'shown'],
    ],
    [
      'the same, seen by HR',
      { A: people('a', 6), B: people('b', 6), D: people('d', 6), C: people('c', 3) },
      { hr: true, leads: [] },
      ['shown', 'shown', 'shown'],
    ],
    [
      'the sector chief (knows B) sees the similar units B and D, D with 3 persons',
      { A: people('a', 6), B: people('b', 3), D: people('d', 3), C: people('c', 10) },
      { hr: false, leads: ['SEC'] },
      ['wouldReveal', 'shown', 'shown'],
    ],
    [
      'the similar units (B only) lie inside the sector and the sector’s rest beyond them is E with 3',
      {
        A: people('a', 6),
        B: people('b', 6),
        E: people('e', 3),
        D: people('d', 6),
        C: people('c', 9),
      },
      LEADER_A,
      ['shown', 'wouldReveal', 'shown'],
      null,
    ],
    [
      'the similar units are B with 3 persons: hidden, so the sector’s rest is B and E (3 + 3)',
      {
        A: people('a', 6),
        B: people('b', 3),
        E: people('e', 3),
        D: people('d', 6),
        C: people('c', 9),
      },
      LEADER_A,
      ['fewPersons', 'shown', 'shown'],
      null,
    ],
  ];
  for (const [what, staff, viewer, [comparable, sector, municipality], dType] of cases) {
    it(`when ${what}, then similar units ${comparable}, sector ${sector}, municipality ${municipality}`, () => {
      const c = comparisons(staff, viewer, dType === undefined ? 'plejecenter' : dType);
      expect([state(c.comparable), state(c.sector), state(c.municipality)]).to.deep.equal([
        comparable,
        sector,
        municipality,
      ]);
      for (const figure of Object.values(c))
        expect(figure.daysPerFte === null).to.equal(figure.suppressed);
    });
  }
});

describe('comparable units headcount', () => {
  // B and D are the similar units of A. x1 and x2 work in both (moved, or two posts).
  const cases: Array<[string, string[], string[], Shown]> = [
    [
      '3 in B and 3 in D, two of them the same persons (4 distinct)',
      ['x1', 'x2', 'x3'],
      ['x1', 'x2', 'x4'],
      'fewPersons',
    ],
    [
      '3 in B and 4 in D, two of them the same persons (5 distinct)',
      ['x1', 'x2', 'x3'],
      ['x1', 'x2', 'x4', 'x5'],
      'shown',
    ],
    ['3 in B and 2 other persons in D (5 distinct)', ['x1', 'x2', 'x3'], ['x4', 'x5'], 'shown'],
  ];
  for (const [what, b, d, expected] of cases) {
    it(`when ${what}, then the similar units are ${expected}`, () => {
      const c = comparisons({ A: people('a', 6), B: b, D: d, C: people('c', 10) }, LEADER_A);
      expect(state(c.comparable)).to.equal(expected);
    });
  }
});
