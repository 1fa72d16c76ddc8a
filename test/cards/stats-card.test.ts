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

describe('statsCard charts', () => {
  it('when the trend is drawn, then the y axis runs from 0 to a round number, the legend shows and numbers take the reader’s language', () => {
    for (const [locale, lang] of [
      ['da', 'da-DK'],
      ['en', 'en-GB'],
    ] as const) {
      const { card } = render(reportOf(data(1.6)), locale);
      const chart = card.body.find((e) => e.type === 'Chart.Line');
      // January's 3 dagsværk annualised: 3 × 365 ÷ 31 = 35,3 → the axis ends at 40 (steps of 10).
      expect(chart).to.deep.include({ yMin: 0, yMax: 40, showLegend: true, lang });
      expect(card.body.find((e) => e.type === 'Chart.Gauge')?.lang).to.equal(lang);
    }
  });

  it('when the trend is drawn, then its figures can also be shown as a FactSet by a toggle, in both languages', () => {
    for (const [locale, button, jan] of [
      ['da', 'Vis tallene måned for måned', 'jan 25'],
      ['en', 'Show the figures month by month', 'Jan 25'],
    ] as const) {
      const { card } = render(reportOf(data(1.6)), locale);
      const toggle = card.body.find(
        (e) => e.type === 'ActionSet' && JSON.stringify(e).includes('ToggleVisibility'),
      );
      expect(JSON.stringify(toggle)).to.contain(button);
      expect(JSON.stringify(toggle)).to.contain('"targetElements":["trend-figures"]');
      const hidden = card.body.find((e) => e.id === 'trend-figures');
      expect(hidden?.isVisible).to.equal(false);
      const facts = JSON.stringify(hidden);
      expect(facts).to.contain(`"title":"${jan}"`);
      expect(facts).to.contain(
        locale === 'da' ? '35,3 (året før: 0,0)' : '35.3 (a year earlier: 0.0)',
      );
      expect(validateCard(card)).to.deep.equal([]);
    }
  });

  it('when units are compared, then they are horizontal bars with whole names, the unit and the target told apart by name', () => {
    const { card } = render(reportOf(data(1.6)), 'da');
    expect(card.body.some((e) => e.type === 'Chart.VerticalBar')).to.equal(false);
    const bars = card.body.find((e) => e.type === 'Chart.HorizontalBar');
    expect(bars?.data).to.deep.equal([
      { x: 'Plejecenter A', y: 3, color: 'categoricalBlue' },
      { x: 'Lignende enheder (plejecenter, 1)', y: 0.5, color: 'neutral' },
      { x: 'Ældre og Sundhed (forvaltning)', y: 1.3, color: 'neutral' },
      { x: 'Kommunen (hele kommunen)', y: 1.3, color: 'neutral' },
      { x: 'Måltal', y: 1.6, color: 'attention' },
    ]);
    expect(bars?.xAxisTitle).to.equal('Dage pr. fuldtidsansat');
  });

  for (const locale of ['da', 'en'] as const) {
    it(`when a calendar year is shown, then the ${locale} trend says the year, never "last 12 months", and months have no year`, () => {
      const r = unitReport(buildStatisticsIndex(data(1.6)), 'A', '2025-12-31', HR_VIEWER);
      if (!r.ok) throw new Error(r.reason);
      const c = statsCard(
        { report: r.value, guidance: statsGuidance(r.value.situation), year: 2025 },
        translator(locale),
      );
      expect(validateCard(c)).to.deep.equal([]);
      const json = JSON.stringify(c);
      expect(json).to.not.match(/Seneste 12 måneder|Last 12 months|de seneste 12|over the last 12/);
      const line = c.body.find((e) => e.type === 'Chart.Line');
      const lines = line?.data as Array<{ legend: string; values: Array<{ x: string }> }>;
      expect(line?.title).to.equal(
        locale === 'da' ? 'Udvikling måned for måned i 2025' : 'Month by month in 2025',
      );
      expect(lines.map((s) => s.legend)).to.deep.equal(
        locale === 'da'
          ? ['År 2025', 'Året før (2024)', 'Måltal 1,6 (vandret linje)']
          : ['Year 2025', 'The year before (2024)', 'Target 1.6 (flat line)'],
      );
      expect(lines[0]?.values.map((v) => v.x).slice(0, 3)).to.deep.equal(
        locale === 'da' ? ['jan', 'feb', 'mar'] : ['Jan', 'Feb', 'Mar'],
      );
    });
  }
});

describe('statsCard with incomplete data', () => {
  // The first registration anywhere is 4 Dec 2023; A is sick 8–19 Jan 2024 (10 dagsværk).
  const partial = bundle({
    employments: [emp('a1', 'A'), emp('b1', 'B')],
    sickPeriods: [sick('a1', '2023-12-04', '2023-12-05'), sick('a1', '2024-01-08', '2024-01-19')],
    targets: [target('A', 2023, 12, false), target('A', 2024, 12, false)],
  });
  function yearCard(year: number, locale: Locale, d = partial) {
    const r = unitReport(buildStatisticsIndex(d), 'A', `${year}-12-31`, HR_VIEWER);
    if (!r.ok) throw new Error(r.reason);
    const c = statsCard(
      { report: r.value, guidance: statsGuidance(r.value.situation), year },
      translator(locale),
    );
    expect(validateCard(c)).to.deep.equal([]);
    return { card: c, json: JSON.stringify(c) };
  }

  const golden = {
    da: {
      dataFrom: '(data kun fra 4. dec 2023)',
      noVerdict: 'Tallet holdes ikke op mod måltallet, fordi der kun er data fra 4. dec 2023.',
      prompt: 'Tallene dækker kun en del af perioden',
      tip: 'Tag tallene med et gran salt',
      verdict: /dage (over|under) måltal|På måltal/,
      previous:
        'For et år siden: 2,0 dage pr. fuldtidsansat – data kun fra 4. dec 2023, så det sammenlignes ikke med i år.',
      legend: 'Året før (2023) – data kun fra 4. dec 2023',
    },
    en: {
      dataFrom: '(data only from 4 Dec 2023)',
      noVerdict:
        'The figure is not held against the target, because there is data only from 4 Dec 2023.',
      prompt: 'The figures cover only part of the period',
      tip: 'Take the figures with a pinch of salt',
      verdict: /days (above|below) target|On target/,
      previous:
        'A year ago: 2.0 days per full-time employee – data only from 4 Dec 2023, so it is not compared with this year.',
      legend: 'The year before (2023) – data only from 4 Dec 2023',
    },
  };

  for (const locale of ['da', 'en'] as const) {
    it(`when the year’s data starts in December, then the ${locale} card says so, shows no verdict and no gauge`, () => {
      const { card, json } = yearCard(2023, locale);
      const g = golden[locale];
      expect(json).to.contain(g.dataFrom);
      expect(json).to.contain(g.noVerdict);
      expect(json).to.contain(g.prompt);
      expect(json).to.contain(g.tip);
      expect(json).to.not.match(g.verdict);
      expect(card.body.some((e) => e.type === 'Chart.Gauge')).to.equal(false);
    });

    it(`when 2024 is shown next to a 2023 with December data only, then the ${locale} card marks a year ago as partial and does not call it rising`, () => {
      const { json } = yearCard(2024, locale, { ...partial, targets: [] });
      const g = golden[locale];
      expect(json).to.contain(g.previous);
      expect(json).to.contain(g.legend);
      expect(json).to.not.contain(locale === 'da' ? 'Fraværet er steget' : 'Absence has risen');
    });
  }

  it('when the window is partial, then the comparison leaves out the target and the national average and says why', () => {
    const averages = [
      {
        year: 2019,
        source: 'KRL' as const,
        sector: 'KOMMUNER' as const,
        occupationalGroup: 'ALLE',
        daysPerFte: 12.1,
      },
    ];
    const { card, json } = yearCard(2023, 'da', { ...partial, nationalAverages: averages });
    const bars = card.body.find((e) => e.type === 'Chart.HorizontalBar');
    const labels = (bars?.data as Array<{ x: string }>).map((d) => d.x);
    expect(labels).to.not.include('Måltal');
    expect(labels.some((l) => l.startsWith('Landsgennemsnit'))).to.equal(false);
    expect(json).to.contain(
      'Alle tal her har data kun fra 4. dec 2023. Derfor er måltal og landsgennemsnit udeladt.',
    );
  });
});
