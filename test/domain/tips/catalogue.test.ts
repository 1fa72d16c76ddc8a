import { expect } from 'chai';
import { TIP_CATALOGUE, TIP_THEMES, isStatsTip } from '../../../domain/tips/catalogue.js';
import { parseTipCatalogue, TIPS } from '../../../app/tip-catalogue.js';
import { tipTextKey } from '../../../cards/tip-card.js';
import { t } from '../../../i18n/index.js';

describe('the tip catalogue', () => {
  it('when the bot starts, then every tip T001–T139 is in the checked catalogue or merged into one', () => {
    const ids = TIPS.flatMap((tip) => [tip.id, ...tip.covers]).sort();
    expect(ids).to.have.length(139);
    expect(ids[0]).to.equal('T001');
    expect(ids.at(-1)).to.equal('T139');
  });

  it('when a tip is shown, then it has a text in Danish and English, and the two differ', () => {
    for (const tip of TIP_CATALOGUE) {
      const key = tipTextKey(tip.id);
      const da = t('da', key);
      const en = t('en', key);
      expect(da, tip.id).to.be.a('string').and.not.equal(key);
      expect(en, tip.id).to.be.a('string').and.not.equal(da);
      expect(da.length, tip.id).to.be.within(20, 260);
    }
  });

  it('when a statistics tip is shown, then it is the same text the statistics card shows', () => {
    expect(tipTextKey('T051')).to.equal('stats.tip.T051');
    expect(isStatsTip('T046')).to.equal(false);
    expect(tipTextKey('T046')).to.equal('tips.text.T046');
  });

  it('when every theme is asked for, then each has at least three tips for leaders', () => {
    for (const theme of TIP_THEMES) {
      const n = TIPS.filter((x) => x.themes.includes(theme) && x.audiences.includes('leader'));
      expect(n.length, theme).to.be.at.least(3);
    }
  });

  const bad: Array<[string, (tips: object[]) => object[], RegExp]> = [
    ['a tip is listed twice', (tips) => [...tips, tips[0]!], /T001 is in T001 and T001/],
    ['a tip is missing', (tips) => tips.slice(1), /T001 is missing/],
    [
      'a tip has an unknown theme',
      (tips) => [{ ...tips[0]!, themes: ['gossip'] }, ...tips.slice(1)],
      /0\.themes\.0/,
    ],
    [
      'a tip names a guide step that does not exist',
      (tips) => [{ ...tips[0]!, guideSteps: ['nap'] }, ...tips.slice(1)],
      /0\.guideSteps\.0/,
    ],
    [
      'a tip has no audience',
      (tips) => [{ ...tips[0]!, audiences: [] }, ...tips.slice(1)],
      /0\.audiences/,
    ],
  ];
  for (const [when, broken, message] of bad)
    it(`when ${when}, then the start fails with a message naming it`, () => {
      expect(() => parseTipCatalogue(broken(TIP_CATALOGUE.map((x) => ({ ...x }))))).to.throw(
        message,
      );
    });
});
