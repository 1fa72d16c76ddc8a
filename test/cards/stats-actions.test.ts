import { expect } from 'chai';
import { isStatsVerb, parseStatsAction } from '../../cards/stats-actions.js';

describe('parseStatsAction', () => {
  const cases: Array<[string, unknown, unknown]> = [
    [
      'a show-unit payload',
      { verb: 'stats.showUnit', unitId: 'A' },
      { verb: 'stats.showUnit', unitId: 'A' },
    ],
    [
      'a frequent payload',
      { verb: 'stats.showFrequent', unitId: 'B' },
      { verb: 'stats.showFrequent', unitId: 'B' },
    ],
    ['a missing unit id', { verb: 'stats.showUnit' }, null],
    ['an empty unit id', { verb: 'stats.showUnit', unitId: '  ' }, null],
    ['an unknown verb', { verb: 'stats.delete', unitId: 'A' }, null],
    ['a number as unit id', { verb: 'stats.showUnit', unitId: 7 }, null],
    ['not an object', 'stats.showUnit', null],
  ];
  for (const [what, input, expected] of cases) {
    it(`when the payload is ${what}, then it parses to ${JSON.stringify(expected)}`, () => {
      expect(parseStatsAction(input)).to.deep.equal(expected);
    });
  }
  it('when asked about verbs, then only stats verbs are recognised', () => {
    expect(isStatsVerb('stats.showUnit')).to.equal(true);
    expect(isStatsVerb('guide.start')).to.equal(false);
  });
});
