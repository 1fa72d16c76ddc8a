import { expect } from 'chai';
import { TIP_CATALOGUE, type Tip } from '../../../domain/tips/catalogue.js';
import {
  chooseTip,
  fitsChannel,
  tipForChannel,
  type TipRequest,
} from '../../../domain/tips/choose.js';

const SEED = 20261123;

const request = (over: Partial<TipRequest> = {}): TipRequest => ({
  audiences: ['leader'],
  situations: [],
  theme: null,
  guideStep: null,
  newLeader: false,
  shown: [],
  disabled: new Set(),
  seed: SEED,
  ...over,
});

const byId = (id: string): Tip => TIP_CATALOGUE.find((t) => t.id === id)!;

/** Asks `n` times in a row, each tip shown before the next ask, seed moving on. */
function series(n: number, over: Partial<TipRequest> = {}): Tip[] {
  const shown: string[] = [];
  const out: Tip[] = [];
  for (let i = 0; i < n; i++) {
    const choice = chooseTip(request({ ...over, shown: [...shown], seed: SEED + i }));
    if (!choice) break;
    shown.push(choice.tip.id);
    out.push(choice.tip);
  }
  return out;
}

describe('chooseTip', () => {
  const cases: Array<[string, Partial<TipRequest>, (tip: Tip) => boolean]> = [
    ['a leader asks about trust', { theme: 'trust' }, (t) => t.themes.includes('trust')],
    [
      'HR asks about statistics',
      { audiences: ['hr'], theme: 'statistics' },
      (t) => t.audiences.includes('hr') && t.themes.includes('statistics'),
    ],
    [
      'the unit is above target',
      { situations: ['above'] },
      (t) => t.themes.includes('statistics') || t.themes.includes('conversations'),
    ],
    [
      'the unit has frequent short absence',
      { situations: ['frequent-short'] },
      (t) =>
        ['trust', 'fairness', 'cooperation', 'core-task', 'stress'].some((th) =>
          t.themes.includes(th as never),
        ),
    ],
    [
      'someone has been sick a long time',
      { situations: ['long-absence'] },
      (t) => t.themes.includes('early-help'),
    ],
    ['the leader is new in the role', { newLeader: true }, (t) => t.basics],
    ['a shop steward asks', { audiences: ['tr-amr'] }, (t) => t.audiences.includes('tr-amr')],
  ];
  for (const [when, over, fits] of cases)
    it(`when ${when}, then the first five tips all fit and none repeats`, () => {
      const tips = series(5, over);
      expect(tips).to.have.length(5);
      for (const tip of tips) expect(fits(tip), tip.id).to.equal(true);
      expect(new Set(tips.map((t) => t.id)).size).to.equal(5);
    });

  it('when the leader is at the guide step "welcomeBack", then its two tips come first, then others', () => {
    const ids = series(3, { guideStep: 'welcomeBack' }).map((t) => t.id);
    expect(ids.slice(0, 2).sort()).to.deep.equal(['T117', 'T135']);
    expect(ids[2]).to.not.be.oneOf(['T117', 'T135']);
  });

  it('when the same request is made with the same seed, then the same tip comes (deterministic)', () => {
    expect(chooseTip(request())?.tip.id).to.equal(chooseTip(request())?.tip.id);
  });

  it('when the seed moves on, then the tips are varied (at least 8 different ids in 10 seeds with nothing shown)', () => {
    const ids = new Set<string>();
    for (let i = 0; i < 10; i++) ids.add(chooseTip(request({ seed: i }))!.tip.id);
    expect(ids.size).to.be.at.least(8);
  });

  it('when every trust tip has been shown, then the one shown longest ago comes again, marked as a repeat', () => {
    const trust = TIP_CATALOGUE.filter(
      (t) => t.themes.includes('trust') && t.audiences.includes('leader'),
    ).map((t) => t.id);
    const shown = [...trust.slice(1), trust[0]!, ...trust.slice(1)];
    const choice = chooseTip(request({ theme: 'trust', shown }));
    expect(choice).to.deep.equal({ tip: byId(trust[0]!), repeat: true });
  });

  it('when a leader asks for tips until they are used up, then no tip repeats before all that fit were shown', () => {
    const all = TIP_CATALOGUE.filter((t) => t.audiences.includes('leader')).length;
    const tips = series(all + 3);
    expect(new Set(tips.slice(0, all).map((t) => t.id)).size).to.equal(all);
    expect(tips.slice(all).map((t) => t.id)).to.deep.equal(tips.slice(0, 3).map((t) => t.id));
  });

  it('when HR has switched a tip off, then it is never chosen', () => {
    const disabled = new Set(['T117']);
    const tips = series(40, { guideStep: 'welcomeBack', disabled });
    expect(tips.map((t) => t.id)).to.not.include('T117');
  });

  it('when every tip is switched off, then there is no tip', () => {
    const disabled = new Set(TIP_CATALOGUE.map((t) => t.id));
    expect(chooseTip(request({ disabled }))).to.equal(null);
  });

  it('when no tip for the reader has the theme, then a tip with the theme for others comes', () => {
    const choice = chooseTip(request({ audiences: ['tr-amr'], theme: 'statistics' }));
    expect(choice?.tip.themes).to.include('statistics');
  });
});

describe('tipForChannel', () => {
  const situations = ['above', 'rising', 'at', 'below', 'noTarget', 'incomplete'] as const;
  for (const situation of situations)
    it(`when a unit is ${situation}, then the tip is for MED or leaders and about patterns, never one person`, () => {
      for (let seed = 0; seed < 20; seed++) {
        const tip = tipForChannel(situation, seed)!;
        expect(fitsChannel(tip), tip.id).to.equal(true);
        expect(tip.audiences.some((a) => a === 'med' || a === 'leader')).to.equal(true);
        expect(tip.themes).to.not.include('conversations');
        expect(tip.guideSteps).to.deep.equal([]);
      }
    });

  it('when the seed changes between summaries, then the tips vary', () => {
    const ids = new Set(Array.from({ length: 8 }, (_, s) => tipForChannel('above', s)!.id));
    expect(ids.size).to.be.at.least(4);
  });

  it('when a tip is switched off, then the channel never gets it', () => {
    const first = tipForChannel('above', 1)!;
    const other = tipForChannel('above', 1, new Set([first.id]))!;
    expect(other.id).to.not.equal(first.id);
  });
});
