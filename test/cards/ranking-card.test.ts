import { expect } from 'chai';
import { rankingCard, MAX_RANKING_ROWS } from '../../cards/ranking-card.js';
import type { RankingRow } from '../../domain/statistics/ranking.js';
import { translator } from '../../i18n/index.js';
import { validateCard } from '../helpers/card-validator.js';

const ROWS: RankingRow[] = [
  {
    unitId: 'A',
    unitName: 'Plejecenter A',
    daysPerFte: 15.44,
    target: 14,
    gap: 1.44,
    suppressed: false,
    empty: false,
    noData: false,
    dataFrom: null,
  },
  {
    unitId: 'B',
    unitName: 'Plejecenter B',
    daysPerFte: 12,
    target: 13,
    gap: -1,
    suppressed: false,
    empty: false,
    noData: false,
    dataFrom: null,
  },
  {
    unitId: 'C',
    unitName: 'Solsikken',
    daysPerFte: 9.96,
    target: null,
    gap: null,
    suppressed: false,
    empty: false,
    noData: false,
    dataFrom: null,
  },
  {
    unitId: 'D',
    unitName: 'Lille afsnit',
    daysPerFte: null,
    target: 12,
    gap: null,
    suppressed: true,
    empty: false,
    noData: false,
    dataFrom: null,
  },
];

describe('rankingCard', () => {
  const golden = {
    da: [
      'Fravær ift. måltal – Ældre og Sundhed',
      '1,4 dage over måltal',
      '1,0 dage under måltal',
      'Intet måltal',
      'For få medarbejdere til at vise tal',
      '10,0 dage pr. fuldtidsansat',
    ],
    en: [
      'Absence vs target – Ældre og Sundhed',
      '1.4 days above target',
      '1.0 days below target',
      'No target',
      'Too few employees to show',
      '10.0 days per full-time employee',
    ],
  };
  for (const locale of ['da', 'en'] as const) {
    it(`when four units are ranked, then the ${locale} card is valid with one open button per unit`, () => {
      const card = rankingCard(
        { scopeName: 'Ældre og Sundhed', asOf: '2025-06-30', rows: ROWS },
        translator(locale),
      );
      expect(validateCard(card)).to.deep.equal([]);
      const json = JSON.stringify(card);
      for (const s of golden[locale]) expect(json).to.contain(s);
      for (const id of ['A', 'B', 'C', 'D'])
        expect(json).to.contain(`"data":{"verb":"stats.showUnit","unitId":"${id}"}`);
      expect(json.indexOf('Plejecenter A')).to.be.lessThan(json.indexOf('Plejecenter B'));
    });
  }
  it('when there are more units than fit, then the card shows the first ones, says how many, and stays under 40 KB', () => {
    const many = Array.from({ length: 80 }, (_, i) => ({
      ...ROWS[0]!,
      unitId: `unit-with-a-long-identifier-${i}`,
      unitName: `Plejecenter med et ret langt navn nummer ${i}`,
    }));
    const card = rankingCard(
      { scopeName: 'Kommunen', asOf: '2025-06-30', rows: many },
      translator('da'),
    );
    expect(validateCard(card)).to.deep.equal([]);
    expect(JSON.stringify(card)).to.contain(`Viser ${MAX_RANKING_ROWS} af 80 enheder`);
  });
  it('when there are no units, then the card says so', () => {
    const card = rankingCard({ scopeName: 'X', asOf: '2025-06-30', rows: [] }, translator('en'));
    expect(validateCard(card)).to.deep.equal([]);
    expect(JSON.stringify(card)).to.contain('There are no units to show.');
  });
  for (const locale of ['da', 'en'] as const) {
    it(`when units are ranked, then the ${locale} card shows their figures as horizontal bars with whole names and a FactSet fallback`, () => {
      const card = rankingCard(
        { scopeName: 'Ældre og Sundhed', asOf: '2025-06-30', rows: ROWS },
        translator(locale),
      );
      const chart = card.body.find((e) => e.type === 'Chart.HorizontalBar');
      expect(chart?.lang).to.equal(locale === 'da' ? 'da-DK' : 'en-GB');
      expect(chart?.data).to.deep.equal([
        { x: 'Plejecenter A', y: 15.4, color: 'attention' },
        { x: 'Plejecenter B', y: 12, color: 'good' },
        { x: 'Solsikken', y: 10, color: 'neutral' },
      ]);
      const fallback = chart?.fallback as { facts: Array<{ title: string; value: string }> };
      expect(fallback.facts[0]).to.deep.equal({
        title: 'Plejecenter A',
        value: locale === 'da' ? '15,4' : '15.4',
      });
      expect(validateCard(card)).to.deep.equal([]);
    });
  }
  it('when a calendar year is ranked, then the title says the year, not the last 12 months', () => {
    for (const [locale, golden] of [
      ['da', 'Fravær ift. måltal 2024 – Ældre og Sundhed'],
      ['en', 'Absence vs target 2024 – Ældre og Sundhed'],
    ] as const) {
      const card = rankingCard(
        { scopeName: 'Ældre og Sundhed', asOf: '2024-12-31', rows: ROWS, year: 2024 },
        translator(locale),
      );
      const json = JSON.stringify(card);
      expect(json).to.contain(golden);
      expect(json).to.not.match(/Rullende 12|Rolling 12/);
    }
  });
  it('when the data covers the window only partly, then each row says from when and no row is over or under target', () => {
    const rows = ROWS.slice(0, 2).map((r) => ({ ...r, gap: null, dataFrom: '2024-12-01' }));
    for (const [locale, golden, order] of [
      ['da', 'Data kun fra 1. dec 2024 – for lavt til at holde op mod måltallet', 'mest fravær'],
      ['en', 'Data only from 1 Dec 2024 – too low to hold against the target', 'most absence'],
    ] as const) {
      const card = rankingCard(
        { scopeName: 'X', asOf: '2024-12-31', rows, year: 2024 },
        translator(locale),
      );
      expect(validateCard(card)).to.deep.equal([]);
      const json = JSON.stringify(card);
      expect(json).to.contain(golden);
      expect(json).to.not.match(/over måltal|under måltal|above target|below target/);
      expect(json).to.contain(order);
      const chart = card.body.find((e) => e.type === 'Chart.HorizontalBar');
      expect((chart?.data as Array<{ color: string }>).map((d) => d.color)).to.deep.equal([
        'neutral',
        'neutral',
      ]);
    }
  });
  it('when a year has no absence data, then each row says so instead of a figure, and open carries the year', () => {
    const rows = [{ ...ROWS[0]!, daysPerFte: null, gap: null, noData: true }];
    for (const [locale, golden] of [
      ['da', 'Ingen fraværsdata for perioden'],
      ['en', 'No absence data for the period'],
    ] as const) {
      const card = rankingCard(
        { scopeName: 'X', asOf: '2019-12-31', rows, year: 2019 },
        translator(locale),
      );
      expect(validateCard(card)).to.deep.equal([]);
      const json = JSON.stringify(card);
      expect(json).to.contain(golden);
      expect(json).to.contain(locale === 'da' ? 'Kalenderåret 2019' : 'Calendar year 2019');
      expect(json).to.contain('"data":{"verb":"stats.showUnit","unitId":"A","year":2019}');
    }
  });
});
