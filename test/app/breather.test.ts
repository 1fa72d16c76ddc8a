import { expect } from 'chai';
import { performance } from 'node:perf_hooks';
import { breather } from '../../app/breather.js';

const busy = (ms: number) => {
  const until = performance.now() + ms;
  while (performance.now() < until);
};

describe('breather', () => {
  it('when a loop of instantly resolving awaits runs past its slice, then other work runs in between', async () => {
    let ranBetween = false;
    setImmediate(() => (ranBetween = true));
    const breathe = breather(2);
    let roundsBefore = -1;
    for (let i = 0; i < 50; i++) {
      await breathe();
      if (ranBetween && roundsBefore < 0) roundsBefore = i;
      busy(0.5);
    }
    expect(ranBetween).to.equal(true);
    expect(roundsBefore).to.be.greaterThan(0).and.lessThan(50);
  });

  it('when a loop stays within its slice, then it is not interrupted', async () => {
    let ranBetween = false;
    setImmediate(() => (ranBetween = true));
    const breathe = breather(60_000);
    for (let i = 0; i < 1_000; i++) await breathe();
    expect(ranBetween).to.equal(false);
  });
});
