import { expect } from 'chai';
import { statsCard } from '../../cards/stats-card.js';
import type { Locale } from '../../domain/model.js';
import { buildStatisticsIndex } from '../../domain/statistics/statistics-index.js';
import type { StatisticsData, StatsViewer } from '../../domain/statistics/types.js';
import { unitReport, type UnitReport } from '../../domain/statistics/unit-report.js';
import { statsGuidance } from '../../domain/tips.js';
import { translator } from '../../i18n/index.js';
import { validateCard } from '../helpers/card-validator.js';
import { HR_VIEWER, bundle, emp, settings, sick, target } from '../domain/statistics/fixtures.js';

const AS_OF = '2025-06-30';

/**
 * A: one full-timer, 3 dagsværk in the window (6–8 Jan 2025), optionally 1 a year earlier; B: two
 * full-timers, 1 dagsværk. A child's sickness in January 2023 (never counted) marks where the
 * absence data starts, so both windows are covered.
 */
function data(targetDays: number | null, yearEarlier = true): StatisticsData {
  const earlier = yearEarlier ? [sick('a1', '2024-03-04', '2024-03-04')] : [];
  return bundle({
    employments: [emp('a1', 'A'), emp('b1', 'B'), emp('b2', 'B')],
    sickPeriods: [
      sick('b2', '2023-01-02', '2023-01-02', { type: 'BARN_SYG' }),
      sick('a1', '2025-01-06', '2025-01-08'),
      ...earlier,
      sick('b1', '2025-01-06', '2025-01-06'),
    ],
    targets: targetDays === null ? [] : [target('A', 2025, targetDays, false)],
  });
}

function reportOf(d: StatisticsData, unitId = 'A', viewer: StatsViewer = HR_VIEWER): UnitReport {
  const r = unitReport(buildStatisticsIndex(d), unitId, AS_OF, viewer);
  if (!r.ok) throw new Error(r.reason);
  return r.value;
}

function render(report: UnitReport, locale: Locale, offerFrequent = false) {
  const c = statsCard(
    { report, guidance: statsGuidance(report.situation), offerFrequent },
    translator(locale),
  );
  return { card: c, json: JSON.stringify(c) };
}

describe('statsCard', () => {
  const variants: Array<[string, StatisticsData, string, Record<Locale, string[]>]> = [
    [
      'above target (3.0 vs 1.6)',
      data(1.6),
      'above',
      {
        da: [
          '1,4 dage over måltal',
          '3,0 dage pr. fuldtidsansat',
          'Måltal 2025: 1,6 dage pr. fuldtidsansat',
          'Rullende 12 måneder: 1. jul 2024 – 30. jun 2025',
        ],
        en: [
          '1.4 days above target',
          '3.0 days per full-time employee',
          'Target 2025: 1.6 days per full-time employee',
          'Rolling 12 months: 1 Jul 2024 – 30 Jun 2025',
        ],
      },
    ],
    [
      'below target (3.0 vs 4.2)',
      data(4.2, false),
      'below',
      { da: ['1,2 dage under måltal'], en: ['1.2 days below target'] },
    ],
    ['at target', data(3, false), 'at', { da: ['På måltal'], en: ['On target'] }],
    [
      'no target (rising from 1 to 3)',
      data(null),
      'rising',
      {
        da: ['Der er ikke sat et måltal for Plejecenter A'],
        en: ['No target has been set for Plejecenter A'],
      },
    ],
  ];
  for (const [what, d, situation, golden] of variants) {
    for (const locale of ['da', 'en'] as const) {
      it(`when the unit is ${what}, then the ${locale} card is valid and says so`, () => {
        const report = reportOf(d);
        expect(report.situation).to.equal(situation);
        const { card, json } = render(report, locale);
        expect(validateCard(card)).to.deep.equal([]);
        for (const s of golden[locale]) expect(json).to.contain(s);
      });
    }
  }

  it('when there is a target, then the trend chart has this year, a year earlier and the target line, with a fallback', () => {
    const { card } = render(reportOf(data(1.6)), 'da');
    const chart = card.body.find((e) => e.type === 'Chart.Line');
    expect(chart).to.not.equal(undefined);
    const legends = (chart?.data as Array<{ legend: string }>).map((s) => s.legend);
    expect(legends).to.deep.equal([
      'Seneste 12 måneder',
      'Samme måneder året før',
      'Måltal 1,6 (vandret linje)',
    ]);
    expect((chart?.fallback as { type: string }).type).to.equal('FactSet');
  });

  it('when the target is inherited, then the card says from which unit', () => {
    const d = { ...data(null), targets: [target('SEC', 2025, 2, true)] };
    expect(render(reportOf(d), 'da').json).to.contain('Måltallet er arvet fra Ældre og Sundhed.');
    expect(render(reportOf(d), 'en').json).to.contain(
      'The target is inherited from Ældre og Sundhed.',
    );
  });

  it('when the target is computed from national averages, then the card names the source and year', () => {
    const averages = [
      {
        year: 2019,
        source: 'KRL' as const,
        sector: 'KOMMUNER' as const,
        occupationalGroup: 'ALLE',
        daysPerFte: 12.1,
      },
    ];
    const r = unitReport(
      buildStatisticsIndex({ ...data(null), nationalAverages: averages }),
      'A',
      AS_OF,
      HR_VIEWER,
      {
        staffMixAsTarget: true,
      },
    );
    if (!r.ok) throw new Error(r.reason);
    const { card, json } = render(r.value, 'da');
    expect(validateCard(card)).to.deep.equal([]);
    expect(json).to.contain('Måltal 2025: 12,1 dage pr. fuldtidsansat');
    expect(json).to.contain('landsgennemsnittet for jeres personalegrupper (KRL 2019)');
  });

  it('when the unit is above target, then the prompt and tip T051 stand next to the figure', () => {
    const { json } = render(reportOf(data(1.6)), 'da');
    expect(json).to.contain('Tag snakken');
    expect(json).to.contain('Kig efter mønstre');
  });

  it('when short and long periods are shown, then counts are whole numbers', () => {
    const { json } = render(reportOf(data(1.6)), 'da');
    expect(json).to.contain('Korte (op til 14 dage)');
    expect(json).to.contain('1 perioder · 3,0 dagsværk');
  });

  it('when comparisons exist, then similar units and the sector appear (in the chart fallback)', () => {
    const { json } = render(reportOf(data(1.6)), 'en');
    expect(json).to.contain('Similar units (plejecenter, 1)');
    expect(json).to.contain('Ældre og Sundhed (department)');
  });

  for (const [locale, golden] of [
    ['da', 'Vises ikke: sammen med jeres egne tal ville det afsløre en lille gruppes fravær'],
    ['en', 'Not shown: together with your own figures it would reveal a small group’s absence'],
  ] as const) {
    it(`when the sector minus the viewer’s unit is a small group, then the ${locale} card says why it is not shown`, () => {
      // Leader of A (5 persons) sees the sector; the rest of it is B with 2 persons.
      const d = bundle({
        employments: ['a1', 'a2', 'a3', 'a4', 'a5', 'b1', 'b2'].map((k) =>
          emp(k, k[0] === 'a' ? 'A' : 'B'),
        ),
        sickPeriods: [
          sick('a1', '2025-01-06', '2025-01-08'),
          sick('b1', '2025-01-06', '2025-01-06'),
        ],
        settings: settings({ minGroupSize: 5 }),
      });
      const { card, json } = render(reportOf(d, 'A', { hr: false, leads: ['A'] }), locale);
      expect(validateCard(card)).to.deep.equal([]);
      expect(json).to.contain(golden);
      expect(json).to.contain(
        locale === 'da' ? 'For få medarbejdere til at vise tal' : 'Too few employees to show',
      );
    });
  }

  it('when the viewer leads the unit and the card offers it, then a frequent-absence button carries the unit', () => {
    const { json } = render(reportOf(data(1.6)), 'da', true);
    expect(json).to.contain('"verb":"stats.showFrequent"');
    expect(json).to.contain('"unitId":"A"');
  });

  for (const locale of ['da', 'en'] as const) {
    it(`when the figures are suppressed, then the ${locale} card says there are too few and shows no figure`, () => {
      const d = { ...data(1.6), settings: settings({ minGroupSize: 5 }) };
      const { card, json } = render(reportOf(d, 'B', { hr: false, leads: ['A'] }), locale);
      expect(validateCard(card)).to.deep.equal([]);
      expect(json).to.contain(locale === 'da' ? 'for få medarbejdere' : 'too few employees');
      expect(json).to.not.contain('pr. fuldtidsansat"');
      expect(json).to.not.contain('Chart.Line');
    });
    it(`when the unit has no employees, then the ${locale} card says so`, () => {
      const { card, json } = render(reportOf(data(1.6), 'A1'), locale);
      expect(validateCard(card)).to.deep.equal([]);
      expect(json).to.contain(locale === 'da' ? 'ingen medarbejdere' : 'No employees');
    });
  }

  it('when there is a target, then a gauge shows the figure against it, with a FactSet fallback the validator checks', () => {
    const { card } = render(reportOf(data(1.6)), 'da');
    const gauge = card.body.find((e) => e.type === 'Chart.Gauge');
    expect(gauge).to.deep.include({ value: 3, min: 0, max: 4, subLabel: 'Måltal 1,6 dage' });
    expect(gauge?.segments).to.deep.equal([
      { size: 1.6, legend: 'Op til måltal', color: 'good' },
      { size: 2.4, legend: 'Over måltal', color: 'attention' },
    ]);
    const fallback = gauge?.fallback as { type: string; facts: Array<{ value: string }> };
    expect(fallback.type).to.equal('FactSet');
    expect(fallback.facts.map((f) => f.value)).to.deep.equal(['3,0', '1,6']);
    expect(validateCard(card)).to.deep.equal([]);
    expect(validateCard({ ...card, body: [{ ...gauge, fallback: undefined }] })).to.include(
      'card.body[0]: Chart.Gauge needs a fallback element for clients without charts',
    );
  });

  it('when there is no target, then there is no gauge', () => {
    const { card } = render(reportOf(data(null)), 'en');
    expect(card.body.some((e) => e.type === 'Chart.Gauge')).to.equal(false);
  });

  it('when the trend is shown, then its caption says only whole months count', () => {
    expect(render(reportOf(data(1.6)), 'da').json).to.contain('Kun hele måneder tæller med');
    expect(render(reportOf(data(1.6)), 'en').json).to.contain('Only complete months count');
  });

  for (const locale of ['da', 'en'] as const) {
    it(`when a calendar year is shown, then the ${locale} header names the year; without data it says there are no figures`, () => {
      const r = unitReport(buildStatisticsIndex(data(1.6)), 'A', '2019-12-31', HR_VIEWER);
      if (!r.ok) throw new Error(r.reason);
      const c = statsCard(
        { report: r.value, guidance: statsGuidance(r.value.situation), year: 2019 },
        translator(locale),
      );
      expect(validateCard(c)).to.deep.equal([]);
      const json = JSON.stringify(c);
      expect(json).to.contain(
        locale === 'da'
          ? 'Kalenderåret 2019: 1. jan 2019 – 31. dec 2019'
          : 'Calendar year 2019: 1 Jan 2019 – 31 Dec 2019',
      );
      expect(json).to.contain(
        locale === 'da'
          ? 'Der er ingen tal for Plejecenter A i 2019'
          : 'There are no figures for Plejecenter A in 2019',
      );
      expect(json).to.not.contain('Chart.');
    });
  }
});
