import { expect } from 'chai';
import { STATS_TIPS, STATS_TIP_IDS, statsGuidance } from '../../domain/tips.js';
import { da, en } from '../../i18n/index.js';

describe('statsGuidance', () => {
  const cases: Array<[Parameters<typeof statsGuidance>[0], string]> = [
    ['above', 'T051'],
    ['rising', 'T060'],
    ['at', 'T058'],
    ['below', 'T062'],
    ['noTarget', 'T059'],
  ];
  for (const [situation, tip] of cases) {
    it(`when the unit is ${situation}, then the prompt is ${situation} and the tip ${tip}`, () => {
      expect(statsGuidance(situation)).to.deep.equal({ prompt: situation, tip });
    });
  }
});

describe('STATS_TIPS', () => {
  it('when listing T047–T064, then every tip is catalogued with text in both languages', () => {
    expect(STATS_TIP_IDS).to.have.length(18);
    for (const id of STATS_TIP_IDS) {
      expect(STATS_TIPS[id].id).to.equal(id);
      expect(Object.keys(da)).to.include(`stats.tip.${id}`);
      expect(Object.keys(en)).to.include(`stats.tip.${id}`);
    }
  });
});
